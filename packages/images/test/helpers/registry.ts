// The test registry lives in @corral/test-utils (the daemon's and the CLI's pull tests use it too).
export { TestRegistry, freePort, startedRegistryPids } from '@corral/test-utils';
export type { RegistryAuth, RegistryOptions } from '@corral/test-utils';
