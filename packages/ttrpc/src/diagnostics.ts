// The library does not log (STYLE.md): what a Go ttrpc would log goes to the caller's onWarning
// and to a diagnostics_channel that a daemon may subscribe to.
import diagnosticsChannel from 'node:diagnostics_channel';

/** Something went wrong that does not fail a call: a stray reply, a dropped frame, a handler crash. */
export interface TtrpcWarning {
  message: string;
  streamId?: number;
  error?: unknown;
}

export type WarningListener = (warning: TtrpcWarning) => void;

/** Published for every warning, whether or not an onWarning callback was given. */
export const warningChannelName = 'corral:ttrpc:warning';
const channel = diagnosticsChannel.channel(warningChannelName);

export function emitWarning(listener: WarningListener | undefined, warning: TtrpcWarning): void {
  if (channel.hasSubscribers) channel.publish(warning);
  if (!listener) return;
  try {
    listener(warning);
  } catch {
    // A broken listener must not take down the connection it is observing.
  }
}
