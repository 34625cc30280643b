import { CorralError } from '@corral/api';
import { tarHeader, tarPadding } from './tar-writer.js';

/**
 * Tar entries as chunks for a streamed archive. Every entry has mtime 0 and owner 0:0, so the same
 * content always packs to the same bytes (a save of an image twice gives one archive).
 */

export function tarDir(name: string): Buffer {
  return tarHeader({ name: name.endsWith('/') ? name : `${name}/`, type: 'dir', mode: 0o755 });
}

export function tarBuffer(name: string, bytes: Uint8Array): Buffer[] {
  return [
    tarHeader({ name, type: 'file', mode: 0o644, size: bytes.length }),
    Buffer.from(bytes),
    tarPadding(bytes.length),
  ];
}

/**
 * A file whose header promises `size` bytes before the body is read: a body that turns out longer
 * or shorter would shift every later entry, so it fails the stream (DataLoss) instead.
 */
export async function* tarFile(
  name: string,
  size: number,
  body: AsyncIterable<Uint8Array>,
): AsyncGenerator<Buffer> {
  yield tarHeader({ name, type: 'file', mode: 0o644, size });
  let sent = 0;
  for await (const chunk of body) {
    sent += chunk.length;
    if (sent > size)
      throw new CorralError('DataLoss', `export ${name}: content is longer than the ${size} bytes expected`);
    yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  }
  if (sent !== size)
    throw new CorralError('DataLoss', `export ${name}: content ended after ${sent} of ${size} bytes`);
  yield tarPadding(size);
}
