import { CorralError, type CodeName } from '@corral/api/task';
import { findRuncError, isNotExistError, isUnsupportedError } from '@corral/runc';

/**
 * Translates a failed runc/crun call into a CorralError once, at the shim's edge, in containerd's
 * words ("OCI runtime create failed: <runc's own message>"), keeping the RuncError as cause.
 */
export function runtimeError(op: string, err: unknown, code: CodeName = 'Unknown'): CorralError {
  if (err instanceof CorralError) return err;
  const r = findRuncError(err);
  const detail = r?.runcMessage ?? (err instanceof Error ? err.message : String(err));
  if (isNotExistError(err))
    return new CorralError('NotFound', `OCI runtime ${op} failed: ${detail}`, { cause: err });
  if (isUnsupportedError(err))
    return new CorralError('Unimplemented', `OCI runtime ${op} failed: ${detail}`, { cause: err });
  return new CorralError(code, `OCI runtime ${op} failed: ${detail}`, { cause: err });
}
