import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { CorralError, errorCode } from '@corral/api';
import { isAlive } from '@corral/test-utils';
import type { ImageStore, ImageStoreLogger, PullEvent } from '../../src/index.js';
import { startedRegistryPids } from './registry.js';

/** Awaits `p`'s failure; asserts it is a CorralError of `code` (and message `re`). */
export async function expectCode(p: Promise<unknown>, code: string, re?: RegExp): Promise<CorralError> {
  const err = await p.then(
    () => assert.fail(`expected ${code}, got success`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof CorralError, `not a CorralError: ${inspect(err)}`);
  assert.equal(errorCode(err), code, err.message);
  if (re) assert.match(err.message, re);
  return err;
}

/** The digests in the store's content dir, each checked to hash to its name (nothing half-written). */
export function verifiedBlobs(store: ImageStore): string[] {
  const dir = join(store.root, 'blobs', 'sha256');
  return readdirSync(dir)
    .sort()
    .map((hex) => {
      const got = createHash('sha256')
        .update(readFileSync(join(dir, hex)))
        .digest('hex');
      assert.equal(got, hex, `blob ${hex} holds other bytes`);
      return `sha256:${hex}`;
    });
}

/** Staging left behind by pulls: must be none once no pull runs. */
export function ingestLeftovers(store: ImageStore): string[] {
  const dir = join(store.root, 'ingest');
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** A logger that keeps every line (to prove what never appears in logs). */
export function recordingLogger(): { logger: ImageStoreLogger; lines: string[] } {
  const lines: string[] = [];
  const log = (obj: object, msg?: string): void => {
    lines.push(`${inspect(obj, { depth: 8 })} ${msg ?? ''}`);
  };
  return { logger: { debug: log, info: log, warn: log }, lines };
}

/**
 * Asserts none of `secrets` appears in any error (message, hint, the whole cause chain as
 * util.inspect prints it), event or log line.
 */
export function assertNoSecrets(
  secrets: readonly string[],
  seen: { errors?: unknown[]; events?: PullEvent[]; lines?: string[] },
): void {
  const texts = [
    ...(seen.errors ?? []).map((e) => `${inspect(e, { depth: 12 })} ${(e as CorralError).hint ?? ''}`),
    ...(seen.events ?? []).map((e) =>
      JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
    ),
    ...(seen.lines ?? []),
  ];
  assert.ok(texts.length > 0, 'nothing to check');
  for (const s of secrets)
    for (const text of texts) assert.ok(!text.includes(s), `a secret leaked into: ${text}`);
}

/**
 * The end of every registry test file: each docker-registry it started has exited, and no tmpfs or
 * overlay it mounted is left (token servers and proxies live in this process and are closed by
 * their teardowns).
 */
export function assertNoLeftovers(): void {
  assert.ok(startedRegistryPids.size > 0, 'no registry was started: nothing was tested');
  const alive = [...startedRegistryPids].filter((pid) => isAlive(pid));
  assert.deepEqual(alive, [], 'docker-registry processes left running');
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .filter((l) => / - tmpfs corral-test-tmpfs /.test(l) || /\/cr-[^/ ]+\/rootfs /.test(l));
  assert.deepEqual(mounts, [], 'mounts left');
}
