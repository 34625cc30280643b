// Where the CPU went in a directory of V8 .cpuprofile files (`scripts/bench --cpu-prof DIR` writes
// corrald's and the CLI's): self time per package (or node built-in / V8 bucket) and per file,
// averaged over the profiles. Usage: node scripts/lib/bench/cpu-profile-summary.js DIR [TOP]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir, topArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/lib/bench/cpu-profile-summary.js DIR [TOP]');
  process.exit(2);
}
const top = Number(topArg ?? 20);

/** A profile node's bucket: an npm package, a workspace package, node's internals, or V8's own. */
function groupOf(url, fn) {
  if (!url) return `(${fn || 'program'})`;
  if (url.startsWith('node:'))
    return url.startsWith('node:internal/modules') ? 'node: module loading' : 'node: other';
  const dep = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (dep) return dep;
  const ws = /\/packages\/([^/]+)\//.exec(url)?.[1];
  return ws ? `@corral/${ws}` : url;
}

const byGroup = new Map();
const byFile = new Map();
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
let totalUs = 0;
for (const f of files) {
  const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const us = p.timeDeltas[i] ?? 0;
    const { url, functionName } = nodes.get(id).callFrame;
    totalUs += us;
    const g = groupOf(url, functionName);
    byGroup.set(g, (byGroup.get(g) ?? 0) + us);
    const file = url || `(${functionName || 'program'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  });
}
const n = Math.max(1, files.length);
const list = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([k, us]) =>
        `${(us / 1000 / n).toFixed(1).padStart(8)} ms  ${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${k}`,
    )
    .join('\n');
console.log(
  `${files.length} profile(s) in ${dir}, ${(totalUs / 1000 / n).toFixed(1)} ms sampled per profile`,
);
console.log(`\nself time by package:\n${list(byGroup)}`);
console.log(`\nself time by file:\n${list(byFile)}`);
