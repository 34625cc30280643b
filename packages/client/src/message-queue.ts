// Messages of one server stream waiting for their reader. When too many bytes wait, the queue
// says so and the connection stops reading its socket until the reader catches up.

type Pressure = (over: boolean) => void;

export class MessageQueue<T> {
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

  get ended(): boolean {
    return this.#done;
  }

  push(value: T, bytes: number): void {
    if (this.#done) return;
    this.#items.push({ value, bytes });
    this.#account(bytes);
    this.#wake?.();
  }

  /** No more messages: next() returns done, or throws `error`, once the queued ones are read. */
  end(error?: Error): void {
    if (this.#done) return;
    this.#done = true;
    this.#error = error;
    this.#wake?.();
  }

  /** Drops what is queued (the reader left). */
  discard(): void {
    this.end();
    this.#items.length = 0;
    this.#account(-this.#bytes);
  }

  /** The next message, or undefined at the end; throws the error the queue ended with. */
  async next(): Promise<{ value: T } | undefined> {
    for (;;) {
      const item = this.#items.shift();
      if (item) {
        this.#account(-item.bytes);
        return { value: item.value };
      }
      if (this.#done) {
        if (this.#error) throw this.#error;
        return undefined;
      }
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
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
