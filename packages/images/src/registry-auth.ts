// @corral/images/registry-auth: what `corral login`, `logout` and `pull` need in the CLI process —
// the auth file, the login check and reference parsing — without the image store (and its tar,
// execa and content-store code) that the CLI never runs.
export { normalizeRef, parseRef } from './reference.js';
export type { ParsedRef } from './reference.js';
export type { AuthConfig } from './registry/pull-types.js';
export {
  authFileEntryFor,
  defaultAuthFile,
  readAuthFile,
  registryHostOf,
  removeAuthEntry,
  writeAuthEntry,
} from './registry/auth-file.js';
export type { AuthFile, AuthFileEntry } from './registry/auth-file.js';
export { checkRegistryLogin } from './registry/login.js';
export type { LoginCheckOptions } from './registry/login.js';
