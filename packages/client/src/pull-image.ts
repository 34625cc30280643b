// corral.v1.Images/PullImage, or PullImageProgress when the caller wants progress: then corrald
// sends each blob's progress as STREAM frames before its RESPONSE.
import { corral } from '@corral/api';
import type { CallOptions, Caller } from './call-options.js';
import type { ClientCall } from './client-call.js';
import { ImagesService } from './service-defs.js';
import { callFailure, decodeReply, encodeRequest } from './unary-client.js';

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
  const [what, payload] = encodeRequest(ImagesService, def, request, site);
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
    throw callFailure(err, site);
  }
  return decodeReply(def, what, reply, site);
}
