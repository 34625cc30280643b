// The generated protobufjs static modules, re-exported with types. The .js/.d.ts pairs under gen/
// are produced by scripts/gen.js and copied into dist by the build: containerd's side in proto.js,
// corral.v1 in corral.js (one protobufjs root; a shim loads only the first, see task.ts).
export { containerd, google, io, ttrpc } from './gen/proto.js';
export { corral } from './gen/corral.js';
