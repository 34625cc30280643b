// Asking the user on the terminal (`corral login` without -u or -p), and reading a secret piped in
// (--password-stdin).
import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';

/** ^C, ^D: give up; CR or LF: done; DEL or BS: erase. */
const keys = { interrupt: '\x03', eof: '\x04', erase: ['\x7f', '\b'] } as const;

/**
 * One line typed on stdin, after `question` on stderr. Hidden: the terminal goes raw, so nothing
 * is echoed, and comes back whatever happens. Rejects when stdin is not a terminal.
 */
export async function promptLine(io: CliIo, question: string, hidden: boolean): Promise<string> {
  const { stdin } = io;
  if (stdin.isTTY !== true)
    throw new CliError(`${question.replace(/:\s*$/, '')}: stdin is not a terminal to ask on`);
  io.output.stderr.write(question);
  const raw = hidden && typeof stdin.setRawMode === 'function';
  if (raw) stdin.setRawMode?.(true);
  let line = '';
  try {
    return await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer | string): void => {
        for (const ch of chunk.toString()) {
          if (ch === '\r' || ch === '\n') return finish(() => resolve(line));
          if (ch === keys.interrupt || ch === keys.eof)
            return finish(() => reject(new CliError('canceled', 130)));
          if ((keys.erase as readonly string[]).includes(ch)) line = line.slice(0, -1);
          else line += ch;
        }
      };
      const onEnd = (): void => finish(() => resolve(line));
      const finish = (settle: () => void): void => {
        stdin.off('data', onData);
        stdin.off('end', onEnd);
        stdin.pause();
        settle();
      };
      stdin.on('data', onData);
      stdin.on('end', onEnd);
      stdin.resume();
    });
  } finally {
    if (raw) {
      stdin.setRawMode?.(false);
      // The Enter the user typed was not echoed either.
      io.output.stderr.write('\n');
    }
  }
}

/** All of stdin, one trailing newline dropped (`echo pass | corral login --password-stdin`). */
export async function readSecretFromStdin(io: CliIo): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) text += chunk.toString();
  return text.replace(/\r?\n$/, '');
}
