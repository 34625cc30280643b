// The client's STREAM messages of one call, waiting for its handler to read them. When too many
// bytes wait, the queue says so and the connection stops reading its socket until they are read:
// the kernel's socket buffers then push back on the client (the only flow control Frame has).

type Pressure = (over: boolean) => void;

export class InputQueue<T> implements AsyncIterable<T> {
  readonly #items: { value: T; bytes: number }[] = [];
  readonly #highWaterBytes: number;
  readonly #onPressure: Pressure;
  #bytes = 0;
  #over = false;
  #done = false;
  #error: Error | undefined;
  #wake: (() => void) | undefined;

  constructor(highWaterBytes: number, onPressure: Pressure) {
    this.#highWaterBytes = highWaterBytes;
    this.#onPressure = onPressure;
  }

  push(value: T, bytes: number): void {
    if (this.#done) return;
    this.#items.push({ value, bytes });
    this.#account(bytes);
    this.#wake?.();
  }

  /** No more messages: the iteration ends, or throws `error` once the queued ones are read. */
  end(error?: Error): void {
    if (this.#done) return;
    this.#done = true;
    this.#error = error;
    this.#wake?.();
  }

  /** Drops what is queued and ignores what comes (the handler stopped reading or the call ended). */
  discard(error?: Error): void {
    this.end(error);
    this.#items.length = 0;
    this.#account(-this.#bytes);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    try {
      for (;;) {
        const item = this.#items.shift();
        if (item) {
          this.#account(-item.bytes);
          yield item.value;
          continue;
        }
        if (this.#done) {
          if (this.#error) throw this.#error;
          return;
        }
        await new Promise<void>((resolve) => (this.#wake = resolve));
        this.#wake = undefined;
      }
    } finally {
      // A handler that breaks out of its loop wants no more input.
      if (!this.#done || this.#items.length > 0) this.discard();
    }
  }

  #account(delta: number): void {
    this.#bytes += delta;
    if (!this.#over && this.#bytes > this.#highWaterBytes) {
      this.#over = true;
      this.#onPressure(true);
    } else if (this.#over && this.#bytes <= this.#highWaterBytes / 2) {
      this.#over = false;
      this.#onPressure(false);
    }
  }
}
