import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TestContext } from 'node:test';
import { defer } from '@corral/test-utils';

export interface ProxiedRequest {
  method: string;
  path: string;
  status: number;
  /** Whether the request carried an Authorization header. */
  authorization: boolean;
  /** Which listener took it: the registry's front, or the "CDN" blobs are redirected to. */
  via: 'front' | 'cdn';
}

/**
 * A reverse proxy in front of a test registry that sees and bends every request: counts them,
 * drops a blob response's connection after N bytes (a registry dying mid-pull), and redirects
 * blob GETs to a second origin (a CDN, as Docker Hub and S3-backed registries do) that fetches
 * them from the registry with its own credentials, like a presigned URL.
 */
export class RegistryProxy {
  readonly requests: ProxiedRequest[] = [];
  /** Cut the connection after this many body bytes of each blob response (undefined: never). */
  dropBlobsAfterBytes: number | undefined;
  /** Answer blob GETs with a 307 to the CDN origin. */
  redirectBlobs = false;
  /** The Authorization header the CDN sends the registry (its own access, never the client's). */
  cdnAuthorization: string | undefined;
  /**
   * Hold each blob response after this many body bytes until `resume()` (a pull caught mid-way).
   * Nothing is read from the registry meanwhile: with a blob bigger than the socket buffers, the
   * registry is stuck mid-write, and killing it then kills it mid-transfer.
   */
  stallBlobsAfterBytes: number | undefined;
  private stalledOnce: { promise: Promise<void>; resolve: () => void } = deferred();
  private readonly paused = new Set<() => void>();

  private constructor(
    private readonly front: Server,
    private readonly cdn: Server,
    private readonly target: { host: string; port: number },
  ) {
    front.on('request', (req, res) => this.forward(req, res, 'front'));
    cdn.on('request', (req, res) => this.forward(req, res, 'cdn'));
  }

  static async start(t: Pick<TestContext, 'after'>, targetHost: string): Promise<RegistryProxy> {
    const [host, port] = targetHost.split(':');
    const p = new RegistryProxy(createServer(), createServer(), { host: host ?? '', port: Number(port) });
    defer(t, () => p.close());
    await Promise.all(
      [p.front, p.cdn].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))),
    );
    return p;
  }

  get host(): string {
    return `127.0.0.1:${portOf(this.front)}`;
  }

  /** Resolves once a blob response is held by `stallBlobsAfterBytes`. */
  get stalled(): Promise<void> {
    return this.stalledOnce.promise;
  }

  /** Lets every held response go on (and later ones through unheld). */
  resume(): void {
    this.stallBlobsAfterBytes = undefined;
    for (const go of this.paused) go();
    this.paused.clear();
    this.stalledOnce = deferred();
  }

  /** Requests matching `re` on their path, e.g. /\/blobs\//. */
  count(re: RegExp, via?: ProxiedRequest['via']): number {
    return this.requests.filter((r) => re.test(r.path) && (via === undefined || r.via === via)).length;
  }

  async close(): Promise<void> {
    for (const s of [this.front, this.cdn]) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  }

  private forward(req: IncomingMessage, res: ServerResponse, via: ProxiedRequest['via']): void {
    let path = req.url ?? '/';
    const record: ProxiedRequest = {
      method: req.method ?? '',
      path,
      status: 0,
      authorization: req.headers.authorization !== undefined,
      via,
    };
    this.requests.push(record);
    const isBlob = /\/blobs\/sha256:/.test(path) && req.method === 'GET';
    if (via === 'front' && isBlob && this.redirectBlobs) {
      record.status = 307;
      res.writeHead(307, { location: `http://127.0.0.1:${portOf(this.cdn)}/cdn${path}` });
      res.end();
      return;
    }
    const headers = { ...req.headers, host: `${this.target.host}:${this.target.port}` };
    if (via === 'cdn') {
      path = path.replace(/^\/cdn/, '');
      delete headers.authorization;
      if (this.cdnAuthorization) headers.authorization = this.cdnAuthorization;
    }
    const up = request(
      { host: this.target.host, port: this.target.port, method: req.method, path, headers },
      (upRes) => {
        record.status = upRes.statusCode ?? 0;
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        const drop = isBlob ? this.dropBlobsAfterBytes : undefined;
        const stall = isBlob ? this.stallBlobsAfterBytes : undefined;
        if (drop === undefined && stall === undefined) {
          upRes.pipe(res);
          return;
        }
        // The registry dying mid-body (SIGKILLed while held, or `drop`): the client's connection closes.
        upRes.on('error', () => res.socket?.destroy());
        upRes.on('aborted', () => res.socket?.destroy());
        let sent = 0;
        upRes.on('data', (chunk: Buffer) => {
          const limit = drop ?? stall ?? Infinity;
          if (sent >= limit) {
            res.write(chunk);
            return;
          }
          const part = chunk.subarray(0, limit - sent);
          sent += part.length;
          res.write(part);
          if (sent < limit) return;
          if (drop !== undefined) {
            upRes.destroy();
            res.socket?.destroy();
            return;
          }
          // Held: the upstream is not read meanwhile, so a registry sending a big blob blocks on write.
          upRes.pause();
          this.paused.add(() => {
            res.write(chunk.subarray(part.length));
            upRes.resume();
          });
          this.stalledOnce.resolve();
        });
        upRes.on('end', () => res.end());
      },
    );
    up.on('error', () => {
      record.status = 502;
      res.socket?.destroy();
    });
    req.pipe(up);
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function portOf(s: Server): number {
  const a = s.address();
  if (a === null || typeof a === 'string') throw new Error('proxy not listening');
  return a.port;
}
