import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, type ReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CorralError } from '@corral/api';
import { fsyncDir } from './atomic-file.js';
import { digestHex, digestMismatch, DigestCounter, isDigest, sha256Digest } from './digest.js';

/** A blob written to an ingest directory and verified, not yet visible in the store. */
export interface StagedBlob {
  digest: string;
  size: number;
  /** Absent when the blob was already in the store and only hashed, not written. */
  path: string | undefined;
  /** The first bytes (compression sniffing). */
  head: Buffer;
}

export interface StageOptions {
  /** The digest the content must have (OCI layout file names): checked before anything is kept. */
  expected?: string;
  where?: string;
}

const headSize = 8;

/**
 * Blobs by sha256 under `blobs/sha256/<hex>`. Content arrives through an ingest directory
 * (`ingest/<random>/`) on the same filesystem: written, fsynced and verified there, then renamed in
 * on commit, so `blobs/` only ever holds complete, verified content. A crash leaves at most an ingest
 * directory, removed on the next open.
 */
export class ContentStore {
  readonly blobsDir: string;
  readonly ingestRoot: string;

  private constructor(root: string) {
    this.blobsDir = join(root, 'blobs', 'sha256');
    this.ingestRoot = join(root, 'ingest');
  }

  static async open(root: string): Promise<ContentStore> {
    const s = new ContentStore(root);
    await mkdir(s.blobsDir, { recursive: true });
    await rm(s.ingestRoot, { recursive: true, force: true });
    await mkdir(s.ingestRoot, { recursive: true });
    return s;
  }

  path(digest: string): string {
    if (!isDigest(digest))
      throw new CorralError('InvalidArgument', `invalid digest ${JSON.stringify(digest)}`);
    return join(this.blobsDir, digestHex(digest));
  }

  has(digest: string): boolean {
    return existsSync(this.path(digest));
  }

  async size(digest: string): Promise<number> {
    return (await stat(this.path(digest))).size;
  }

  /** A small blob (manifest, config), re-verified on the way in: disk corruption is DataLoss, not JSON noise. */
  async read(digest: string): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path(digest));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new CorralError('NotFound', `blob ${digest}: not found`, { cause: err });
      throw err;
    }
    const got = sha256Digest(bytes);
    if (got !== digest) throw digestMismatch(digest, got, 'in the content store');
    return bytes;
  }

  openRead(digest: string): ReadStream {
    return createReadStream(this.path(digest));
  }

  /** Every digest in the store (GC's sweep list); stray names are ignored. */
  list(): string[] {
    return readdirSync(this.blobsDir)
      .filter((n) => /^[a-f0-9]{64}$/.test(n))
      .map((n) => `sha256:${n}`);
  }

  async delete(digest: string): Promise<void> {
    await rm(this.path(digest), { force: true });
  }

  async newIngest(): Promise<Ingest> {
    const dir = join(this.ingestRoot, `${process.pid}-${randomBytes(6).toString('hex')}`);
    await mkdir(dir);
    return new Ingest(this, dir);
  }

  /** Moves a staged blob into the store; the caller fsyncs the blobs directory once per batch. */
  async commit(staged: StagedBlob): Promise<void> {
    if (staged.path === undefined) {
      // Only hashed because it was present; a GC since then would leave the image without it.
      if (!this.has(staged.digest))
        throw new CorralError('Aborted', `blob ${staged.digest} was removed during the import; retry`);
      return;
    }
    if (this.has(staged.digest)) {
      await rm(staged.path, { force: true });
      return;
    }
    await rename(staged.path, this.path(staged.digest));
  }

  async syncBlobsDir(): Promise<void> {
    await fsyncDir(this.blobsDir);
  }
}

/** One import's staging area: everything in it is discarded unless committed. */
export class Ingest {
  private next = 0;

  constructor(
    private readonly store: ContentStore,
    readonly dir: string,
  ) {}

  /**
   * Writes `source` to a staging file while hashing it; fsyncs before returning. With `expected`,
   * a mismatch removes the file and throws DataLoss; content already in the store is only hashed.
   */
  async stage(source: AsyncIterable<Uint8Array>, opts: StageOptions = {}): Promise<StagedBlob> {
    const counter = new DigestCounter();
    const head: Buffer[] = [];
    let headLen = 0;
    const keep = (chunk: Uint8Array): void => {
      counter.update(chunk);
      if (headLen < headSize) {
        const part = Buffer.from(chunk.subarray(0, headSize - headLen));
        head.push(part);
        headLen += part.length;
      }
    };
    if (opts.expected !== undefined && this.store.has(opts.expected)) {
      for await (const chunk of source) keep(chunk);
      return this.finish(counter, Buffer.concat(head), undefined, opts);
    }
    const path = join(this.dir, `blob-${this.next++}`);
    const fh = await open(path, 'wx', 0o644);
    try {
      for await (const chunk of source) {
        keep(chunk);
        await fh.write(chunk);
      }
      await fh.sync();
    } catch (err) {
      await fh.close();
      await rm(path, { force: true });
      throw err;
    }
    await fh.close();
    return this.finish(counter, Buffer.concat(head), path, opts);
  }

  async stageBuffer(bytes: Uint8Array): Promise<StagedBlob> {
    return this.stage(Readable.from([bytes]));
  }

  private async finish(
    counter: DigestCounter,
    head: Buffer,
    path: string | undefined,
    opts: StageOptions,
  ): Promise<StagedBlob> {
    const digest = counter.digest();
    if (opts.expected !== undefined && digest !== opts.expected) {
      if (path !== undefined) await rm(path, { force: true });
      throw digestMismatch(opts.expected, digest, opts.where);
    }
    return { digest, size: counter.size, path, head };
  }

  /** Reads a staged (or already stored) blob back: archives' JSON files. */
  async read(staged: StagedBlob): Promise<Buffer> {
    return staged.path !== undefined ? readFile(staged.path) : this.store.read(staged.digest);
  }

  /** A readable stream of a staged or stored blob (layer scans). */
  openRead(staged: StagedBlob): ReadStream {
    return staged.path !== undefined ? createReadStream(staged.path) : this.store.openRead(staged.digest);
  }

  async discard(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}
