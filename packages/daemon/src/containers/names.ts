import { randomBytes } from 'node:crypto';
import { CorralError } from '@corral/api';

/** A docker-like container id: 64 random hex digits (a valid containerd identifier). */
export function newContainerId(): string {
  return randomBytes(32).toString('hex');
}

// docker's name rule; names are never paths, but they stay printable and unambiguous.
const nameRe = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export function validateContainerName(name: string): string {
  if (!nameRe.test(name)) {
    throw new CorralError(
      'InvalidArgument',
      `container name ${JSON.stringify(name.slice(0, 140))} must match [A-Za-z0-9][A-Za-z0-9_.-]* (at most 128 characters)`,
    );
  }
  return name;
}

/** The name a container gets when the request has none: its short id, as `docker ps` shows it. */
export function defaultContainerName(id: string): string {
  return id.slice(0, 12);
}
