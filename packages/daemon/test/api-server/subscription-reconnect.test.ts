import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import { toBigInt } from '@corral/api';
import { CorralClient } from '@corral/client';
import { isAlive, tempDir, waitFor } from '@corral/test-utils';
import { execa } from 'execa';
import type { ResultPromise } from 'execa';

const journalServer = fileURLToPath(new URL('./fixtures/journal-server.js', import.meta.url));

/** A journal server in its own process, so the test can SIGKILL it like a crashed corrald. */
async function startJournalServer(
  t: Pick<TestContext, 'after'>,
  socket: string,
  journal: string,
  max: number,
): Promise<{ child: ResultPromise }> {
  const child = execa(process.execPath, [journalServer, socket, journal, String(max), '5'], {
    stdout: 'pipe',
    stderr: 'inherit',
    reject: false,
  });
  t.after(async () => {
    child.kill('SIGKILL');
    await child;
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    void child.then((r) => reject(new Error(`journal server exited early: ${r.exitCode}`)));
  });
  // Wrapped: an async function returning the subprocess (a thenable) would wait for its exit.
  return { child };
}

async function kill(child: ResultPromise): Promise<void> {
  const pid = child.pid;
  child.kill('SIGKILL');
  await child;
  assert.ok(pid !== undefined && !isAlive(pid), 'the server process is gone');
}

test('a subscription survives a killed and restarted daemon with no gap and no duplicate', async (t) => {
  const dir = tempDir(t);
  const socket = join(dir, 'corral.sock');
  const journal = join(dir, 'journal');
  const max = 60;
  const { child: first } = await startJournalServer(t, socket, journal, max);

  const client = new CorralClient({ socket, env: {} });
  t.after(() => client.close());
  const reconnects: string[] = [];
  const sub = client.events.subscribe({}, { onReconnect: ({ error }) => reconnects.push(error.code) });
  const seen: bigint[] = [];
  let restarted = false;
  for await (const ev of sub) {
    seen.push(toBigInt(ev.sequence));
    if (seen.length === 10 && !restarted) {
      restarted = true;
      await kill(first);
      // Events journaled while no one listened, before the client is back.
      await startJournalServer(t, socket, journal, max);
      await waitFor(() => existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > 30);
    }
    if (ev.sequence && toBigInt(ev.sequence) === BigInt(max)) break;
  }
  const firstSeq = seen[0] ?? 0n;
  const expected = Array.from({ length: Number(BigInt(max) - firstSeq) + 1 }, (_, i) => firstSeq + BigInt(i));
  assert.deepEqual(seen, expected);
  assert.ok(
    reconnects.length >= 1 && reconnects.every((c) => c === 'Unavailable'),
    `reconnect errors: ${reconnects.join(', ') || 'none'}`,
  );
  assert.equal(sub.lastSequence, BigInt(max));
});

test('an orderly daemon restart resumes the same way', async (t) => {
  const dir = tempDir(t);
  const socket = join(dir, 'corral.sock');
  const journal = join(dir, 'journal');
  const max = 40;
  const { child: first } = await startJournalServer(t, socket, journal, max);
  const client = new CorralClient({ socket, env: {} });
  t.after(() => client.close());
  const seen: bigint[] = [];
  for await (const ev of client.events.subscribe({})) {
    seen.push(toBigInt(ev.sequence));
    if (seen.length === 5) {
      first.kill('SIGTERM');
      await first;
      await startJournalServer(t, socket, journal, max);
    }
    if (toBigInt(ev.sequence) === BigInt(max)) break;
  }
  const firstSeq = seen[0] ?? 0n;
  assert.deepEqual(
    seen,
    Array.from({ length: Number(BigInt(max) - firstSeq) + 1 }, (_, i) => firstSeq + BigInt(i)),
  );
});
