import { corral, topics, typeUrls } from '@corral/api';
import type { DaemonContext } from '../context.js';
import type { Container } from './container.js';

// The daemon's own /containers/* events (kubelet's event reasons: Created, Started, Killing…).

export function publishContainerCreate(ctx: DaemonContext, c: Container): void {
  const value = corral.v1.ContainerCreate.encode({
    id: c.id,
    name: c.name,
    image: c.record.imageRef,
    runtimeHandler: c.record.runtimeHandler,
    labels: c.record.config.labels,
  }).finish();
  publish(ctx, c, topics.containerCreate, typeUrls.ContainerCreate, value);
}

export function publishContainerUpdate(ctx: DaemonContext, c: Container, reason: string, message = ''): void {
  const value = corral.v1.ContainerUpdate.encode({ id: c.id, name: c.name, reason, message }).finish();
  publish(ctx, c, topics.containerUpdate, typeUrls.ContainerUpdate, value);
}

export function publishContainerDelete(ctx: DaemonContext, c: Container): void {
  const value = corral.v1.ContainerDelete.encode({ id: c.id, name: c.name }).finish();
  publish(ctx, c, topics.containerDelete, typeUrls.ContainerDelete, value);
}

function publish(ctx: DaemonContext, c: Container, topic: string, typeUrl: string, value: Uint8Array): void {
  try {
    void Promise.resolve(ctx.events.publish(c.namespace, topic, typeUrl, value)).catch((err: unknown) =>
      c.logger.warn({ err, topic }, 'publishing a container event failed'),
    );
  } catch (err) {
    c.logger.warn({ err, topic }, 'publishing a container event failed');
  }
}
