// corral.v1.Images/PullImage, or PullImageProgress when the caller wants progress: then corrald
// sends each blob's progress as STREAM frames before its RESPONSE.
import { CorralError, corral, corralMethodName } from '@corral/api';
import type { CallOptions, Caller } from './call-options.js';
import type { ClientCall } from './client-call.js';
import { cloneError, messageOf, withCallSite } from './errors.js';
import { ImagesService } from './service-defs.js';

export type PullProgress = corral.v1.PullProgress.$Properties;

export interface PullOptions extends CallOptions {
  /**
   * Each blob's progress, in the order corrald saw it: every blob announced ('waiting' or
   * 'exists') before any byte moves, then 'downloading' (at most ~10 a second per blob),
   * 'verifying' and 'done'. A callback that throws ends the pull with its error.
   */
  onProgress?: (progress: PullProgress) => void;
}

type PullImageRequest = corral.v1.PullImageRequest.$Properties;
type PullImageResponse = corral.v1.PullImageResponse.$Properties;

const methods = ImagesService.methods;

export async function pullImage(
  caller: Caller,
  request: PullImageRequest,
  options: PullOptions,
  site: Error,
): Promise<PullImageResponse> {
  const { onProgress, ...callOptions } = options;
  const def = onProgress ? methods.pullImageProgress : methods.pullImage;
  const what = corralMethodName(ImagesService, def);
  const fail = (err: unknown): Error =>
    withCallSite(err instanceof CorralError ? cloneError(err) : (err as Error), site);
  let payload: Uint8Array;
  try {
    payload = def.requestType.encode(request).finish();
  } catch (err) {
    throw fail(new CorralError('InvalidArgument', `${what}: encode request: ${messageOf(err)}`));
  }
  let call: ClientCall | undefined;
  let callbackError: Error | undefined;
  const onStream = (bytes: Uint8Array): void => {
    if (!onProgress || callbackError !== undefined) return;
    try {
      onProgress(corral.v1.PullProgress.decode(bytes));
    } catch (err) {
      callbackError = err instanceof Error ? err : new Error(String(err));
      call?.cancel();
    }
  };
  let reply: Uint8Array;
  try {
    ({ call } = await caller.start(what, payload, { onStream }, callOptions));
    reply = await call.response;
  } catch (err) {
    if (callbackError !== undefined) throw callbackError;
    throw fail(err);
  }
  try {
    return def.responseType.decode(reply);
  } catch (err) {
    throw fail(new CorralError('Internal', `${what}: decode reply: ${messageOf(err)}`));
  }
}
