// Command line of scripts/bench, and the sizes of each measure for the full and the --quick run.

export const measureIds = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];

export const usage = `usage: scripts/bench [--quick] [--only m1,m3,...] [--out DIR] [--cpu-prof DIR]

  --quick        small sizes: a smoke run of every measure in 2-3 minutes (full: ~10)
  --only LIST    only these measures (${measureIds.join(', ')})
  --out DIR      where latest.json and latest.md go (default bench-results/)
  --shim-pool N  run corrald with a warm pool of N idle shims (default 0: off, corrald's default)
  --cpu-prof DIR V8 CPU profiles of corrald (DIR/corrald) and of every corral CLI run (DIR/cli);
                 summarize with: node scripts/lib/bench/cpu-profile-summary.js DIR/cli

  m1 run --rm true, end to end and broken down   m2 50 containers started and removed
  m3 memory with 50 running                      m4 exit/signal -> event
  m5 recovery after kill -9 with 100 running     m6 log throughput, exec of true
  m7 shim start -> first RPC`;

const sizes = {
  full: {
    runRmRuns: 20,
    breakdownRuns: 10,
    manyCount: 50,
    manyConcurrency: 8,
    manyRounds: 2,
    memoryCount: 50,
    exitRuns: 20,
    signalRuns: 10,
    recoveryCount: 100,
    recoveryRestarts: 3,
    logBytes: 100_000_000,
    logRuns: 2,
    execRuns: 25,
    shimRuns: 10,
  },
  quick: {
    runRmRuns: 3,
    breakdownRuns: 3,
    manyCount: 10,
    manyConcurrency: 8,
    manyRounds: 1,
    memoryCount: 10,
    exitRuns: 4,
    signalRuns: 3,
    recoveryCount: 20,
    recoveryRestarts: 1,
    logBytes: 10_000_000,
    logRuns: 1,
    execRuns: 5,
    shimRuns: 3,
  },
};

export function parseOptions(argv) {
  const o = {
    quick: false,
    only: [...measureIds],
    out: 'bench-results',
    cpuProf: undefined,
    shimPool: 0,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new Error(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      o.only = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = o.only.filter((m) => !measureIds.includes(m));
      if (unknown.length > 0)
        throw new Error(`unknown measure ${unknown.join(', ')} (known: ${measureIds.join(', ')})`);
    } else if (a === '--out' || a.startsWith('--out=')) o.out = value();
    else if (a === '--cpu-prof' || a.startsWith('--cpu-prof=')) o.cpuProf = value();
    else if (a === '--shim-pool' || a.startsWith('--shim-pool=')) {
      o.shimPool = Number(value());
      if (!Number.isInteger(o.shimPool) || o.shimPool < 0)
        throw new Error('--shim-pool wants a whole number');
    } else throw new Error(`unknown option ${a}`);
  }
  return { ...o, sizes: sizes[o.quick ? 'quick' : 'full'] };
}
