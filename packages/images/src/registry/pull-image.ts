import { CorralError, errorCode } from '@corral/api';
import type { ContentStore } from '../content-store.js';
import type { ImageRecord } from '../image-records.js';
import type { ImageStoreLogger } from '../image-store.js';
import type { ImportPlan } from '../import-plan.js';
import type { Platform } from '../manifest.js';
import { normalizeRef } from '../reference.js';
import { planPull } from './pull-plan.js';
import type { PullEvent, PullOptions } from './pull-types.js';
import { fsErrorKind } from './registry-errors.js';

/** What a pull needs of the store: its content, its platform, and the commit it shares with imports. */
export interface PullStore {
  content: ContentStore;
  platform: Platform;
  logger: ImageStoreLogger | undefined;
  /** Moves a plan's blobs in and names its images (the store's lock held); returns the records. */
  commit(plan: ImportPlan): Promise<ImageRecord[]>;
}

/**
 * ImageStore.pull: events Pulling, then Pulled (size, duration) or Failed; the plan staged in a
 * fresh ingest directory, committed, and the ingest removed whatever happened. Every error comes
 * out as a CorralError `pull <ref>: <why>` of the kind found (a full disk as ResourceExhausted).
 */
export async function pullImage(store: PullStore, ref: string, opts: PullOptions): Promise<ImageRecord> {
  const name = normalizeRef(ref);
  const started = process.hrtime.bigint();
  const emit = (e: PullEvent): void => {
    try {
      opts.onEvent?.(e);
    } catch {
      // a listener's bug is not the pull's failure
    }
  };
  emit({ name, reason: 'Pulling', message: `Pulling image "${name}"` });
  let ingest;
  try {
    ingest = await store.content.newIngest();
    const plan = await planPull({
      ref: name,
      content: store.content,
      ingest,
      storePlatform: store.platform,
      opts,
    });
    const [record] = (await store.commit(plan)).filter((r) => r.id === plan.configDigest);
    if (!record) throw new CorralError('Internal', 'the pulled image is not in the store after commit');
    const durationNs = process.hrtime.bigint() - started;
    const seconds = (Number(durationNs / 1_000_000n) / 1000).toFixed(3);
    const upToDate = [...plan.blobs.values()].every((b) => b.path === undefined);
    emit({
      name,
      reason: 'Pulled',
      message: `Successfully pulled image "${name}" in ${seconds}s${upToDate ? ' (up to date)' : ''}. Image size: ${record.size} bytes.`,
      size: record.size,
      durationNs,
    });
    store.logger?.info?.(
      {
        ref: name,
        image: record.id,
        size: record.size,
        fetchedBytes: plan.fetchedBytes,
        seconds: Number(seconds),
      },
      'pulled image',
    );
    return record;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const kind = err instanceof CorralError ? err.code : (fsErrorKind(err) ?? errorCode(err));
    const hint = err instanceof CorralError ? err.hint : undefined;
    emit({ name, reason: 'Failed', message: `Failed to pull image "${name}": ${why}` });
    throw new CorralError(kind, `pull ${name}: ${why}`, {
      ...(hint !== undefined ? { hint } : {}),
      cause: err,
    });
  } finally {
    await ingest?.discard();
  }
}
