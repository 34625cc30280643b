// corral.v1's event payloads in the Any registry (lookupType, unpackAnyByUrl). Loaded by the full
// @corral/api entry only: @corral/api/task, which leaves corral.v1's generated code out, knows
// containerd's types alone.
import { registerAnyTypes, typeUrls, type MessageType } from './any.js';
import { corral } from './gen/corral.js';

const v1 = corral.v1;
registerAnyTypes([
  [typeUrls.ContainerCreate, v1.ContainerCreate],
  [typeUrls.ContainerUpdate, v1.ContainerUpdate],
  [typeUrls.ContainerDelete, v1.ContainerDelete],
  [typeUrls.ImageCreate, v1.ImageCreate],
  [typeUrls.ImageUpdate, v1.ImageUpdate],
  [typeUrls.ImageDelete, v1.ImageDelete],
] as [string, MessageType<unknown>][]);
