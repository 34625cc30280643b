import { CorralError } from '@corral/api';
import { digestMismatch, isDigest, sha256Digest } from '../digest.js';
import { maxManifestSize, type Descriptor } from '../manifest.js';
import { mediaTypes } from '../media-types.js';
import { defaultDomain, type ParsedRef } from '../reference.js';
import { Authorizer } from './authorizer.js';
import { resolveCredentials, secretsOf } from './credentials.js';
import { makeRedactor, responseError } from './registry-errors.js';
import { bodyChunks, readLimited, RegistryTransport, type SendInit } from './registry-transport.js';
import type { PullOptions } from './pull-types.js';

/** Docker Hub's API lives on another host than its name. */
const dockerHubApiHost = 'registry-1.docker.io';

/** Everything a pull can read, indexes first: the registry picks the best it has. */
export const manifestAccept = [
  mediaTypes.ociIndex,
  mediaTypes.dockerManifestList,
  mediaTypes.ociManifest,
  mediaTypes.dockerManifest,
].join(', ');

export interface FetchedManifest {
  bytes: Buffer;
  digest: string;
  /** The Content-Type the registry sent, parameters dropped. */
  mediaType: string;
}

export type ClientOptions = Pick<
  PullOptions,
  'auth' | 'authFile' | 'insecureRegistries' | 'caFile' | 'signal'
>;

/**
 * One repository on one registry, as the OCI distribution spec's pull side: manifests by tag or
 * digest, blobs by digest. Every request goes through the authorizer's 401 loop.
 */
export class RegistryClient {
  /** The token scope a pull needs. */
  readonly scope: string;

  private constructor(
    /** The registry as the reference names it (`docker.io`, `127.0.0.1:5000`). */
    readonly host: string,
    /** Where its API answers. */
    readonly apiHost: string,
    readonly repository: string,
    private readonly transport: RegistryTransport,
    private readonly auth: Authorizer,
  ) {
    this.scope = `repository:${repository}:pull`;
  }

  static async open(ref: Pick<ParsedRef, 'domain' | 'path'>, opts: ClientOptions): Promise<RegistryClient> {
    const creds = await resolveCredentials(ref.domain, opts);
    const redact = makeRedactor(secretsOf(creds));
    const transport = new RegistryTransport({
      insecureRegistries: opts.insecureRegistries,
      caFile: opts.caFile,
      signal: opts.signal,
      redact,
    });
    const apiHost = ref.domain === defaultDomain ? dockerHubApiHost : ref.domain;
    return new RegistryClient(
      ref.domain,
      apiHost,
      ref.path,
      transport,
      new Authorizer(ref.domain, creds, transport),
    );
  }

  /** A request with the 401 loop: send, answer the challenge once, send again; a second 401 is final. */
  private async send(path: string, init: SendInit, what: string): Promise<Response> {
    for (let answered = false; ; answered = true) {
      const authorization = this.auth.header(this.scope);
      const headers = { ...init.headers, ...(authorization ? { authorization } : {}) };
      const res = await this.transport.registryFetch(this.apiHost, path, { ...init, headers }, what);
      if (res.status !== 401) return res;
      if (answered) throw await this.auth.rejected(res, what);
      await this.auth.answer(res, this.scope, what);
    }
  }

  /** `GET /v2/`: the registry is there and takes our credentials (what `corral login` checks). */
  async ping(): Promise<void> {
    const what = `GET ${this.transport.schemeOf(this.apiHost)}://${this.apiHost}/v2/`;
    const res = await this.send('/v2/', {}, what);
    if (!res.ok) throw await responseError(what, res, this.transport.redact);
    await res.body?.cancel().catch(() => undefined);
  }

  /**
   * The manifest or index `reference` (a tag or a digest) names. Its digest is computed from the
   * bytes, and must equal the reference when that is a digest, and the Docker-Content-Digest header
   * when the registry sends one: a registry that serves other bytes than it names is DataLoss.
   */
  async manifest(reference: string, what: string): Promise<FetchedManifest> {
    const res = await this.send(
      `/v2/${this.repository}/manifests/${reference}`,
      { headers: { accept: manifestAccept } },
      what,
    );
    if (!res.ok) throw await responseError(what, res, this.transport.redact);
    const bytes = await readLimited(res, maxManifestSize, what, this.transport.redact);
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && digest !== reference) throw digestMismatch(reference, digest, what);
    const named = res.headers.get('docker-content-digest');
    if (!isDigest(reference) && named !== null && isDigest(named) && named !== digest)
      throw new CorralError(
        'DataLoss',
        `${what}: the registry names it ${named} but its bytes hash to ${digest}`,
      );
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    return { bytes, digest, mediaType };
  }

  /**
   * The bytes of blob `desc`, redirects followed (registries send big blobs from a CDN). A
   * Content-Length other than the descriptor's size fails before any byte is read; the caller
   * checks the bytes themselves.
   */
  async blob(desc: Descriptor, what: string, signal?: AbortSignal): Promise<AsyncIterable<Uint8Array>> {
    const res = await this.send(
      `/v2/${this.repository}/blobs/${desc.digest}`,
      // identity: fetch would undo a Content-Encoding, and the digest is of the bytes as stored.
      { headers: { 'accept-encoding': 'identity' }, ...(signal ? { signal } : {}) },
      what,
    );
    if (!res.ok) throw await responseError(what, res, this.transport.redact);
    const length = res.headers.get('content-length');
    if (length !== null && Number(length) !== desc.size) {
      await res.body?.cancel().catch(() => undefined);
      throw new CorralError(
        'DataLoss',
        `${what}: the registry sends ${length} bytes, the manifest says ${desc.size}`,
      );
    }
    return bodyChunks(res, what, this.transport.redact, signal);
  }
}
