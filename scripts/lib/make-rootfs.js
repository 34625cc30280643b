// Builds the shared busybox-static rootfs (tests and the quickstart) if it is not there yet.
import { ensureBusyboxRootfs } from '@corral/test-utils';

console.error(`busybox rootfs: ${ensureBusyboxRootfs()}`);
