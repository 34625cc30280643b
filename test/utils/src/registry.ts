import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { defer } from './defer.js';
import { isAlive, killPid } from './processes.js';
import { waitFor } from './wait-for.js';

/*
 * Debian's docker-registry for the pull tests of every package (images, daemon, e2e), and the
 * pull-compare measurement.
 */

/** Every wait on a test registry, in one table. */
const timeouts = {
  /** docker-registry listening. */
  startMs: 15_000,
  /** After SIGTERM, before SIGKILL. */
  stopMs: 5_000,
};

export type RegistryAuth =
  | { kind: 'none' }
  | { kind: 'htpasswd'; users: Record<string, string> }
  | { kind: 'token'; realm: string; service: string; issuer: string; rootCertBundle: string };

export interface RegistryOptions {
  auth?: RegistryAuth;
  /** Serve HTTPS with this certificate and key (PEM files). */
  tls?: { cert: string; key: string };
  /** Reuse a storage dir (a registry started again on the same content). */
  storage?: string;
  /** Reuse a port (a registry started again where clients expect it). */
  port?: number;
}

interface RegistryChild {
  process: ChildProcess;
  pid: number;
  exited: Promise<void>;
  running: () => boolean;
}

function spawnRegistry(configPath: string, logPath: string): RegistryChild {
  const log = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error('spawn docker-registry failed');
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  return { process: child, pid, exited, running: () => running };
}

/** Every docker-registry pid this process started: the leak check proves each is gone. */
export const startedRegistryPids = new Set<number>();

/** A port nothing listens on right now (the kernel's pick; released before the registry binds it). */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const addr = srv.address();
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  if (addr === null || typeof addr === 'string') throw new Error('no port');
  return addr.port;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/**
 * Debian's docker-registry (distribution v2) on 127.0.0.1, a private config, storage dir and log
 * under `dir`. Stopped by pid (SIGTERM, then SIGKILL) by the teardown registered as it starts.
 */
export class TestRegistry {
  readonly storage: string;
  readonly configPath: string;
  readonly logPath: string;
  private child: RegistryChild | undefined;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly opts: RegistryOptions,
  ) {
    this.storage = opts.storage ?? join(dir, 'storage');
    this.configPath = join(dir, 'config.yml');
    this.logPath = join(dir, 'registry.log');
  }

  /** `127.0.0.1:<port>`: what references and insecureRegistries name. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  static async start(
    t: Pick<TestContext, 'after'>,
    dir: string,
    opts: RegistryOptions = {},
  ): Promise<TestRegistry> {
    const r = new TestRegistry(dir, opts.port ?? (await freePort()), opts);
    defer(t, () => r.stop());
    await r.start();
    return r;
  }

  /** Starts (again) on the same port and storage. */
  async start(): Promise<void> {
    mkdirSync(this.storage, { recursive: true });
    writeFileSync(this.configPath, JSON.stringify(this.config(), null, 2));
    const child = spawnRegistry(this.configPath, this.logPath);
    this.child = child;
    startedRegistryPids.add(child.pid);
    await waitFor(async () => child.running() && (await canConnect(this.port)), {
      timeoutMs: timeouts.startMs,
      what: `docker-registry on ${this.host}`,
    }).catch((err: unknown) => {
      throw new Error(`start docker-registry: ${(err as Error).message}\n${this.logTail()}`);
    });
  }

  /** SIGTERM, SIGKILL after a while; resolves once the process is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    killPid(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killPid(child.pid, 'SIGKILL'), timeouts.stopMs);
    await child.exited;
    clearTimeout(timer);
    if (isAlive(child.pid)) throw new Error(`docker-registry ${child.pid} still alive after stop`);
  }

  /** SIGKILL: the registry gone at once, mid-request. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    killPid(child.pid, 'SIGKILL');
    await child.exited;
  }

  /** Where the registry keeps a blob's bytes (distribution's filesystem driver layout). */
  blobDataPath(digest: string): string {
    const hex = digest.slice('sha256:'.length);
    return join(this.storage, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no registry log)';
    }
  }

  private config(): object {
    const auth = this.opts.auth ?? { kind: 'none' };
    const http: Record<string, unknown> = { addr: this.host, secret: 'corral-test-secret' };
    if (this.opts.tls) http['tls'] = { certificate: this.opts.tls.cert, key: this.opts.tls.key };
    const config: Record<string, unknown> = {
      version: 0.1,
      log: { level: 'info', accesslog: { disabled: false } },
      storage: {
        filesystem: { rootdirectory: this.storage },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } },
      },
      http,
      health: { storagedriver: { enabled: false } },
    };
    if (auth.kind === 'htpasswd') {
      const file = join(this.dir, 'htpasswd');
      writeFileSync(file, '');
      for (const [user, pass] of Object.entries(auth.users)) {
        // bcrypt, the only hash distribution accepts.
        const line = execFileSync('htpasswd', ['-Bbn', user, pass], { encoding: 'utf8' }).trim();
        writeFileSync(file, `${line}\n`, { flag: 'a' });
      }
      config['auth'] = { htpasswd: { realm: 'corral-test', path: file } };
    } else if (auth.kind === 'token') {
      config['auth'] = {
        token: {
          realm: auth.realm,
          service: auth.service,
          issuer: auth.issuer,
          rootcertbundle: auth.rootCertBundle,
        },
      };
    }
    return config;
  }
}

/** What a test of pulls from a real registry needs on PATH (skopeo pushes, htpasswd makes users). */
export const registryBins = ['docker-registry', 'skopeo', 'htpasswd'];

/** The htpasswd user of `startBasicRegistry`. */
export const basicUser = { name: 'alice', password: 'correct-horse-battery-42' };

/** `user:password`, as skopeo's --creds and `corral pull --creds` take it. */
export function credsOf(u: { name: string; password: string }): string {
  return `${u.name}:${u.password}`;
}

/** docker-registry with htpasswd basic auth for `basicUser`. */
export function startBasicRegistry(t: Pick<TestContext, 'after'>, dir: string): Promise<TestRegistry> {
  return TestRegistry.start(t, join(dir, 'basic-registry'), {
    auth: { kind: 'htpasswd', users: { [basicUser.name]: basicUser.password } },
  });
}
