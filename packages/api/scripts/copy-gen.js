// tsc does not emit the generated .js (it is not TypeScript); copy the pair next to the compiled code.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
mkdirSync(join(pkg, 'dist', 'src', 'gen'), { recursive: true });
for (const f of ['proto.js', 'proto.d.ts', 'corral.js', 'corral.d.ts'])
  copyFileSync(join(pkg, 'src', 'gen', f), join(pkg, 'dist', 'src', 'gen', f));
