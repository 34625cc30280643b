// corral.v1.Images/ExportImage: the archive comes down as STREAM frames of ExportChunk, in order,
// and the call's RESPONSE ends it; seen here as an async iterable of its bytes. Breaking out of
// the loop (or aborting `options.signal`) CANCELs the export on corrald.
import { corral } from '@corral/api';
import type { MessageType } from '@corral/api';
import type { CallOptions, Caller } from './call-options.js';
import { iterateServerStream } from './server-stream.js';
import { ImagesService } from './service-defs.js';
import { encodeRequest } from './unary-client.js';

type ExportImageRequest = corral.v1.ExportImageRequest.$Properties;
type ExportChunk = corral.v1.ExportChunk.$Properties;

const chunkCodec: MessageType<ExportChunk> = corral.v1.ExportChunk;

/** The bytes of the archive; the iteration throws corrald's error if the export fails midway. */
export function exportImage(
  caller: Caller,
  request: ExportImageRequest,
  options: CallOptions,
  site: Error,
): AsyncIterable<Uint8Array> {
  const [method, payload] = encodeRequest(ImagesService, ImagesService.methods.exportImage, request, site);
  return {
    async *[Symbol.asyncIterator]() {
      for await (const chunk of iterateServerStream({
        caller,
        method,
        payload,
        output: chunkCodec,
        options,
        site,
      }))
        if (chunk.data && chunk.data.length > 0) yield chunk.data;
    },
  };
}
