import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * Where corrald keeps things (DESIGN.md "State on disk"): `root` survives a reboot (records,
 * logs, images), `state` lives as long as the machine is up (bundles, sockets, runc state). Every
 * path that contains a namespace or an id is built here from validated identifiers only.
 */
export class StateLayout {
  constructor(
    readonly root: string,
    readonly state: string,
    /** The API socket: clients dial it; shims get it as `-address` (it only feeds socket hashes). */
    readonly apiSocket: string,
  ) {}

  get lockTarget(): string {
    return join(this.root, 'corrald.lock');
  }
  get pidFile(): string {
    return join(this.root, 'corrald.pid');
  }
  /** pid + /proc start time of the daemon holding the lock: tells a dead owner from a live one. */
  get ownerFile(): string {
    return join(this.root, 'corrald.owner');
  }
  get recordsDir(): string {
    return join(this.root, 'containers');
  }
  namespaceRecordsDir(namespace: string): string {
    return join(this.recordsDir, namespace);
  }
  recordPath(namespace: string, id: string): string {
    return join(this.recordsDir, namespace, `${id}.json`);
  }
  get imagesRoot(): string {
    return join(this.root, 'images');
  }
  get eventsRoot(): string {
    return join(this.root, 'events');
  }
  defaultLogPath(namespace: string, id: string): string {
    return join(this.root, 'logs', namespace, `${id}.log`);
  }
  get logsDir(): string {
    return join(this.root, 'logs');
  }
  bundlesDir(namespace: string): string {
    return join(this.state, 'bundles', namespace);
  }
  bundle(namespace: string, id: string): string {
    return join(this.state, 'bundles', namespace, id);
  }
  /** A short 0700 directory: unix socket paths have ~104 usable bytes. */
  get shimSocketDir(): string {
    return join(this.state, 's');
  }
  /** `<state>/s/<first 32 hex of sha256(ns/id)>.sock`: fixed length whatever the names. */
  shimSocket(namespace: string, id: string): string {
    const hash = createHash('sha256').update(`${namespace}/${id}`).digest('hex').slice(0, 32);
    return join(this.shimSocketDir, `${hash}.sock`);
  }
  /** The warm pool's shims, each in a directory of its own (shims/shim-pool.ts). */
  get pooledShimsDir(): string {
    return join(this.state, 'shims');
  }
  /** runc's --root for every handler (the shims append the namespace). */
  get runcRoot(): string {
    return join(this.state, 'runc');
  }
  /** TTRPC_ADDRESS: where every shim forwards its events. */
  get eventsSocket(): string {
    return join(this.state, 'events.sock');
  }
}
