import type { Platform } from '../manifest.js';

/**
 * Credentials for one registry, in CRI's AuthConfig shape (camelCase, as protobufjs decodes
 * `corral.v1.AuthConfig`). Any one form is enough: username + password, `auth` (base64 of
 * `user:password`, docker's config.json form), `identityToken` (an OAuth2 refresh token, traded at
 * the token endpoint) or `registryToken` (a bearer token sent as is).
 */
export interface AuthConfig {
  username?: string;
  password?: string;
  auth?: string;
  /** Which registry these are for; when set and naming another host, they are not sent. */
  serverAddress?: string;
  identityToken?: string;
  registryToken?: string;
}

/** What a per-blob progress callback is told. Layers are announced ('waiting' or 'exists') before any byte moves. */
export interface PullProgress {
  /** The normalized reference being pulled. */
  ref: string;
  digest: string;
  kind: 'config' | 'layer';
  /** Position among the image's layers, bottom first (0 for the config). */
  index: number;
  /** Bytes the manifest says the blob has. */
  total: number;
  /** Bytes received so far. */
  done: number;
  /** Average since this blob's download started; 0 before the first byte. */
  bytesPerSecond: number;
  status: 'waiting' | 'exists' | 'downloading' | 'verifying' | 'done';
}

/** The kubelet's image event reasons. */
export type PullEventReason = 'Pulling' | 'Pulled' | 'Failed' | 'BackOff';

/**
 * One `/images/update` event (corral.v1.ImageUpdate's fields). Messages are built from the reference
 * and error messages only, never from credentials.
 */
export interface PullEvent {
  /** The normalized reference. */
  name: string;
  reason: PullEventReason;
  message: string;
  /** Pulled: the image's size (config plus compressed layers). */
  size?: number;
  /** Pulled: how long the pull took. */
  durationNs?: bigint;
}

export interface PullOptions {
  /** Credentials from the request (CRI's AuthConfig); they win over `authFile`. */
  auth?: AuthConfig | undefined;
  /** A docker `config.json`-format file to look the registry's credentials up in; missing means anonymous. */
  authFile?: string | undefined;
  /**
   * Registries (`host[:port]`) spoken to over HTTPS without verifying the certificate, falling back
   * to plain HTTP when TLS fails, as docker's insecure-registries. `http://host[:port]` means plain
   * HTTP only.
   */
  insecureRegistries?: readonly string[] | undefined;
  /** A PEM file of CA certificates trusted in addition to the system's. */
  caFile?: string | undefined;
  /** The platform to pick from a multi-platform image (default: the store's). */
  platform?: Platform | undefined;
  /** Blobs downloaded at once (default 3, like containerd's max_concurrent_downloads). */
  concurrency?: number | undefined;
  onProgress?: ((p: PullProgress) => void) | undefined;
  onEvent?: ((e: PullEvent) => void) | undefined;
  signal?: AbortSignal | undefined;
}
