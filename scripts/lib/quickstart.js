// Runs `echo hello from corral` in a busybox-static container through @corral/runc, on a private
// runc root, and exits with the container's exit code. (The corral CLI takes this over with
// `corral run --rm busybox …` once corrald exists.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Runc } from '@corral/runc';
import { busyboxRootfsDir, writeBundle } from '@corral/test-utils';

const args = process.argv.slice(2);
const command = args.length > 0 ? args : ['echo', 'hello from corral'];
const dir = mkdtempSync(join(tmpdir(), 'corral-quickstart-'));
const id = `quickstart-${process.pid}`;
const runc = new Runc({ root: join(dir, 'runc'), log: join(dir, 'runc.log'), logFormat: 'json' });
let code = 1;
try {
  writeBundle(join(dir, 'bundle'), { args: command, rootPath: busyboxRootfsDir });
  const result = await runc.run(id, {
    bundle: join(dir, 'bundle'),
    io: { stdout: 'inherit', stderr: 'inherit' },
  });
  code = result.exitCode;
} catch (err) {
  console.error(`quickstart: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await runc.delete(id, { force: true }).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
