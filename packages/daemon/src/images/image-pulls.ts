import { CorralError, errorCode, type corral } from '@corral/api';
import { ImagePuller, normalizeRef, type AuthConfig, type PullProgress } from '@corral/images';
import type { Logger } from 'pino';
import type { ImageInfo, ImageStorePort } from './image-store-port.js';
import { PullEventPublisher, type PublishEvent } from './pull-events.js';
import type { RegistrySettings } from './registry-settings.js';

type PullImageRequest = corral.v1.PullImageRequest.$Properties;

export interface PullCallOptions {
  onProgress?: ((p: PullProgress) => void) | undefined;
  /** The call's: a client that goes away detaches (the download stops when nobody waits). */
  signal?: AbortSignal | undefined;
}

/**
 * corrald's registry pulls: the kubelet's puller (one download per image however many ask, back-off
 * after failures) over the image store, with the daemon's registry settings, credentials from the
 * request or else the auth file, and the pull's events published in the caller's namespace.
 */
export class ImagePulls {
  readonly #puller: ImagePuller<ImageInfo>;
  readonly #events: PullEventPublisher;

  constructor(
    images: ImageStorePort,
    private readonly settings: RegistrySettings,
    publish: PublishEvent,
    private readonly logger: Logger,
  ) {
    this.#puller = new ImagePuller<ImageInfo>({ pull: (ref, o) => images.pull(ref, o) });
    this.#events = new PullEventPublisher(publish, (ref) => images.get(ref));
  }

  /** Errors keep the library's kinds: Unauthenticated, NotFound, DataLoss, Unavailable, …; InvalidArgument for a bad request. */
  async pull(ns: string, req: PullImageRequest, o: PullCallOptions = {}): Promise<ImageInfo> {
    const ref = req.image?.image ?? '';
    if (!ref) throw new CorralError('InvalidArgument', 'pull_image: image is required');
    const name = normalizeRef(ref);
    const events = this.#events.listener(ns, name);
    const auth = authFromRequest(req.auth);
    try {
      return await this.#puller.pull(name, {
        auth,
        // Read at each pull: a `corral login` while corrald runs counts.
        authFile: this.settings.authFile,
        insecureRegistries: this.settings.insecureRegistries,
        caFile: this.settings.caFile,
        ignoreBackoff: req.ignoreBackoff === true,
        onEvent: (e) => events.onEvent(e),
        onProgress: o.onProgress,
        signal: o.signal,
      });
    } catch (err) {
      // Only the kind and the library's message, which names where credentials came from, never them.
      this.logger.info(
        {
          ref: name,
          code: errorCode(err),
          reason: (err as Error).message,
          credentials: auth ? 'request' : 'auth file',
        },
        'pull failed',
      );
      throw err;
    } finally {
      await events.settled();
    }
  }
}

/** The request's AuthConfig, or undefined when it says nothing (then the auth file is asked). */
export function authFromRequest(
  a: corral.v1.AuthConfig.$Properties | null | undefined,
): AuthConfig | undefined {
  if (!a) return undefined;
  const out: AuthConfig = {};
  if (a.username) out.username = a.username;
  if (a.password) out.password = a.password;
  if (a.auth) out.auth = a.auth;
  if (a.serverAddress) out.serverAddress = a.serverAddress;
  if (a.identityToken) out.identityToken = a.identityToken;
  if (a.registryToken) out.registryToken = a.registryToken;
  return out.username || out.auth || out.identityToken || out.registryToken ? out : undefined;
}
