// Issue #8's registry pulls end to end through the real `corral` binary against a real corrald
// child and Debian's docker-registry with htpasswd auth on 127.0.0.1: an anonymous pull refused
// with the way out, `corral login` (checked, written 0600), `corral pull` with plain progress lines
// and the image id, the image listed and run, `corral run` pulling what is missing, `corral logout`,
// and no credential in corrald's log.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  basicUser,
  buildLayeredImage,
  credsOf,
  keptFile,
  pushImage,
  registryBins,
  skipUnless,
  startBasicRegistry,
  tempDir,
} from '@corral/test-utils';
import { CorralCli, parseTable } from './helpers/corral-cli.js';
import { startCorrald } from './helpers/corrald-process.js';

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l !== '');
}

test(
  'corral login, pull, run and logout against an htpasswd registry',
  { timeout: 10 * 60_000 },
  async (t) => {
    if (skipUnless(t, { root: true, bins: ['runc', 'corral-shim', ...registryBins] })) return;
    const dir = tempDir(t, 'cp-');
    const image = await buildLayeredImage(dir);
    const reg = await startBasicRegistry(t, dir);
    const ref = `${reg.host}/e2e/layered:1`;
    const other = `${reg.host}/e2e/layered:run`;
    for (const r of [ref, other]) await pushImage(image, r, { creds: credsOf(basicUser) });
    // corrald's own auth file stays empty: every credential it uses comes with the CLI's requests.
    const d = await startCorrald(t, {
      args: ['--insecure-registry', `http://${reg.host}`, '--auth-file', join(dir, 'corrald-auth.json')],
    });
    const authFile = join(dir, 'auth.json');
    // The CLI's default auth file (where login writes and pull reads) is the test's, not root's.
    const cli = new CorralCli(d.host, { env: { CORRAL_AUTH_FILE: authFile } });

    const anonymous = await cli.run(t, ['pull', ref]);
    assert.equal(anonymous.code, 125);
    assert.match(
      anonymous.stderr,
      new RegExp(`^corral: ErrImagePull: .*requires authentication.*corral login ${reg.host}\\n$`),
    );

    const wrong = await cli.run(
      t,
      ['login', '--insecure', '-u', basicUser.name, '--password-stdin', reg.host],
      undefined,
      'not-the-password\n',
    );
    assert.equal(wrong.code, 125);
    assert.match(wrong.stderr, /rejected the credentials/);
    assert.throws(() => statSync(authFile), { code: 'ENOENT' }, 'a refused login writes nothing');

    const login = await cli.run(
      t,
      ['login', '--insecure', '-u', basicUser.name, '--password-stdin', reg.host],
      undefined,
      `${basicUser.password}\n`,
    );
    assert.deepEqual([login.code, login.stdout, login.stderr], [0, 'Login Succeeded\n', '']);
    assert.equal(statSync(authFile).mode & 0o777, 0o600);
    const saved = JSON.parse(readFileSync(authFile, 'utf8')) as { auths: Record<string, { auth: string }> };
    assert.equal(saved.auths[reg.host]?.auth, Buffer.from(credsOf(basicUser)).toString('base64'));

    const pulled = await cli.run(t, ['pull', ref]);
    assert.equal(pulled.code, 0, pulled.stderr);
    assert.equal(pulled.stdout, `${image.configDigest}\n`, 'the image id on stdout, alone');
    const progress = lines(pulled.stderr);
    assert.ok(!pulled.stderr.includes('\x1b'), 'no terminal codes off a terminal');
    for (const layer of image.layers) {
      const short = layer.digest.slice(0, 'sha256:'.length + 12);
      const mine = progress.filter((l) => l.startsWith(`${short}  `));
      assert.match(mine[0] ?? '', /^sha256:[0-9a-f]{12} {2}downloading {2}0 B \/ /, pulled.stderr);
      assert.match(mine.at(-1) ?? '', /^sha256:[0-9a-f]{12} {2}done {2}[\d.]+ (B|KiB|MiB)$/, pulled.stderr);
    }

    const images = parseTable(await cli.ok(t, ['images']));
    assert.ok(
      images.some((r) => r['REPOSITORY'] === `${reg.host}/e2e/layered` && r['TAG'] === '1'),
      JSON.stringify(images),
    );
    const ran = await cli.run(t, ['run', '--rm', ref, 'cat', `/${keptFile}`]);
    assert.deepEqual([ran.code, ran.stdout], [0, 'kept from layer 2 of layered\n'], ran.stderr);

    // Present already: a pull checks the manifest and fetches no layer.
    const again = await cli.run(t, ['pull', ref]);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(lines(again.stderr).length, image.layers.length, again.stderr);
    assert.ok(
      lines(again.stderr).every((l) => / {2}already exists {2}/.test(l)),
      again.stderr,
    );

    // run with an image corrald does not have: pulled (progress on stderr), then run.
    const autoPull = await cli.run(t, ['run', '--rm', other, 'cat', `/${keptFile}`]);
    assert.equal(autoPull.code, 0, autoPull.stderr);
    assert.equal(autoPull.stdout, 'kept from layer 2 of layered\n');
    assert.match(autoPull.stderr, new RegExp(`^Unable to find image '${other}' locally\\n`));

    const logout = await cli.run(t, ['logout', reg.host]);
    assert.deepEqual([logout.code, logout.stdout], [0, `Removed login credentials for ${reg.host}\n`]);
    assert.deepEqual((JSON.parse(readFileSync(authFile, 'utf8')) as { auths: object }).auths, {});
    const afterLogout = await cli.run(t, ['pull', '-q', ref]);
    assert.equal(afterLogout.code, 125, 'without the login corrald has no credentials for the registry');

    const log = readFileSync(d.logFile, 'utf8');
    assert.match(log, /"msg":"pulled image"/);
    for (const secret of [basicUser.password, Buffer.from(credsOf(basicUser)).toString('base64')])
      assert.ok(!log.includes(secret), 'a credential is in corrald’s log');
  },
);
