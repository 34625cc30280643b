import { native } from './addon.js';

/**
 * A real pipe, [read end, write end], close-on-exec. For container stdio: Node makes socketpairs,
 * and a socket as a container's stdout breaks `open("/dev/stdout")` inside it.
 */
export function pipe(): [number, number] {
  return native().pipe();
}
