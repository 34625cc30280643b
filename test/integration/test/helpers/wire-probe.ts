import { createConnection } from 'node:net';
import { TaskService, services } from '@corral/api';
import {
  FrameDecoder,
  MessageType,
  decodeResponse,
  encodeFrame,
  encodeRequest,
  messageLengthMax,
} from '@corral/ttrpc';
import type { Frame } from '@corral/ttrpc';

/** The reply a ttrpc server gave to one hand-made (mostly hostile) input. */
export interface ProbeReply {
  probe: string;
  streamId: number;
  type: number;
  flags: number;
  code: number;
  message: string;
}

const connect = TaskService.methods.connect;
const garbage = Buffer.from([0x0a, 0x10, 0x41]); // field 1 claims 16 bytes, 1 follows
const request = (method: string, payload: Uint8Array, service: string = services.task): Uint8Array =>
  encodeRequest({ service, method, payload });
const goodPayload = connect.requestType.encode({ id: 'probe' }).finish();

function oversizedFrame(streamId: number): Buffer {
  const frame = Buffer.alloc(10 + messageLengthMax + 1);
  frame.writeUInt32BE(messageLengthMax + 1, 0);
  frame.writeUInt32BE(streamId, 4);
  frame[8] = MessageType.Request;
  return frame;
}

/** Inputs and the stream id whose reply comes next. Every input goes to both servers, in order. */
const probes: { probe: string; bytes: Buffer; replyOn: number }[] = [
  {
    probe: 'even stream id',
    bytes: encodeFrame(2, MessageType.Request, request('Connect', goodPayload)),
    replyOn: 2,
  },
  {
    probe: 'unknown service',
    bytes: encodeFrame(1, MessageType.Request, request('Connect', goodPayload, 'no.such.Service')),
    replyOn: 1,
  },
  {
    probe: 'unknown method',
    bytes: encodeFrame(3, MessageType.Request, request('Nope', goodPayload)),
    replyOn: 3,
  },
  { probe: 'garbage request', bytes: encodeFrame(5, MessageType.Request, garbage), replyOn: 5 },
  {
    probe: 'garbage payload',
    bytes: encodeFrame(7, MessageType.Request, request('Connect', garbage)),
    replyOn: 7,
  },
  { probe: 'oversized frame', bytes: oversizedFrame(9), replyOn: 9 },
  {
    probe: 'non-request frames are ignored',
    bytes: Buffer.concat([
      encodeFrame(11, MessageType.Data, request('Connect', goodPayload)),
      encodeFrame(13, 0x05, request('Connect', goodPayload)),
      encodeFrame(15, MessageType.Response, Buffer.from('junk')),
      encodeFrame(17, MessageType.Request, request('Connect', goodPayload)),
    ]),
    replyOn: 17,
  },
  { probe: 'empty request', bytes: encodeFrame(19, MessageType.Request, new Uint8Array(0)), replyOn: 19 },
];

/** Sends every probe on one connection, one at a time, and returns the replies as seen. */
export async function probeWire(path: string, timeoutMs: number): Promise<ProbeReply[]> {
  const socket = createConnection({ path });
  const frames: Frame[] = [];
  let wake: (() => void) | undefined;
  const decoder = new FrameDecoder({
    frame: (f) => {
      frames.push({ ...f, payload: Buffer.from(f.payload) });
      wake?.();
    },
    oversized: () => socket.destroy(new Error('oversized reply')),
  });
  socket.on('data', (c: Buffer) => decoder.push(c));
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const replies: ProbeReply[] = [];
    for (const { probe, bytes, replyOn } of probes) {
      socket.write(bytes);
      const deadline = Date.now() + timeoutMs;
      while (frames.length === 0) {
        if (Date.now() > deadline || socket.destroyed) throw new Error(`probe "${probe}": no reply`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 20);
        });
      }
      const f = frames.shift() as Frame;
      if (f.streamId !== replyOn) throw new Error(`probe "${probe}": reply on ${f.streamId}, not ${replyOn}`);
      const { status } = decodeResponse(f.payload);
      replies.push({
        probe,
        streamId: f.streamId,
        type: f.type,
        flags: f.flags,
        code: status?.code ?? 0,
        message: status?.message ?? '',
      });
    }
    return replies;
  } finally {
    socket.destroy();
  }
}

/**
 * The parse errors end with the protobuf library's own words (Go's "unexpected EOF", protobufjs's
 * "index out of range"): keep only the part ttrpc itself writes.
 */
export function withoutDecoderText(r: ProbeReply): ProbeReply {
  const prefixes = ['unmarshal request error: ', 'ttrpc: error unmarshalling payload: '];
  const prefix = prefixes.find((p) => r.message.startsWith(p));
  return prefix === undefined ? r : { ...r, message: `${prefix}…` };
}
