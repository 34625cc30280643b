// ttrpc framing (containerd/ttrpc channel.go, v1.1.1): a 10-byte header — payload length and
// stream id as big-endian uint32, message type, flags — then at most 4 MiB of payload.
import type { Socket } from 'node:net';

export const messageHeaderLength = 10;
export const messageLengthMax = 4 << 20;

export const MessageType = { Request: 0x01, Response: 0x02, Data: 0x03 } as const;

export interface FrameHeader {
  length: number;
  streamId: number;
  type: number;
  flags: number;
}

export interface Frame extends FrameHeader {
  payload: Buffer;
}

/** Header plus payload in one buffer, so one socket write carries one whole frame. */
export function encodeFrame(streamId: number, type: number, payload: Uint8Array, flags = 0): Buffer {
  if (payload.length > messageLengthMax) {
    throw new RangeError(`frame payload of ${payload.length} bytes exceeds ${messageLengthMax}`);
  }
  const buf = Buffer.allocUnsafe(messageHeaderLength + payload.length);
  buf.writeUInt32BE(payload.length, 0);
  buf.writeUInt32BE(streamId >>> 0, 4);
  buf.writeUInt8(type, 8);
  buf.writeUInt8(flags, 9);
  buf.set(payload, messageHeaderLength);
  return buf;
}

export function decodeHeader(buf: Uint8Array): FrameHeader {
  const view = new DataView(buf.buffer, buf.byteOffset, messageHeaderLength);
  return {
    length: view.getUint32(0),
    streamId: view.getUint32(4),
    type: view.getUint8(8),
    flags: view.getUint8(9),
  };
}

export interface FrameSink {
  frame(frame: Frame): void;
  /** A frame longer than the limit arrived and its payload has been skipped, never buffered. */
  oversized(header: FrameHeader): void;
}

/** Reassembles frames from arbitrary chunks of a byte stream. */
export class FrameDecoder {
  readonly #sink: FrameSink;
  #chunks: Buffer[] = [];
  #size = 0;
  #header: FrameHeader | undefined;
  #discarding = 0;
  #stopped = false;

  constructor(sink: FrameSink) {
    this.#sink = sink;
  }

  /** Bytes held for a frame not yet complete. */
  get buffered(): number {
    return this.#size;
  }

  /** Drop everything and ignore later input (the connection is going away). */
  stop(): void {
    this.#stopped = true;
    this.#chunks = [];
    this.#size = 0;
  }

  push(chunk: Buffer): void {
    if (this.#stopped || chunk.length === 0) return;
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    // A sink callback may stop the decoder (it closed the connection): check on every turn.
    while (!this.#stopped) {
      const h = this.#header;
      if (h === undefined) {
        if (this.#size < messageHeaderLength) return;
        const header = decodeHeader(this.#take(messageHeaderLength));
        this.#header = header;
        if (header.length > messageLengthMax) this.#discarding = header.length;
      } else if (h.length > messageLengthMax) {
        const n = Math.min(this.#discarding, this.#size);
        this.#skip(n);
        this.#discarding -= n;
        if (this.#discarding > 0) return;
        this.#header = undefined;
        this.#sink.oversized(h);
      } else {
        if (this.#size < h.length) return;
        const payload = this.#take(h.length);
        this.#header = undefined;
        this.#sink.frame({ ...h, payload });
      }
    }
  }

  #take(n: number): Buffer {
    const first = this.#chunks[0];
    if (first !== undefined && first.length >= n) {
      // The common case, a frame within one chunk, costs no copy.
      const out = first.subarray(0, n);
      this.#advance(n);
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    let filled = 0;
    for (const c of this.#chunks) {
      if (filled === n) break;
      filled += c.copy(out, filled, 0, Math.min(c.length, n - filled));
    }
    this.#advance(n);
    return out;
  }

  #skip(n: number): void {
    this.#advance(n);
  }

  #advance(n: number): void {
    this.#size -= n;
    while (n > 0) {
      const c = this.#chunks[0];
      if (c === undefined) return;
      if (c.length <= n) {
        n -= c.length;
        this.#chunks.shift();
      } else {
        this.#chunks[0] = c.subarray(n);
        n = 0;
      }
    }
  }
}

export interface ChannelHandlers extends FrameSink {
  /** Once, when the socket is gone for any reason; `error` is set when it failed. */
  closed(error: Error | undefined): void;
}

/**
 * One framed connection. Each frame is a single socket write, and Node keeps writes in order, so
 * frames from concurrent calls never interleave (Go needs a lock for that; a JS turn is atomic).
 */
export class Channel {
  readonly socket: Socket;
  readonly #decoder: FrameDecoder;
  #closed = false;
  #error: Error | undefined;
  #corked = false;

  constructor(socket: Socket, handlers: ChannelHandlers) {
    this.socket = socket;
    this.#decoder = new FrameDecoder(handlers);
    socket.on('data', (chunk: Buffer) => this.#decoder.push(chunk));
    socket.on('error', (err) => {
      this.#error ??= err;
    });
    socket.once('close', () => {
      this.#closed = true;
      this.#decoder.stop();
      handlers.closed(this.#error);
    });
  }

  get closed(): boolean {
    return this.#closed || this.socket.destroyed;
  }

  /**
   * Queues one frame; false when the connection is already gone (the frame is dropped). Frames sent
   * in one turn of the event loop leave in one write (corked until the next tick): a caller that
   * sends Connect and State together, or a server answering several requests, costs the peer one
   * wake-up, not one per frame (corrald's recovery of 100 shims spent ~90 ms in socket writes).
   */
  send(streamId: number, type: number, payload: Uint8Array): boolean {
    if (this.closed || !this.socket.writable) return false;
    if (!this.#corked) {
      this.#corked = true;
      this.socket.cork();
      process.nextTick(() => {
        this.#corked = false;
        this.socket.uncork();
      });
    }
    this.socket.write(encodeFrame(streamId, type, payload));
    return true;
  }

  /** Stops reading: frames already received are still delivered, later bytes stay in the kernel. */
  pause(): void {
    this.socket.pause();
  }

  /**
   * Orderly close: queued frames are flushed, then FIN, then the socket is dropped without waiting
   * for the peer's FIN (a paused socket would never see it).
   */
  end(): void {
    if (!this.closed) this.socket.end(() => this.socket.destroy());
  }

  destroy(error?: Error): void {
    if (error) this.#error ??= error;
    this.#decoder.stop();
    this.socket.destroy();
  }

  /** Resolves once the socket has closed. */
  async waitClosed(): Promise<void> {
    if (this.#closed) return;
    await new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
  }
}
