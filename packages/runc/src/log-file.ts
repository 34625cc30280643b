import { open, stat } from 'node:fs/promises';

export type LogFormat = 'json' | 'text';

/** One line of runc's (logrus) or crun's log. */
export interface LogEntry {
  level: string;
  msg: string;
  time?: string | undefined;
}

// A failing call writes a handful of lines; with --debug a long-lived log can be large, and only
// its tail can hold this call's error.
const maxTailBytes = 1 << 20;

/** Current size of the log, remembered before a call so its errors are told from older ones. */
export async function logFileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return 0;
  }
}

/** The entries appended to `path` since it was `offset` bytes long. */
export async function readLogSince(path: string, offset: number, format: LogFormat): Promise<LogEntry[]> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch {
    return [];
  }
  try {
    const { size } = await fh.stat();
    // Someone truncated or rotated the log during the call: everything in it is new.
    let start = size < offset ? 0 : offset;
    const skipPartial = size - start > maxTailBytes;
    if (skipPartial) start = size - maxTailBytes;
    const buf = Buffer.alloc(size - start);
    const { bytesRead } = await fh.read(buf, 0, buf.length, start);
    const lines = buf.subarray(0, bytesRead).toString('utf8').split('\n');
    if (skipPartial) lines.shift();
    return lines.map((l) => parseLogLine(l, format)).filter((e): e is LogEntry => e !== undefined);
  } finally {
    await fh.close();
  }
}

/**
 * Parse one log line. runc writes logrus JSON (`{"level":"error","msg":…,"time":…}`) or logrus text
 * (`time="…" level=error msg="…"`); crun writes JSON with the keys in another order
 * (`{"msg":…,"level":"error","time":…}`) and, in text mode, the bare message.
 */
export function parseLogLine(line: string, format: LogFormat): LogEntry | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  if (text.startsWith('{')) {
    const entry = parseJsonLine(text);
    if (entry) return entry;
  }
  // runc's nsexec child and crun can write non-JSON lines even in json mode; keep them as text.
  return format === 'json' && text.startsWith('{') ? undefined : parseTextLine(text);
}

function parseJsonLine(text: string): LogEntry | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o['msg'] !== 'string') return undefined;
  return {
    level: typeof o['level'] === 'string' ? o['level'] : 'info',
    msg: o['msg'].trim(),
    time: typeof o['time'] === 'string' ? o['time'] : undefined,
  };
}

const logfmtPair = /(\w+)=("(?:[^"\\]|\\.)*"|\S*)/g;

function parseTextLine(text: string): LogEntry {
  const fields = new Map<string, string>();
  for (const m of text.matchAll(logfmtPair)) {
    const [, key, raw] = m;
    if (key === undefined || raw === undefined) continue;
    fields.set(key, raw.startsWith('"') ? unquote(raw) : raw);
  }
  const level = fields.get('level');
  const msg = fields.get('msg');
  // crun's text log is the bare message, and it only writes errors and warnings there.
  if (level === undefined || msg === undefined) return { level: 'error', msg: text };
  return { level, msg: msg.trim(), time: fields.get('time') };
}

function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

const errorLevels = new Set(['error', 'fatal', 'panic']);

/** runc's own explanation of a failure: the last error-level entry. */
export function lastErrorMessage(entries: readonly LogEntry[]): string | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e && errorLevels.has(e.level) && e.msg !== '') return e.msg;
  }
  return undefined;
}
