// The entry of the one-file shim (scripts/bundle.js → dist/corral-shim.mjs). In a bundle, @corral/sys
// cannot find its native addon relative to its own module, so the build puts corral_sys.node beside
// the bundle and this says so before the shim proper runs.
import { fileURLToPath } from 'node:url';
import { setNativeAddonPath } from '@corral/sys';

setNativeAddonPath(fileURLToPath(new URL('corral_sys.node', import.meta.url)));
await import('./corral-shim.js');
