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
    }
}

export namespace corral {

    namespace v1 {

        interface ISubscribeRequest extends corral.v1.SubscribeRequest.$Properties {
        }

        class SubscribeRequest {
            constructor(properties?: corral.v1.SubscribeRequest.$Properties);
            $unknowns?: Uint8Array[];
            filters: string[];
            sinceSequence: Long;
            sinceTime: Long;
            static create(properties: corral.v1.SubscribeRequest.$Shape): corral.v1.SubscribeRequest & corral.v1.SubscribeRequest.$Shape;
            static create(properties?: corral.v1.SubscribeRequest.$Properties): corral.v1.SubscribeRequest;
            static encode(message: corral.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.SubscribeRequest & corral.v1.SubscribeRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.SubscribeRequest;
            static toObject(message: corral.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeRequest {
            interface $Properties {
                filters?: (string[]|null);
                sinceSequence?: (Long|null);
                sinceTime?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.SubscribeRequest.$Properties;
        }

        interface ISubscribeEnd extends corral.v1.SubscribeEnd.$Properties {
        }

        class SubscribeEnd {
            constructor(properties?: corral.v1.SubscribeEnd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.SubscribeEnd.$Shape): corral.v1.SubscribeEnd & corral.v1.SubscribeEnd.$Shape;
            static create(properties?: corral.v1.SubscribeEnd.$Properties): corral.v1.SubscribeEnd;
            static encode(message: corral.v1.SubscribeEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.SubscribeEnd & corral.v1.SubscribeEnd.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.SubscribeEnd;
            static toObject(message: corral.v1.SubscribeEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeEnd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.SubscribeEnd.$Properties;
        }

        interface IEvent extends corral.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: corral.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            sequence: Long;
            timestamp: Long;
            namespace: string;
            topic: string;
            event?: (google.protobuf.Any.$Properties|null);
            static create(properties: corral.v1.Event.$Shape): corral.v1.Event & corral.v1.Event.$Shape;
            static create(properties?: corral.v1.Event.$Properties): corral.v1.Event;
            static encode(message: corral.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Event & corral.v1.Event.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Event;
            static toObject(message: corral.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                sequence?: (Long|null);
                timestamp?: (Long|null);
                namespace?: (string|null);
                topic?: (string|null);
                event?: (google.protobuf.Any.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Event.$Properties;
        }

        interface IContainerCreate extends corral.v1.ContainerCreate.$Properties {
        }

        class ContainerCreate {
            constructor(properties?: corral.v1.ContainerCreate.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            image: string;
            runtimeHandler: string;
            labels: { [k: string]: string };
            static create(properties: corral.v1.ContainerCreate.$Shape): corral.v1.ContainerCreate & corral.v1.ContainerCreate.$Shape;
            static create(properties?: corral.v1.ContainerCreate.$Properties): corral.v1.ContainerCreate;
            static encode(message: corral.v1.ContainerCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerCreate & corral.v1.ContainerCreate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerCreate;
            static toObject(message: corral.v1.ContainerCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerCreate {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                image?: (string|null);
                runtimeHandler?: (string|null);
                labels?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerCreate.$Properties;
        }

        interface IContainerUpdate extends corral.v1.ContainerUpdate.$Properties {
        }

        class ContainerUpdate {
            constructor(properties?: corral.v1.ContainerUpdate.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            reason: string;
            message: string;
            static create(properties: corral.v1.ContainerUpdate.$Shape): corral.v1.ContainerUpdate & corral.v1.ContainerUpdate.$Shape;
            static create(properties?: corral.v1.ContainerUpdate.$Properties): corral.v1.ContainerUpdate;
            static encode(message: corral.v1.ContainerUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerUpdate & corral.v1.ContainerUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerUpdate;
            static toObject(message: corral.v1.ContainerUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerUpdate {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerUpdate.$Properties;
        }

        interface IContainerDelete extends corral.v1.ContainerDelete.$Properties {
        }

        class ContainerDelete {
            constructor(properties?: corral.v1.ContainerDelete.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            static create(properties: corral.v1.ContainerDelete.$Shape): corral.v1.ContainerDelete & corral.v1.ContainerDelete.$Shape;
            static create(properties?: corral.v1.ContainerDelete.$Properties): corral.v1.ContainerDelete;
            static encode(message: corral.v1.ContainerDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerDelete & corral.v1.ContainerDelete.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerDelete;
            static toObject(message: corral.v1.ContainerDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerDelete {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerDelete.$Properties;
        }

        interface IImageCreate extends corral.v1.ImageCreate.$Properties {
        }

        class ImageCreate {
            constructor(properties?: corral.v1.ImageCreate.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            id: string;
            static create(properties: corral.v1.ImageCreate.$Shape): corral.v1.ImageCreate & corral.v1.ImageCreate.$Shape;
            static create(properties?: corral.v1.ImageCreate.$Properties): corral.v1.ImageCreate;
            static encode(message: corral.v1.ImageCreate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageCreate & corral.v1.ImageCreate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageCreate;
            static toObject(message: corral.v1.ImageCreate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageCreate {
            interface $Properties {
                name?: (string|null);
                id?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageCreate.$Properties;
        }

        interface IImageUpdate extends corral.v1.ImageUpdate.$Properties {
        }

        class ImageUpdate {
            constructor(properties?: corral.v1.ImageUpdate.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            reason: string;
            message: string;
            size: Long;
            durationNs: Long;
            static create(properties: corral.v1.ImageUpdate.$Shape): corral.v1.ImageUpdate & corral.v1.ImageUpdate.$Shape;
            static create(properties?: corral.v1.ImageUpdate.$Properties): corral.v1.ImageUpdate;
            static encode(message: corral.v1.ImageUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageUpdate & corral.v1.ImageUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageUpdate;
            static toObject(message: corral.v1.ImageUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageUpdate {
            interface $Properties {
                name?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                size?: (Long|null);
                durationNs?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageUpdate.$Properties;
        }

        interface IImageDelete extends corral.v1.ImageDelete.$Properties {
        }

        class ImageDelete {
            constructor(properties?: corral.v1.ImageDelete.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            static create(properties: corral.v1.ImageDelete.$Shape): corral.v1.ImageDelete & corral.v1.ImageDelete.$Shape;
            static create(properties?: corral.v1.ImageDelete.$Properties): corral.v1.ImageDelete;
            static encode(message: corral.v1.ImageDelete.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageDelete & corral.v1.ImageDelete.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageDelete;
            static toObject(message: corral.v1.ImageDelete, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageDelete {
            interface $Properties {
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageDelete.$Properties;
        }

        interface IImage extends corral.v1.Image.$Properties {
        }

        class Image {
            constructor(properties?: corral.v1.Image.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            repoTags: string[];
            repoDigests: string[];
            size: Long;
            user: string;
            createdAt: Long;
            labels: { [k: string]: string };
            static create(properties: corral.v1.Image.$Shape): corral.v1.Image & corral.v1.Image.$Shape;
            static create(properties?: corral.v1.Image.$Properties): corral.v1.Image;
            static encode(message: corral.v1.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Image & corral.v1.Image.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Image;
            static toObject(message: corral.v1.Image, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Image {
            interface $Properties {
                id?: (string|null);
                repoTags?: (string[]|null);
                repoDigests?: (string[]|null);
                size?: (Long|null);
                user?: (string|null);
                createdAt?: (Long|null);
                labels?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Image.$Properties;
        }

        interface IImageFilter extends corral.v1.ImageFilter.$Properties {
        }

        class ImageFilter {
            constructor(properties?: corral.v1.ImageFilter.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            static create(properties: corral.v1.ImageFilter.$Shape): corral.v1.ImageFilter & corral.v1.ImageFilter.$Shape;
            static create(properties?: corral.v1.ImageFilter.$Properties): corral.v1.ImageFilter;
            static encode(message: corral.v1.ImageFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageFilter & corral.v1.ImageFilter.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageFilter;
            static toObject(message: corral.v1.ImageFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageFilter {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageFilter.$Properties;
        }

        interface IListImagesRequest extends corral.v1.ListImagesRequest.$Properties {
        }

        class ListImagesRequest {
            constructor(properties?: corral.v1.ListImagesRequest.$Properties);
            $unknowns?: Uint8Array[];
            filter?: (corral.v1.ImageFilter.$Properties|null);
            static create(properties: corral.v1.ListImagesRequest.$Shape): corral.v1.ListImagesRequest & corral.v1.ListImagesRequest.$Shape;
            static create(properties?: corral.v1.ListImagesRequest.$Properties): corral.v1.ListImagesRequest;
            static encode(message: corral.v1.ListImagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListImagesRequest & corral.v1.ListImagesRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListImagesRequest;
            static toObject(message: corral.v1.ListImagesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListImagesRequest {
            interface $Properties {
                filter?: (corral.v1.ImageFilter.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListImagesRequest.$Properties;
        }

        interface IListImagesResponse extends corral.v1.ListImagesResponse.$Properties {
        }

        class ListImagesResponse {
            constructor(properties?: corral.v1.ListImagesResponse.$Properties);
            $unknowns?: Uint8Array[];
            images: corral.v1.Image.$Properties[];
            static create(properties: corral.v1.ListImagesResponse.$Shape): corral.v1.ListImagesResponse & corral.v1.ListImagesResponse.$Shape;
            static create(properties?: corral.v1.ListImagesResponse.$Properties): corral.v1.ListImagesResponse;
            static encode(message: corral.v1.ListImagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListImagesResponse & corral.v1.ListImagesResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListImagesResponse;
            static toObject(message: corral.v1.ListImagesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListImagesResponse {
            interface $Properties {
                images?: (corral.v1.Image.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListImagesResponse.$Properties;
        }

        interface IImageStatusRequest extends corral.v1.ImageStatusRequest.$Properties {
        }

        class ImageStatusRequest {
            constructor(properties?: corral.v1.ImageStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            verbose: boolean;
            static create(properties: corral.v1.ImageStatusRequest.$Shape): corral.v1.ImageStatusRequest & corral.v1.ImageStatusRequest.$Shape;
            static create(properties?: corral.v1.ImageStatusRequest.$Properties): corral.v1.ImageStatusRequest;
            static encode(message: corral.v1.ImageStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageStatusRequest & corral.v1.ImageStatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageStatusRequest;
            static toObject(message: corral.v1.ImageStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageStatusRequest {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                verbose?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageStatusRequest.$Properties;
        }

        interface IImageStatusResponse extends corral.v1.ImageStatusResponse.$Properties {
        }

        class ImageStatusResponse {
            constructor(properties?: corral.v1.ImageStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.Image.$Properties|null);
            info: { [k: string]: string };
            static create(properties: corral.v1.ImageStatusResponse.$Shape): corral.v1.ImageStatusResponse & corral.v1.ImageStatusResponse.$Shape;
            static create(properties?: corral.v1.ImageStatusResponse.$Properties): corral.v1.ImageStatusResponse;
            static encode(message: corral.v1.ImageStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageStatusResponse & corral.v1.ImageStatusResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageStatusResponse;
            static toObject(message: corral.v1.ImageStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageStatusResponse {
            interface $Properties {
                image?: (corral.v1.Image.$Properties|null);
                info?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageStatusResponse.$Properties;
        }

        interface IAuthConfig extends corral.v1.AuthConfig.$Properties {
        }

        class AuthConfig {
            constructor(properties?: corral.v1.AuthConfig.$Properties);
            $unknowns?: Uint8Array[];
            username: string;
            password: string;
            auth: string;
            serverAddress: string;
            identityToken: string;
            registryToken: string;
            static create(properties: corral.v1.AuthConfig.$Shape): corral.v1.AuthConfig & corral.v1.AuthConfig.$Shape;
            static create(properties?: corral.v1.AuthConfig.$Properties): corral.v1.AuthConfig;
            static encode(message: corral.v1.AuthConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.AuthConfig & corral.v1.AuthConfig.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.AuthConfig;
            static toObject(message: corral.v1.AuthConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthConfig {
            interface $Properties {
                username?: (string|null);
                password?: (string|null);
                auth?: (string|null);
                serverAddress?: (string|null);
                identityToken?: (string|null);
                registryToken?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.AuthConfig.$Properties;
        }

        interface IPullImageRequest extends corral.v1.PullImageRequest.$Properties {
        }

        class PullImageRequest {
            constructor(properties?: corral.v1.PullImageRequest.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            auth?: (corral.v1.AuthConfig.$Properties|null);
            static create(properties: corral.v1.PullImageRequest.$Shape): corral.v1.PullImageRequest & corral.v1.PullImageRequest.$Shape;
            static create(properties?: corral.v1.PullImageRequest.$Properties): corral.v1.PullImageRequest;
            static encode(message: corral.v1.PullImageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PullImageRequest & corral.v1.PullImageRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PullImageRequest;
            static toObject(message: corral.v1.PullImageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PullImageRequest {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                auth?: (corral.v1.AuthConfig.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PullImageRequest.$Properties;
        }

        interface IPullImageResponse extends corral.v1.PullImageResponse.$Properties {
        }

        class PullImageResponse {
            constructor(properties?: corral.v1.PullImageResponse.$Properties);
            $unknowns?: Uint8Array[];
            imageRef: string;
            static create(properties: corral.v1.PullImageResponse.$Shape): corral.v1.PullImageResponse & corral.v1.PullImageResponse.$Shape;
            static create(properties?: corral.v1.PullImageResponse.$Properties): corral.v1.PullImageResponse;
            static encode(message: corral.v1.PullImageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PullImageResponse & corral.v1.PullImageResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PullImageResponse;
            static toObject(message: corral.v1.PullImageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PullImageResponse {
            interface $Properties {
                imageRef?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PullImageResponse.$Properties;
        }

        interface IRemoveImageRequest extends corral.v1.RemoveImageRequest.$Properties {
        }

        class RemoveImageRequest {
            constructor(properties?: corral.v1.RemoveImageRequest.$Properties);
            $unknowns?: Uint8Array[];
            image?: (corral.v1.ImageSpec.$Properties|null);
            force: boolean;
            static create(properties: corral.v1.RemoveImageRequest.$Shape): corral.v1.RemoveImageRequest & corral.v1.RemoveImageRequest.$Shape;
            static create(properties?: corral.v1.RemoveImageRequest.$Properties): corral.v1.RemoveImageRequest;
            static encode(message: corral.v1.RemoveImageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveImageRequest & corral.v1.RemoveImageRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveImageRequest;
            static toObject(message: corral.v1.RemoveImageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveImageRequest {
            interface $Properties {
                image?: (corral.v1.ImageSpec.$Properties|null);
                force?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveImageRequest.$Properties;
        }

        interface IRemoveImageResponse extends corral.v1.RemoveImageResponse.$Properties {
        }

        class RemoveImageResponse {
            constructor(properties?: corral.v1.RemoveImageResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.RemoveImageResponse.$Shape): corral.v1.RemoveImageResponse & corral.v1.RemoveImageResponse.$Shape;
            static create(properties?: corral.v1.RemoveImageResponse.$Properties): corral.v1.RemoveImageResponse;
            static encode(message: corral.v1.RemoveImageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveImageResponse & corral.v1.RemoveImageResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveImageResponse;
            static toObject(message: corral.v1.RemoveImageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveImageResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveImageResponse.$Properties;
        }

        interface IImportImageRequest extends corral.v1.ImportImageRequest.$Properties {
        }

        class ImportImageRequest {
            constructor(properties?: corral.v1.ImportImageRequest.$Properties);
            $unknowns?: Uint8Array[];
            format: string;
            name: string;
            static create(properties: corral.v1.ImportImageRequest.$Shape): corral.v1.ImportImageRequest & corral.v1.ImportImageRequest.$Shape;
            static create(properties?: corral.v1.ImportImageRequest.$Properties): corral.v1.ImportImageRequest;
            static encode(message: corral.v1.ImportImageRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImportImageRequest & corral.v1.ImportImageRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImportImageRequest;
            static toObject(message: corral.v1.ImportImageRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportImageRequest {
            interface $Properties {
                format?: (string|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImportImageRequest.$Properties;
        }

        interface IImportChunk extends corral.v1.ImportChunk.$Properties {
        }

        class ImportChunk {
            constructor(properties?: corral.v1.ImportChunk.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            static create(properties: corral.v1.ImportChunk.$Shape): corral.v1.ImportChunk & corral.v1.ImportChunk.$Shape;
            static create(properties?: corral.v1.ImportChunk.$Properties): corral.v1.ImportChunk;
            static encode(message: corral.v1.ImportChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImportChunk & corral.v1.ImportChunk.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImportChunk;
            static toObject(message: corral.v1.ImportChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportChunk {
            interface $Properties {
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImportChunk.$Properties;
        }

        interface IImportImageResponse extends corral.v1.ImportImageResponse.$Properties {
        }

        class ImportImageResponse {
            constructor(properties?: corral.v1.ImportImageResponse.$Properties);
            $unknowns?: Uint8Array[];
            images: corral.v1.Image.$Properties[];
            static create(properties: corral.v1.ImportImageResponse.$Shape): corral.v1.ImportImageResponse & corral.v1.ImportImageResponse.$Shape;
            static create(properties?: corral.v1.ImportImageResponse.$Properties): corral.v1.ImportImageResponse;
            static encode(message: corral.v1.ImportImageResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImportImageResponse & corral.v1.ImportImageResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImportImageResponse;
            static toObject(message: corral.v1.ImportImageResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImportImageResponse {
            interface $Properties {
                images?: (corral.v1.Image.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImportImageResponse.$Properties;
        }

        interface IFilesystemUsage extends corral.v1.FilesystemUsage.$Properties {
        }

        class FilesystemUsage {
            constructor(properties?: corral.v1.FilesystemUsage.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            mountpoint: string;
            usedBytes: Long;
            inodesUsed: Long;
            static create(properties: corral.v1.FilesystemUsage.$Shape): corral.v1.FilesystemUsage & corral.v1.FilesystemUsage.$Shape;
            static create(properties?: corral.v1.FilesystemUsage.$Properties): corral.v1.FilesystemUsage;
            static encode(message: corral.v1.FilesystemUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.FilesystemUsage & corral.v1.FilesystemUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.FilesystemUsage;
            static toObject(message: corral.v1.FilesystemUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FilesystemUsage {
            interface $Properties {
                timestamp?: (Long|null);
                mountpoint?: (string|null);
                usedBytes?: (Long|null);
                inodesUsed?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.FilesystemUsage.$Properties;
        }

        interface IImageFsInfoRequest extends corral.v1.ImageFsInfoRequest.$Properties {
        }

        class ImageFsInfoRequest {
            constructor(properties?: corral.v1.ImageFsInfoRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ImageFsInfoRequest.$Shape): corral.v1.ImageFsInfoRequest & corral.v1.ImageFsInfoRequest.$Shape;
            static create(properties?: corral.v1.ImageFsInfoRequest.$Properties): corral.v1.ImageFsInfoRequest;
            static encode(message: corral.v1.ImageFsInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageFsInfoRequest & corral.v1.ImageFsInfoRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageFsInfoRequest;
            static toObject(message: corral.v1.ImageFsInfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageFsInfoRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageFsInfoRequest.$Properties;
        }

        interface IImageFsInfoResponse extends corral.v1.ImageFsInfoResponse.$Properties {
        }

        class ImageFsInfoResponse {
            constructor(properties?: corral.v1.ImageFsInfoResponse.$Properties);
            $unknowns?: Uint8Array[];
            imageFilesystems: corral.v1.FilesystemUsage.$Properties[];
            static create(properties: corral.v1.ImageFsInfoResponse.$Shape): corral.v1.ImageFsInfoResponse & corral.v1.ImageFsInfoResponse.$Shape;
            static create(properties?: corral.v1.ImageFsInfoResponse.$Properties): corral.v1.ImageFsInfoResponse;
            static encode(message: corral.v1.ImageFsInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageFsInfoResponse & corral.v1.ImageFsInfoResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageFsInfoResponse;
            static toObject(message: corral.v1.ImageFsInfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageFsInfoResponse {
            interface $Properties {
                imageFilesystems?: (corral.v1.FilesystemUsage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageFsInfoResponse.$Properties;
        }

        interface IVersionRequest extends corral.v1.VersionRequest.$Properties {
        }

        class VersionRequest {
            constructor(properties?: corral.v1.VersionRequest.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            static create(properties: corral.v1.VersionRequest.$Shape): corral.v1.VersionRequest & corral.v1.VersionRequest.$Shape;
            static create(properties?: corral.v1.VersionRequest.$Properties): corral.v1.VersionRequest;
            static encode(message: corral.v1.VersionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.VersionRequest & corral.v1.VersionRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.VersionRequest;
            static toObject(message: corral.v1.VersionRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionRequest {
            interface $Properties {
                version?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.VersionRequest.$Properties;
        }

        interface IVersionResponse extends corral.v1.VersionResponse.$Properties {
        }

        class VersionResponse {
            constructor(properties?: corral.v1.VersionResponse.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            runtimeName: string;
            runtimeVersion: string;
            runtimeApiVersion: string;
            static create(properties: corral.v1.VersionResponse.$Shape): corral.v1.VersionResponse & corral.v1.VersionResponse.$Shape;
            static create(properties?: corral.v1.VersionResponse.$Properties): corral.v1.VersionResponse;
            static encode(message: corral.v1.VersionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.VersionResponse & corral.v1.VersionResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.VersionResponse;
            static toObject(message: corral.v1.VersionResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionResponse {
            interface $Properties {
                version?: (string|null);
                runtimeName?: (string|null);
                runtimeVersion?: (string|null);
                runtimeApiVersion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.VersionResponse.$Properties;
        }

        interface IRuntimeCondition extends corral.v1.RuntimeCondition.$Properties {
        }

        class RuntimeCondition {
            constructor(properties?: corral.v1.RuntimeCondition.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            status: boolean;
            reason: string;
            message: string;
            static create(properties: corral.v1.RuntimeCondition.$Shape): corral.v1.RuntimeCondition & corral.v1.RuntimeCondition.$Shape;
            static create(properties?: corral.v1.RuntimeCondition.$Properties): corral.v1.RuntimeCondition;
            static encode(message: corral.v1.RuntimeCondition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RuntimeCondition & corral.v1.RuntimeCondition.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RuntimeCondition;
            static toObject(message: corral.v1.RuntimeCondition, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RuntimeCondition {
            interface $Properties {
                type?: (string|null);
                status?: (boolean|null);
                reason?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RuntimeCondition.$Properties;
        }

        interface IRecoveryInfo extends corral.v1.RecoveryInfo.$Properties {
        }

        class RecoveryInfo {
            constructor(properties?: corral.v1.RecoveryInfo.$Properties);
            $unknowns?: Uint8Array[];
            at: Long;
            durationNs: Long;
            containers: number;
            shimsReconnected: number;
            exitsLearned: number;
            shimsDead: number;
            static create(properties: corral.v1.RecoveryInfo.$Shape): corral.v1.RecoveryInfo & corral.v1.RecoveryInfo.$Shape;
            static create(properties?: corral.v1.RecoveryInfo.$Properties): corral.v1.RecoveryInfo;
            static encode(message: corral.v1.RecoveryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RecoveryInfo & corral.v1.RecoveryInfo.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RecoveryInfo;
            static toObject(message: corral.v1.RecoveryInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RecoveryInfo {
            interface $Properties {
                at?: (Long|null);
                durationNs?: (Long|null);
                containers?: (number|null);
                shimsReconnected?: (number|null);
                exitsLearned?: (number|null);
                shimsDead?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RecoveryInfo.$Properties;
        }

        interface IStatusRequest extends corral.v1.StatusRequest.$Properties {
        }

        class StatusRequest {
            constructor(properties?: corral.v1.StatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            verbose: boolean;
            static create(properties: corral.v1.StatusRequest.$Shape): corral.v1.StatusRequest & corral.v1.StatusRequest.$Shape;
            static create(properties?: corral.v1.StatusRequest.$Properties): corral.v1.StatusRequest;
            static encode(message: corral.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StatusRequest & corral.v1.StatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StatusRequest;
            static toObject(message: corral.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {
            interface $Properties {
                verbose?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StatusRequest.$Properties;
        }

        interface IStatusResponse extends corral.v1.StatusResponse.$Properties {
        }

        class StatusResponse {
            constructor(properties?: corral.v1.StatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            conditions: corral.v1.RuntimeCondition.$Properties[];
            info: { [k: string]: string };
            lastRecovery?: (corral.v1.RecoveryInfo.$Properties|null);
            static create(properties: corral.v1.StatusResponse.$Shape): corral.v1.StatusResponse & corral.v1.StatusResponse.$Shape;
            static create(properties?: corral.v1.StatusResponse.$Properties): corral.v1.StatusResponse;
            static encode(message: corral.v1.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StatusResponse & corral.v1.StatusResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StatusResponse;
            static toObject(message: corral.v1.StatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusResponse {
            interface $Properties {
                conditions?: (corral.v1.RuntimeCondition.$Properties[]|null);
                info?: ({ [k: string]: string }|null);
                lastRecovery?: (corral.v1.RecoveryInfo.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StatusResponse.$Properties;
        }

        interface IKeyValue extends corral.v1.KeyValue.$Properties {
        }

        class KeyValue {
            constructor(properties?: corral.v1.KeyValue.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: string;
            static create(properties: corral.v1.KeyValue.$Shape): corral.v1.KeyValue & corral.v1.KeyValue.$Shape;
            static create(properties?: corral.v1.KeyValue.$Properties): corral.v1.KeyValue;
            static encode(message: corral.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.KeyValue & corral.v1.KeyValue.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.KeyValue;
            static toObject(message: corral.v1.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyValue {
            interface $Properties {
                key?: (string|null);
                value?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.KeyValue.$Properties;
        }

        interface IImageSpec extends corral.v1.ImageSpec.$Properties {
        }

        class ImageSpec {
            constructor(properties?: corral.v1.ImageSpec.$Properties);
            $unknowns?: Uint8Array[];
            image: string;
            annotations: { [k: string]: string };
            static create(properties: corral.v1.ImageSpec.$Shape): corral.v1.ImageSpec & corral.v1.ImageSpec.$Shape;
            static create(properties?: corral.v1.ImageSpec.$Properties): corral.v1.ImageSpec;
            static encode(message: corral.v1.ImageSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ImageSpec & corral.v1.ImageSpec.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ImageSpec;
            static toObject(message: corral.v1.ImageSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageSpec {
            interface $Properties {
                image?: (string|null);
                annotations?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ImageSpec.$Properties;
        }

        interface IMount extends corral.v1.Mount.$Properties {
        }

        class Mount {
            constructor(properties?: corral.v1.Mount.$Properties);
            $unknowns?: Uint8Array[];
            containerPath: string;
            hostPath: string;
            readonly: boolean;
            propagation: number;
            static create(properties: corral.v1.Mount.$Shape): corral.v1.Mount & corral.v1.Mount.$Shape;
            static create(properties?: corral.v1.Mount.$Properties): corral.v1.Mount;
            static encode(message: corral.v1.Mount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Mount & corral.v1.Mount.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Mount;
            static toObject(message: corral.v1.Mount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mount {
            interface $Properties {
                containerPath?: (string|null);
                hostPath?: (string|null);
                readonly?: (boolean|null);
                propagation?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Mount.$Properties;
        }

        interface ILinuxContainerResources extends corral.v1.LinuxContainerResources.$Properties {
        }

        class LinuxContainerResources {
            constructor(properties?: corral.v1.LinuxContainerResources.$Properties);
            $unknowns?: Uint8Array[];
            cpuPeriod: Long;
            cpuQuota: Long;
            cpuShares: Long;
            memoryLimitInBytes: Long;
            oomScoreAdj: Long;
            cpusetCpus: string;
            cpusetMems: string;
            pidsLimit: Long;
            static create(properties: corral.v1.LinuxContainerResources.$Shape): corral.v1.LinuxContainerResources & corral.v1.LinuxContainerResources.$Shape;
            static create(properties?: corral.v1.LinuxContainerResources.$Properties): corral.v1.LinuxContainerResources;
            static encode(message: corral.v1.LinuxContainerResources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.LinuxContainerResources & corral.v1.LinuxContainerResources.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.LinuxContainerResources;
            static toObject(message: corral.v1.LinuxContainerResources, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LinuxContainerResources {
            interface $Properties {
                cpuPeriod?: (Long|null);
                cpuQuota?: (Long|null);
                cpuShares?: (Long|null);
                memoryLimitInBytes?: (Long|null);
                oomScoreAdj?: (Long|null);
                cpusetCpus?: (string|null);
                cpusetMems?: (string|null);
                pidsLimit?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.LinuxContainerResources.$Properties;
        }

        interface IContainerMetadata extends corral.v1.ContainerMetadata.$Properties {
        }

        class ContainerMetadata {
            constructor(properties?: corral.v1.ContainerMetadata.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            attempt: number;
            static create(properties: corral.v1.ContainerMetadata.$Shape): corral.v1.ContainerMetadata & corral.v1.ContainerMetadata.$Shape;
            static create(properties?: corral.v1.ContainerMetadata.$Properties): corral.v1.ContainerMetadata;
            static encode(message: corral.v1.ContainerMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerMetadata & corral.v1.ContainerMetadata.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerMetadata;
            static toObject(message: corral.v1.ContainerMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerMetadata {
            interface $Properties {
                name?: (string|null);
                attempt?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerMetadata.$Properties;
        }

        interface IContainerConfig extends corral.v1.ContainerConfig.$Properties {
        }

        class ContainerConfig {
            constructor(properties?: corral.v1.ContainerConfig.$Properties);
            $unknowns?: Uint8Array[];
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            image?: (corral.v1.ImageSpec.$Properties|null);
            command: string[];
            args: string[];
            workingDir: string;
            envs: corral.v1.KeyValue.$Properties[];
            mounts: corral.v1.Mount.$Properties[];
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            stdin: boolean;
            stdinOnce: boolean;
            tty: boolean;
            resources?: (corral.v1.LinuxContainerResources.$Properties|null);
            logPath: string;
            runtimeHandler: string;
            stopSignal: string;
            readonlyRootfs: boolean;
            user: string;
            hostname: string;
            static create(properties: corral.v1.ContainerConfig.$Shape): corral.v1.ContainerConfig & corral.v1.ContainerConfig.$Shape;
            static create(properties?: corral.v1.ContainerConfig.$Properties): corral.v1.ContainerConfig;
            static encode(message: corral.v1.ContainerConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerConfig & corral.v1.ContainerConfig.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerConfig;
            static toObject(message: corral.v1.ContainerConfig, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerConfig {
            interface $Properties {
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                image?: (corral.v1.ImageSpec.$Properties|null);
                command?: (string[]|null);
                args?: (string[]|null);
                workingDir?: (string|null);
                envs?: (corral.v1.KeyValue.$Properties[]|null);
                mounts?: (corral.v1.Mount.$Properties[]|null);
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                stdin?: (boolean|null);
                stdinOnce?: (boolean|null);
                tty?: (boolean|null);
                resources?: (corral.v1.LinuxContainerResources.$Properties|null);
                logPath?: (string|null);
                runtimeHandler?: (string|null);
                stopSignal?: (string|null);
                readonlyRootfs?: (boolean|null);
                user?: (string|null);
                hostname?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerConfig.$Properties;
        }

        interface ICreateContainerRequest extends corral.v1.CreateContainerRequest.$Properties {
        }

        class CreateContainerRequest {
            constructor(properties?: corral.v1.CreateContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            config?: (corral.v1.ContainerConfig.$Properties|null);
            static create(properties: corral.v1.CreateContainerRequest.$Shape): corral.v1.CreateContainerRequest & corral.v1.CreateContainerRequest.$Shape;
            static create(properties?: corral.v1.CreateContainerRequest.$Properties): corral.v1.CreateContainerRequest;
            static encode(message: corral.v1.CreateContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.CreateContainerRequest & corral.v1.CreateContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.CreateContainerRequest;
            static toObject(message: corral.v1.CreateContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateContainerRequest {
            interface $Properties {
                config?: (corral.v1.ContainerConfig.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.CreateContainerRequest.$Properties;
        }

        interface ICreateContainerResponse extends corral.v1.CreateContainerResponse.$Properties {
        }

        class CreateContainerResponse {
            constructor(properties?: corral.v1.CreateContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.CreateContainerResponse.$Shape): corral.v1.CreateContainerResponse & corral.v1.CreateContainerResponse.$Shape;
            static create(properties?: corral.v1.CreateContainerResponse.$Properties): corral.v1.CreateContainerResponse;
            static encode(message: corral.v1.CreateContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.CreateContainerResponse & corral.v1.CreateContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.CreateContainerResponse;
            static toObject(message: corral.v1.CreateContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateContainerResponse {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.CreateContainerResponse.$Properties;
        }

        interface IStartContainerRequest extends corral.v1.StartContainerRequest.$Properties {
        }

        class StartContainerRequest {
            constructor(properties?: corral.v1.StartContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.StartContainerRequest.$Shape): corral.v1.StartContainerRequest & corral.v1.StartContainerRequest.$Shape;
            static create(properties?: corral.v1.StartContainerRequest.$Properties): corral.v1.StartContainerRequest;
            static encode(message: corral.v1.StartContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StartContainerRequest & corral.v1.StartContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StartContainerRequest;
            static toObject(message: corral.v1.StartContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StartContainerRequest.$Properties;
        }

        interface IStartContainerResponse extends corral.v1.StartContainerResponse.$Properties {
        }

        class StartContainerResponse {
            constructor(properties?: corral.v1.StartContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.StartContainerResponse.$Shape): corral.v1.StartContainerResponse & corral.v1.StartContainerResponse.$Shape;
            static create(properties?: corral.v1.StartContainerResponse.$Properties): corral.v1.StartContainerResponse;
            static encode(message: corral.v1.StartContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StartContainerResponse & corral.v1.StartContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StartContainerResponse;
            static toObject(message: corral.v1.StartContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StartContainerResponse.$Properties;
        }

        interface IStopContainerRequest extends corral.v1.StopContainerRequest.$Properties {
        }

        class StopContainerRequest {
            constructor(properties?: corral.v1.StopContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            timeout: Long;
            static create(properties: corral.v1.StopContainerRequest.$Shape): corral.v1.StopContainerRequest & corral.v1.StopContainerRequest.$Shape;
            static create(properties?: corral.v1.StopContainerRequest.$Properties): corral.v1.StopContainerRequest;
            static encode(message: corral.v1.StopContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StopContainerRequest & corral.v1.StopContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StopContainerRequest;
            static toObject(message: corral.v1.StopContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                timeout?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StopContainerRequest.$Properties;
        }

        interface IStopContainerResponse extends corral.v1.StopContainerResponse.$Properties {
        }

        class StopContainerResponse {
            constructor(properties?: corral.v1.StopContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.StopContainerResponse.$Shape): corral.v1.StopContainerResponse & corral.v1.StopContainerResponse.$Shape;
            static create(properties?: corral.v1.StopContainerResponse.$Properties): corral.v1.StopContainerResponse;
            static encode(message: corral.v1.StopContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.StopContainerResponse & corral.v1.StopContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.StopContainerResponse;
            static toObject(message: corral.v1.StopContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StopContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.StopContainerResponse.$Properties;
        }

        interface IRemoveContainerRequest extends corral.v1.RemoveContainerRequest.$Properties {
        }

        class RemoveContainerRequest {
            constructor(properties?: corral.v1.RemoveContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            force: boolean;
            static create(properties: corral.v1.RemoveContainerRequest.$Shape): corral.v1.RemoveContainerRequest & corral.v1.RemoveContainerRequest.$Shape;
            static create(properties?: corral.v1.RemoveContainerRequest.$Properties): corral.v1.RemoveContainerRequest;
            static encode(message: corral.v1.RemoveContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveContainerRequest & corral.v1.RemoveContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveContainerRequest;
            static toObject(message: corral.v1.RemoveContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                force?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveContainerRequest.$Properties;
        }

        interface IRemoveContainerResponse extends corral.v1.RemoveContainerResponse.$Properties {
        }

        class RemoveContainerResponse {
            constructor(properties?: corral.v1.RemoveContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.RemoveContainerResponse.$Shape): corral.v1.RemoveContainerResponse & corral.v1.RemoveContainerResponse.$Shape;
            static create(properties?: corral.v1.RemoveContainerResponse.$Properties): corral.v1.RemoveContainerResponse;
            static encode(message: corral.v1.RemoveContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.RemoveContainerResponse & corral.v1.RemoveContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.RemoveContainerResponse;
            static toObject(message: corral.v1.RemoveContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RemoveContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.RemoveContainerResponse.$Properties;
        }

        enum ContainerState {
            CONTAINER_CREATED = 0,
            CONTAINER_RUNNING = 1,
            CONTAINER_EXITED = 2,
            CONTAINER_UNKNOWN = 3,
            CONTAINER_PAUSED = 4
        }

        interface IContainerStateValue extends corral.v1.ContainerStateValue.$Properties {
        }

        class ContainerStateValue {
            constructor(properties?: corral.v1.ContainerStateValue.$Properties);
            $unknowns?: Uint8Array[];
            state: corral.v1.ContainerState;
            static create(properties: corral.v1.ContainerStateValue.$Shape): corral.v1.ContainerStateValue & corral.v1.ContainerStateValue.$Shape;
            static create(properties?: corral.v1.ContainerStateValue.$Properties): corral.v1.ContainerStateValue;
            static encode(message: corral.v1.ContainerStateValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStateValue & corral.v1.ContainerStateValue.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStateValue;
            static toObject(message: corral.v1.ContainerStateValue, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStateValue {
            interface $Properties {
                state?: (corral.v1.ContainerState|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStateValue.$Properties;
        }

        interface IContainerFilter extends corral.v1.ContainerFilter.$Properties {
        }

        class ContainerFilter {
            constructor(properties?: corral.v1.ContainerFilter.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            state?: (corral.v1.ContainerStateValue.$Properties|null);
            labelSelector: { [k: string]: string };
            name: string;
            static create(properties: corral.v1.ContainerFilter.$Shape): corral.v1.ContainerFilter & corral.v1.ContainerFilter.$Shape;
            static create(properties?: corral.v1.ContainerFilter.$Properties): corral.v1.ContainerFilter;
            static encode(message: corral.v1.ContainerFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerFilter & corral.v1.ContainerFilter.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerFilter;
            static toObject(message: corral.v1.ContainerFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerFilter {
            interface $Properties {
                id?: (string|null);
                state?: (corral.v1.ContainerStateValue.$Properties|null);
                labelSelector?: ({ [k: string]: string }|null);
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerFilter.$Properties;
        }

        interface IContainer extends corral.v1.Container.$Properties {
        }

        class Container {
            constructor(properties?: corral.v1.Container.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            image?: (corral.v1.ImageSpec.$Properties|null);
            imageRef: string;
            state: corral.v1.ContainerState;
            createdAt: Long;
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            runtimeHandler: string;
            command: string[];
            static create(properties: corral.v1.Container.$Shape): corral.v1.Container & corral.v1.Container.$Shape;
            static create(properties?: corral.v1.Container.$Properties): corral.v1.Container;
            static encode(message: corral.v1.Container.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Container & corral.v1.Container.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Container;
            static toObject(message: corral.v1.Container, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Container {
            interface $Properties {
                id?: (string|null);
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                image?: (corral.v1.ImageSpec.$Properties|null);
                imageRef?: (string|null);
                state?: (corral.v1.ContainerState|null);
                createdAt?: (Long|null);
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                runtimeHandler?: (string|null);
                command?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Container.$Properties;
        }

        interface IListContainersRequest extends corral.v1.ListContainersRequest.$Properties {
        }

        class ListContainersRequest {
            constructor(properties?: corral.v1.ListContainersRequest.$Properties);
            $unknowns?: Uint8Array[];
            filter?: (corral.v1.ContainerFilter.$Properties|null);
            static create(properties: corral.v1.ListContainersRequest.$Shape): corral.v1.ListContainersRequest & corral.v1.ListContainersRequest.$Shape;
            static create(properties?: corral.v1.ListContainersRequest.$Properties): corral.v1.ListContainersRequest;
            static encode(message: corral.v1.ListContainersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainersRequest & corral.v1.ListContainersRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainersRequest;
            static toObject(message: corral.v1.ListContainersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainersRequest {
            interface $Properties {
                filter?: (corral.v1.ContainerFilter.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainersRequest.$Properties;
        }

        interface IListContainersResponse extends corral.v1.ListContainersResponse.$Properties {
        }

        class ListContainersResponse {
            constructor(properties?: corral.v1.ListContainersResponse.$Properties);
            $unknowns?: Uint8Array[];
            containers: corral.v1.Container.$Properties[];
            static create(properties: corral.v1.ListContainersResponse.$Shape): corral.v1.ListContainersResponse & corral.v1.ListContainersResponse.$Shape;
            static create(properties?: corral.v1.ListContainersResponse.$Properties): corral.v1.ListContainersResponse;
            static encode(message: corral.v1.ListContainersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainersResponse & corral.v1.ListContainersResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainersResponse;
            static toObject(message: corral.v1.ListContainersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainersResponse {
            interface $Properties {
                containers?: (corral.v1.Container.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainersResponse.$Properties;
        }

        interface IContainerStatus extends corral.v1.ContainerStatus.$Properties {
        }

        class ContainerStatus {
            constructor(properties?: corral.v1.ContainerStatus.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            state: corral.v1.ContainerState;
            createdAt: Long;
            startedAt: Long;
            finishedAt: Long;
            exitCode: number;
            image?: (corral.v1.ImageSpec.$Properties|null);
            imageRef: string;
            reason: string;
            message: string;
            labels: { [k: string]: string };
            annotations: { [k: string]: string };
            mounts: corral.v1.Mount.$Properties[];
            logPath: string;
            pid: number;
            restartCount: number;
            runtimeHandler: string;
            command: string[];
            resources?: (corral.v1.LinuxContainerResources.$Properties|null);
            tty: boolean;
            static create(properties: corral.v1.ContainerStatus.$Shape): corral.v1.ContainerStatus & corral.v1.ContainerStatus.$Shape;
            static create(properties?: corral.v1.ContainerStatus.$Properties): corral.v1.ContainerStatus;
            static encode(message: corral.v1.ContainerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatus & corral.v1.ContainerStatus.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatus;
            static toObject(message: corral.v1.ContainerStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatus {
            interface $Properties {
                id?: (string|null);
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                state?: (corral.v1.ContainerState|null);
                createdAt?: (Long|null);
                startedAt?: (Long|null);
                finishedAt?: (Long|null);
                exitCode?: (number|null);
                image?: (corral.v1.ImageSpec.$Properties|null);
                imageRef?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                labels?: ({ [k: string]: string }|null);
                annotations?: ({ [k: string]: string }|null);
                mounts?: (corral.v1.Mount.$Properties[]|null);
                logPath?: (string|null);
                pid?: (number|null);
                restartCount?: (number|null);
                runtimeHandler?: (string|null);
                command?: (string[]|null);
                resources?: (corral.v1.LinuxContainerResources.$Properties|null);
                tty?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatus.$Properties;
        }

        interface IContainerStatusRequest extends corral.v1.ContainerStatusRequest.$Properties {
        }

        class ContainerStatusRequest {
            constructor(properties?: corral.v1.ContainerStatusRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            verbose: boolean;
            static create(properties: corral.v1.ContainerStatusRequest.$Shape): corral.v1.ContainerStatusRequest & corral.v1.ContainerStatusRequest.$Shape;
            static create(properties?: corral.v1.ContainerStatusRequest.$Properties): corral.v1.ContainerStatusRequest;
            static encode(message: corral.v1.ContainerStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatusRequest & corral.v1.ContainerStatusRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatusRequest;
            static toObject(message: corral.v1.ContainerStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatusRequest {
            interface $Properties {
                containerId?: (string|null);
                verbose?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatusRequest.$Properties;
        }

        interface IContainerStatusResponse extends corral.v1.ContainerStatusResponse.$Properties {
        }

        class ContainerStatusResponse {
            constructor(properties?: corral.v1.ContainerStatusResponse.$Properties);
            $unknowns?: Uint8Array[];
            status?: (corral.v1.ContainerStatus.$Properties|null);
            info: { [k: string]: string };
            static create(properties: corral.v1.ContainerStatusResponse.$Shape): corral.v1.ContainerStatusResponse & corral.v1.ContainerStatusResponse.$Shape;
            static create(properties?: corral.v1.ContainerStatusResponse.$Properties): corral.v1.ContainerStatusResponse;
            static encode(message: corral.v1.ContainerStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatusResponse & corral.v1.ContainerStatusResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatusResponse;
            static toObject(message: corral.v1.ContainerStatusResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatusResponse {
            interface $Properties {
                status?: (corral.v1.ContainerStatus.$Properties|null);
                info?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatusResponse.$Properties;
        }

        interface IUpdateContainerResourcesRequest extends corral.v1.UpdateContainerResourcesRequest.$Properties {
        }

        class UpdateContainerResourcesRequest {
            constructor(properties?: corral.v1.UpdateContainerResourcesRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            resources?: (corral.v1.LinuxContainerResources.$Properties|null);
            static create(properties: corral.v1.UpdateContainerResourcesRequest.$Shape): corral.v1.UpdateContainerResourcesRequest & corral.v1.UpdateContainerResourcesRequest.$Shape;
            static create(properties?: corral.v1.UpdateContainerResourcesRequest.$Properties): corral.v1.UpdateContainerResourcesRequest;
            static encode(message: corral.v1.UpdateContainerResourcesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.UpdateContainerResourcesRequest & corral.v1.UpdateContainerResourcesRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.UpdateContainerResourcesRequest;
            static toObject(message: corral.v1.UpdateContainerResourcesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateContainerResourcesRequest {
            interface $Properties {
                containerId?: (string|null);
                resources?: (corral.v1.LinuxContainerResources.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.UpdateContainerResourcesRequest.$Properties;
        }

        interface IUpdateContainerResourcesResponse extends corral.v1.UpdateContainerResourcesResponse.$Properties {
        }

        class UpdateContainerResourcesResponse {
            constructor(properties?: corral.v1.UpdateContainerResourcesResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.UpdateContainerResourcesResponse.$Shape): corral.v1.UpdateContainerResourcesResponse & corral.v1.UpdateContainerResourcesResponse.$Shape;
            static create(properties?: corral.v1.UpdateContainerResourcesResponse.$Properties): corral.v1.UpdateContainerResourcesResponse;
            static encode(message: corral.v1.UpdateContainerResourcesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.UpdateContainerResourcesResponse & corral.v1.UpdateContainerResourcesResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.UpdateContainerResourcesResponse;
            static toObject(message: corral.v1.UpdateContainerResourcesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UpdateContainerResourcesResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.UpdateContainerResourcesResponse.$Properties;
        }

        interface IReopenContainerLogRequest extends corral.v1.ReopenContainerLogRequest.$Properties {
        }

        class ReopenContainerLogRequest {
            constructor(properties?: corral.v1.ReopenContainerLogRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ReopenContainerLogRequest.$Shape): corral.v1.ReopenContainerLogRequest & corral.v1.ReopenContainerLogRequest.$Shape;
            static create(properties?: corral.v1.ReopenContainerLogRequest.$Properties): corral.v1.ReopenContainerLogRequest;
            static encode(message: corral.v1.ReopenContainerLogRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ReopenContainerLogRequest & corral.v1.ReopenContainerLogRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ReopenContainerLogRequest;
            static toObject(message: corral.v1.ReopenContainerLogRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReopenContainerLogRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ReopenContainerLogRequest.$Properties;
        }

        interface IReopenContainerLogResponse extends corral.v1.ReopenContainerLogResponse.$Properties {
        }

        class ReopenContainerLogResponse {
            constructor(properties?: corral.v1.ReopenContainerLogResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ReopenContainerLogResponse.$Shape): corral.v1.ReopenContainerLogResponse & corral.v1.ReopenContainerLogResponse.$Shape;
            static create(properties?: corral.v1.ReopenContainerLogResponse.$Properties): corral.v1.ReopenContainerLogResponse;
            static encode(message: corral.v1.ReopenContainerLogResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ReopenContainerLogResponse & corral.v1.ReopenContainerLogResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ReopenContainerLogResponse;
            static toObject(message: corral.v1.ReopenContainerLogResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReopenContainerLogResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ReopenContainerLogResponse.$Properties;
        }

        interface IExecSyncRequest extends corral.v1.ExecSyncRequest.$Properties {
        }

        class ExecSyncRequest {
            constructor(properties?: corral.v1.ExecSyncRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            cmd: string[];
            timeout: Long;
            envs: corral.v1.KeyValue.$Properties[];
            workingDir: string;
            static create(properties: corral.v1.ExecSyncRequest.$Shape): corral.v1.ExecSyncRequest & corral.v1.ExecSyncRequest.$Shape;
            static create(properties?: corral.v1.ExecSyncRequest.$Properties): corral.v1.ExecSyncRequest;
            static encode(message: corral.v1.ExecSyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecSyncRequest & corral.v1.ExecSyncRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecSyncRequest;
            static toObject(message: corral.v1.ExecSyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecSyncRequest {
            interface $Properties {
                containerId?: (string|null);
                cmd?: (string[]|null);
                timeout?: (Long|null);
                envs?: (corral.v1.KeyValue.$Properties[]|null);
                workingDir?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecSyncRequest.$Properties;
        }

        interface IExecSyncResponse extends corral.v1.ExecSyncResponse.$Properties {
        }

        class ExecSyncResponse {
            constructor(properties?: corral.v1.ExecSyncResponse.$Properties);
            $unknowns?: Uint8Array[];
            stdout: Uint8Array;
            stderr: Uint8Array;
            exitCode: number;
            timedOut: boolean;
            stdoutTruncated: boolean;
            stderrTruncated: boolean;
            static create(properties: corral.v1.ExecSyncResponse.$Shape): corral.v1.ExecSyncResponse & corral.v1.ExecSyncResponse.$Shape;
            static create(properties?: corral.v1.ExecSyncResponse.$Properties): corral.v1.ExecSyncResponse;
            static encode(message: corral.v1.ExecSyncResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecSyncResponse & corral.v1.ExecSyncResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecSyncResponse;
            static toObject(message: corral.v1.ExecSyncResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecSyncResponse {
            interface $Properties {
                stdout?: (Uint8Array|null);
                stderr?: (Uint8Array|null);
                exitCode?: (number|null);
                timedOut?: (boolean|null);
                stdoutTruncated?: (boolean|null);
                stderrTruncated?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecSyncResponse.$Properties;
        }

        interface IExecRequest extends corral.v1.ExecRequest.$Properties {
        }

        class ExecRequest {
            constructor(properties?: corral.v1.ExecRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            cmd: string[];
            tty: boolean;
            stdin: boolean;
            envs: corral.v1.KeyValue.$Properties[];
            workingDir: string;
            static create(properties: corral.v1.ExecRequest.$Shape): corral.v1.ExecRequest & corral.v1.ExecRequest.$Shape;
            static create(properties?: corral.v1.ExecRequest.$Properties): corral.v1.ExecRequest;
            static encode(message: corral.v1.ExecRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecRequest & corral.v1.ExecRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecRequest;
            static toObject(message: corral.v1.ExecRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecRequest {
            interface $Properties {
                containerId?: (string|null);
                cmd?: (string[]|null);
                tty?: (boolean|null);
                stdin?: (boolean|null);
                envs?: (corral.v1.KeyValue.$Properties[]|null);
                workingDir?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecRequest.$Properties;
        }

        interface IAttachRequest extends corral.v1.AttachRequest.$Properties {
        }

        class AttachRequest {
            constructor(properties?: corral.v1.AttachRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            stdin: boolean;
            tty: boolean;
            static create(properties: corral.v1.AttachRequest.$Shape): corral.v1.AttachRequest & corral.v1.AttachRequest.$Shape;
            static create(properties?: corral.v1.AttachRequest.$Properties): corral.v1.AttachRequest;
            static encode(message: corral.v1.AttachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.AttachRequest & corral.v1.AttachRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.AttachRequest;
            static toObject(message: corral.v1.AttachRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AttachRequest {
            interface $Properties {
                containerId?: (string|null);
                stdin?: (boolean|null);
                tty?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.AttachRequest.$Properties;
        }

        interface IExecResponse extends corral.v1.ExecResponse.$Properties {
        }

        class ExecResponse {
            constructor(properties?: corral.v1.ExecResponse.$Properties);
            $unknowns?: Uint8Array[];
            exitCode: number;
            static create(properties: corral.v1.ExecResponse.$Shape): corral.v1.ExecResponse & corral.v1.ExecResponse.$Shape;
            static create(properties?: corral.v1.ExecResponse.$Properties): corral.v1.ExecResponse;
            static encode(message: corral.v1.ExecResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ExecResponse & corral.v1.ExecResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ExecResponse;
            static toObject(message: corral.v1.ExecResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecResponse {
            interface $Properties {
                exitCode?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ExecResponse.$Properties;
        }

        interface ITerminalSize extends corral.v1.TerminalSize.$Properties {
        }

        class TerminalSize {
            constructor(properties?: corral.v1.TerminalSize.$Properties);
            $unknowns?: Uint8Array[];
            width: number;
            height: number;
            static create(properties: corral.v1.TerminalSize.$Shape): corral.v1.TerminalSize & corral.v1.TerminalSize.$Shape;
            static create(properties?: corral.v1.TerminalSize.$Properties): corral.v1.TerminalSize;
            static encode(message: corral.v1.TerminalSize.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.TerminalSize & corral.v1.TerminalSize.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.TerminalSize;
            static toObject(message: corral.v1.TerminalSize, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TerminalSize {
            interface $Properties {
                width?: (number|null);
                height?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.TerminalSize.$Properties;
        }

        interface IProcessInput extends corral.v1.ProcessInput.$Properties {
        }

        class ProcessInput {
            constructor(properties?: corral.v1.ProcessInput.$Properties);
            $unknowns?: Uint8Array[];
            stdin: Uint8Array;
            closeStdin: boolean;
            resize?: (corral.v1.TerminalSize.$Properties|null);
            static create(properties: corral.v1.ProcessInput.$Shape): corral.v1.ProcessInput & corral.v1.ProcessInput.$Shape;
            static create(properties?: corral.v1.ProcessInput.$Properties): corral.v1.ProcessInput;
            static encode(message: corral.v1.ProcessInput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ProcessInput & corral.v1.ProcessInput.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ProcessInput;
            static toObject(message: corral.v1.ProcessInput, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessInput {
            interface $Properties {
                stdin?: (Uint8Array|null);
                closeStdin?: (boolean|null);
                resize?: (corral.v1.TerminalSize.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ProcessInput.$Properties;
        }

        interface IProcessOutput extends corral.v1.ProcessOutput.$Properties {
        }

        class ProcessOutput {
            constructor(properties?: corral.v1.ProcessOutput.$Properties);
            $unknowns?: Uint8Array[];
            stdout: Uint8Array;
            stderr: Uint8Array;
            static create(properties: corral.v1.ProcessOutput.$Shape): corral.v1.ProcessOutput & corral.v1.ProcessOutput.$Shape;
            static create(properties?: corral.v1.ProcessOutput.$Properties): corral.v1.ProcessOutput;
            static encode(message: corral.v1.ProcessOutput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ProcessOutput & corral.v1.ProcessOutput.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ProcessOutput;
            static toObject(message: corral.v1.ProcessOutput, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProcessOutput {
            interface $Properties {
                stdout?: (Uint8Array|null);
                stderr?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ProcessOutput.$Properties;
        }

        interface IPauseContainerRequest extends corral.v1.PauseContainerRequest.$Properties {
        }

        class PauseContainerRequest {
            constructor(properties?: corral.v1.PauseContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.PauseContainerRequest.$Shape): corral.v1.PauseContainerRequest & corral.v1.PauseContainerRequest.$Shape;
            static create(properties?: corral.v1.PauseContainerRequest.$Properties): corral.v1.PauseContainerRequest;
            static encode(message: corral.v1.PauseContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PauseContainerRequest & corral.v1.PauseContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PauseContainerRequest;
            static toObject(message: corral.v1.PauseContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PauseContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PauseContainerRequest.$Properties;
        }

        interface IPauseContainerResponse extends corral.v1.PauseContainerResponse.$Properties {
        }

        class PauseContainerResponse {
            constructor(properties?: corral.v1.PauseContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.PauseContainerResponse.$Shape): corral.v1.PauseContainerResponse & corral.v1.PauseContainerResponse.$Shape;
            static create(properties?: corral.v1.PauseContainerResponse.$Properties): corral.v1.PauseContainerResponse;
            static encode(message: corral.v1.PauseContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PauseContainerResponse & corral.v1.PauseContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PauseContainerResponse;
            static toObject(message: corral.v1.PauseContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PauseContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PauseContainerResponse.$Properties;
        }

        interface IResumeContainerRequest extends corral.v1.ResumeContainerRequest.$Properties {
        }

        class ResumeContainerRequest {
            constructor(properties?: corral.v1.ResumeContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ResumeContainerRequest.$Shape): corral.v1.ResumeContainerRequest & corral.v1.ResumeContainerRequest.$Shape;
            static create(properties?: corral.v1.ResumeContainerRequest.$Properties): corral.v1.ResumeContainerRequest;
            static encode(message: corral.v1.ResumeContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ResumeContainerRequest & corral.v1.ResumeContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ResumeContainerRequest;
            static toObject(message: corral.v1.ResumeContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResumeContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ResumeContainerRequest.$Properties;
        }

        interface IResumeContainerResponse extends corral.v1.ResumeContainerResponse.$Properties {
        }

        class ResumeContainerResponse {
            constructor(properties?: corral.v1.ResumeContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ResumeContainerResponse.$Shape): corral.v1.ResumeContainerResponse & corral.v1.ResumeContainerResponse.$Shape;
            static create(properties?: corral.v1.ResumeContainerResponse.$Properties): corral.v1.ResumeContainerResponse;
            static encode(message: corral.v1.ResumeContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ResumeContainerResponse & corral.v1.ResumeContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ResumeContainerResponse;
            static toObject(message: corral.v1.ResumeContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResumeContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ResumeContainerResponse.$Properties;
        }

        interface IKillContainerRequest extends corral.v1.KillContainerRequest.$Properties {
        }

        class KillContainerRequest {
            constructor(properties?: corral.v1.KillContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            signal: string;
            static create(properties: corral.v1.KillContainerRequest.$Shape): corral.v1.KillContainerRequest & corral.v1.KillContainerRequest.$Shape;
            static create(properties?: corral.v1.KillContainerRequest.$Properties): corral.v1.KillContainerRequest;
            static encode(message: corral.v1.KillContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.KillContainerRequest & corral.v1.KillContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.KillContainerRequest;
            static toObject(message: corral.v1.KillContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KillContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                signal?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.KillContainerRequest.$Properties;
        }

        interface IKillContainerResponse extends corral.v1.KillContainerResponse.$Properties {
        }

        class KillContainerResponse {
            constructor(properties?: corral.v1.KillContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.KillContainerResponse.$Shape): corral.v1.KillContainerResponse & corral.v1.KillContainerResponse.$Shape;
            static create(properties?: corral.v1.KillContainerResponse.$Properties): corral.v1.KillContainerResponse;
            static encode(message: corral.v1.KillContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.KillContainerResponse & corral.v1.KillContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.KillContainerResponse;
            static toObject(message: corral.v1.KillContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KillContainerResponse {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.KillContainerResponse.$Properties;
        }

        interface IWaitContainerRequest extends corral.v1.WaitContainerRequest.$Properties {
        }

        class WaitContainerRequest {
            constructor(properties?: corral.v1.WaitContainerRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.WaitContainerRequest.$Shape): corral.v1.WaitContainerRequest & corral.v1.WaitContainerRequest.$Shape;
            static create(properties?: corral.v1.WaitContainerRequest.$Properties): corral.v1.WaitContainerRequest;
            static encode(message: corral.v1.WaitContainerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.WaitContainerRequest & corral.v1.WaitContainerRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.WaitContainerRequest;
            static toObject(message: corral.v1.WaitContainerRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WaitContainerRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.WaitContainerRequest.$Properties;
        }

        interface IWaitContainerResponse extends corral.v1.WaitContainerResponse.$Properties {
        }

        class WaitContainerResponse {
            constructor(properties?: corral.v1.WaitContainerResponse.$Properties);
            $unknowns?: Uint8Array[];
            exitCode: number;
            finishedAt: Long;
            reason: string;
            static create(properties: corral.v1.WaitContainerResponse.$Shape): corral.v1.WaitContainerResponse & corral.v1.WaitContainerResponse.$Shape;
            static create(properties?: corral.v1.WaitContainerResponse.$Properties): corral.v1.WaitContainerResponse;
            static encode(message: corral.v1.WaitContainerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.WaitContainerResponse & corral.v1.WaitContainerResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.WaitContainerResponse;
            static toObject(message: corral.v1.WaitContainerResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WaitContainerResponse {
            interface $Properties {
                exitCode?: (number|null);
                finishedAt?: (Long|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.WaitContainerResponse.$Properties;
        }

        interface IListContainerPidsRequest extends corral.v1.ListContainerPidsRequest.$Properties {
        }

        class ListContainerPidsRequest {
            constructor(properties?: corral.v1.ListContainerPidsRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ListContainerPidsRequest.$Shape): corral.v1.ListContainerPidsRequest & corral.v1.ListContainerPidsRequest.$Shape;
            static create(properties?: corral.v1.ListContainerPidsRequest.$Properties): corral.v1.ListContainerPidsRequest;
            static encode(message: corral.v1.ListContainerPidsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerPidsRequest & corral.v1.ListContainerPidsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerPidsRequest;
            static toObject(message: corral.v1.ListContainerPidsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerPidsRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerPidsRequest.$Properties;
        }

        interface IListContainerPidsResponse extends corral.v1.ListContainerPidsResponse.$Properties {
        }

        class ListContainerPidsResponse {
            constructor(properties?: corral.v1.ListContainerPidsResponse.$Properties);
            $unknowns?: Uint8Array[];
            pids: number[];
            static create(properties: corral.v1.ListContainerPidsResponse.$Shape): corral.v1.ListContainerPidsResponse & corral.v1.ListContainerPidsResponse.$Shape;
            static create(properties?: corral.v1.ListContainerPidsResponse.$Properties): corral.v1.ListContainerPidsResponse;
            static encode(message: corral.v1.ListContainerPidsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerPidsResponse & corral.v1.ListContainerPidsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerPidsResponse;
            static toObject(message: corral.v1.ListContainerPidsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerPidsResponse {
            interface $Properties {
                pids?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerPidsResponse.$Properties;
        }

        interface ICpuUsage extends corral.v1.CpuUsage.$Properties {
        }

        class CpuUsage {
            constructor(properties?: corral.v1.CpuUsage.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            usageCoreNanoSeconds: Long;
            usageNanoCores: Long;
            static create(properties: corral.v1.CpuUsage.$Shape): corral.v1.CpuUsage & corral.v1.CpuUsage.$Shape;
            static create(properties?: corral.v1.CpuUsage.$Properties): corral.v1.CpuUsage;
            static encode(message: corral.v1.CpuUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.CpuUsage & corral.v1.CpuUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.CpuUsage;
            static toObject(message: corral.v1.CpuUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CpuUsage {
            interface $Properties {
                timestamp?: (Long|null);
                usageCoreNanoSeconds?: (Long|null);
                usageNanoCores?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.CpuUsage.$Properties;
        }

        interface IMemoryUsage extends corral.v1.MemoryUsage.$Properties {
        }

        class MemoryUsage {
            constructor(properties?: corral.v1.MemoryUsage.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            workingSetBytes: Long;
            usageBytes: Long;
            rssBytes: Long;
            pageFaults: Long;
            majorPageFaults: Long;
            limitBytes: Long;
            static create(properties: corral.v1.MemoryUsage.$Shape): corral.v1.MemoryUsage & corral.v1.MemoryUsage.$Shape;
            static create(properties?: corral.v1.MemoryUsage.$Properties): corral.v1.MemoryUsage;
            static encode(message: corral.v1.MemoryUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.MemoryUsage & corral.v1.MemoryUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.MemoryUsage;
            static toObject(message: corral.v1.MemoryUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemoryUsage {
            interface $Properties {
                timestamp?: (Long|null);
                workingSetBytes?: (Long|null);
                usageBytes?: (Long|null);
                rssBytes?: (Long|null);
                pageFaults?: (Long|null);
                majorPageFaults?: (Long|null);
                limitBytes?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.MemoryUsage.$Properties;
        }

        interface IPidsUsage extends corral.v1.PidsUsage.$Properties {
        }

        class PidsUsage {
            constructor(properties?: corral.v1.PidsUsage.$Properties);
            $unknowns?: Uint8Array[];
            current: Long;
            limit: Long;
            static create(properties: corral.v1.PidsUsage.$Shape): corral.v1.PidsUsage & corral.v1.PidsUsage.$Shape;
            static create(properties?: corral.v1.PidsUsage.$Properties): corral.v1.PidsUsage;
            static encode(message: corral.v1.PidsUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.PidsUsage & corral.v1.PidsUsage.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.PidsUsage;
            static toObject(message: corral.v1.PidsUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PidsUsage {
            interface $Properties {
                current?: (Long|null);
                limit?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.PidsUsage.$Properties;
        }

        interface IContainerStats extends corral.v1.ContainerStats.$Properties {
        }

        class ContainerStats {
            constructor(properties?: corral.v1.ContainerStats.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            metadata?: (corral.v1.ContainerMetadata.$Properties|null);
            labels: { [k: string]: string };
            cpu?: (corral.v1.CpuUsage.$Properties|null);
            memory?: (corral.v1.MemoryUsage.$Properties|null);
            pids?: (corral.v1.PidsUsage.$Properties|null);
            static create(properties: corral.v1.ContainerStats.$Shape): corral.v1.ContainerStats & corral.v1.ContainerStats.$Shape;
            static create(properties?: corral.v1.ContainerStats.$Properties): corral.v1.ContainerStats;
            static encode(message: corral.v1.ContainerStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStats & corral.v1.ContainerStats.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStats;
            static toObject(message: corral.v1.ContainerStats, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStats {
            interface $Properties {
                containerId?: (string|null);
                metadata?: (corral.v1.ContainerMetadata.$Properties|null);
                labels?: ({ [k: string]: string }|null);
                cpu?: (corral.v1.CpuUsage.$Properties|null);
                memory?: (corral.v1.MemoryUsage.$Properties|null);
                pids?: (corral.v1.PidsUsage.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStats.$Properties;
        }

        interface IContainerStatsRequest extends corral.v1.ContainerStatsRequest.$Properties {
        }

        class ContainerStatsRequest {
            constructor(properties?: corral.v1.ContainerStatsRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            static create(properties: corral.v1.ContainerStatsRequest.$Shape): corral.v1.ContainerStatsRequest & corral.v1.ContainerStatsRequest.$Shape;
            static create(properties?: corral.v1.ContainerStatsRequest.$Properties): corral.v1.ContainerStatsRequest;
            static encode(message: corral.v1.ContainerStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatsRequest & corral.v1.ContainerStatsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatsRequest;
            static toObject(message: corral.v1.ContainerStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatsRequest {
            interface $Properties {
                containerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatsRequest.$Properties;
        }

        interface IContainerStatsResponse extends corral.v1.ContainerStatsResponse.$Properties {
        }

        class ContainerStatsResponse {
            constructor(properties?: corral.v1.ContainerStatsResponse.$Properties);
            $unknowns?: Uint8Array[];
            stats?: (corral.v1.ContainerStats.$Properties|null);
            static create(properties: corral.v1.ContainerStatsResponse.$Shape): corral.v1.ContainerStatsResponse & corral.v1.ContainerStatsResponse.$Shape;
            static create(properties?: corral.v1.ContainerStatsResponse.$Properties): corral.v1.ContainerStatsResponse;
            static encode(message: corral.v1.ContainerStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerStatsResponse & corral.v1.ContainerStatsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerStatsResponse;
            static toObject(message: corral.v1.ContainerStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerStatsResponse {
            interface $Properties {
                stats?: (corral.v1.ContainerStats.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerStatsResponse.$Properties;
        }

        interface IListContainerStatsRequest extends corral.v1.ListContainerStatsRequest.$Properties {
        }

        class ListContainerStatsRequest {
            constructor(properties?: corral.v1.ListContainerStatsRequest.$Properties);
            $unknowns?: Uint8Array[];
            filter?: (corral.v1.ContainerFilter.$Properties|null);
            static create(properties: corral.v1.ListContainerStatsRequest.$Shape): corral.v1.ListContainerStatsRequest & corral.v1.ListContainerStatsRequest.$Shape;
            static create(properties?: corral.v1.ListContainerStatsRequest.$Properties): corral.v1.ListContainerStatsRequest;
            static encode(message: corral.v1.ListContainerStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerStatsRequest & corral.v1.ListContainerStatsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerStatsRequest;
            static toObject(message: corral.v1.ListContainerStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerStatsRequest {
            interface $Properties {
                filter?: (corral.v1.ContainerFilter.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerStatsRequest.$Properties;
        }

        interface IListContainerStatsResponse extends corral.v1.ListContainerStatsResponse.$Properties {
        }

        class ListContainerStatsResponse {
            constructor(properties?: corral.v1.ListContainerStatsResponse.$Properties);
            $unknowns?: Uint8Array[];
            stats: corral.v1.ContainerStats.$Properties[];
            static create(properties: corral.v1.ListContainerStatsResponse.$Shape): corral.v1.ListContainerStatsResponse & corral.v1.ListContainerStatsResponse.$Shape;
            static create(properties?: corral.v1.ListContainerStatsResponse.$Properties): corral.v1.ListContainerStatsResponse;
            static encode(message: corral.v1.ListContainerStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ListContainerStatsResponse & corral.v1.ListContainerStatsResponse.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ListContainerStatsResponse;
            static toObject(message: corral.v1.ListContainerStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListContainerStatsResponse {
            interface $Properties {
                stats?: (corral.v1.ContainerStats.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ListContainerStatsResponse.$Properties;
        }

        interface IContainerLogsRequest extends corral.v1.ContainerLogsRequest.$Properties {
        }

        class ContainerLogsRequest {
            constructor(properties?: corral.v1.ContainerLogsRequest.$Properties);
            $unknowns?: Uint8Array[];
            containerId: string;
            follow: boolean;
            tail: number;
            since: Long;
            static create(properties: corral.v1.ContainerLogsRequest.$Shape): corral.v1.ContainerLogsRequest & corral.v1.ContainerLogsRequest.$Shape;
            static create(properties?: corral.v1.ContainerLogsRequest.$Properties): corral.v1.ContainerLogsRequest;
            static encode(message: corral.v1.ContainerLogsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerLogsRequest & corral.v1.ContainerLogsRequest.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerLogsRequest;
            static toObject(message: corral.v1.ContainerLogsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerLogsRequest {
            interface $Properties {
                containerId?: (string|null);
                follow?: (boolean|null);
                tail?: (number|null);
                since?: (Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerLogsRequest.$Properties;
        }

        interface ILogEntry extends corral.v1.LogEntry.$Properties {
        }

        class LogEntry {
            constructor(properties?: corral.v1.LogEntry.$Properties);
            $unknowns?: Uint8Array[];
            timestamp: Long;
            stream: string;
            line: Uint8Array;
            partial: boolean;
            static create(properties: corral.v1.LogEntry.$Shape): corral.v1.LogEntry & corral.v1.LogEntry.$Shape;
            static create(properties?: corral.v1.LogEntry.$Properties): corral.v1.LogEntry;
            static encode(message: corral.v1.LogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.LogEntry & corral.v1.LogEntry.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.LogEntry;
            static toObject(message: corral.v1.LogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogEntry {
            interface $Properties {
                timestamp?: (Long|null);
                stream?: (string|null);
                line?: (Uint8Array|null);
                partial?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.LogEntry.$Properties;
        }

        interface IContainerLogsEnd extends corral.v1.ContainerLogsEnd.$Properties {
        }

        class ContainerLogsEnd {
            constructor(properties?: corral.v1.ContainerLogsEnd.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: corral.v1.ContainerLogsEnd.$Shape): corral.v1.ContainerLogsEnd & corral.v1.ContainerLogsEnd.$Shape;
            static create(properties?: corral.v1.ContainerLogsEnd.$Properties): corral.v1.ContainerLogsEnd;
            static encode(message: corral.v1.ContainerLogsEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.ContainerLogsEnd & corral.v1.ContainerLogsEnd.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.ContainerLogsEnd;
            static toObject(message: corral.v1.ContainerLogsEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerLogsEnd {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.ContainerLogsEnd.$Properties;
        }

        enum FrameKind {
            REQUEST = 0,
            RESPONSE = 1,
            STREAM = 2,
            STREAM_END = 3,
            CANCEL = 4
        }

        interface IFrame extends corral.v1.Frame.$Properties {
        }

        class Frame {
            constructor(properties?: corral.v1.Frame.$Properties);
            $unknowns?: Uint8Array[];
            id: Long;
            kind: corral.v1.FrameKind;
            method: string;
            payload: Uint8Array;
            status?: (google.rpc.Status.$Properties|null);
            metadata: { [k: string]: string };
            static create(properties: corral.v1.Frame.$Shape): corral.v1.Frame & corral.v1.Frame.$Shape;
            static create(properties?: corral.v1.Frame.$Properties): corral.v1.Frame;
            static encode(message: corral.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): corral.v1.Frame & corral.v1.Frame.$Shape;
            static fromObject(object: { [k: string]: any }): corral.v1.Frame;
            static toObject(message: corral.v1.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {
            interface $Properties {
                id?: (Long|null);
                kind?: (corral.v1.FrameKind|null);
                method?: (string|null);
                payload?: (Uint8Array|null);
                status?: (google.rpc.Status.$Properties|null);
                metadata?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = corral.v1.Frame.$Properties;
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
