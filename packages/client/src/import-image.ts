// corral.v1.Images/ImportImage: the archive goes up as STREAM frames of ImportChunk, then
// STREAM_END; each chunk waits for the socket to take it, so a slow daemon slows the reader.
import { corral } from '@corral/api';
import type { Readable } from 'node:stream';
import type { CallOptions, Caller } from './call-options.js';
import type { ClientCall } from './client-call.js';
import { importChunkBytes } from './limits.js';
import { ImagesService } from './service-defs.js';
import { callFailure, encodeRequest } from './unary-client.js';

export interface ImportProgress {
  /** Archive bytes handed to the socket so far. */
  bytesSent: number;
}

export interface ImportOptions extends CallOptions {
  onProgress?: (progress: ImportProgress) => void;
}

export type ImportSource = AsyncIterable<Uint8Array | string> | Readable;

type ImportImageRequest = corral.v1.ImportImageRequest.$Properties;
type ImportImageResponse = corral.v1.ImportImageResponse.$Properties;

const def = ImagesService.methods.importImage;

export async function importImage(
  caller: Caller,
  request: ImportImageRequest,
  source: ImportSource,
  options: ImportOptions,
  site: Error,
): Promise<ImportImageResponse> {
  const [what, payload] = encodeRequest(ImagesService, def, request, site);
  let call: ClientCall;
  try {
    ({ call } = await caller.start(what, payload, {}, options));
  } catch (err) {
    throw callFailure(err, site);
  }
  try {
    await sendArchive(call, source, options.onProgress);
  } catch (err) {
    // The source failed (an unreadable file): corrald must not import half an archive.
    call.cancel();
    throw err;
  }
  call.end();
  let reply: Uint8Array;
  try {
    reply = await call.response;
  } catch (err) {
    throw callFailure(err, site);
  }
  return def.responseType.decode(reply);
}

async function sendArchive(
  call: ClientCall,
  source: ImportSource,
  onProgress: ImportOptions['onProgress'],
): Promise<void> {
  let bytesSent = 0;
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let off = 0; off < bytes.length; off += importChunkBytes) {
      // corrald already answered (it refused the archive): its RESPONSE says why.
      if (call.done) return;
      const piece = bytes.subarray(off, off + importChunkBytes);
      await call.send(corral.v1.ImportChunk.encode({ data: piece }).finish());
      bytesSent += piece.length;
      onProgress?.({ bytesSent });
    }
  }
}
