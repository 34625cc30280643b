// `corral pull`'s progress on stderr: on a terminal one line per layer, redrawn in place, with a bar,
// bytes, speed and ETA; elsewhere (logs, CI) plain lines at each change of state and each quarter.
import type { PullProgress } from '@corral/client';
import { toBigInt } from '@corral/api';
import type { OutputStream } from './cli-io.js';
import { writeOut } from './cli-io.js';

/** Redraws of a terminal are at most this frequent; every change of a layer's state draws at once. */
const redrawMs = 100;
const barWidth = 20;

interface Layer {
  digest: string;
  status: string;
  done: number;
  total: number;
  bytesPerSecond: number;
  /** Non-TTY: the last quarter printed (-1: none). */
  quarter: number;
}

export class PullProgressView {
  readonly #stream: OutputStream;
  readonly #now: () => number;
  readonly #layers: Layer[] = [];
  #drawn = 0;
  #lastDraw = -Infinity;

  constructor(stream: OutputStream, now: () => number) {
    this.#stream = stream;
    this.#now = now;
  }

  update(p: PullProgress): void {
    // The config is a few hundred bytes of JSON: docker and podman show layers only.
    if (p.kind !== 'layer' || !p.digest) return;
    let layer = this.#layers.find((l) => l.digest === p.digest);
    const changed = layer?.status !== p.status;
    if (!layer) {
      layer = { digest: p.digest, status: '', done: 0, total: 0, bytesPerSecond: 0, quarter: -1 };
      this.#layers.push(layer);
    }
    layer.status = p.status ?? '';
    layer.done = Number(toBigInt(p.done));
    layer.total = Number(toBigInt(p.total));
    layer.bytesPerSecond = Number(toBigInt(p.bytesPerSecond));
    if (this.#stream.isTTY) {
      if (changed || this.#now() - this.#lastDraw >= redrawMs) this.#redraw();
      return;
    }
    this.#printPlain(layer, changed);
  }

  /** The last state of every layer on the terminal (nothing more off one: each line is out already). */
  async finish(): Promise<void> {
    if (this.#stream.isTTY && this.#layers.length > 0) {
      this.#redraw();
      await writeOut(this.#stream, '');
    }
  }

  #redraw(): void {
    this.#lastDraw = this.#now();
    let text = this.#drawn > 0 ? `\x1b[${this.#drawn}A` : '';
    // A line the terminal wraps would take two rows, and the cursor-up above would miss one.
    const width = (this.#stream.columns ?? 0) > 1 ? (this.#stream.columns ?? 0) - 1 : Infinity;
    for (const l of this.#layers) text += `\r${layerLine(l, true).slice(0, width)}\x1b[K\n`;
    this.#drawn = this.#layers.length;
    this.#stream.write(text);
  }

  #printPlain(l: Layer, changed: boolean): void {
    if (l.status === 'waiting' || l.status === 'verifying') return;
    const quarter = l.total > 0 ? Math.floor((l.done / l.total) * 4) : 0;
    if (!changed && (l.status !== 'downloading' || quarter <= l.quarter)) return;
    l.quarter = quarter;
    this.#stream.write(`${layerLine(l, false)}\n`);
  }
}

/** `sha256:0123456789ab  downloading  [=====>    ]  1.2 MiB / 3.4 MiB  5.6 MiB/s  ETA 1s`. */
function layerLine(
  l: Pick<Layer, 'digest' | 'status' | 'done' | 'total' | 'bytesPerSecond'>,
  bar: boolean,
): string {
  const id = l.digest.replace(/^(sha256:[0-9a-f]{12}).*$/, '$1');
  switch (l.status) {
    case 'exists':
      return `${id}  already exists  ${bytes(l.total)}`;
    case 'done':
      return `${id}  done  ${bytes(l.total)}`;
    case 'waiting':
      return `${id}  waiting`;
    default: {
      const parts = [id, l.status];
      if (bar) parts.push(progressBar(l.done, l.total));
      parts.push(`${bytes(l.done)} / ${bytes(l.total)}`);
      if (l.bytesPerSecond > 0) {
        parts.push(`${bytes(l.bytesPerSecond)}/s`);
        if (l.status === 'downloading') parts.push(`ETA ${eta((l.total - l.done) / l.bytesPerSecond)}`);
      }
      return parts.join('  ');
    }
  }
}

function progressBar(done: number, total: number): string {
  const filled = total > 0 ? Math.min(barWidth, Math.floor((done / total) * barWidth)) : 0;
  if (filled === barWidth) return `[${'='.repeat(barWidth)}]`;
  return `[${'='.repeat(filled)}>${' '.repeat(barWidth - filled - 1)}]`;
}

/** "1.2 MiB", "512 B". */
function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}

/** "0s", "42s", "3m05s", "1h02m". */
function eta(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
