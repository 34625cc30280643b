// @corral/api/cri-log: the CRI container log format, written by corral-shim (corrald's mode) and
// by corral-cri-logger (behind containerd's shim), read back by corrald's ContainerLogs. A subpath
// of its own so the shim bundle takes only this, not the generated protobuf code.
export { CriLogWriter } from './cri-log-writer.js';
export { formatRfc3339Nano, maxCriLineBytes, parseCriLine, parseRfc3339Nano } from './cri-log-format.js';
export type { CriLogEntry, CriStream } from './cri-log-format.js';
