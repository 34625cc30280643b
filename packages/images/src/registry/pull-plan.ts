import { CorralError } from '@corral/api';
import type { ContentStore, Ingest, StagedBlob } from '../content-store.js';
import { sizeMismatch, validateDigest } from '../digest.js';
import type { ImportPlan } from '../import-plan.js';
import {
  maxManifestSize,
  parseImageConfigFile,
  parseManifestOrIndex,
  type Descriptor,
  type ImageConfigFile,
  type Index,
  type Manifest,
  type Platform,
} from '../manifest.js';
import { mediaTypes } from '../media-types.js';
import { platformMatches, selectPlatform } from '../platform.js';
import { formatRef, parseRef } from '../reference.js';
import { BlobProgress } from './blob-progress.js';
import { downloadBlob } from './blob-download.js';
import { mapBounded } from './bounded.js';
import { StreamingLayerCheck } from './layer-check.js';
import type { PullOptions } from './pull-types.js';
import { RegistryClient, type FetchedManifest } from './registry-client.js';

export const defaultPullConcurrency = 3;

export interface PullPlanContext {
  /** The normalized reference. */
  ref: string;
  content: ContentStore;
  ingest: Ingest;
  /** The platform the store resolves indexes to. */
  storePlatform: Platform;
  opts: PullOptions;
}

export interface PullPlan extends ImportPlan {
  /** Bytes downloaded (0 when everything was present: the manifest check only). */
  fetchedBytes: number;
  configDigest: string;
}

function platformText(p: Platform | undefined): string {
  if (!p) return 'unknown';
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** What a name should point at: the descriptor of the tag's target, without index-entry extras. */
function bareDescriptor(desc: Descriptor): Descriptor {
  return { mediaType: desc.mediaType, digest: desc.digest, size: desc.size };
}

/**
 * Downloads what the store lacks of `ref`'s image and returns it staged and verified, with the
 * name to give it: the same plan an archive import makes, committed the same way. Order of work:
 * the tag's manifest (always fetched: the one request of an image already present), the platform
 * manifest of an index, the config, then the layers, `concurrency` at a time, each one's uncompressed
 * digest and entries checked as soon as it is in. Blobs the store has are neither fetched nor staged.
 */
export async function planPull(ctx: PullPlanContext): Promise<PullPlan> {
  const parsed = parseRef(ctx.ref);
  const want = ctx.opts.platform ?? ctx.storePlatform;
  const signal = ctx.opts.signal;
  const client = await RegistryClient.open(parsed, ctx.opts);
  const blobs = new Map<string, StagedBlob>();
  let fetchedBytes = 0;

  /** A manifest or index: from the store when present (content addressed), else from the registry. */
  const manifestBlob = async (
    reference: string,
    expect: Descriptor | undefined,
    what: string,
  ): Promise<{ desc: Descriptor; doc: Manifest | Index }> => {
    let fetched: FetchedManifest;
    if (expect && ctx.content.has(expect.digest)) {
      const bytes = await ctx.content.read(expect.digest);
      fetched = { bytes, digest: expect.digest, mediaType: expect.mediaType };
      blobs.set(expect.digest, {
        digest: expect.digest,
        size: bytes.length,
        path: undefined,
        head: Buffer.alloc(0),
      });
    } else {
      fetched = await client.manifest(reference, what);
      fetchedBytes += fetched.bytes.length;
      const staged = ctx.content.has(fetched.digest)
        ? { digest: fetched.digest, size: fetched.bytes.length, path: undefined, head: Buffer.alloc(0) }
        : await ctx.ingest.stageBuffer(fetched.bytes);
      blobs.set(fetched.digest, staged);
    }
    if (expect && fetched.bytes.length !== expect.size)
      throw sizeMismatch(expect.digest, fetched.bytes.length, expect.size);
    rejectSchema1(fetched.bytes, what);
    const doc = parseManifestOrIndex(fetched.bytes, what);
    const mediaType =
      doc.mediaType ||
      fetched.mediaType ||
      (doc.kind === 'index' ? mediaTypes.ociIndex : mediaTypes.ociManifest);
    return { desc: { mediaType, digest: fetched.digest, size: fetched.bytes.length }, doc };
  };

  const reference = parsed.digest ?? parsed.tag ?? 'latest';
  if (parsed.digest !== undefined) validateDigest(parsed.digest, `reference ${ctx.ref}`);
  const top = await manifestBlob(reference, undefined, `manifest ${reference}`);
  let target = top.desc;
  let manifest: Manifest;
  if (top.doc.kind === 'index') {
    const child = selectPlatform(
      top.doc.manifests.filter((m) => !isAttestation(m)),
      want,
    );
    if (!child) {
      const have = top.doc.manifests.filter((m) => !isAttestation(m)).map((m) => platformText(m.platform));
      throw new CorralError(
        'NotFound',
        `no image for ${platformText(want)} in index ${top.desc.digest} (it has ${have.join(', ') || 'no platforms'})`,
      );
    }
    const inner = await manifestBlob(
      child.digest,
      child,
      `manifest ${child.digest} (${platformText(child.platform)})`,
    );
    if (inner.doc.kind !== 'manifest')
      throw new CorralError('InvalidArgument', `index ${top.desc.digest}: ${child.digest} is another index`);
    manifest = inner.doc;
    // The store resolves a name that points at an index to its own platform: for another platform,
    // the name points at the manifest pulled.
    if (!platformMatches(ctx.storePlatform, child.platform)) target = bareDescriptor(inner.desc);
  } else {
    manifest = top.doc;
  }

  const cfgDesc = manifest.config;
  const cfgProgress = new BlobProgress(ctx.opts.onProgress, {
    ref: ctx.ref,
    digest: cfgDesc.digest,
    kind: 'config',
    index: 0,
    total: cfgDesc.size,
  });
  const config = await fetchConfig(cfgDesc, cfgProgress);
  if (config.diffIds.length !== manifest.layers.length)
    throw new CorralError(
      'InvalidArgument',
      `manifest ${target.digest}: ${manifest.layers.length} layers but its config lists ${config.diffIds.length} diff_ids`,
    );

  const layers = manifest.layers.map((desc, i) => ({
    desc,
    diffId: config.diffIds[i] ?? '',
    what: `layer ${i + 1}/${manifest.layers.length} ${desc.digest}`,
    progress: new BlobProgress(ctx.opts.onProgress, {
      ref: ctx.ref,
      digest: desc.digest,
      kind: 'layer',
      index: i,
      total: desc.size,
    }),
  }));
  const missing: typeof layers = [];
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.desc.digest)) continue; // the same blob twice in one image
    seen.add(l.desc.digest);
    if (ctx.content.has(l.desc.digest)) {
      await presentBlob(l.desc);
      l.progress.announce('exists');
    } else {
      missing.push(l);
      l.progress.announce('waiting');
    }
  }
  const c = ctx.opts.concurrency;
  const concurrency = c !== undefined && Number.isSafeInteger(c) && c > 0 ? c : defaultPullConcurrency;
  await mapBounded(missing, concurrency, signal, async (l, _i, s) => {
    // The layer's tar must be one the unpacker will take, and hash to the config's diff_id:
    // checked as it streams in, like an import checks it.
    const check = new StreamingLayerCheck(l.diffId, l.what);
    const staged = await downloadBlob(client, ctx.ingest, l.desc, l.what, l.progress, s, check);
    blobs.set(l.desc.digest, staged);
    fetchedBytes += staged.size;
    l.progress.finish();
  });

  const name =
    parsed.digest !== undefined
      ? formatRef({ domain: parsed.domain, path: parsed.path, digest: parsed.digest })
      : ctx.ref;
  return {
    images: [{ names: [name], target, configDigest: cfgDesc.digest }],
    blobs,
    fetchedBytes,
    configDigest: cfgDesc.digest,
  };

  /** A blob the store has: kept as is (commit checks it is still there), its size checked. */
  async function presentBlob(desc: Descriptor): Promise<void> {
    const size = await ctx.content.size(desc.digest);
    if (size !== desc.size) throw sizeMismatch(desc.digest, size, desc.size);
    blobs.set(desc.digest, { digest: desc.digest, size, path: undefined, head: Buffer.alloc(0) });
  }

  async function fetchConfig(desc: Descriptor, progress: BlobProgress): Promise<ImageConfigFile> {
    const what = `config ${desc.digest}`;
    if (ctx.content.has(desc.digest)) {
      await presentBlob(desc);
      progress.announce('exists');
      return parseImageConfigFile(await ctx.content.read(desc.digest), what);
    }
    if (desc.size > maxManifestSize)
      throw new CorralError('InvalidArgument', `${what}: ${desc.size} bytes is too large for a config`);
    const staged = await downloadBlob(client, ctx.ingest, desc, what, progress, signal);
    fetchedBytes += staged.size;
    blobs.set(desc.digest, staged);
    progress.finish();
    return parseImageConfigFile(await ctx.ingest.read(staged), what);
  }
}

/** buildkit's attestation manifests sit in indexes as platform unknown/unknown: never an image to run. */
function isAttestation(d: Descriptor): boolean {
  return (
    d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
    (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown')
  );
}

/** Docker's schema 1 (signed JSON with fsLayers) predates content addressing of configs; say so plainly. */
function rejectSchema1(bytes: Buffer, what: string): void {
  let v: unknown;
  try {
    v = JSON.parse(bytes.toString('utf8'));
  } catch {
    return; // the parser after this says what is wrong
  }
  if ((v as { schemaVersion?: unknown } | null)?.schemaVersion === 1)
    throw new CorralError(
      'Unimplemented',
      `${what}: docker schema 1 manifests are not supported (push the image again with a current client)`,
    );
}
