// The API socket without the client: hand-made frames, for what the client would never send.
import { corral, toBigInt, toUint64 } from '@corral/api';
import { WebSocket } from 'ws';

export interface RawReply {
  kind: corral.v1.FrameKind;
  code: number;
  message: string;
  payload: Uint8Array;
}

export class RawSocket {
  private readonly waiters = new Map<bigint, (r: RawReply) => void>();
  closeCode: number | undefined;

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const f = corral.v1.Frame.decode(data);
      const id = toBigInt(f.id);
      this.waiters.get(id)?.({
        kind: f.kind,
        code: f.status?.code ?? 0,
        message: f.status?.message ?? '',
        payload: f.payload,
      });
      this.waiters.delete(id);
    });
    ws.on('close', (code) => (this.closeCode = code));
  }

  static open(socket: string): Promise<RawSocket> {
    const ws = new WebSocket(`ws+unix://${socket}:/`);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawSocket(ws)));
      ws.once('error', reject);
    });
  }

  /** Sends raw bytes and resolves with the reply to call `id` (if the bytes name one). */
  sendBytes(bytes: Uint8Array, id?: bigint): Promise<RawReply> | undefined {
    const reply =
      id === undefined ? undefined : new Promise<RawReply>((resolve) => this.waiters.set(id, resolve));
    this.ws.send(bytes);
    return reply;
  }

  request(
    id: bigint,
    method: string,
    payload: Uint8Array,
    metadata: Record<string, string> = {},
  ): Promise<RawReply> {
    const bytes = corral.v1.Frame.encode({
      id: toUint64(id),
      kind: corral.v1.FrameKind.REQUEST,
      method,
      payload,
      metadata,
    }).finish();
    return this.sendBytes(bytes, id)!;
  }

  waitClosed(): Promise<number> {
    if (this.closeCode !== undefined) return Promise.resolve(this.closeCode);
    return new Promise((resolve) => this.ws.once('close', (code) => resolve(code)));
  }

  close(): void {
    this.ws.close();
  }
}
