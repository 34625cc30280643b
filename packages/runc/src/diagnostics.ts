import { channel } from 'node:diagnostics_channel';

/** Published once per runc invocation, after it ends. Libraries don't log; subscribers may. */
export interface RuncCommandMessage {
  command: string;
  args: readonly string[];
  durationMs: number;
  exitCode: number | undefined;
  error: Error | undefined;
}

export const runcCommandChannelName = 'corral:runc:command';

export const runcCommandChannel = channel(runcCommandChannelName);
