// Every command, in the order `corral --help` lists them.
import type { Command } from '../command.js';
import { createCommand } from './create.js';
import { infoCommand, versionCommand } from './daemon-info.js';
import { eventsCommand } from './events.js';
import { execCommand } from './exec.js';
import { imagesCommand, rmiCommand } from './images.js';
import { importCommand, loadCommand } from './import.js';
import { inspectCommand } from './inspect.js';
import {
  killCommand,
  pauseCommand,
  rmCommand,
  stopCommand,
  unpauseCommand,
  waitCommand,
} from './lifecycle.js';
import { loginCommand, logoutCommand } from './login.js';
import { logsCommand } from './logs.js';
import { psCommand } from './ps.js';
import { pullCommand } from './pull.js';
import { runCommand } from './run.js';
import { saveCommand } from './save.js';
import { startCommand } from './start.js';
import { statsCommand } from './stats.js';

export const commands: readonly Command[] = [
  runCommand,
  createCommand,
  startCommand,
  stopCommand,
  rmCommand,
  psCommand,
  inspectCommand,
  logsCommand,
  execCommand,
  pauseCommand,
  unpauseCommand,
  killCommand,
  waitCommand,
  statsCommand,
  eventsCommand,
  imagesCommand,
  rmiCommand,
  pullCommand,
  importCommand,
  loginCommand,
  logoutCommand,
  loadCommand,
  saveCommand,
  versionCommand,
  infoCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
