import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace io {

    namespace containerd {

        namespace cgroups {

            namespace v1 {

                interface IMetrics extends io.containerd.cgroups.v1.Metrics.$Properties {
                }

                class Metrics {
                    constructor(properties?: io.containerd.cgroups.v1.Metrics.$Properties);
                    $unknowns?: Uint8Array[];
                    hugetlb: io.containerd.cgroups.v1.HugetlbStat.$Properties[];
                    pids?: (io.containerd.cgroups.v1.PidsStat.$Properties|null);
                    cpu?: (io.containerd.cgroups.v1.CPUStat.$Properties|null);
                    memory?: (io.containerd.cgroups.v1.MemoryStat.$Properties|null);
                    blkio?: (io.containerd.cgroups.v1.BlkIOStat.$Properties|null);
                    rdma?: (io.containerd.cgroups.v1.RdmaStat.$Properties|null);
                    network: io.containerd.cgroups.v1.NetworkStat.$Properties[];
                    cgroupStats?: (io.containerd.cgroups.v1.CgroupStats.$Properties|null);
                    memoryOomControl?: (io.containerd.cgroups.v1.MemoryOomControl.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.Metrics.$Shape): io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.Metrics.$Properties): io.containerd.cgroups.v1.Metrics;
                    static encode(message: io.containerd.cgroups.v1.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Metrics & io.containerd.cgroups.v1.Metrics.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.Metrics;
                    static toObject(message: io.containerd.cgroups.v1.Metrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Metrics {
                    interface $Properties {
                        hugetlb?: (io.containerd.cgroups.v1.HugetlbStat.$Properties[]|null);
                        pids?: (io.containerd.cgroups.v1.PidsStat.$Properties|null);
                        cpu?: (io.containerd.cgroups.v1.CPUStat.$Properties|null);
                        memory?: (io.containerd.cgroups.v1.MemoryStat.$Properties|null);
                        blkio?: (io.containerd.cgroups.v1.BlkIOStat.$Properties|null);
                        rdma?: (io.containerd.cgroups.v1.RdmaStat.$Properties|null);
                        network?: (io.containerd.cgroups.v1.NetworkStat.$Properties[]|null);
                        cgroupStats?: (io.containerd.cgroups.v1.CgroupStats.$Properties|null);
                        memoryOomControl?: (io.containerd.cgroups.v1.MemoryOomControl.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.Metrics.$Properties;
                }

                interface IHugetlbStat extends io.containerd.cgroups.v1.HugetlbStat.$Properties {
                }

                class HugetlbStat {
                    constructor(properties?: io.containerd.cgroups.v1.HugetlbStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage: Long;
                    max: Long;
                    failcnt: Long;
                    pagesize: string;
                    static create(properties: io.containerd.cgroups.v1.HugetlbStat.$Shape): io.containerd.cgroups.v1.HugetlbStat & io.containerd.cgroups.v1.HugetlbStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.HugetlbStat.$Properties): io.containerd.cgroups.v1.HugetlbStat;
                    static encode(message: io.containerd.cgroups.v1.HugetlbStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.HugetlbStat & io.containerd.cgroups.v1.HugetlbStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.HugetlbStat;
                    static toObject(message: io.containerd.cgroups.v1.HugetlbStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HugetlbStat {
                    interface $Properties {
                        usage?: (Long|null);
                        max?: (Long|null);
                        failcnt?: (Long|null);
                        pagesize?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.HugetlbStat.$Properties;
                }

                interface IPidsStat extends io.containerd.cgroups.v1.PidsStat.$Properties {
                }

                class PidsStat {
                    constructor(properties?: io.containerd.cgroups.v1.PidsStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: Long;
                    limit: Long;
                    static create(properties: io.containerd.cgroups.v1.PidsStat.$Shape): io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.PidsStat.$Properties): io.containerd.cgroups.v1.PidsStat;
                    static encode(message: io.containerd.cgroups.v1.PidsStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.PidsStat & io.containerd.cgroups.v1.PidsStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.PidsStat;
                    static toObject(message: io.containerd.cgroups.v1.PidsStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PidsStat {
                    interface $Properties {
                        current?: (Long|null);
                        limit?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.PidsStat.$Properties;
                }

                interface ICPUStat extends io.containerd.cgroups.v1.CPUStat.$Properties {
                }

                class CPUStat {
                    constructor(properties?: io.containerd.cgroups.v1.CPUStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage?: (io.containerd.cgroups.v1.CPUUsage.$Properties|null);
                    throttling?: (io.containerd.cgroups.v1.Throttle.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.CPUStat.$Shape): io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CPUStat.$Properties): io.containerd.cgroups.v1.CPUStat;
                    static encode(message: io.containerd.cgroups.v1.CPUStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUStat & io.containerd.cgroups.v1.CPUStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CPUStat;
                    static toObject(message: io.containerd.cgroups.v1.CPUStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace CPUStat {
                    interface $Properties {
                        usage?: (io.containerd.cgroups.v1.CPUUsage.$Properties|null);
                        throttling?: (io.containerd.cgroups.v1.Throttle.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CPUStat.$Properties;
                }

                interface ICPUUsage extends io.containerd.cgroups.v1.CPUUsage.$Properties {
                }

                class CPUUsage {
                    constructor(properties?: io.containerd.cgroups.v1.CPUUsage.$Properties);
                    $unknowns?: Uint8Array[];
                    total: Long;
                    kernel: Long;
                    user: Long;
                    perCpu: Long[];
                    static create(properties: io.containerd.cgroups.v1.CPUUsage.$Shape): io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CPUUsage.$Properties): io.containerd.cgroups.v1.CPUUsage;
                    static encode(message: io.containerd.cgroups.v1.CPUUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CPUUsage & io.containerd.cgroups.v1.CPUUsage.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CPUUsage;
                    static toObject(message: io.containerd.cgroups.v1.CPUUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace CPUUsage {
                    interface $Properties {
                        total?: (Long|null);
                        kernel?: (Long|null);
                        user?: (Long|null);
                        perCpu?: (Long[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CPUUsage.$Properties;
                }

                interface IThrottle extends io.containerd.cgroups.v1.Throttle.$Properties {
                }

                class Throttle {
                    constructor(properties?: io.containerd.cgroups.v1.Throttle.$Properties);
                    $unknowns?: Uint8Array[];
                    periods: Long;
                    throttledPeriods: Long;
                    throttledTime: Long;
                    static create(properties: io.containerd.cgroups.v1.Throttle.$Shape): io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.Throttle.$Properties): io.containerd.cgroups.v1.Throttle;
                    static encode(message: io.containerd.cgroups.v1.Throttle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.Throttle & io.containerd.cgroups.v1.Throttle.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.Throttle;
                    static toObject(message: io.containerd.cgroups.v1.Throttle, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Throttle {
                    interface $Properties {
                        periods?: (Long|null);
                        throttledPeriods?: (Long|null);
                        throttledTime?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.Throttle.$Properties;
                }

                interface IMemoryStat extends io.containerd.cgroups.v1.MemoryStat.$Properties {
                }

                class MemoryStat {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryStat.$Properties);
                    $unknowns?: Uint8Array[];
                    cache: Long;
                    rss: Long;
                    rssHuge: Long;
                    mappedFile: Long;
                    dirty: Long;
                    writeback: Long;
                    pgPgIn: Long;
                    pgPgOut: Long;
                    pgFault: Long;
                    pgMajFault: Long;
                    inactiveAnon: Long;
                    activeAnon: Long;
                    inactiveFile: Long;
                    activeFile: Long;
                    unevictable: Long;
                    hierarchicalMemoryLimit: Long;
                    hierarchicalSwapLimit: Long;
                    totalCache: Long;
                    totalRss: Long;
                    totalRssHuge: Long;
                    totalMappedFile: Long;
                    totalDirty: Long;
                    totalWriteback: Long;
                    totalPgPgIn: Long;
                    totalPgPgOut: Long;
                    totalPgFault: Long;
                    totalPgMajFault: Long;
                    totalInactiveAnon: Long;
                    totalActiveAnon: Long;
                    totalInactiveFile: Long;
                    totalActiveFile: Long;
                    totalUnevictable: Long;
                    usage?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    swap?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    kernel?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    kernelTcp?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                    static create(properties: io.containerd.cgroups.v1.MemoryStat.$Shape): io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryStat.$Properties): io.containerd.cgroups.v1.MemoryStat;
                    static encode(message: io.containerd.cgroups.v1.MemoryStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryStat & io.containerd.cgroups.v1.MemoryStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryStat;
                    static toObject(message: io.containerd.cgroups.v1.MemoryStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryStat {
                    interface $Properties {
                        cache?: (Long|null);
                        rss?: (Long|null);
                        rssHuge?: (Long|null);
                        mappedFile?: (Long|null);
                        dirty?: (Long|null);
                        writeback?: (Long|null);
                        pgPgIn?: (Long|null);
                        pgPgOut?: (Long|null);
                        pgFault?: (Long|null);
                        pgMajFault?: (Long|null);
                        inactiveAnon?: (Long|null);
                        activeAnon?: (Long|null);
                        inactiveFile?: (Long|null);
                        activeFile?: (Long|null);
                        unevictable?: (Long|null);
                        hierarchicalMemoryLimit?: (Long|null);
                        hierarchicalSwapLimit?: (Long|null);
                        totalCache?: (Long|null);
                        totalRss?: (Long|null);
                        totalRssHuge?: (Long|null);
                        totalMappedFile?: (Long|null);
                        totalDirty?: (Long|null);
                        totalWriteback?: (Long|null);
                        totalPgPgIn?: (Long|null);
                        totalPgPgOut?: (Long|null);
                        totalPgFault?: (Long|null);
                        totalPgMajFault?: (Long|null);
                        totalInactiveAnon?: (Long|null);
                        totalActiveAnon?: (Long|null);
                        totalInactiveFile?: (Long|null);
                        totalActiveFile?: (Long|null);
                        totalUnevictable?: (Long|null);
                        usage?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        swap?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        kernel?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        kernelTcp?: (io.containerd.cgroups.v1.MemoryEntry.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryStat.$Properties;
                }

                interface IMemoryEntry extends io.containerd.cgroups.v1.MemoryEntry.$Properties {
                }

                class MemoryEntry {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    limit: Long;
                    usage: Long;
                    max: Long;
                    failcnt: Long;
                    static create(properties: io.containerd.cgroups.v1.MemoryEntry.$Shape): io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryEntry.$Properties): io.containerd.cgroups.v1.MemoryEntry;
                    static encode(message: io.containerd.cgroups.v1.MemoryEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryEntry & io.containerd.cgroups.v1.MemoryEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryEntry;
                    static toObject(message: io.containerd.cgroups.v1.MemoryEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryEntry {
                    interface $Properties {
                        limit?: (Long|null);
                        usage?: (Long|null);
                        max?: (Long|null);
                        failcnt?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryEntry.$Properties;
                }

                interface IMemoryOomControl extends io.containerd.cgroups.v1.MemoryOomControl.$Properties {
                }

                class MemoryOomControl {
                    constructor(properties?: io.containerd.cgroups.v1.MemoryOomControl.$Properties);
                    $unknowns?: Uint8Array[];
                    oomKillDisable: Long;
                    underOom: Long;
                    oomKill: Long;
                    static create(properties: io.containerd.cgroups.v1.MemoryOomControl.$Shape): io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.MemoryOomControl.$Properties): io.containerd.cgroups.v1.MemoryOomControl;
                    static encode(message: io.containerd.cgroups.v1.MemoryOomControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.MemoryOomControl & io.containerd.cgroups.v1.MemoryOomControl.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.MemoryOomControl;
                    static toObject(message: io.containerd.cgroups.v1.MemoryOomControl, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryOomControl {
                    interface $Properties {
                        oomKillDisable?: (Long|null);
                        underOom?: (Long|null);
                        oomKill?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.MemoryOomControl.$Properties;
                }

                interface IBlkIOStat extends io.containerd.cgroups.v1.BlkIOStat.$Properties {
                }

                class BlkIOStat {
                    constructor(properties?: io.containerd.cgroups.v1.BlkIOStat.$Properties);
                    $unknowns?: Uint8Array[];
                    ioServiceBytesRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    ioServicedRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    ioQueuedRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    ioServiceTimeRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    ioWaitTimeRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    ioMergedRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    ioTimeRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    sectorsRecursive: io.containerd.cgroups.v1.BlkIOEntry.$Properties[];
                    static create(properties: io.containerd.cgroups.v1.BlkIOStat.$Shape): io.containerd.cgroups.v1.BlkIOStat & io.containerd.cgroups.v1.BlkIOStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.BlkIOStat.$Properties): io.containerd.cgroups.v1.BlkIOStat;
                    static encode(message: io.containerd.cgroups.v1.BlkIOStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.BlkIOStat & io.containerd.cgroups.v1.BlkIOStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.BlkIOStat;
                    static toObject(message: io.containerd.cgroups.v1.BlkIOStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BlkIOStat {
                    interface $Properties {
                        ioServiceBytesRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        ioServicedRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        ioQueuedRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        ioServiceTimeRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        ioWaitTimeRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        ioMergedRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        ioTimeRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        sectorsRecursive?: (io.containerd.cgroups.v1.BlkIOEntry.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.BlkIOStat.$Properties;
                }

                interface IBlkIOEntry extends io.containerd.cgroups.v1.BlkIOEntry.$Properties {
                }

                class BlkIOEntry {
                    constructor(properties?: io.containerd.cgroups.v1.BlkIOEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    op: string;
                    device: string;
                    major: Long;
                    minor: Long;
                    value: Long;
                    static create(properties: io.containerd.cgroups.v1.BlkIOEntry.$Shape): io.containerd.cgroups.v1.BlkIOEntry & io.containerd.cgroups.v1.BlkIOEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.BlkIOEntry.$Properties): io.containerd.cgroups.v1.BlkIOEntry;
                    static encode(message: io.containerd.cgroups.v1.BlkIOEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.BlkIOEntry & io.containerd.cgroups.v1.BlkIOEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.BlkIOEntry;
                    static toObject(message: io.containerd.cgroups.v1.BlkIOEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BlkIOEntry {
                    interface $Properties {
                        op?: (string|null);
                        device?: (string|null);
                        major?: (Long|null);
                        minor?: (Long|null);
                        value?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.BlkIOEntry.$Properties;
                }

                interface IRdmaStat extends io.containerd.cgroups.v1.RdmaStat.$Properties {
                }

                class RdmaStat {
                    constructor(properties?: io.containerd.cgroups.v1.RdmaStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: io.containerd.cgroups.v1.RdmaEntry.$Properties[];
                    limit: io.containerd.cgroups.v1.RdmaEntry.$Properties[];
                    static create(properties: io.containerd.cgroups.v1.RdmaStat.$Shape): io.containerd.cgroups.v1.RdmaStat & io.containerd.cgroups.v1.RdmaStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.RdmaStat.$Properties): io.containerd.cgroups.v1.RdmaStat;
                    static encode(message: io.containerd.cgroups.v1.RdmaStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.RdmaStat & io.containerd.cgroups.v1.RdmaStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.RdmaStat;
                    static toObject(message: io.containerd.cgroups.v1.RdmaStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace RdmaStat {
                    interface $Properties {
                        current?: (io.containerd.cgroups.v1.RdmaEntry.$Properties[]|null);
                        limit?: (io.containerd.cgroups.v1.RdmaEntry.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.RdmaStat.$Properties;
                }

                interface IRdmaEntry extends io.containerd.cgroups.v1.RdmaEntry.$Properties {
                }

                class RdmaEntry {
                    constructor(properties?: io.containerd.cgroups.v1.RdmaEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    device: string;
                    hcaHandles: number;
                    hcaObjects: number;
                    static create(properties: io.containerd.cgroups.v1.RdmaEntry.$Shape): io.containerd.cgroups.v1.RdmaEntry & io.containerd.cgroups.v1.RdmaEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.RdmaEntry.$Properties): io.containerd.cgroups.v1.RdmaEntry;
                    static encode(message: io.containerd.cgroups.v1.RdmaEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.RdmaEntry & io.containerd.cgroups.v1.RdmaEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.RdmaEntry;
                    static toObject(message: io.containerd.cgroups.v1.RdmaEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace RdmaEntry {
                    interface $Properties {
                        device?: (string|null);
                        hcaHandles?: (number|null);
                        hcaObjects?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.RdmaEntry.$Properties;
                }

                interface INetworkStat extends io.containerd.cgroups.v1.NetworkStat.$Properties {
                }

                class NetworkStat {
                    constructor(properties?: io.containerd.cgroups.v1.NetworkStat.$Properties);
                    $unknowns?: Uint8Array[];
                    name: string;
                    rxBytes: Long;
                    rxPackets: Long;
                    rxErrors: Long;
                    rxDropped: Long;
                    txBytes: Long;
                    txPackets: Long;
                    txErrors: Long;
                    txDropped: Long;
                    static create(properties: io.containerd.cgroups.v1.NetworkStat.$Shape): io.containerd.cgroups.v1.NetworkStat & io.containerd.cgroups.v1.NetworkStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.NetworkStat.$Properties): io.containerd.cgroups.v1.NetworkStat;
                    static encode(message: io.containerd.cgroups.v1.NetworkStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.NetworkStat & io.containerd.cgroups.v1.NetworkStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.NetworkStat;
                    static toObject(message: io.containerd.cgroups.v1.NetworkStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace NetworkStat {
                    interface $Properties {
                        name?: (string|null);
                        rxBytes?: (Long|null);
                        rxPackets?: (Long|null);
                        rxErrors?: (Long|null);
                        rxDropped?: (Long|null);
                        txBytes?: (Long|null);
                        txPackets?: (Long|null);
                        txErrors?: (Long|null);
                        txDropped?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.NetworkStat.$Properties;
                }

                interface ICgroupStats extends io.containerd.cgroups.v1.CgroupStats.$Properties {
                }

                class CgroupStats {
                    constructor(properties?: io.containerd.cgroups.v1.CgroupStats.$Properties);
                    $unknowns?: Uint8Array[];
                    nrSleeping: Long;
                    nrRunning: Long;
                    nrStopped: Long;
                    nrUninterruptible: Long;
                    nrIoWait: Long;
                    static create(properties: io.containerd.cgroups.v1.CgroupStats.$Shape): io.containerd.cgroups.v1.CgroupStats & io.containerd.cgroups.v1.CgroupStats.$Shape;
                    static create(properties?: io.containerd.cgroups.v1.CgroupStats.$Properties): io.containerd.cgroups.v1.CgroupStats;
                    static encode(message: io.containerd.cgroups.v1.CgroupStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v1.CgroupStats & io.containerd.cgroups.v1.CgroupStats.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v1.CgroupStats;
                    static toObject(message: io.containerd.cgroups.v1.CgroupStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace CgroupStats {
                    interface $Properties {
                        nrSleeping?: (Long|null);
                        nrRunning?: (Long|null);
                        nrStopped?: (Long|null);
                        nrUninterruptible?: (Long|null);
                        nrIoWait?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v1.CgroupStats.$Properties;
                }
            }

            namespace v2 {

                interface IMetrics extends io.containerd.cgroups.v2.Metrics.$Properties {
                }

                class Metrics {
                    constructor(properties?: io.containerd.cgroups.v2.Metrics.$Properties);
                    $unknowns?: Uint8Array[];
                    pids?: (io.containerd.cgroups.v2.PidsStat.$Properties|null);
                    cpu?: (io.containerd.cgroups.v2.CPUStat.$Properties|null);
                    memory?: (io.containerd.cgroups.v2.MemoryStat.$Properties|null);
                    rdma?: (io.containerd.cgroups.v2.RdmaStat.$Properties|null);
                    io?: (io.containerd.cgroups.v2.IOStat.$Properties|null);
                    hugetlb: io.containerd.cgroups.v2.HugeTlbStat.$Properties[];
                    memoryEvents?: (io.containerd.cgroups.v2.MemoryEvents.$Properties|null);
                    static create(properties: io.containerd.cgroups.v2.Metrics.$Shape): io.containerd.cgroups.v2.Metrics & io.containerd.cgroups.v2.Metrics.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.Metrics.$Properties): io.containerd.cgroups.v2.Metrics;
                    static encode(message: io.containerd.cgroups.v2.Metrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.Metrics & io.containerd.cgroups.v2.Metrics.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.Metrics;
                    static toObject(message: io.containerd.cgroups.v2.Metrics, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Metrics {
                    interface $Properties {
                        pids?: (io.containerd.cgroups.v2.PidsStat.$Properties|null);
                        cpu?: (io.containerd.cgroups.v2.CPUStat.$Properties|null);
                        memory?: (io.containerd.cgroups.v2.MemoryStat.$Properties|null);
                        rdma?: (io.containerd.cgroups.v2.RdmaStat.$Properties|null);
                        io?: (io.containerd.cgroups.v2.IOStat.$Properties|null);
                        hugetlb?: (io.containerd.cgroups.v2.HugeTlbStat.$Properties[]|null);
                        memoryEvents?: (io.containerd.cgroups.v2.MemoryEvents.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.Metrics.$Properties;
                }

                interface IPidsStat extends io.containerd.cgroups.v2.PidsStat.$Properties {
                }

                class PidsStat {
                    constructor(properties?: io.containerd.cgroups.v2.PidsStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: Long;
                    limit: Long;
                    static create(properties: io.containerd.cgroups.v2.PidsStat.$Shape): io.containerd.cgroups.v2.PidsStat & io.containerd.cgroups.v2.PidsStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.PidsStat.$Properties): io.containerd.cgroups.v2.PidsStat;
                    static encode(message: io.containerd.cgroups.v2.PidsStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.PidsStat & io.containerd.cgroups.v2.PidsStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.PidsStat;
                    static toObject(message: io.containerd.cgroups.v2.PidsStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace PidsStat {
                    interface $Properties {
                        current?: (Long|null);
                        limit?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.PidsStat.$Properties;
                }

                interface ICPUStat extends io.containerd.cgroups.v2.CPUStat.$Properties {
                }

                class CPUStat {
                    constructor(properties?: io.containerd.cgroups.v2.CPUStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usageUsec: Long;
                    userUsec: Long;
                    systemUsec: Long;
                    nrPeriods: Long;
                    nrThrottled: Long;
                    throttledUsec: Long;
                    static create(properties: io.containerd.cgroups.v2.CPUStat.$Shape): io.containerd.cgroups.v2.CPUStat & io.containerd.cgroups.v2.CPUStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.CPUStat.$Properties): io.containerd.cgroups.v2.CPUStat;
                    static encode(message: io.containerd.cgroups.v2.CPUStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.CPUStat & io.containerd.cgroups.v2.CPUStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.CPUStat;
                    static toObject(message: io.containerd.cgroups.v2.CPUStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace CPUStat {
                    interface $Properties {
                        usageUsec?: (Long|null);
                        userUsec?: (Long|null);
                        systemUsec?: (Long|null);
                        nrPeriods?: (Long|null);
                        nrThrottled?: (Long|null);
                        throttledUsec?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.CPUStat.$Properties;
                }

                interface IMemoryStat extends io.containerd.cgroups.v2.MemoryStat.$Properties {
                }

                class MemoryStat {
                    constructor(properties?: io.containerd.cgroups.v2.MemoryStat.$Properties);
                    $unknowns?: Uint8Array[];
                    anon: Long;
                    file: Long;
                    kernelStack: Long;
                    slab: Long;
                    sock: Long;
                    shmem: Long;
                    fileMapped: Long;
                    fileDirty: Long;
                    fileWriteback: Long;
                    anonThp: Long;
                    inactiveAnon: Long;
                    activeAnon: Long;
                    inactiveFile: Long;
                    activeFile: Long;
                    unevictable: Long;
                    slabReclaimable: Long;
                    slabUnreclaimable: Long;
                    pgfault: Long;
                    pgmajfault: Long;
                    workingsetRefault: Long;
                    workingsetActivate: Long;
                    workingsetNodereclaim: Long;
                    pgrefill: Long;
                    pgscan: Long;
                    pgsteal: Long;
                    pgactivate: Long;
                    pgdeactivate: Long;
                    pglazyfree: Long;
                    pglazyfreed: Long;
                    thpFaultAlloc: Long;
                    thpCollapseAlloc: Long;
                    usage: Long;
                    usageLimit: Long;
                    swapUsage: Long;
                    swapLimit: Long;
                    static create(properties: io.containerd.cgroups.v2.MemoryStat.$Shape): io.containerd.cgroups.v2.MemoryStat & io.containerd.cgroups.v2.MemoryStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.MemoryStat.$Properties): io.containerd.cgroups.v2.MemoryStat;
                    static encode(message: io.containerd.cgroups.v2.MemoryStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.MemoryStat & io.containerd.cgroups.v2.MemoryStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.MemoryStat;
                    static toObject(message: io.containerd.cgroups.v2.MemoryStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryStat {
                    interface $Properties {
                        anon?: (Long|null);
                        file?: (Long|null);
                        kernelStack?: (Long|null);
                        slab?: (Long|null);
                        sock?: (Long|null);
                        shmem?: (Long|null);
                        fileMapped?: (Long|null);
                        fileDirty?: (Long|null);
                        fileWriteback?: (Long|null);
                        anonThp?: (Long|null);
                        inactiveAnon?: (Long|null);
                        activeAnon?: (Long|null);
                        inactiveFile?: (Long|null);
                        activeFile?: (Long|null);
                        unevictable?: (Long|null);
                        slabReclaimable?: (Long|null);
                        slabUnreclaimable?: (Long|null);
                        pgfault?: (Long|null);
                        pgmajfault?: (Long|null);
                        workingsetRefault?: (Long|null);
                        workingsetActivate?: (Long|null);
                        workingsetNodereclaim?: (Long|null);
                        pgrefill?: (Long|null);
                        pgscan?: (Long|null);
                        pgsteal?: (Long|null);
                        pgactivate?: (Long|null);
                        pgdeactivate?: (Long|null);
                        pglazyfree?: (Long|null);
                        pglazyfreed?: (Long|null);
                        thpFaultAlloc?: (Long|null);
                        thpCollapseAlloc?: (Long|null);
                        usage?: (Long|null);
                        usageLimit?: (Long|null);
                        swapUsage?: (Long|null);
                        swapLimit?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.MemoryStat.$Properties;
                }

                interface IMemoryEvents extends io.containerd.cgroups.v2.MemoryEvents.$Properties {
                }

                class MemoryEvents {
                    constructor(properties?: io.containerd.cgroups.v2.MemoryEvents.$Properties);
                    $unknowns?: Uint8Array[];
                    low: Long;
                    high: Long;
                    max: Long;
                    oom: Long;
                    oomKill: Long;
                    static create(properties: io.containerd.cgroups.v2.MemoryEvents.$Shape): io.containerd.cgroups.v2.MemoryEvents & io.containerd.cgroups.v2.MemoryEvents.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.MemoryEvents.$Properties): io.containerd.cgroups.v2.MemoryEvents;
                    static encode(message: io.containerd.cgroups.v2.MemoryEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.MemoryEvents & io.containerd.cgroups.v2.MemoryEvents.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.MemoryEvents;
                    static toObject(message: io.containerd.cgroups.v2.MemoryEvents, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MemoryEvents {
                    interface $Properties {
                        low?: (Long|null);
                        high?: (Long|null);
                        max?: (Long|null);
                        oom?: (Long|null);
                        oomKill?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.MemoryEvents.$Properties;
                }

                interface IRdmaStat extends io.containerd.cgroups.v2.RdmaStat.$Properties {
                }

                class RdmaStat {
                    constructor(properties?: io.containerd.cgroups.v2.RdmaStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: io.containerd.cgroups.v2.RdmaEntry.$Properties[];
                    limit: io.containerd.cgroups.v2.RdmaEntry.$Properties[];
                    static create(properties: io.containerd.cgroups.v2.RdmaStat.$Shape): io.containerd.cgroups.v2.RdmaStat & io.containerd.cgroups.v2.RdmaStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.RdmaStat.$Properties): io.containerd.cgroups.v2.RdmaStat;
                    static encode(message: io.containerd.cgroups.v2.RdmaStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.RdmaStat & io.containerd.cgroups.v2.RdmaStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.RdmaStat;
                    static toObject(message: io.containerd.cgroups.v2.RdmaStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace RdmaStat {
                    interface $Properties {
                        current?: (io.containerd.cgroups.v2.RdmaEntry.$Properties[]|null);
                        limit?: (io.containerd.cgroups.v2.RdmaEntry.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.RdmaStat.$Properties;
                }

                interface IRdmaEntry extends io.containerd.cgroups.v2.RdmaEntry.$Properties {
                }

                class RdmaEntry {
                    constructor(properties?: io.containerd.cgroups.v2.RdmaEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    device: string;
                    hcaHandles: number;
                    hcaObjects: number;
                    static create(properties: io.containerd.cgroups.v2.RdmaEntry.$Shape): io.containerd.cgroups.v2.RdmaEntry & io.containerd.cgroups.v2.RdmaEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.RdmaEntry.$Properties): io.containerd.cgroups.v2.RdmaEntry;
                    static encode(message: io.containerd.cgroups.v2.RdmaEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.RdmaEntry & io.containerd.cgroups.v2.RdmaEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.RdmaEntry;
                    static toObject(message: io.containerd.cgroups.v2.RdmaEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace RdmaEntry {
                    interface $Properties {
                        device?: (string|null);
                        hcaHandles?: (number|null);
                        hcaObjects?: (number|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.RdmaEntry.$Properties;
                }

                interface IIOStat extends io.containerd.cgroups.v2.IOStat.$Properties {
                }

                class IOStat {
                    constructor(properties?: io.containerd.cgroups.v2.IOStat.$Properties);
                    $unknowns?: Uint8Array[];
                    usage: io.containerd.cgroups.v2.IOEntry.$Properties[];
                    static create(properties: io.containerd.cgroups.v2.IOStat.$Shape): io.containerd.cgroups.v2.IOStat & io.containerd.cgroups.v2.IOStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.IOStat.$Properties): io.containerd.cgroups.v2.IOStat;
                    static encode(message: io.containerd.cgroups.v2.IOStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.IOStat & io.containerd.cgroups.v2.IOStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.IOStat;
                    static toObject(message: io.containerd.cgroups.v2.IOStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace IOStat {
                    interface $Properties {
                        usage?: (io.containerd.cgroups.v2.IOEntry.$Properties[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.IOStat.$Properties;
                }

                interface IIOEntry extends io.containerd.cgroups.v2.IOEntry.$Properties {
                }

                class IOEntry {
                    constructor(properties?: io.containerd.cgroups.v2.IOEntry.$Properties);
                    $unknowns?: Uint8Array[];
                    major: Long;
                    minor: Long;
                    rbytes: Long;
                    wbytes: Long;
                    rios: Long;
                    wios: Long;
                    static create(properties: io.containerd.cgroups.v2.IOEntry.$Shape): io.containerd.cgroups.v2.IOEntry & io.containerd.cgroups.v2.IOEntry.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.IOEntry.$Properties): io.containerd.cgroups.v2.IOEntry;
                    static encode(message: io.containerd.cgroups.v2.IOEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.IOEntry & io.containerd.cgroups.v2.IOEntry.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.IOEntry;
                    static toObject(message: io.containerd.cgroups.v2.IOEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace IOEntry {
                    interface $Properties {
                        major?: (Long|null);
                        minor?: (Long|null);
                        rbytes?: (Long|null);
                        wbytes?: (Long|null);
                        rios?: (Long|null);
                        wios?: (Long|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.IOEntry.$Properties;
                }

                interface IHugeTlbStat extends io.containerd.cgroups.v2.HugeTlbStat.$Properties {
                }

                class HugeTlbStat {
                    constructor(properties?: io.containerd.cgroups.v2.HugeTlbStat.$Properties);
                    $unknowns?: Uint8Array[];
                    current: Long;
                    max: Long;
                    pagesize: string;
                    static create(properties: io.containerd.cgroups.v2.HugeTlbStat.$Shape): io.containerd.cgroups.v2.HugeTlbStat & io.containerd.cgroups.v2.HugeTlbStat.$Shape;
                    static create(properties?: io.containerd.cgroups.v2.HugeTlbStat.$Properties): io.containerd.cgroups.v2.HugeTlbStat;
                    static encode(message: io.containerd.cgroups.v2.HugeTlbStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.containerd.cgroups.v2.HugeTlbStat & io.containerd.cgroups.v2.HugeTlbStat.$Shape;
                    static fromObject(object: { [k: string]: any }): io.containerd.cgroups.v2.HugeTlbStat;
                    static toObject(message: io.containerd.cgroups.v2.HugeTlbStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
                    toJSON(): { [k: string]: any };
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HugeTlbStat {
                    interface $Properties {
                        current?: (Long|null);
                        max?: (Long|null);
                        pagesize?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = io.containerd.cgroups.v2.HugeTlbStat.$Properties;
                }
            }
        }
    }
}

export namespace containerd {

    namespace events {

        interface ITaskCreate extends containerd.events.TaskCreate.$Properties {
        }

        class TaskCreate {
            constructor(properties?: containerd.events.TaskCreate.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            bundle: string;
            rootfs: containerd.types.Mount.$Properties[];
            io?: (containerd.events.TaskIO.$Properties|null);
            checkpoint: string;
            pid: number;
            static create(properties: containerd.events.TaskCreate.$Shape): containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape;
            static create(properties?: containerd.events.TaskCreate.$Properties): containerd.events.TaskCreate;
            static encode(message: containerd.events.TaskCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCreate & containerd.events.TaskCreate.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskCreate;
            static toObject(message: containerd.events.TaskCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskCreate {
            interface $Properties {
                containerId?: (string|null);
                bundle?: (string|null);
                rootfs?: (containerd.types.Mount.$Properties[]|null);
                io?: (containerd.events.TaskIO.$Properties|null);
                checkpoint?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskCreate.$Properties;
        }

        interface ITaskStart extends containerd.events.TaskStart.$Properties {
        }

        class TaskStart {
            constructor(properties?: containerd.events.TaskStart.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            pid: number;
            static create(properties: containerd.events.TaskStart.$Shape): containerd.events.TaskStart & containerd.events.TaskStart.$Shape;
            static create(properties?: containerd.events.TaskStart.$Properties): containerd.events.TaskStart;
            static encode(message: containerd.events.TaskStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskStart & containerd.events.TaskStart.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskStart;
            static toObject(message: containerd.events.TaskStart, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskStart {
            interface $Properties {
                containerId?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskStart.$Properties;
        }

        interface ITaskDelete extends containerd.events.TaskDelete.$Properties {
        }

        class TaskDelete {
            constructor(properties?: containerd.events.TaskDelete.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            pid: number;
            exitStatus: number;
            exitedAt?: (google.protobuf.Timestamp.$Properties|null);
            id: string;
            static create(properties: containerd.events.TaskDelete.$Shape): containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape;
            static create(properties?: containerd.events.TaskDelete.$Properties): containerd.events.TaskDelete;
            static encode(message: containerd.events.TaskDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskDelete & containerd.events.TaskDelete.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskDelete;
            static toObject(message: containerd.events.TaskDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskDelete {
            interface $Properties {
                containerId?: (string|null);
                pid?: (number|null);
                exitStatus?: (number|null);
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskDelete.$Properties;
        }

        interface ITaskIO extends containerd.events.TaskIO.$Properties {
        }

        class TaskIO {
            constructor(properties?: containerd.events.TaskIO.$Properties);
            $unknowns?: Uint8Array[];
            stdin: string;
            stdout: string;
            stderr: string;
            terminal: boolean;
            static create(properties: containerd.events.TaskIO.$Shape): containerd.events.TaskIO & containerd.events.TaskIO.$Shape;
            static create(properties?: containerd.events.TaskIO.$Properties): containerd.events.TaskIO;
            static encode(message: containerd.events.TaskIO.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskIO & containerd.events.TaskIO.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskIO;
            static toObject(message: containerd.events.TaskIO, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskIO {
            interface $Properties {
                stdin?: (string|null);
                stdout?: (string|null);
                stderr?: (string|null);
                terminal?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskIO.$Properties;
        }

        interface ITaskExit extends containerd.events.TaskExit.$Properties {
        }

        class TaskExit {
            constructor(properties?: containerd.events.TaskExit.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            id: string;
            pid: number;
            exitStatus: number;
            exitedAt?: (google.protobuf.Timestamp.$Properties|null);
            static create(properties: containerd.events.TaskExit.$Shape): containerd.events.TaskExit & containerd.events.TaskExit.$Shape;
            static create(properties?: containerd.events.TaskExit.$Properties): containerd.events.TaskExit;
            static encode(message: containerd.events.TaskExit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExit & containerd.events.TaskExit.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskExit;
            static toObject(message: containerd.events.TaskExit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskExit {
            interface $Properties {
                containerId?: (string|null);
                id?: (string|null);
                pid?: (number|null);
                exitStatus?: (number|null);
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExit.$Properties;
        }

        interface ITaskOOM extends containerd.events.TaskOOM.$Properties {
        }

        class TaskOOM {
            constructor(properties?: containerd.events.TaskOOM.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: containerd.events.TaskOOM.$Shape): containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape;
            static create(properties?: containerd.events.TaskOOM.$Properties): containerd.events.TaskOOM;
            static encode(message: containerd.events.TaskOOM.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskOOM & containerd.events.TaskOOM.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskOOM;
            static toObject(message: containerd.events.TaskOOM, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskOOM {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskOOM.$Properties;
        }

        interface ITaskExecAdded extends containerd.events.TaskExecAdded.$Properties {
        }

        class TaskExecAdded {
            constructor(properties?: containerd.events.TaskExecAdded.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            execId: string;
            static create(properties: containerd.events.TaskExecAdded.$Shape): containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape;
            static create(properties?: containerd.events.TaskExecAdded.$Properties): containerd.events.TaskExecAdded;
            static encode(message: containerd.events.TaskExecAdded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecAdded & containerd.events.TaskExecAdded.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskExecAdded;
            static toObject(message: containerd.events.TaskExecAdded, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskExecAdded {
            interface $Properties {
                containerId?: (string|null);
                execId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExecAdded.$Properties;
        }

        interface ITaskExecStarted extends containerd.events.TaskExecStarted.$Properties {
        }

        class TaskExecStarted {
            constructor(properties?: containerd.events.TaskExecStarted.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            execId: string;
            pid: number;
            static create(properties: containerd.events.TaskExecStarted.$Shape): containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape;
            static create(properties?: containerd.events.TaskExecStarted.$Properties): containerd.events.TaskExecStarted;
            static encode(message: containerd.events.TaskExecStarted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskExecStarted & containerd.events.TaskExecStarted.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskExecStarted;
            static toObject(message: containerd.events.TaskExecStarted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskExecStarted {
            interface $Properties {
                containerId?: (string|null);
                execId?: (string|null);
                pid?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskExecStarted.$Properties;
        }

        interface ITaskPaused extends containerd.events.TaskPaused.$Properties {
        }

        class TaskPaused {
            constructor(properties?: containerd.events.TaskPaused.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: containerd.events.TaskPaused.$Shape): containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape;
            static create(properties?: containerd.events.TaskPaused.$Properties): containerd.events.TaskPaused;
            static encode(message: containerd.events.TaskPaused.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskPaused & containerd.events.TaskPaused.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskPaused;
            static toObject(message: containerd.events.TaskPaused, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskPaused {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskPaused.$Properties;
        }

        interface ITaskResumed extends containerd.events.TaskResumed.$Properties {
        }

        class TaskResumed {
            constructor(properties?: containerd.events.TaskResumed.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: containerd.events.TaskResumed.$Shape): containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape;
            static create(properties?: containerd.events.TaskResumed.$Properties): containerd.events.TaskResumed;
            static encode(message: containerd.events.TaskResumed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskResumed & containerd.events.TaskResumed.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskResumed;
            static toObject(message: containerd.events.TaskResumed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskResumed {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskResumed.$Properties;
        }

        interface ITaskCheckpointed extends containerd.events.TaskCheckpointed.$Properties {
        }

        class TaskCheckpointed {
            constructor(properties?: containerd.events.TaskCheckpointed.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            checkpoint: string;
            static create(properties: containerd.events.TaskCheckpointed.$Shape): containerd.events.TaskCheckpointed & containerd.events.TaskCheckpointed.$Shape;
            static create(properties?: containerd.events.TaskCheckpointed.$Properties): containerd.events.TaskCheckpointed;
            static encode(message: containerd.events.TaskCheckpointed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.events.TaskCheckpointed & containerd.events.TaskCheckpointed.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.events.TaskCheckpointed;
            static toObject(message: containerd.events.TaskCheckpointed, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TaskCheckpointed {
            interface $Properties {
                containerId?: (string|null);
                checkpoint?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.events.TaskCheckpointed.$Properties;
        }
    }

    namespace types {

        interface IMount extends containerd.types.Mount.$Properties {
        }

        class Mount {
            constructor(properties?: containerd.types.Mount.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            source: string;
            target: string;
            options: string[];
            static create(properties: containerd.types.Mount.$Shape): containerd.types.Mount & containerd.types.Mount.$Shape;
            static create(properties?: containerd.types.Mount.$Properties): containerd.types.Mount;
            static encode(message: containerd.types.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.types.Mount & containerd.types.Mount.$Shape;
            static fromObject(object: { [k: string]: any }): containerd.types.Mount;
            static toObject(message: containerd.types.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mount {
            interface $Properties {
                type?: (string|null);
                source?: (string|null);
                target?: (string|null);
                options?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = containerd.types.Mount.$Properties;
        }
    }

    namespace linux {

        namespace runc {

            interface IRuncOptions extends containerd.linux.runc.RuncOptions.$Properties {
            }

            class RuncOptions {
                constructor(properties?: containerd.linux.runc.RuncOptions.$Properties);
                $unknowns?: Uint8Array[];
                runtime: string;
                runtimeRoot: string;
                criuPath: string;
                systemdCgroup: boolean;
                static create(properties: containerd.linux.runc.RuncOptions.$Shape): containerd.linux.runc.RuncOptions & containerd.linux.runc.RuncOptions.$Shape;
                static create(properties?: containerd.linux.runc.RuncOptions.$Properties): containerd.linux.runc.RuncOptions;
                static encode(message: containerd.linux.runc.RuncOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.linux.runc.RuncOptions & containerd.linux.runc.RuncOptions.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.linux.runc.RuncOptions;
                static toObject(message: containerd.linux.runc.RuncOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace RuncOptions {
                interface $Properties {
                    runtime?: (string|null);
                    runtimeRoot?: (string|null);
                    criuPath?: (string|null);
                    systemdCgroup?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.linux.runc.RuncOptions.$Properties;
            }

            interface ICreateOptions extends containerd.linux.runc.CreateOptions.$Properties {
            }

            class CreateOptions {
                constructor(properties?: containerd.linux.runc.CreateOptions.$Properties);
                $unknowns?: Uint8Array[];
                noPivotRoot: boolean;
                openTcp: boolean;
                externalUnixSockets: boolean;
                terminal: boolean;
                fileLocks: boolean;
                emptyNamespaces: string[];
                cgroupsMode: string;
                noNewKeyring: boolean;
                shimCgroup: string;
                ioUid: number;
                ioGid: number;
                criuWorkPath: string;
                criuImagePath: string;
                static create(properties: containerd.linux.runc.CreateOptions.$Shape): containerd.linux.runc.CreateOptions & containerd.linux.runc.CreateOptions.$Shape;
                static create(properties?: containerd.linux.runc.CreateOptions.$Properties): containerd.linux.runc.CreateOptions;
                static encode(message: containerd.linux.runc.CreateOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.linux.runc.CreateOptions & containerd.linux.runc.CreateOptions.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.linux.runc.CreateOptions;
                static toObject(message: containerd.linux.runc.CreateOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateOptions {
                interface $Properties {
                    noPivotRoot?: (boolean|null);
                    openTcp?: (boolean|null);
                    externalUnixSockets?: (boolean|null);
                    terminal?: (boolean|null);
                    fileLocks?: (boolean|null);
                    emptyNamespaces?: (string[]|null);
                    cgroupsMode?: (string|null);
                    noNewKeyring?: (boolean|null);
                    shimCgroup?: (string|null);
                    ioUid?: (number|null);
                    ioGid?: (number|null);
                    criuWorkPath?: (string|null);
                    criuImagePath?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.linux.runc.CreateOptions.$Properties;
            }

            interface ICheckpointOptions extends containerd.linux.runc.CheckpointOptions.$Properties {
            }

            class CheckpointOptions {
                constructor(properties?: containerd.linux.runc.CheckpointOptions.$Properties);
                $unknowns?: Uint8Array[];
                exit: boolean;
                openTcp: boolean;
                externalUnixSockets: boolean;
                terminal: boolean;
                fileLocks: boolean;
                emptyNamespaces: string[];
                cgroupsMode: string;
                workPath: string;
                imagePath: string;
                static create(properties: containerd.linux.runc.CheckpointOptions.$Shape): containerd.linux.runc.CheckpointOptions & containerd.linux.runc.CheckpointOptions.$Shape;
                static create(properties?: containerd.linux.runc.CheckpointOptions.$Properties): containerd.linux.runc.CheckpointOptions;
                static encode(message: containerd.linux.runc.CheckpointOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.linux.runc.CheckpointOptions & containerd.linux.runc.CheckpointOptions.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.linux.runc.CheckpointOptions;
                static toObject(message: containerd.linux.runc.CheckpointOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckpointOptions {
                interface $Properties {
                    exit?: (boolean|null);
                    openTcp?: (boolean|null);
                    externalUnixSockets?: (boolean|null);
                    terminal?: (boolean|null);
                    fileLocks?: (boolean|null);
                    emptyNamespaces?: (string[]|null);
                    cgroupsMode?: (string|null);
                    workPath?: (string|null);
                    imagePath?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.linux.runc.CheckpointOptions.$Properties;
            }

            interface IProcessDetails extends containerd.linux.runc.ProcessDetails.$Properties {
            }

            class ProcessDetails {
                constructor(properties?: containerd.linux.runc.ProcessDetails.$Properties);
                $unknowns?: Uint8Array[];
                execId: string;
                static create(properties: containerd.linux.runc.ProcessDetails.$Shape): containerd.linux.runc.ProcessDetails & containerd.linux.runc.ProcessDetails.$Shape;
                static create(properties?: containerd.linux.runc.ProcessDetails.$Properties): containerd.linux.runc.ProcessDetails;
                static encode(message: containerd.linux.runc.ProcessDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.linux.runc.ProcessDetails & containerd.linux.runc.ProcessDetails.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.linux.runc.ProcessDetails;
                static toObject(message: containerd.linux.runc.ProcessDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProcessDetails {
                interface $Properties {
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.linux.runc.ProcessDetails.$Properties;
            }
        }
    }

    namespace runc {

        namespace v1 {

            interface IOptions extends containerd.runc.v1.Options.$Properties {
            }

            class Options {
                constructor(properties?: containerd.runc.v1.Options.$Properties);
                $unknowns?: Uint8Array[];
                noPivotRoot: boolean;
                noNewKeyring: boolean;
                shimCgroup: string;
                ioUid: number;
                ioGid: number;
                binaryName: string;
                root: string;
                criuPath: string;
                systemdCgroup: boolean;
                criuImagePath: string;
                criuWorkPath: string;
                static create(properties: containerd.runc.v1.Options.$Shape): containerd.runc.v1.Options & containerd.runc.v1.Options.$Shape;
                static create(properties?: containerd.runc.v1.Options.$Properties): containerd.runc.v1.Options;
                static encode(message: containerd.runc.v1.Options.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runc.v1.Options & containerd.runc.v1.Options.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.runc.v1.Options;
                static toObject(message: containerd.runc.v1.Options, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Options {
                interface $Properties {
                    noPivotRoot?: (boolean|null);
                    noNewKeyring?: (boolean|null);
                    shimCgroup?: (string|null);
                    ioUid?: (number|null);
                    ioGid?: (number|null);
                    binaryName?: (string|null);
                    root?: (string|null);
                    criuPath?: (string|null);
                    systemdCgroup?: (boolean|null);
                    criuImagePath?: (string|null);
                    criuWorkPath?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.runc.v1.Options.$Properties;
            }

            interface ICheckpointOptions extends containerd.runc.v1.CheckpointOptions.$Properties {
            }

            class CheckpointOptions {
                constructor(properties?: containerd.runc.v1.CheckpointOptions.$Properties);
                $unknowns?: Uint8Array[];
                exit: boolean;
                openTcp: boolean;
                externalUnixSockets: boolean;
                terminal: boolean;
                fileLocks: boolean;
                emptyNamespaces: string[];
                cgroupsMode: string;
                imagePath: string;
                workPath: string;
                static create(properties: containerd.runc.v1.CheckpointOptions.$Shape): containerd.runc.v1.CheckpointOptions & containerd.runc.v1.CheckpointOptions.$Shape;
                static create(properties?: containerd.runc.v1.CheckpointOptions.$Properties): containerd.runc.v1.CheckpointOptions;
                static encode(message: containerd.runc.v1.CheckpointOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runc.v1.CheckpointOptions & containerd.runc.v1.CheckpointOptions.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.runc.v1.CheckpointOptions;
                static toObject(message: containerd.runc.v1.CheckpointOptions, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckpointOptions {
                interface $Properties {
                    exit?: (boolean|null);
                    openTcp?: (boolean|null);
                    externalUnixSockets?: (boolean|null);
                    terminal?: (boolean|null);
                    fileLocks?: (boolean|null);
                    emptyNamespaces?: (string[]|null);
                    cgroupsMode?: (string|null);
                    imagePath?: (string|null);
                    workPath?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.runc.v1.CheckpointOptions.$Properties;
            }

            interface IProcessDetails extends containerd.runc.v1.ProcessDetails.$Properties {
            }

            class ProcessDetails {
                constructor(properties?: containerd.runc.v1.ProcessDetails.$Properties);
                $unknowns?: Uint8Array[];
                execId: string;
                static create(properties: containerd.runc.v1.ProcessDetails.$Shape): containerd.runc.v1.ProcessDetails & containerd.runc.v1.ProcessDetails.$Shape;
                static create(properties?: containerd.runc.v1.ProcessDetails.$Properties): containerd.runc.v1.ProcessDetails;
                static encode(message: containerd.runc.v1.ProcessDetails.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.runc.v1.ProcessDetails & containerd.runc.v1.ProcessDetails.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.runc.v1.ProcessDetails;
                static toObject(message: containerd.runc.v1.ProcessDetails, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProcessDetails {
                interface $Properties {
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.runc.v1.ProcessDetails.$Properties;
            }
        }
    }

    namespace services {

        namespace events {

            namespace ttrpc {

                namespace v1 {

                    interface IForwardRequest extends containerd.services.events.ttrpc.v1.ForwardRequest.$Properties {
                    }

                    class ForwardRequest {
                        constructor(properties?: containerd.services.events.ttrpc.v1.ForwardRequest.$Properties);
                        $unknowns?: Uint8Array[];
                        envelope?: (containerd.services.events.ttrpc.v1.Envelope.$Properties|null);
                        static create(properties: containerd.services.events.ttrpc.v1.ForwardRequest.$Shape): containerd.services.events.ttrpc.v1.ForwardRequest & containerd.services.events.ttrpc.v1.ForwardRequest.$Shape;
                        static create(properties?: containerd.services.events.ttrpc.v1.ForwardRequest.$Properties): containerd.services.events.ttrpc.v1.ForwardRequest;
                        static encode(message: containerd.services.events.ttrpc.v1.ForwardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.ttrpc.v1.ForwardRequest & containerd.services.events.ttrpc.v1.ForwardRequest.$Shape;
                        static fromObject(object: { [k: string]: any }): containerd.services.events.ttrpc.v1.ForwardRequest;
                        static toObject(message: containerd.services.events.ttrpc.v1.ForwardRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ForwardRequest {
                        interface $Properties {
                            envelope?: (containerd.services.events.ttrpc.v1.Envelope.$Properties|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = containerd.services.events.ttrpc.v1.ForwardRequest.$Properties;
                    }

                    interface IEnvelope extends containerd.services.events.ttrpc.v1.Envelope.$Properties {
                    }

                    class Envelope {
                        constructor(properties?: containerd.services.events.ttrpc.v1.Envelope.$Properties);
                        $unknowns?: Uint8Array[];
                        timestamp?: (google.protobuf.Timestamp.$Properties|null);
                        namespace: string;
                        topic: string;
                        event?: (google.protobuf.Any.$Properties|null);
                        static create(properties: containerd.services.events.ttrpc.v1.Envelope.$Shape): containerd.services.events.ttrpc.v1.Envelope & containerd.services.events.ttrpc.v1.Envelope.$Shape;
                        static create(properties?: containerd.services.events.ttrpc.v1.Envelope.$Properties): containerd.services.events.ttrpc.v1.Envelope;
                        static encode(message: containerd.services.events.ttrpc.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.services.events.ttrpc.v1.Envelope & containerd.services.events.ttrpc.v1.Envelope.$Shape;
                        static fromObject(object: { [k: string]: any }): containerd.services.events.ttrpc.v1.Envelope;
                        static toObject(message: containerd.services.events.ttrpc.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };
                        toJSON(): { [k: string]: any };
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Envelope {
                        interface $Properties {
                            timestamp?: (google.protobuf.Timestamp.$Properties|null);
                            namespace?: (string|null);
                            topic?: (string|null);
                            event?: (google.protobuf.Any.$Properties|null);
                            $unknowns?: Uint8Array[];
                        }
                        type $Shape = containerd.services.events.ttrpc.v1.Envelope.$Properties;
                    }
                }
            }
        }
    }

    namespace task {

        namespace v2 {

            interface ICreateTaskRequest extends containerd.task.v2.CreateTaskRequest.$Properties {
            }

            class CreateTaskRequest {
                constructor(properties?: containerd.task.v2.CreateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                rootfs: containerd.types.Mount.$Properties[];
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                checkpoint: string;
                parentCheckpoint: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.CreateTaskRequest.$Shape): containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.CreateTaskRequest.$Properties): containerd.task.v2.CreateTaskRequest;
                static encode(message: containerd.task.v2.CreateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskRequest & containerd.task.v2.CreateTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CreateTaskRequest;
                static toObject(message: containerd.task.v2.CreateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    rootfs?: (containerd.types.Mount.$Properties[]|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    checkpoint?: (string|null);
                    parentCheckpoint?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CreateTaskRequest.$Properties;
            }

            interface ICreateTaskResponse extends containerd.task.v2.CreateTaskResponse.$Properties {
            }

            class CreateTaskResponse {
                constructor(properties?: containerd.task.v2.CreateTaskResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v2.CreateTaskResponse.$Shape): containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape;
                static create(properties?: containerd.task.v2.CreateTaskResponse.$Properties): containerd.task.v2.CreateTaskResponse;
                static encode(message: containerd.task.v2.CreateTaskResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CreateTaskResponse & containerd.task.v2.CreateTaskResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CreateTaskResponse;
                static toObject(message: containerd.task.v2.CreateTaskResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CreateTaskResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CreateTaskResponse.$Properties;
            }

            interface IDeleteRequest extends containerd.task.v2.DeleteRequest.$Properties {
            }

            class DeleteRequest {
                constructor(properties?: containerd.task.v2.DeleteRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.DeleteRequest.$Shape): containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape;
                static create(properties?: containerd.task.v2.DeleteRequest.$Properties): containerd.task.v2.DeleteRequest;
                static encode(message: containerd.task.v2.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteRequest & containerd.task.v2.DeleteRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.DeleteRequest;
                static toObject(message: containerd.task.v2.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.DeleteRequest.$Properties;
            }

            interface IDeleteResponse extends containerd.task.v2.DeleteResponse.$Properties {
            }

            class DeleteResponse {
                constructor(properties?: containerd.task.v2.DeleteResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                exitStatus: number;
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v2.DeleteResponse.$Shape): containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape;
                static create(properties?: containerd.task.v2.DeleteResponse.$Properties): containerd.task.v2.DeleteResponse;
                static encode(message: containerd.task.v2.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.DeleteResponse & containerd.task.v2.DeleteResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.DeleteResponse;
                static toObject(message: containerd.task.v2.DeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace DeleteResponse {
                interface $Properties {
                    pid?: (number|null);
                    exitStatus?: (number|null);
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.DeleteResponse.$Properties;
            }

            interface IExecProcessRequest extends containerd.task.v2.ExecProcessRequest.$Properties {
            }

            class ExecProcessRequest {
                constructor(properties?: containerd.task.v2.ExecProcessRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                terminal: boolean;
                stdin: string;
                stdout: string;
                stderr: string;
                spec?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.ExecProcessRequest.$Shape): containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape;
                static create(properties?: containerd.task.v2.ExecProcessRequest.$Properties): containerd.task.v2.ExecProcessRequest;
                static encode(message: containerd.task.v2.ExecProcessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessRequest & containerd.task.v2.ExecProcessRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ExecProcessRequest;
                static toObject(message: containerd.task.v2.ExecProcessRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecProcessRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    terminal?: (boolean|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    spec?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ExecProcessRequest.$Properties;
            }

            interface IExecProcessResponse extends containerd.task.v2.ExecProcessResponse.$Properties {
            }

            class ExecProcessResponse {
                constructor(properties?: containerd.task.v2.ExecProcessResponse.$Properties);
                $unknowns?: Uint8Array[];
                static create(properties: containerd.task.v2.ExecProcessResponse.$Shape): containerd.task.v2.ExecProcessResponse & containerd.task.v2.ExecProcessResponse.$Shape;
                static create(properties?: containerd.task.v2.ExecProcessResponse.$Properties): containerd.task.v2.ExecProcessResponse;
                static encode(message: containerd.task.v2.ExecProcessResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ExecProcessResponse & containerd.task.v2.ExecProcessResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ExecProcessResponse;
                static toObject(message: containerd.task.v2.ExecProcessResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ExecProcessResponse {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ExecProcessResponse.$Properties;
            }

            interface IResizePtyRequest extends containerd.task.v2.ResizePtyRequest.$Properties {
            }

            class ResizePtyRequest {
                constructor(properties?: containerd.task.v2.ResizePtyRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                width: number;
                height: number;
                static create(properties: containerd.task.v2.ResizePtyRequest.$Shape): containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape;
                static create(properties?: containerd.task.v2.ResizePtyRequest.$Properties): containerd.task.v2.ResizePtyRequest;
                static encode(message: containerd.task.v2.ResizePtyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResizePtyRequest & containerd.task.v2.ResizePtyRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ResizePtyRequest;
                static toObject(message: containerd.task.v2.ResizePtyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResizePtyRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    width?: (number|null);
                    height?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ResizePtyRequest.$Properties;
            }

            interface IStateRequest extends containerd.task.v2.StateRequest.$Properties {
            }

            class StateRequest {
                constructor(properties?: containerd.task.v2.StateRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.StateRequest.$Shape): containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape;
                static create(properties?: containerd.task.v2.StateRequest.$Properties): containerd.task.v2.StateRequest;
                static encode(message: containerd.task.v2.StateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateRequest & containerd.task.v2.StateRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StateRequest;
                static toObject(message: containerd.task.v2.StateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StateRequest.$Properties;
            }

            interface IStateResponse extends containerd.task.v2.StateResponse.$Properties {
            }

            class StateResponse {
                constructor(properties?: containerd.task.v2.StateResponse.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                bundle: string;
                pid: number;
                status: containerd.v1.types.Status;
                stdin: string;
                stdout: string;
                stderr: string;
                terminal: boolean;
                exitStatus: number;
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                execId: string;
                static create(properties: containerd.task.v2.StateResponse.$Shape): containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape;
                static create(properties?: containerd.task.v2.StateResponse.$Properties): containerd.task.v2.StateResponse;
                static encode(message: containerd.task.v2.StateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StateResponse & containerd.task.v2.StateResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StateResponse;
                static toObject(message: containerd.task.v2.StateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StateResponse {
                interface $Properties {
                    id?: (string|null);
                    bundle?: (string|null);
                    pid?: (number|null);
                    status?: (containerd.v1.types.Status|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    terminal?: (boolean|null);
                    exitStatus?: (number|null);
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StateResponse.$Properties;
            }

            interface IKillRequest extends containerd.task.v2.KillRequest.$Properties {
            }

            class KillRequest {
                constructor(properties?: containerd.task.v2.KillRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                signal: number;
                all: boolean;
                static create(properties: containerd.task.v2.KillRequest.$Shape): containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape;
                static create(properties?: containerd.task.v2.KillRequest.$Properties): containerd.task.v2.KillRequest;
                static encode(message: containerd.task.v2.KillRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.KillRequest & containerd.task.v2.KillRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.KillRequest;
                static toObject(message: containerd.task.v2.KillRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace KillRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    signal?: (number|null);
                    all?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.KillRequest.$Properties;
            }

            interface ICloseIORequest extends containerd.task.v2.CloseIORequest.$Properties {
            }

            class CloseIORequest {
                constructor(properties?: containerd.task.v2.CloseIORequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                stdin: boolean;
                static create(properties: containerd.task.v2.CloseIORequest.$Shape): containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape;
                static create(properties?: containerd.task.v2.CloseIORequest.$Properties): containerd.task.v2.CloseIORequest;
                static encode(message: containerd.task.v2.CloseIORequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CloseIORequest & containerd.task.v2.CloseIORequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CloseIORequest;
                static toObject(message: containerd.task.v2.CloseIORequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CloseIORequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    stdin?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CloseIORequest.$Properties;
            }

            interface IPidsRequest extends containerd.task.v2.PidsRequest.$Properties {
            }

            class PidsRequest {
                constructor(properties?: containerd.task.v2.PidsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.PidsRequest.$Shape): containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape;
                static create(properties?: containerd.task.v2.PidsRequest.$Properties): containerd.task.v2.PidsRequest;
                static encode(message: containerd.task.v2.PidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsRequest & containerd.task.v2.PidsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.PidsRequest;
                static toObject(message: containerd.task.v2.PidsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PidsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PidsRequest.$Properties;
            }

            interface IPidsResponse extends containerd.task.v2.PidsResponse.$Properties {
            }

            class PidsResponse {
                constructor(properties?: containerd.task.v2.PidsResponse.$Properties);
                $unknowns?: Uint8Array[];
                processes: containerd.v1.types.ProcessInfo.$Properties[];
                static create(properties: containerd.task.v2.PidsResponse.$Shape): containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape;
                static create(properties?: containerd.task.v2.PidsResponse.$Properties): containerd.task.v2.PidsResponse;
                static encode(message: containerd.task.v2.PidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PidsResponse & containerd.task.v2.PidsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.PidsResponse;
                static toObject(message: containerd.task.v2.PidsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PidsResponse {
                interface $Properties {
                    processes?: (containerd.v1.types.ProcessInfo.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PidsResponse.$Properties;
            }

            interface ICheckpointTaskRequest extends containerd.task.v2.CheckpointTaskRequest.$Properties {
            }

            class CheckpointTaskRequest {
                constructor(properties?: containerd.task.v2.CheckpointTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                path: string;
                options?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.CheckpointTaskRequest.$Shape): containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.CheckpointTaskRequest.$Properties): containerd.task.v2.CheckpointTaskRequest;
                static encode(message: containerd.task.v2.CheckpointTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.CheckpointTaskRequest & containerd.task.v2.CheckpointTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.CheckpointTaskRequest;
                static toObject(message: containerd.task.v2.CheckpointTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace CheckpointTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    path?: (string|null);
                    options?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.CheckpointTaskRequest.$Properties;
            }

            interface IUpdateTaskRequest extends containerd.task.v2.UpdateTaskRequest.$Properties {
            }

            class UpdateTaskRequest {
                constructor(properties?: containerd.task.v2.UpdateTaskRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                resources?: (google.protobuf.Any.$Properties|null);
                annotations: { [k: string]: string };
                static create(properties: containerd.task.v2.UpdateTaskRequest.$Shape): containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape;
                static create(properties?: containerd.task.v2.UpdateTaskRequest.$Properties): containerd.task.v2.UpdateTaskRequest;
                static encode(message: containerd.task.v2.UpdateTaskRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.UpdateTaskRequest & containerd.task.v2.UpdateTaskRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.UpdateTaskRequest;
                static toObject(message: containerd.task.v2.UpdateTaskRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace UpdateTaskRequest {
                interface $Properties {
                    id?: (string|null);
                    resources?: (google.protobuf.Any.$Properties|null);
                    annotations?: ({ [k: string]: string }|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.UpdateTaskRequest.$Properties;
            }

            interface IStartRequest extends containerd.task.v2.StartRequest.$Properties {
            }

            class StartRequest {
                constructor(properties?: containerd.task.v2.StartRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.StartRequest.$Shape): containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape;
                static create(properties?: containerd.task.v2.StartRequest.$Properties): containerd.task.v2.StartRequest;
                static encode(message: containerd.task.v2.StartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartRequest & containerd.task.v2.StartRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StartRequest;
                static toObject(message: containerd.task.v2.StartRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StartRequest.$Properties;
            }

            interface IStartResponse extends containerd.task.v2.StartResponse.$Properties {
            }

            class StartResponse {
                constructor(properties?: containerd.task.v2.StartResponse.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                static create(properties: containerd.task.v2.StartResponse.$Shape): containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape;
                static create(properties?: containerd.task.v2.StartResponse.$Properties): containerd.task.v2.StartResponse;
                static encode(message: containerd.task.v2.StartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StartResponse & containerd.task.v2.StartResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StartResponse;
                static toObject(message: containerd.task.v2.StartResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StartResponse {
                interface $Properties {
                    pid?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StartResponse.$Properties;
            }

            interface IWaitRequest extends containerd.task.v2.WaitRequest.$Properties {
            }

            class WaitRequest {
                constructor(properties?: containerd.task.v2.WaitRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                execId: string;
                static create(properties: containerd.task.v2.WaitRequest.$Shape): containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape;
                static create(properties?: containerd.task.v2.WaitRequest.$Properties): containerd.task.v2.WaitRequest;
                static encode(message: containerd.task.v2.WaitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitRequest & containerd.task.v2.WaitRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.WaitRequest;
                static toObject(message: containerd.task.v2.WaitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace WaitRequest {
                interface $Properties {
                    id?: (string|null);
                    execId?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.WaitRequest.$Properties;
            }

            interface IWaitResponse extends containerd.task.v2.WaitResponse.$Properties {
            }

            class WaitResponse {
                constructor(properties?: containerd.task.v2.WaitResponse.$Properties);
                $unknowns?: Uint8Array[];
                exitStatus: number;
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.task.v2.WaitResponse.$Shape): containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape;
                static create(properties?: containerd.task.v2.WaitResponse.$Properties): containerd.task.v2.WaitResponse;
                static encode(message: containerd.task.v2.WaitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.WaitResponse & containerd.task.v2.WaitResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.WaitResponse;
                static toObject(message: containerd.task.v2.WaitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace WaitResponse {
                interface $Properties {
                    exitStatus?: (number|null);
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.WaitResponse.$Properties;
            }

            interface IStatsRequest extends containerd.task.v2.StatsRequest.$Properties {
            }

            class StatsRequest {
                constructor(properties?: containerd.task.v2.StatsRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.StatsRequest.$Shape): containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape;
                static create(properties?: containerd.task.v2.StatsRequest.$Properties): containerd.task.v2.StatsRequest;
                static encode(message: containerd.task.v2.StatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsRequest & containerd.task.v2.StatsRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StatsRequest;
                static toObject(message: containerd.task.v2.StatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatsRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StatsRequest.$Properties;
            }

            interface IStatsResponse extends containerd.task.v2.StatsResponse.$Properties {
            }

            class StatsResponse {
                constructor(properties?: containerd.task.v2.StatsResponse.$Properties);
                $unknowns?: Uint8Array[];
                stats?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.task.v2.StatsResponse.$Shape): containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape;
                static create(properties?: containerd.task.v2.StatsResponse.$Properties): containerd.task.v2.StatsResponse;
                static encode(message: containerd.task.v2.StatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.StatsResponse & containerd.task.v2.StatsResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.StatsResponse;
                static toObject(message: containerd.task.v2.StatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace StatsResponse {
                interface $Properties {
                    stats?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.StatsResponse.$Properties;
            }

            interface IConnectRequest extends containerd.task.v2.ConnectRequest.$Properties {
            }

            class ConnectRequest {
                constructor(properties?: containerd.task.v2.ConnectRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.ConnectRequest.$Shape): containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape;
                static create(properties?: containerd.task.v2.ConnectRequest.$Properties): containerd.task.v2.ConnectRequest;
                static encode(message: containerd.task.v2.ConnectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectRequest & containerd.task.v2.ConnectRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ConnectRequest;
                static toObject(message: containerd.task.v2.ConnectRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ConnectRequest.$Properties;
            }

            interface IConnectResponse extends containerd.task.v2.ConnectResponse.$Properties {
            }

            class ConnectResponse {
                constructor(properties?: containerd.task.v2.ConnectResponse.$Properties);
                $unknowns?: Uint8Array[];
                shimPid: number;
                taskPid: number;
                version: string;
                static create(properties: containerd.task.v2.ConnectResponse.$Shape): containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape;
                static create(properties?: containerd.task.v2.ConnectResponse.$Properties): containerd.task.v2.ConnectResponse;
                static encode(message: containerd.task.v2.ConnectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ConnectResponse & containerd.task.v2.ConnectResponse.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ConnectResponse;
                static toObject(message: containerd.task.v2.ConnectResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ConnectResponse {
                interface $Properties {
                    shimPid?: (number|null);
                    taskPid?: (number|null);
                    version?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ConnectResponse.$Properties;
            }

            interface IShutdownRequest extends containerd.task.v2.ShutdownRequest.$Properties {
            }

            class ShutdownRequest {
                constructor(properties?: containerd.task.v2.ShutdownRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                now: boolean;
                static create(properties: containerd.task.v2.ShutdownRequest.$Shape): containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape;
                static create(properties?: containerd.task.v2.ShutdownRequest.$Properties): containerd.task.v2.ShutdownRequest;
                static encode(message: containerd.task.v2.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ShutdownRequest & containerd.task.v2.ShutdownRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ShutdownRequest;
                static toObject(message: containerd.task.v2.ShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ShutdownRequest {
                interface $Properties {
                    id?: (string|null);
                    now?: (boolean|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ShutdownRequest.$Properties;
            }

            interface IPauseRequest extends containerd.task.v2.PauseRequest.$Properties {
            }

            class PauseRequest {
                constructor(properties?: containerd.task.v2.PauseRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.PauseRequest.$Shape): containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape;
                static create(properties?: containerd.task.v2.PauseRequest.$Properties): containerd.task.v2.PauseRequest;
                static encode(message: containerd.task.v2.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.PauseRequest & containerd.task.v2.PauseRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.PauseRequest;
                static toObject(message: containerd.task.v2.PauseRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace PauseRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.PauseRequest.$Properties;
            }

            interface IResumeRequest extends containerd.task.v2.ResumeRequest.$Properties {
            }

            class ResumeRequest {
                constructor(properties?: containerd.task.v2.ResumeRequest.$Properties);
                $unknowns?: Uint8Array[];
                id: string;
                static create(properties: containerd.task.v2.ResumeRequest.$Shape): containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape;
                static create(properties?: containerd.task.v2.ResumeRequest.$Properties): containerd.task.v2.ResumeRequest;
                static encode(message: containerd.task.v2.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.task.v2.ResumeRequest & containerd.task.v2.ResumeRequest.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.task.v2.ResumeRequest;
                static toObject(message: containerd.task.v2.ResumeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResumeRequest {
                interface $Properties {
                    id?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.task.v2.ResumeRequest.$Properties;
            }
        }
    }

    namespace v1 {

        namespace types {

            enum Status {
                UNKNOWN = 0,
                CREATED = 1,
                RUNNING = 2,
                STOPPED = 3,
                PAUSED = 4,
                PAUSING = 5
            }

            interface IProcess extends containerd.v1.types.Process.$Properties {
            }

            class Process {
                constructor(properties?: containerd.v1.types.Process.$Properties);
                $unknowns?: Uint8Array[];
                containerId: string;
                id: string;
                pid: number;
                status: containerd.v1.types.Status;
                stdin: string;
                stdout: string;
                stderr: string;
                terminal: boolean;
                exitStatus: number;
                exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                static create(properties: containerd.v1.types.Process.$Shape): containerd.v1.types.Process & containerd.v1.types.Process.$Shape;
                static create(properties?: containerd.v1.types.Process.$Properties): containerd.v1.types.Process;
                static encode(message: containerd.v1.types.Process.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.Process & containerd.v1.types.Process.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.v1.types.Process;
                static toObject(message: containerd.v1.types.Process, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace Process {
                interface $Properties {
                    containerId?: (string|null);
                    id?: (string|null);
                    pid?: (number|null);
                    status?: (containerd.v1.types.Status|null);
                    stdin?: (string|null);
                    stdout?: (string|null);
                    stderr?: (string|null);
                    terminal?: (boolean|null);
                    exitStatus?: (number|null);
                    exitedAt?: (google.protobuf.Timestamp.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.v1.types.Process.$Properties;
            }

            interface IProcessInfo extends containerd.v1.types.ProcessInfo.$Properties {
            }

            class ProcessInfo {
                constructor(properties?: containerd.v1.types.ProcessInfo.$Properties);
                $unknowns?: Uint8Array[];
                pid: number;
                info?: (google.protobuf.Any.$Properties|null);
                static create(properties: containerd.v1.types.ProcessInfo.$Shape): containerd.v1.types.ProcessInfo & containerd.v1.types.ProcessInfo.$Shape;
                static create(properties?: containerd.v1.types.ProcessInfo.$Properties): containerd.v1.types.ProcessInfo;
                static encode(message: containerd.v1.types.ProcessInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): containerd.v1.types.ProcessInfo & containerd.v1.types.ProcessInfo.$Shape;
                static fromObject(object: { [k: string]: any }): containerd.v1.types.ProcessInfo;
                static toObject(message: containerd.v1.types.ProcessInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
                toJSON(): { [k: string]: any };
                static getTypeUrl(prefix?: string): string;
            }

            namespace ProcessInfo {
                interface $Properties {
                    pid?: (number|null);
                    info?: (google.protobuf.Any.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = containerd.v1.types.ProcessInfo.$Properties;
            }
        }
    }
}

export namespace google {

    namespace protobuf {

        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        class Timestamp {
            constructor(properties?: google.protobuf.Timestamp.$Properties);
            $unknowns?: Uint8Array[];
            seconds: Long;
            nanos: number;
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {
            interface $Properties {
                seconds?: (Long|null);
                nanos?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Timestamp.$Properties;
        }

        interface IAny extends google.protobuf.Any.$Properties {
        }

        class Any {
            constructor(properties?: google.protobuf.Any.$Properties);
            $unknowns?: Uint8Array[];
            type_url: string;
            value: Uint8Array;
            static create(properties: google.protobuf.Any.$Shape): google.protobuf.Any & google.protobuf.Any.$Shape;
            static create(properties?: google.protobuf.Any.$Properties): google.protobuf.Any;
            static encode(message: google.protobuf.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Any & google.protobuf.Any.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Any;
            static toObject(message: google.protobuf.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {
            interface $Properties {
                type_url?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Any.$Properties;
        }

        interface IEmpty extends google.protobuf.Empty.$Properties {
        }

        class Empty {
            constructor(properties?: google.protobuf.Empty.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: google.protobuf.Empty.$Shape): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static create(properties?: google.protobuf.Empty.$Properties): google.protobuf.Empty;
            static encode(message: google.protobuf.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Empty;
            static toObject(message: google.protobuf.Empty, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Empty {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Empty.$Properties;
        }
    }

    namespace rpc {

        interface IStatus extends google.rpc.Status.$Properties {
        }

        class Status {
            constructor(properties?: google.rpc.Status.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            message: string;
            details: google.protobuf.Any.$Properties[];
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;
            static encode(message: google.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status & google.rpc.Status.$Shape;
            static fromObject(object: { [k: string]: any }): google.rpc.Status;
            static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {
            interface $Properties {
                code?: (number|null);
                message?: (string|null);
                details?: (google.protobuf.Any.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.rpc.Status.$Properties;
        }

        interface IErrorInfo extends google.rpc.ErrorInfo.$Properties {
        }

        class ErrorInfo {
            constructor(properties?: google.rpc.ErrorInfo.$Properties);
            $unknowns?: Uint8Array[];
            reason: string;
            domain: string;
            metadata: { [k: string]: string };
            static create(properties: google.rpc.ErrorInfo.$Shape): google.rpc.ErrorInfo & google.rpc.ErrorInfo.$Shape;
            static create(properties?: google.rpc.ErrorInfo.$Properties): google.rpc.ErrorInfo;
            static encode(message: google.rpc.ErrorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.ErrorInfo & google.rpc.ErrorInfo.$Shape;
            static fromObject(object: { [k: string]: any }): google.rpc.ErrorInfo;
            static toObject(message: google.rpc.ErrorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorInfo {
            interface $Properties {
                reason?: (string|null);
                domain?: (string|null);
                metadata?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.rpc.ErrorInfo.$Properties;
        }
    }
}

export namespace ttrpc {

    interface IRequest extends ttrpc.Request.$Properties {
    }

    class Request {
        constructor(properties?: ttrpc.Request.$Properties);
        $unknowns?: Uint8Array[];
        service: string;
        method: string;
        payload: Uint8Array;
        timeoutNano: Long;
        metadata: ttrpc.KeyValue.$Properties[];
        static create(properties: ttrpc.Request.$Shape): ttrpc.Request & ttrpc.Request.$Shape;
        static create(properties?: ttrpc.Request.$Properties): ttrpc.Request;
        static encode(message: ttrpc.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Request & ttrpc.Request.$Shape;
        static fromObject(object: { [k: string]: any }): ttrpc.Request;
        static toObject(message: ttrpc.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Request {
        interface $Properties {
            service?: (string|null);
            method?: (string|null);
            payload?: (Uint8Array|null);
            timeoutNano?: (Long|null);
            metadata?: (ttrpc.KeyValue.$Properties[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = ttrpc.Request.$Properties;
    }

    interface IResponse extends ttrpc.Response.$Properties {
    }

    class Response {
        constructor(properties?: ttrpc.Response.$Properties);
        $unknowns?: Uint8Array[];
        status?: (google.rpc.Status.$Properties|null);
        payload: Uint8Array;
        static create(properties: ttrpc.Response.$Shape): ttrpc.Response & ttrpc.Response.$Shape;
        static create(properties?: ttrpc.Response.$Properties): ttrpc.Response;
        static encode(message: ttrpc.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.Response & ttrpc.Response.$Shape;
        static fromObject(object: { [k: string]: any }): ttrpc.Response;
        static toObject(message: ttrpc.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace Response {
        interface $Properties {
            status?: (google.rpc.Status.$Properties|null);
            payload?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = ttrpc.Response.$Properties;
    }

    interface IKeyValue extends ttrpc.KeyValue.$Properties {
    }

    class KeyValue {
        constructor(properties?: ttrpc.KeyValue.$Properties);
        $unknowns?: Uint8Array[];
        key: string;
        value: string;
        static create(properties: ttrpc.KeyValue.$Shape): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
        static create(properties?: ttrpc.KeyValue.$Properties): ttrpc.KeyValue;
        static encode(message: ttrpc.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ttrpc.KeyValue & ttrpc.KeyValue.$Shape;
        static fromObject(object: { [k: string]: any }): ttrpc.KeyValue;
        static toObject(message: ttrpc.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
        toJSON(): { [k: string]: any };
        static getTypeUrl(prefix?: string): string;
    }

    namespace KeyValue {
        interface $Properties {
            key?: (string|null);
            value?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = ttrpc.KeyValue.$Properties;
    }
}