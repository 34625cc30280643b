// corral pull / create's pull / logout against a fake corrald: what is printed (plain lines off a
// terminal, a redrawn block on one), which credentials go with the request, and bad input.
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CorralError, errorReasons, toUint64, type corral } from '@corral/api';
import { tempDir } from '@corral/test-utils';
import { startFakeCorrald, type ImagesImpl } from './helpers/fake-corrald.js';
import { runCorral } from './helpers/run-corral.js';

const ref = 'registry.example/team/app:1';
const imageId = `sha256:${'c'.repeat(64)}`;
const big = { digest: `sha256:${'a'.repeat(64)}`, total: 3 << 20 };
const small = { digest: `sha256:${'b'.repeat(64)}`, total: 1024 };
const MiB = 1 << 20;

type Progress = corral.v1.PullProgress.$Properties;

/** What corrald sends for a two-layer image whose small layer is there already. */
function progressFrames(): Progress[] {
  const layer = (l: typeof big, index: number, status: string, done: number, bps = 0): Progress => ({
    ref,
    digest: l.digest,
    kind: 'layer',
    index,
    total: toUint64(BigInt(l.total)),
    done: toUint64(BigInt(done)),
    bytesPerSecond: toUint64(BigInt(bps)),
    status,
  });
  return [
    { ref, digest: `sha256:${'d'.repeat(64)}`, kind: 'config', status: 'done', total: toUint64(300n) },
    layer(big, 0, 'waiting', 0),
    layer(small, 1, 'exists', small.total),
    layer(big, 0, 'downloading', 0),
    layer(big, 0, 'downloading', MiB, MiB),
    layer(big, 0, 'downloading', 2 * MiB, MiB),
    layer(big, 0, 'downloading', 3 * MiB, MiB),
    layer(big, 0, 'verifying', 3 * MiB, MiB),
    layer(big, 0, 'done', 3 * MiB, MiB),
  ];
}

const fakePull: Partial<ImagesImpl> = {
  async pullImageProgress(_req, ctx) {
    for (const p of progressFrames()) await ctx.stream.send(p);
    return { imageRef: imageId };
  },
  pullImage: () => Promise.resolve({ imageRef: imageId }),
};

test('pull off a terminal: a plain line per change of state and per quarter, the id on stdout', async (t) => {
  const fake = await startFakeCorrald(t, { images: fakePull });
  const home = tempDir(t);
  const r = await runCorral(['pull', ref], { env: { CORRAL_HOST: `unix://${fake.path}`, HOME: home } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `${imageId}\n`);
  assert.equal(
    r.stderr,
    [
      'sha256:bbbbbbbbbbbb  already exists  1.0 KiB',
      'sha256:aaaaaaaaaaaa  downloading  0 B / 3.0 MiB',
      'sha256:aaaaaaaaaaaa  downloading  1.0 MiB / 3.0 MiB  1.0 MiB/s  ETA 2s',
      'sha256:aaaaaaaaaaaa  downloading  2.0 MiB / 3.0 MiB  1.0 MiB/s  ETA 1s',
      'sha256:aaaaaaaaaaaa  downloading  3.0 MiB / 3.0 MiB  1.0 MiB/s  ETA 0s',
      'sha256:aaaaaaaaaaaa  done  3.0 MiB',
      '',
    ].join('\n'),
  );
  const [req] = fake.requests('pullImageProgress');
  assert.equal((req?.['image'] as { image?: string }).image, ref);
  assert.equal(req?.['ignoreBackoff'], true, 'a user’s pull is not held back by the back-off');
  assert.equal(req?.['auth'], undefined, 'no auth file, no credentials sent');
});

test('pull on a terminal: one line per layer, redrawn in place, with a bar', async (t) => {
  const fake = await startFakeCorrald(t, { images: fakePull });
  const r = await runCorral(['pull', ref], {
    env: { CORRAL_HOST: `unix://${fake.path}`, HOME: tempDir(t) },
    tty: true,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `${imageId}\n`);
  const frames = r.stderr.split('\x1b[2A');
  assert.ok(frames.length >= 4, `redrawn in place: ${JSON.stringify(r.stderr)}`);
  assert.match(r.stderr, /sha256:aaaaaaaaaaaa {2}verifying {2}\[=+\] {2}3\.0 MiB \/ 3\.0 MiB {2}1\.0 MiB\/s/);
  assert.equal(
    frames.at(-1),
    '\rsha256:aaaaaaaaaaaa  done  3.0 MiB\x1b[K\n\rsha256:bbbbbbbbbbbb  already exists  1.0 KiB\x1b[K\n',
  );
});

test('pull --quiet is the unary call and prints the id alone', async (t) => {
  const fake = await startFakeCorrald(t, { images: fakePull });
  const r = await runCorral(['pull', '-q', ref], {
    env: { CORRAL_HOST: `unix://${fake.path}`, HOME: tempDir(t) },
  });
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, `${imageId}\n`, '']);
  assert.equal(fake.requests('pullImage').length, 1);
  assert.equal(fake.requests('pullImageProgress').length, 0);
});

test('credentials: --creds, else the auth file’s entry for the image’s registry; bad --creds is a usage error', async (t) => {
  const fake = await startFakeCorrald(t, { images: fakePull });
  const dir = tempDir(t);
  const env = { CORRAL_HOST: `unix://${fake.path}`, HOME: dir };
  const authOf = (i: number) => fake.requests('pullImage')[i]?.['auth'] as Record<string, string> | undefined;

  await runCorral(['pull', '-q', '--creds', 'alice:s3cret:with-colon', ref], { env });
  assert.deepEqual(
    { ...authOf(0) },
    {
      username: 'alice',
      password: 's3cret:with-colon',
      serverAddress: 'registry.example',
    },
  );

  const b64 = Buffer.from('bob:pw').toString('base64');
  const file = join(dir, 'auth.json');
  writeFileSync(
    file,
    JSON.stringify({ auths: { 'other.example': { auth: 'eDp5' }, 'registry.example': { auth: b64 } } }),
  );
  await runCorral(['pull', '-q', '--auth-file', file, ref], { env });
  assert.equal(authOf(1)?.['auth'], b64);
  // The default file is the one `corral login` writes: $CORRAL_AUTH_FILE, …, ~/.config/corral/auth.json.
  await runCorral(['pull', '-q', ref], { env: { ...env, CORRAL_AUTH_FILE: file } });
  assert.equal(authOf(2)?.['auth'], b64);
  await runCorral(['pull', '-q', 'other-registry.example/x:1'], { env: { ...env, CORRAL_AUTH_FILE: file } });
  assert.equal(authOf(3), undefined, 'another registry’s credentials are not sent');

  const bad = await runCorral(['pull', '--creds', 'no-colon', ref], { env });
  assert.equal(bad.code, 125);
  assert.equal(bad.stderr, "corral: --creds wants USERNAME:PASSWORD\nSee 'corral pull --help'.\n");
  const badRef = await runCorral(['pull', 'Not/A::Ref'], { env });
  assert.equal(badRef.code, 125);
  assert.match(badRef.stderr, /^corral: .*Not\/A::Ref/);
  assert.equal(fake.requests('pullImage').length, 4, 'bad input sent nothing');
});

test('a pull corrald refuses prints its error and exits 125', async (t) => {
  const fake = await startFakeCorrald(t, {
    images: {
      pullImageProgress: () =>
        Promise.reject(
          new CorralError(
            'Unauthenticated',
            `ErrImagePull: pull ${ref}: registry.example requires authentication`,
          ),
        ),
    },
  });
  const r = await runCorral(['pull', ref], { env: { CORRAL_HOST: `unix://${fake.path}`, HOME: tempDir(t) } });
  assert.equal(r.code, 125);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `corral: ErrImagePull: pull ${ref}: registry.example requires authentication\n`);
});

test('create with an image corrald does not have pulls it, then creates', async (t) => {
  let creates = 0;
  const fake = await startFakeCorrald(t, {
    images: fakePull,
    runtime: {
      createContainer: (req) =>
        ++creates === 1
          ? Promise.reject(
              new CorralError('NotFound', `image ${JSON.stringify(req.config?.image?.image)}`, {
                reason: errorReasons.imageNotFound,
              }),
            )
          : Promise.resolve({ containerId: 'c0ffee' }),
    },
  });
  const r = await runCorral(['create', ref], {
    env: { CORRAL_HOST: `unix://${fake.path}`, HOME: tempDir(t) },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, 'c0ffee\n');
  assert.match(r.stderr, new RegExp(`^Unable to find image '${ref}' locally\\n`));
  assert.match(r.stderr, /sha256:aaaaaaaaaaaa {2}done {2}3\.0 MiB\n$/);
  assert.equal(fake.requests('pullImageProgress').length, 1);
  assert.equal(creates, 2);
});

test('create pulls only for a missing image: another NotFound is printed with its hint, no pull', async (t) => {
  const fake = await startFakeCorrald(t, {
    images: fakePull,
    runtime: {
      // Worded like the image's, on purpose: the CLI must go by the reason, not by the words.
      createContainer: () =>
        Promise.reject(
          new CorralError('NotFound', 'image "volume-7" of the mount /data', {
            hint: 'create the volume first',
          }),
        ),
    },
  });
  const r = await runCorral(['create', ref], {
    env: { CORRAL_HOST: `unix://${fake.path}`, HOME: tempDir(t) },
  });
  assert.equal(r.code, 125);
  assert.equal(r.stderr, 'corral: image "volume-7" of the mount /data: create the volume first\n');
  assert.equal(fake.requests('pullImageProgress').length, 0, 'nothing pulled');
});

test('logout forgets one registry and keeps the rest; login refuses what it cannot use', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'auth.json');
  writeFileSync(
    file,
    JSON.stringify({ auths: { 'registry.example': { auth: 'YTpi' }, 'other.example': { auth: 'Yzpk' } } }),
  );
  const out = await runCorral(['logout', '--auth-file', file, 'registry.example']);
  assert.deepEqual([out.code, out.stdout], [0, 'Removed login credentials for registry.example\n']);
  assert.deepEqual(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { auths: object }).auths), [
    'other.example',
  ]);
  assert.equal(statSync(file).mode & 0o777, 0o600);
  const again = await runCorral(['logout', '--auth-file', file, 'registry.example']);
  assert.deepEqual([again.code, again.stderr], [0, 'Not logged in to registry.example\n']);

  const noUser = await runCorral(['login', '--password-stdin', '--auth-file', file, 'registry.example']);
  assert.equal(noUser.code, 125);
  assert.match(noUser.stderr, /^corral: --password-stdin needs --username\n/);
  const noTty = await runCorral(['login', '-u', 'alice', '--auth-file', file, 'registry.example']);
  assert.equal(noTty.code, 125);
  assert.equal(noTty.stderr, 'corral: Password: stdin is not a terminal to ask on\n');
  assert.deepEqual(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { auths: object }).auths), [
    'other.example',
  ]);
});
