import { lstatSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFiles, containerd, nowNanos, toTimestamp, validateIdentifier } from '@corral/api/task';
import { Runc } from '@corral/runc';
import { readExitRecord } from './exit-record.js';
import type { ShimFlags } from './flags.js';
import { unmountAll } from './mounts.js';
import { readRuntimeOptions } from './runtime-options.js';
import { fromAddress } from './socket-address.js';
import { canConnect } from './socket-probe.js';

export interface DeleteCommandResult {
  /** DeleteResponse bytes: the only thing `delete` may write to stdout. */
  response: Uint8Array;
  /** Cleanup problems worth a line on stderr (containerd logs them as warnings). */
  warnings: string[];
}

// What containerd reports for a shim that died without an exit record: killed (128 + SIGKILL).
const unknownExitStatus = 137;

/**
 * containerd's `delete`: clean up after a shim that is gone. Idempotent (containerd runs it after
 * every closed shim connection, including normal ones): `runc delete --force`, unmount the rootfs,
 * remove the socket a killed shim left, then report the real exit status from the exit record when
 * the shim wrote one, else 137 + now.
 */
export async function runDeleteCommand(flags: ShimFlags, bundle: string): Promise<DeleteCommandResult> {
  validateIdentifier(flags.namespace, 'namespace');
  const id = validateIdentifier(flags.id, 'id');
  const warnings: string[] = [];
  const options = readRuntimeOptions(bundle, flags.namespace);
  const runc = new Runc({
    command: options.binaryName,
    root: options.root,
    log: join(bundle, bundleFiles.runcLog),
    logFormat: 'json',
  });
  await runc.delete(id, { force: true }).catch((err: unknown) => {
    // Already gone is the common case (a normal teardown deleted it); anything else is worth a warning.
    const text = err instanceof Error ? err.message : String(err);
    if (!/does not exist|No such file/.test(text)) warnings.push(`runc delete: ${text}`);
  });
  await unmountAll(join(bundle, bundleFiles.rootfs)).catch((err: unknown) => warnings.push(String(err)));
  await removeDeadShimSocket(bundle).catch((err: unknown) =>
    warnings.push(`remove shim socket: ${String(err)}`),
  );
  const exit = readExitRecord(bundle, undefined, id);
  const pid = exit?.pid ?? readPid(join(bundle, bundleFiles.initPid));
  const response = containerd.task.v2.DeleteResponse.encode({
    pid,
    exitStatus: exit?.exitStatus ?? unknownExitStatus,
    exitedAt: toTimestamp(exit?.exitedAt ?? nowNanos()),
  }).finish();
  return { response, warnings };
}

/**
 * A SIGKILLed shim leaves its socket in /run/containerd/s, where nothing else would ever remove it
 * (containerd's own shim leaves it too). A socket someone still serves on (a grouped shim with
 * other containers) stays; so does anything that is not a socket.
 */
async function removeDeadShimSocket(bundle: string): Promise<void> {
  let address: string;
  try {
    address = readFileSync(join(bundle, bundleFiles.address), 'utf8').trim();
  } catch {
    return; // the shim never got as far as binding one
  }
  if (!address.startsWith('unix://')) return; // an abstract socket vanishes with its owner
  const path = fromAddress(address);
  try {
    if (!lstatSync(path).isSocket()) return;
  } catch {
    return; // the shim removed it when it exited: the normal case
  }
  if (!(await canConnect(path))) rmSync(path, { force: true });
}

function readPid(path: string): number {
  try {
    const n = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isSafeInteger(n) && n > 0 ? n : 0;
  } catch {
    return 0;
  }
}
