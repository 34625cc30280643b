import type { MessageType } from './any.js';
import { corral } from './gen/corral.js';
import { method, type MethodDef, type ServiceDef } from './services.js';

/**
 * A corral.v1 method that streams: what flows on STREAM frames from the client (`input`) and from
 * the server (`output`) while the call is open.
 */
export interface StreamingMethodDef<Req, Res, In, Out> extends MethodDef<Req, Res> {
  readonly input?: MessageType<In>;
  readonly output?: MessageType<Out>;
}

function streaming<Req, Res, In, Out>(
  def: MethodDef<Req, Res>,
  streams: { input?: MessageType<In>; output?: MessageType<Out> },
): StreamingMethodDef<Req, Res, In, Out> {
  return { ...def, ...streams };
}

const v1 = corral.v1;
const props = <T>(c: unknown) => c as MessageType<T>;

export const RuntimeApi = {
  name: 'corral.v1.Runtime',
  methods: {
    version: method('Version', v1.VersionRequest, v1.VersionResponse),
    status: method('Status', v1.StatusRequest, v1.StatusResponse),
    createContainer: method('CreateContainer', v1.CreateContainerRequest, v1.CreateContainerResponse),
    startContainer: method('StartContainer', v1.StartContainerRequest, v1.StartContainerResponse),
    stopContainer: method('StopContainer', v1.StopContainerRequest, v1.StopContainerResponse),
    removeContainer: method('RemoveContainer', v1.RemoveContainerRequest, v1.RemoveContainerResponse),
    listContainers: method('ListContainers', v1.ListContainersRequest, v1.ListContainersResponse),
    containerStatus: method('ContainerStatus', v1.ContainerStatusRequest, v1.ContainerStatusResponse),
    updateContainerResources: method(
      'UpdateContainerResources',
      v1.UpdateContainerResourcesRequest,
      v1.UpdateContainerResourcesResponse,
    ),
    reopenContainerLog: method(
      'ReopenContainerLog',
      v1.ReopenContainerLogRequest,
      v1.ReopenContainerLogResponse,
    ),
    execSync: method('ExecSync', v1.ExecSyncRequest, v1.ExecSyncResponse),
    exec: streaming(method('Exec', v1.ExecRequest, v1.ExecResponse), {
      input: props<corral.v1.ProcessInput.$Properties>(v1.ProcessInput),
      output: props<corral.v1.ProcessOutput.$Properties>(v1.ProcessOutput),
    }),
    attach: streaming(method('Attach', v1.AttachRequest, v1.ExecResponse), {
      input: props<corral.v1.ProcessInput.$Properties>(v1.ProcessInput),
      output: props<corral.v1.ProcessOutput.$Properties>(v1.ProcessOutput),
    }),
    pauseContainer: method('PauseContainer', v1.PauseContainerRequest, v1.PauseContainerResponse),
    resumeContainer: method('ResumeContainer', v1.ResumeContainerRequest, v1.ResumeContainerResponse),
    killContainer: method('KillContainer', v1.KillContainerRequest, v1.KillContainerResponse),
    waitContainer: method('WaitContainer', v1.WaitContainerRequest, v1.WaitContainerResponse),
    listContainerPids: method('ListContainerPids', v1.ListContainerPidsRequest, v1.ListContainerPidsResponse),
    containerStats: method('ContainerStats', v1.ContainerStatsRequest, v1.ContainerStatsResponse),
    listContainerStats: method(
      'ListContainerStats',
      v1.ListContainerStatsRequest,
      v1.ListContainerStatsResponse,
    ),
  },
} as const satisfies ServiceDef;

export const ImagesApi = {
  name: 'corral.v1.Images',
  methods: {
    listImages: method('ListImages', v1.ListImagesRequest, v1.ListImagesResponse),
    imageStatus: method('ImageStatus', v1.ImageStatusRequest, v1.ImageStatusResponse),
    pullImage: method('PullImage', v1.PullImageRequest, v1.PullImageResponse),
    pullImageProgress: streaming(method('PullImageProgress', v1.PullImageRequest, v1.PullImageResponse), {
      output: props<corral.v1.PullProgress.$Properties>(v1.PullProgress),
    }),
    removeImage: method('RemoveImage', v1.RemoveImageRequest, v1.RemoveImageResponse),
    importImage: streaming(method('ImportImage', v1.ImportImageRequest, v1.ImportImageResponse), {
      input: props<corral.v1.ImportChunk.$Properties>(v1.ImportChunk),
    }),
    exportImage: streaming(method('ExportImage', v1.ExportImageRequest, v1.ExportImageEnd), {
      output: props<corral.v1.ExportChunk.$Properties>(v1.ExportChunk),
    }),
    imageFsInfo: method('ImageFsInfo', v1.ImageFsInfoRequest, v1.ImageFsInfoResponse),
  },
} as const satisfies ServiceDef;

export const EventsApi = {
  name: 'corral.v1.Events',
  methods: {
    subscribe: streaming(method('Subscribe', v1.SubscribeRequest, v1.SubscribeEnd), {
      output: props<corral.v1.Event.$Properties>(v1.Event),
    }),
  },
} as const satisfies ServiceDef;

/** `corral.v1.Runtime/CreateContainer`: how a Frame names a method. */
export function corralMethodName(service: { name: string }, m: { name: string }): string {
  return `${service.name}/${m.name}`;
}

/** Frame metadata key naming the namespace of a request ("default" when absent). */
export const namespaceFrameKey = 'namespace';
export const defaultNamespace = 'default';
