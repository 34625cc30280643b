import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FrameDecoder, MessageType, decodeHeader, encodeFrame, messageLengthMax } from '../src/index.js';
import type { Frame, FrameHeader } from '../src/index.js';

function collect(): { frames: Frame[]; oversized: FrameHeader[]; decoder: FrameDecoder } {
  const frames: Frame[] = [];
  const oversized: FrameHeader[] = [];
  const decoder = new FrameDecoder({
    frame: (f) => frames.push({ ...f, payload: Buffer.from(f.payload) }),
    oversized: (h) => oversized.push(h),
  });
  return { frames, oversized, decoder };
}

test('a frame is a big-endian 10-byte header and its payload', () => {
  const f = encodeFrame(0xdeadbeef, MessageType.Response, Buffer.from('abc'));
  assert.equal(f.toString('hex'), '00000003deadbeef0200616263');
  assert.deepEqual(decodeHeader(f), { length: 3, streamId: 0xdeadbeef, type: 2, flags: 0 });
});

test('frames are reassembled from one-byte chunks and split from one big chunk', () => {
  const bytes = Buffer.concat([
    encodeFrame(1, MessageType.Request, Buffer.from('hello')),
    encodeFrame(3, MessageType.Request, new Uint8Array(0)),
    encodeFrame(5, MessageType.Response, Buffer.alloc(70_000, 7)),
  ]);
  const bytewise = collect();
  for (let i = 0; i < bytes.length; i++) bytewise.decoder.push(bytes.subarray(i, i + 1));
  const whole = collect();
  whole.decoder.push(bytes);
  for (const { frames, decoder } of [bytewise, whole]) {
    assert.deepEqual(
      frames.map((f) => [f.streamId, f.type, f.payload.length]),
      [
        [1, 1, 5],
        [3, 1, 0],
        [5, 2, 70_000],
      ],
    );
    assert.equal(frames[0]?.payload.toString(), 'hello');
    assert.equal(decoder.buffered, 0);
  }
});

test('an oversized payload is skipped as it arrives, never buffered, and the next frame still decodes', () => {
  const { frames, oversized, decoder } = collect();
  const length = messageLengthMax + 1;
  const header = Buffer.alloc(10);
  header.writeUInt32BE(length, 0);
  header.writeUInt32BE(7, 4);
  header[8] = MessageType.Request;
  decoder.push(header);
  const chunk = Buffer.alloc(64 * 1024, 0xff);
  let left = length;
  while (left > 0) {
    const n = Math.min(left, chunk.length);
    decoder.push(chunk.subarray(0, n));
    left -= n;
    assert.ok(decoder.buffered <= chunk.length, 'discarded bytes are not held');
  }
  assert.deepEqual(oversized, [{ length, streamId: 7, type: 1, flags: 0 }]);
  decoder.push(encodeFrame(9, MessageType.Request, Buffer.from('x')));
  assert.deepEqual(
    frames.map((f) => f.streamId),
    [9],
  );
});

test('a payload of exactly 4 MiB is accepted; one byte more is not encodable', () => {
  const { frames, decoder } = collect();
  decoder.push(encodeFrame(1, MessageType.Request, Buffer.alloc(messageLengthMax)));
  assert.equal(frames[0]?.payload.length, messageLengthMax);
  assert.throws(() => encodeFrame(1, MessageType.Request, Buffer.alloc(messageLengthMax + 1)), RangeError);
});

test('stop() from inside a callback drops the rest of the chunk', () => {
  const seen: number[] = [];
  const decoder: FrameDecoder = new FrameDecoder({
    frame: (f) => {
      seen.push(f.streamId);
      decoder.stop();
    },
    oversized: () => {},
  });
  decoder.push(Buffer.concat([encodeFrame(1, 1, Buffer.from('a')), encodeFrame(3, 1, Buffer.from('b'))]));
  decoder.push(encodeFrame(5, 1, Buffer.from('c')));
  assert.deepEqual(seen, [1]);
});
