// Regenerates src/gen/ from proto/ with protobufjs-cli: proto.{js,d.ts} holds containerd's side
// (containerd, google, io, ttrpc), corral.{js,d.ts} corral.v1. One pbjs run makes both; they are
// split by top-level namespace (same protobufjs root), so a shim can load containerd's task API
// without corral.v1's code (@corral/api/task).
// `--check` regenerates into a temp dir and fails when the committed files differ (CI staleness check).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const protoDir = join(pkg, 'proto');
const outDir = join(pkg, 'src', 'gen');
const bin = (name) => join(pkg, 'node_modules', '.bin', name);
const resolveBin = (name) => {
  for (const dir of [pkg, join(pkg, '..', '..')]) {
    const p = join(dir, 'node_modules', '.bin', name);
    try {
      statSync(p);
      return p;
    } catch {
      /* try the next */
    }
  }
  return bin(name);
};

function listProtos(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listProtos(join(dir, e.name)) : e.name.endsWith('.proto') ? [join(dir, e.name)] : [],
    )
    .sort();
}

const pbjsFlags = [
  '-t',
  'static-module',
  '-w',
  'es6',
  '--es6',
  '--no-service',
  '--no-verify',
  '--no-delimited',
  '--force-long',
];

function pbjs(out, extra) {
  execFileSync(
    resolveBin('pbjs'),
    [...pbjsFlags, ...extra, '-p', protoDir, '-o', out, ...listProtos(protoDir)],
    {
      stdio: 'inherit',
    },
  );
  // pbjs emits `import $protobuf from "protobufjs/minimal"`; Node's ESM resolver needs the extension.
  writeFileSync(out, readFileSync(out, 'utf8').replace('"protobufjs/minimal"', '"protobufjs/minimal.js"'));
}

function generate(into) {
  // pbts reads types from JSDoc, so the .d.ts comes from a commented build; the shipped .js has no
  // comments (a third of the size, and the shim loads it at start).
  const tmp = mkdtempSync(join(tmpdir(), 'corral-pbts-'));
  try {
    const commented = join(tmp, 'commented.js');
    pbjs(commented, []);
    execFileSync(resolveBin('pbts'), ['--no-comments', '-o', join(tmp, 'all.d.ts'), commented], {
      stdio: 'inherit',
    });
    pbjs(join(tmp, 'all.js'), ['--no-comments']);
    splitJs(readFileSync(join(tmp, 'all.js'), 'utf8'), into);
    splitDts(readFileSync(join(tmp, 'all.d.ts'), 'utf8'), into);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The namespaces that go to corral.{js,d.ts}; everything else stays in proto.{js,d.ts}. */
const corralNamespaces = new Set(['corral']);

/**
 * Cuts text into a header (before the first block) and top-level blocks that open with a line
 * matching `open` (group 1: the namespace) and close with the first line equal to `close`.
 */
function blocks(text, open, close, what) {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => open.test(l));
  if (first === -1) throw new Error(`${what}: no top-level namespace found`);
  const out = { header: lines.slice(0, first), blocks: [], trailer: [] };
  let i = first;
  while (i < lines.length) {
    const m = open.exec(lines[i]);
    if (!m) break;
    const end = lines.indexOf(close, i);
    if (end === -1) throw new Error(`${what}: namespace ${m[1]} never closes`);
    out.blocks.push({ name: m[1], lines: lines.slice(i, end + 1) });
    i = end + 1;
    while (i < lines.length && lines[i] === '') i++;
  }
  out.trailer = lines.slice(i);
  return out;
}

function splitJs(text, into) {
  const b = blocks(text, /^export const (\w+) = \$root\.\1 = \(\(\) => \{$/, '})();', 'proto.js');
  const body = (keep) => b.blocks.filter((x) => keep(x.name)).flatMap((x) => [...x.lines, '']);
  writeFileSync(
    join(into, 'proto.js'),
    [...b.header, ...body((n) => !corralNamespaces.has(n)), ...b.trailer].join('\n'),
  );
  // Same root object (protobufjs keeps it on the shared module), so corral.v1's references to
  // google.* resolve; importing proto.js first makes sure those types are there.
  const header = b.header.flatMap((l) =>
    l.startsWith('import $protobuf') ? [l, 'import "./proto.js";'] : [l],
  );
  writeFileSync(join(into, 'corral.js'), [...header, ...body((n) => corralNamespaces.has(n))].join('\n'));
}

function splitDts(text, into) {
  const b = blocks(text, /^export namespace (\w+) \{$/, '}', 'proto.d.ts');
  const body = (keep) => b.blocks.filter((x) => keep(x.name)).flatMap((x) => ['', ...x.lines]);
  const others = b.blocks.map((x) => x.name).filter((n) => !corralNamespaces.has(n));
  writeFileSync(
    join(into, 'proto.d.ts'),
    [...b.header.slice(0, -1), ...body((n) => !corralNamespaces.has(n)), ...b.trailer].join('\n'),
  );
  writeFileSync(
    join(into, 'corral.d.ts'),
    [
      ...b.header.slice(0, -1),
      `import { ${others.join(', ')} } from "./proto.js";`,
      ...body((n) => corralNamespaces.has(n)),
      '',
    ].join('\n'),
  );
}

const generatedFiles = ['proto.js', 'proto.d.ts', 'corral.js', 'corral.d.ts'];

if (process.argv.includes('--check')) {
  const tmp = mkdtempSync(join(tmpdir(), 'corral-gen-'));
  try {
    generate(tmp);
    const stale = generatedFiles.filter(
      (f) => readFileSync(join(tmp, f), 'utf8') !== readFileSync(join(outDir, f), 'utf8'),
    );
    if (stale.length > 0) {
      console.error(`generated code is stale: ${stale.join(', ')}; run \`npm run gen -w @corral/api\``);
      process.exit(1);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  generate(outDir);
}
