// Progress of a long transfer (import, load, save) on stderr: one line redrawn in place on a TTY,
// a plain line per tenth (or per 64 MiB when the total is unknown) otherwise, for logs and CI.
import type { OutputStream } from './cli-io.js';
import { writeOut } from './cli-io.js';
import { humanSize } from './format/humanize.js';

const untotalledStepBytes = 64 * 1024 * 1024;

export class ProgressPrinter {
  readonly #stream: OutputStream;
  readonly #verb: { doing: string; done: string };
  readonly #total: number | undefined;
  #bytes = 0;
  #lastStep = -1;

  /** `verb`: "Importing" / "Imported", "Saving" / "Saved". */
  constructor(stream: OutputStream, verb: { doing: string; done: string }, total: number | undefined) {
    this.#stream = stream;
    this.#verb = verb;
    this.#total = total;
  }

  update(bytes: number): void {
    this.#bytes = bytes;
    const pct = this.#total ? Math.floor((bytes / this.#total) * 100) : undefined;
    const text = `${this.#verb.doing} ${humanSize(bytes)}${this.#total ? ` / ${humanSize(this.#total)} (${pct}%)` : ''}`;
    if (this.#stream.isTTY) {
      this.#stream.write(`\r${text}\x1b[K`);
      return;
    }
    const step = pct === undefined ? Math.floor(bytes / untotalledStepBytes) : Math.floor(pct / 10);
    if (step !== this.#lastStep) {
      this.#lastStep = step;
      this.#stream.write(`${text}\n`);
    }
  }

  async done(): Promise<void> {
    if (this.#stream.isTTY)
      await writeOut(this.#stream, `\r${this.#verb.done} ${humanSize(this.#bytes)}\x1b[K\n`);
  }
}
