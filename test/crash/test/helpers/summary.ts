// The suite's summary table: each test file appends its rows to `dist/summary/<runner pid>.ndjson`
// (every file is a child process of one `node --test` runner), and the last file (summary.test.ts)
// prints the table and removes the rows of its run and of runners that are gone. A file run on its
// own without the runner prints its rows only.
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const summaryDir = fileURLToPath(new URL('../../summary/', import.meta.url));

export interface ScenarioRow {
  scenario: string;
  /** corrald kills (SIGKILL or SIGTERM) and shim kills the scenario made. */
  kills: number;
  containers: number;
  leaks: number;
  /** Anything worth a column: a time, a budget, a seed. */
  note?: string;
}

/** The runner's pid when this file runs under `node --test` (each file is its child). */
function runnerPid(): number | undefined {
  try {
    const argv = readFileSync(`/proc/${process.ppid}/cmdline`, 'utf8').split('\0');
    return argv.includes('--test') ? process.ppid : undefined;
  } catch {
    return undefined;
  }
}

function summaryFile(pid = runnerPid()): string | undefined {
  return pid === undefined ? undefined : join(summaryDir, `${pid}.ndjson`);
}

export function recordScenario(row: ScenarioRow): void {
  console.log(`crash scenario: ${JSON.stringify(row)}`);
  const file = summaryFile();
  if (!file) return;
  mkdirSync(summaryDir, { recursive: true });
  appendFileSync(file, `${JSON.stringify(row)}\n`);
}

/** Reads and removes the rows of this run (and removes those of runners that are gone). */
export function takeRows(): ScenarioRow[] {
  for (const name of existsSync(summaryDir) ? readdirSync(summaryDir) : []) {
    if (!existsSync(`/proc/${Number.parseInt(name, 10)}`)) rmSync(join(summaryDir, name), { force: true });
  }
  const file = summaryFile();
  if (!file) return [];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  rmSync(file, { force: true });
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ScenarioRow);
}

export function formatTable(rows: ScenarioRow[]): string {
  const head = ['scenario', 'kills', 'containers', 'leaks', 'note'];
  const body = rows.map((r) => [
    r.scenario,
    String(r.kills),
    String(r.containers),
    String(r.leaks),
    r.note ?? '',
  ]);
  const total = ['total', ...[1, 2, 3].map((i) => String(body.reduce((n, r) => n + Number(r[i]), 0))), ''];
  const all = [head, ...body, total];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line), rule, line(total)].join('\n');
}
