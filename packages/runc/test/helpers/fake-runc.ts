import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { tempDir } from '@corral/test-utils';

/** How the fake behaves on its next runs; every field can be changed between calls with `set`. */
export interface FakeBehaviour {
  exitCode?: number;
  stdout?: string;
  stderr?: string;
  /** Appended verbatim (one per line) to the file named by --log. */
  logLines?: string[];
  /** Written to the file named by --pid-file; none when null. */
  pid?: number | null;
  /** Copy stdin to a file (only when the caller gives it one, or it would wait on a tty). */
  recordStdin?: boolean;
  /** Empty the --log file before appending (a rotation during the call). */
  truncateLog?: boolean;
  /** Sleep forever after recording (timeout and abort tests), same pid. */
  hang?: boolean;
  /** Kill itself with this signal (e.g. "TERM") instead of exiting. */
  selfSignal?: string;
}

export interface FakeRunc {
  /** The executable, named `runc` so messages read like the real thing. */
  path: string;
  dir: string;
  set(b: FakeBehaviour): void;
  /** argv of the last run (without argv[0]). */
  argv(): string[];
  stdin(): string;
  /** The --process file as the fake saw it, and its mode. */
  processFile(): { json: unknown; mode: string };
  /** Pid of the last run, recorded before it did anything else. */
  pid(): number;
  ran(): boolean;
}

/*
 * A tiny real executable standing in for runc: it records what it was given, then does what the
 * files in its directory say. A shell script, not node, so each run costs a millisecond.
 */
const script = (d: string): string => `#!/bin/sh
d='${d}'
echo $$ > "$d/pid"
: > "$d/argv"
for a in "$@"; do printf '%s\\0' "$a" >> "$d/argv"; done
prev=; log=; pidfile=; procfile=
for a in "$@"; do
  case "$prev" in
    --log) log=$a ;;
    --pid-file) pidfile=$a ;;
    --process) procfile=$a ;;
  esac
  prev=$a
done
[ -f "$d/record-stdin" ] && cat > "$d/stdin"
if [ -n "$procfile" ]; then cp "$procfile" "$d/process.json"; stat -c %a "$procfile" > "$d/process.mode"; fi
if [ -n "$pidfile" ] && [ -f "$d/pid-value" ]; then cp "$d/pid-value" "$pidfile"; fi
if [ -n "$log" ] && [ -f "$d/truncate-log" ]; then : > "$log"; fi
if [ -n "$log" ] && [ -f "$d/log-lines" ]; then cat "$d/log-lines" >> "$log"; fi
[ -f "$d/stdout" ] && cat "$d/stdout"
[ -f "$d/stderr" ] && cat "$d/stderr" >&2
[ -f "$d/hang" ] && exec sleep 1000
[ -f "$d/self-signal" ] && kill -s "$(cat "$d/self-signal")" $$
exit "$(cat "$d/exit-code")"
`;

export function fakeRunc(t: TestContext, behaviour: FakeBehaviour = {}): FakeRunc {
  const dir = tempDir(t, 'fr-');
  const path = join(dir, 'runc');
  writeFileSync(path, script(dir));
  chmodSync(path, 0o755);
  const file = (name: string): string => join(dir, name);
  const put = (name: string, content: string | undefined): void => {
    if (content === undefined) rmSync(file(name), { force: true });
    else writeFileSync(file(name), content);
  };
  const set = (b: FakeBehaviour): void => {
    put('exit-code', String(b.exitCode ?? 0));
    put('stdout', b.stdout);
    put('stderr', b.stderr);
    put('log-lines', b.logLines?.map((l) => `${l}\n`).join(''));
    put('pid-value', b.pid === null ? undefined : String(b.pid ?? 4242));
    put('record-stdin', b.recordStdin ? '' : undefined);
    put('truncate-log', b.truncateLog ? '' : undefined);
    put('hang', b.hang ? '' : undefined);
    put('self-signal', b.selfSignal);
  };
  set(behaviour);
  return {
    path,
    dir,
    set,
    argv: () => readFileSync(file('argv'), 'utf8').split('\0').slice(0, -1),
    stdin: () => readFileSync(file('stdin'), 'utf8'),
    processFile: () => ({
      json: JSON.parse(readFileSync(file('process.json'), 'utf8')) as unknown,
      mode: readFileSync(file('process.mode'), 'utf8').trim(),
    }),
    pid: () => Number(readFileSync(file('pid'), 'utf8').trim()),
    ran: () => existsSync(file('argv')),
  };
}
