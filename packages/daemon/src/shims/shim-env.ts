import { dirname } from 'node:path';
import { envNames } from '@corral/api';

// Node settings a shim must not inherit: they slow every shim start or change its behaviour
// (DESIGN.md "the shim … inherits no NODE_OPTIONS / NODE_EXTRA_CA_CERTS").
const dropped = [
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'NODE_V8_COVERAGE',
  'NODE_TEST_CONTEXT',
  'NODE_CHANNEL_FD',
];

/**
 * The environment of every shim command: corrald's own minus the Node settings above, with
 * TTRPC_ADDRESS naming corrald's events socket, and PATH holding this node (the shim binaries and
 * corral-cri-logger are `#!/usr/bin/env node` scripts).
 */
export function shimEnvironment(
  eventsSocket: string,
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !dropped.includes(k)) env[k] = v;
  const nodeDir = dirname(process.execPath);
  const path = env['PATH'] ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  env['PATH'] = path.split(':').includes(nodeDir) ? path : `${path}:${nodeDir}`;
  env[envNames.ttrpcAddress] = eventsSocket;
  return env;
}

/** How to run a shim binary: a `.js` file through this node, anything else directly. */
export function shimCommand(binary: string, args: readonly string[]): [string, string[]] {
  return binary.endsWith('.js') ? [process.execPath, [binary, ...args]] : [binary, [...args]];
}
