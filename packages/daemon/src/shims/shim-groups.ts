import { basename } from 'node:path';
import { CorralError, isValidIdentifier } from '@corral/api';
import { isProcessAlive } from '../util/process-alive.js';
import type { OwnDirShim } from './shim-pool.js';

/**
 * The annotation containerd's runc shim groups containers by (its "shim grouping"): every container
 * of a namespace carrying the same value runs under one shim process. corral honours it for its own
 * shim (DESIGN: the optional density mode): one Node process then serves many containers, which
 * takes a shim's start off every create but the group's first and shares its ~10 MB among them, at
 * the price of isolation (a shim that dies takes the whole group's tasks with it).
 */
export const shimGroupAnnotation = 'io.containerd.runc.v2.group';

/** A group's shim runs in `<state>/shims/<id>` with `-id <id>`: the sweep knows them by the prefix. */
export const groupShimPrefix = 'group-';

/** The group a container's annotations ask for, checked; undefined when none. */
export function requestedShimGroup(annotations: Readonly<Record<string, string>>): string | undefined {
  const group = annotations[shimGroupAnnotation];
  if (group === undefined) return undefined;
  if (!isValidIdentifier(group)) {
    throw new CorralError(
      'InvalidArgument',
      `annotation ${shimGroupAnnotation}=${JSON.stringify(group)}: a shim group is named like a container (letters, digits, '.', '_', '-'; at most 76)`,
    );
  }
  return group;
}

/** One serving shim of a group, and the containers whose tasks it holds (or is about to). */
export interface GroupShim {
  namespace: string;
  group: string;
  /** Its `-id` and the name of its directory. */
  id: string;
  dir: string;
  socket: string;
  pid: number;
  startTime: bigint;
  /** Container ids: a member joins before its Create is sent and leaves once its task is deleted. */
  members: Set<string>;
  /** The last member left: it is being shut down, nobody joins it any more. */
  closing: boolean;
}

/** What start-up recovery knows of a member from its record. */
export interface GroupMemberRecord {
  namespace: string;
  group: string;
  member: string;
  shim: { dir: string; socket: string; pid: number; startTime: string };
}

/**
 * Which shim serves which group, and who is in it. Membership is what keeps a group's shim alive:
 * the member that leaves last gets the shim back to shut it down, and a join in the meantime (the
 * two are synchronous, so they cannot interleave) finds it closing and starts a new one.
 */
export class ShimGroups {
  /** (namespace, group) → the shim new members join. */
  readonly #current = new Map<string, GroupShim>();
  /** Every shim that still has members, by directory (a dead one stays until its members leave). */
  readonly #byDir = new Map<string, GroupShim>();
  readonly #starting = new Map<string, Promise<GroupShim>>();

  /**
   * Joins `member` to the live shim of (`namespace`, `group`); when there is none, `start` starts
   * one (once, however many creates of the group wait for it).
   */
  async join(
    namespace: string,
    group: string,
    member: string,
    start: () => Promise<OwnDirShim>,
  ): Promise<GroupShim> {
    const key = groupKey(namespace, group);
    for (;;) {
      const cur = this.#current.get(key);
      if (cur && !cur.closing && isProcessAlive(cur.pid, cur.startTime)) {
        cur.members.add(member);
        return cur;
      }
      // A dead one keeps its entry by directory: its members' cleanups release it.
      if (cur) this.#current.delete(key);
      let starting = this.#starting.get(key);
      if (!starting) {
        starting = start()
          .then((s) => this.#add({ ...s, namespace, group, members: new Set(), closing: false }))
          .finally(() => this.#starting.delete(key));
        this.#starting.set(key, starting);
      }
      await starting;
    }
  }

  /**
   * `member` leaves the shim in `dir`. Returns that shim when it was the last member (it is now
   * closing: the caller shuts it down and removes its directory); undefined otherwise, also for a
   * container that was not a member (it left already).
   */
  leave(dir: string, member: string): GroupShim | undefined {
    const g = this.#byDir.get(dir);
    if (!g || !g.members.delete(member) || g.members.size > 0) return undefined;
    g.closing = true;
    this.#byDir.delete(dir);
    const key = groupKey(g.namespace, g.group);
    if (this.#current.get(key) === g) this.#current.delete(key);
    return g;
  }

  /** After a restart: the groups the records name, with the members whose tasks still live. */
  restore(records: readonly GroupMemberRecord[]): void {
    for (const r of records) {
      let g = this.#byDir.get(r.shim.dir);
      if (!g) {
        g = {
          namespace: r.namespace,
          group: r.group,
          id: basename(r.shim.dir),
          dir: r.shim.dir,
          socket: r.shim.socket,
          pid: r.shim.pid,
          startTime: BigInt(r.shim.startTime),
          members: new Set(),
          closing: false,
        };
        this.#byDir.set(g.dir, g);
        if (isProcessAlive(g.pid, g.startTime)) this.#current.set(groupKey(g.namespace, g.group), g);
      }
      g.members.add(r.member);
    }
  }

  /** The shim that serves the group now, if any (tests and the bench look at it). */
  current(namespace: string, group: string): GroupShim | undefined {
    return this.#current.get(groupKey(namespace, group));
  }

  #add(g: GroupShim): GroupShim {
    this.#current.set(groupKey(g.namespace, g.group), g);
    this.#byDir.set(g.dir, g);
    return g;
  }
}

function groupKey(namespace: string, group: string): string {
  return `${namespace}\0${group}`;
}
