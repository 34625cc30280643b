// The events subsystem logs through whatever the daemon hands it (a pino child logger in corrald);
// it never builds a logger of its own (STYLE: libraries take an optional logger).

type LogFn = (obj: object, msg: string) => void;

/** The part of pino's Logger this subsystem uses; a pino logger satisfies it as is. */
export interface EventsLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

const ignore: LogFn = () => undefined;

/** Used when no logger is given: tests and tools that do not care. */
export const silentLogger: EventsLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
