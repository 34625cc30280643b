// The generated protobufjs static module, re-exported with types. The .js/.d.ts pair under gen/ is
// produced by scripts/gen.js and copied into dist by the build.
export { containerd, corral, google, io, ttrpc } from './gen/proto.js';
