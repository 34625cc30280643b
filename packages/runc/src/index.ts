export { Runc } from './runc.js';
export type { ProcessResult } from './runc.js';
export type {
  RuncOptions,
  CreateOptions,
  RunOptions,
  ExecOptions,
  KillOptions,
  DeleteOptions,
  CriuOptions,
  CheckpointOptions,
  RestoreOptions,
} from './options.js';
export type { CallOptions } from './command.js';
export { RuncError, findRuncError, isNotExistError, isUnsupportedError } from './errors.js';
export type { RuncErrorReason, RuncErrorDetails } from './errors.js';
export type { ProcessIo, ForegroundIo, StdinTarget, OutputTarget } from './io.js';
export { parseLogLine, lastErrorMessage } from './log-file.js';
export type { LogEntry, LogFormat } from './log-file.js';
export type { ProcessSpec, ProcessUser, ProcessCapabilities, ProcessRlimit } from './process-spec.js';
export type { LinuxResources } from './resources.js';
export { signalNumber } from './signals.js';
export type { SignalInput } from './signals.js';
export type { State, ListEntry, ContainerStatus } from './state.js';
export type {
  Stats,
  CpuStats,
  CpuUsage,
  CpuThrottling,
  CpusetStats,
  MemoryStats,
  MemoryEntry,
  PidsStats,
  BlkioStats,
  BlkioEntry,
  HugetlbStats,
  NetworkInterfaceStats,
} from './stats.js';
export type { Features } from './features.js';
export { parseVersion } from './version.js';
export type { Version } from './version.js';
export { runcCommandChannelName } from './diagnostics.js';
export type { RuncCommandMessage } from './diagnostics.js';
