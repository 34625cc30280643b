// Everything the bench starts registers how to undo it here; it is undone last-first at the end,
// on a failure, and on Ctrl-C or SIGTERM (by pid, unmounts, temp dirs), never by process name.

const stack = [];
let running;

/** Registers `fn` (sync or async); returns a function that runs it now, once, and unregisters it. */
export function onCleanup(what, fn) {
  const entry = { what, fn, done: false };
  stack.push(entry);
  return async () => {
    const i = stack.indexOf(entry);
    if (i >= 0) stack.splice(i, 1);
    await runEntry(entry);
  };
}

async function runEntry(entry) {
  if (entry.done) return;
  entry.done = true;
  try {
    await entry.fn();
  } catch (err) {
    console.error(`bench: cleanup of ${entry.what}: ${err?.message ?? err}`);
  }
}

/** Runs every registered cleanup, last registered first; later calls wait for the same run. */
export function cleanUpAll() {
  running ??= (async () => {
    while (stack.length > 0) await runEntry(stack.pop());
  })();
  return running;
}

/** Ctrl-C / SIGTERM / SIGHUP: clean up, then exit 130 (a second signal during cleanup is ignored). */
export function cleanUpOnSignals() {
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (running) return;
      console.error(`\nbench: ${sig}: cleaning up`);
      void cleanUpAll().finally(() => process.exit(130));
    });
  }
}

/** Cleanup paths must not throw. */
export function ignoreFailure(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
