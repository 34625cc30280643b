import { CorralError } from '@corral/api';

/**
 * A one-pass source that remembers the chunks it hands out until told to forget them, so a reader
 * that finds it is parsing the wrong kind of input can start again from byte 0 without a second
 * read of the source (an upload can be read once). Readers see an iterator whose return() leaves
 * the source open: a tar reader that stops early does not end the upload.
 */
export class ReplayableSource implements AsyncIterable<Uint8Array> {
  private readonly it: AsyncIterator<Uint8Array>;
  private kept: Uint8Array[] | undefined = [];
  private keptBytes = 0;

  constructor(
    source: AsyncIterable<Uint8Array>,
    private readonly maxKeptBytes: number,
  ) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** False once forgotten, or once more than maxKeptBytes went by. */
  get replayable(): boolean {
    return this.kept !== undefined;
  }

  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return {
      next: async () => {
        const r = await this.it.next();
        if (!r.done && this.kept) {
          this.kept.push(r.value);
          this.keptBytes += r.value.length;
          if (this.keptBytes > this.maxKeptBytes) this.forget();
        }
        return r;
      },
      return: () => Promise.resolve({ done: true, value: undefined }),
    };
  }

  forget(): void {
    this.kept = undefined;
  }

  /** Everything from byte 0: the chunks kept, then the rest of the source. Once. */
  async *replay(): AsyncGenerator<Uint8Array> {
    const kept = this.kept;
    if (!kept) throw new CorralError('Internal', 'replay of a source that was not kept');
    this.forget();
    yield* kept;
    for (;;) {
      const r = await this.it.next();
      if (r.done) return;
      yield r.value;
    }
  }

  /** Ends the source (the reader is done with it, or gave up). */
  async close(): Promise<void> {
    await this.it.return?.();
  }
}
