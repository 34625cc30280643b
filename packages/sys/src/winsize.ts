import { native } from './addon.js';

/** A terminal size in character cells. */
export interface Winsize {
  rows: number;
  cols: number;
}

function checkCells(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff)
    throw new RangeError(`${name} must be an integer in 0..65535, got ${n}`);
}

/** ioctl(TIOCSWINSZ) on a pty (the shim's ResizePty on the master runc sent); the foreground process group gets SIGWINCH. */
export function setWinsize(fd: number, size: Winsize): void {
  checkCells(size.rows, 'rows');
  checkCells(size.cols, 'cols');
  native().setWinsize(fd, size.rows, size.cols);
}

/** ioctl(TIOCGWINSZ): the size a pty currently has. */
export function getWinsize(fd: number): Winsize {
  return native().getWinsize(fd);
}
