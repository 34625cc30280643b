// Wall-clock time (CLOCK_REALTIME, ms with µs digits) for comparing with timestamps taken inside a
// container. Date.now() has ms steps; performance.now() is monotonic with µs steps: the offset
// between them is taken at the instant Date.now() ticks over, which pins it to within a few µs.

let offset;

function calibrate() {
  const offsets = [];
  for (let round = 0; round < 7; round++) {
    const start = Date.now();
    let now = start;
    let perf = performance.now();
    while (now === start) {
      perf = performance.now();
      now = Date.now();
    }
    // `now` began between the previous read and this one: it is now.000 ms at about `perf`.
    offsets.push(now - perf);
  }
  // A preemption inside the loop skews one round either way: the median ignores it.
  return offsets.sort((a, b) => a - b)[3];
}

/** Now, as ms since the epoch with sub-ms precision. */
export function realNowMs() {
  offset ??= calibrate();
  return performance.now() + offset;
}

/** Recalibrates (monotonic and realtime clocks may drift apart over minutes). */
export function recalibrate() {
  offset = calibrate();
}
