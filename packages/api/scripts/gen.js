// Regenerates src/gen/proto.{js,d.ts} from proto/ with protobufjs-cli.
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
    const commented = join(tmp, 'proto.js');
    pbjs(commented, []);
    execFileSync(resolveBin('pbts'), ['--no-comments', '-o', join(into, 'proto.d.ts'), commented], {
      stdio: 'inherit',
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  pbjs(join(into, 'proto.js'), ['--no-comments']);
}

if (process.argv.includes('--check')) {
  const tmp = mkdtempSync(join(tmpdir(), 'corral-gen-'));
  try {
    generate(tmp);
    const stale = ['proto.js', 'proto.d.ts'].filter(
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
