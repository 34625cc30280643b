import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { CorralError, toUint64 } from '@corral/api';
import { tempDir, waitFor } from '@corral/test-utils';
import { startFakeCorrald } from './helpers/fake-corrald.js';
import { CapturedOutput, FakeSignals, runCorral } from './helpers/run-corral.js';

/** 3 MiB + 5 in uneven chunks: what a fake ExportImage sends. */
const archive = Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 5 }, (_, i) => i % 251));

async function exportingFake(t: Parameters<typeof startFakeCorrald>[0]) {
  return startFakeCorrald(t, {
    images: {
      async exportImage(req, ctx) {
        if ((req.images ?? []).some((i) => i.image === 'nope'))
          throw new CorralError('NotFound', 'export: no such image "nope"');
        for (let off = 0; off < archive.length; off += 700_000)
          await ctx.stream.send({ data: archive.subarray(off, off + 700_000) });
        return { size: toUint64(archive.length) };
      },
    },
  });
}

test('save streams ExportImage to a piped stdout, or to -o FILE renamed in once complete', async (t) => {
  const fake = await exportingFake(t);
  const stdout = new CapturedOutput();
  const piped = await runCorral(['save', '-q', 'busybox', 'example.com/a:1'], { socket: fake.path, stdout });
  assert.equal(piped.code, 0, piped.stderr);
  assert.equal(piped.stderr, '');
  assert.ok(Buffer.concat(stdout.chunks).equals(archive));
  const [req] = fake.requests('exportImage');
  assert.deepEqual(
    (req?.['images'] as { image: string }[]).map((i) => i.image),
    ['busybox', 'example.com/a:1'],
  );
  assert.equal(req?.['format'], 'docker-archive');

  const dir = tempDir(t);
  const file = join(dir, 'out.tar');
  const r = await runCorral(['save', '--format', 'oci-archive', '-o', file, 'busybox'], {
    socket: fake.path,
  });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.ok(readFileSync(file).equals(archive));
  assert.deepEqual(readdirSync(dir), ['out.tar'], 'no temp file left beside it');
  assert.equal(fake.requests('exportImage')[1]?.['format'], 'oci-archive');
  assert.match(r.stderr, /^Saving /m);

  // A failed save leaves neither the file nor its temp file.
  const failed = await runCorral(['save', '-o', join(dir, 'bad.tar'), 'nope'], { socket: fake.path });
  assert.equal(failed.code, 125);
  assert.equal(failed.stderr, 'corral: export: no such image "nope"\n');
  assert.deepEqual(readdirSync(dir), ['out.tar']);
});

test('save refuses a terminal on stdout and an unknown format before calling corrald', async (t) => {
  const fake = await exportingFake(t);
  const tty = await runCorral(['save', 'busybox'], { socket: fake.path, tty: true });
  assert.equal(tty.code, 125);
  assert.match(tty.stderr, /refusing to write an image archive to a terminal/);
  const bad = await runCorral(['save', '--format', 'zip', 'busybox'], { socket: fake.path });
  assert.equal(bad.code, 125);
  assert.match(bad.stderr, /unknown format "zip" \(docker-archive, oci-archive\)/);
  assert.deepEqual(fake.requests('exportImage'), []);
});

test('load reads stdin (or -i FILE) into ImportImage; import takes a name after the file and --rootfs', async (t) => {
  let received = 0;
  const fake = await startFakeCorrald(t, {
    images: {
      async importImage(req, ctx) {
        received = 0;
        for await (const chunk of ctx.stream) received += chunk.data?.length ?? 0;
        return { images: [{ id: 'sha256:abc', repoTags: req.name ? [req.name] : [] }] };
      },
    },
  });
  const stdin = new PassThrough();
  stdin.end(Buffer.alloc(100_000, 7));
  const load = await runCorral(['load'], { socket: fake.path, stdin });
  assert.equal(load.code, 0, load.stderr);
  assert.equal(received, 100_000);
  assert.equal(load.stdout, 'Loaded image ID: sha256:abc\n');
  assert.deepEqual(fake.requests('importImage'), [{}]);

  const file = join(tempDir(t), 'rootfs.tar');
  writeFileSync(file, Buffer.alloc(20_000, 1));
  const fromFile = await runCorral(['load', '-q', '-i', file], { socket: fake.path });
  assert.equal(fromFile.code, 0, fromFile.stderr);
  assert.equal(fromFile.stderr, '');
  assert.equal(received, 20_000);

  const imp = await runCorral(['import', '--rootfs', file, 'example.com/fs:1'], { socket: fake.path });
  assert.equal(imp.code, 0, imp.stderr);
  assert.equal(imp.stdout, 'Loaded image: example.com/fs:1\n');
  assert.deepEqual(fake.requests('importImage').at(-1), { name: 'example.com/fs:1', format: 'rootfs' });

  const detect = await runCorral(['import', '-q', file], { socket: fake.path });
  assert.equal(detect.code, 0, detect.stderr);
  assert.deepEqual(fake.requests('importImage').at(-1), { format: 'archive-or-rootfs' });

  const both = await runCorral(['import', '--name', 'a:1', file, 'b:1'], { socket: fake.path });
  assert.equal(both.code, 125);
  assert.match(both.stderr, /give the name once/);
  const ttyIn = Object.assign(new PassThrough(), { isTTY: true });
  const tty = await runCorral(['load'], { socket: fake.path, stdin: ttyIn });
  assert.equal(tty.code, 125);
  assert.match(tty.stderr, /stdin is a terminal/);
  assert.equal(fake.requests('importImage').length, 4);
});

test('save interrupted by SIGINT exits 130 and leaves no file', async (t) => {
  const fake = await startFakeCorrald(t, {
    images: {
      async exportImage(_req, ctx) {
        await ctx.stream.send({ data: Buffer.alloc(4096, 1) });
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve, { once: true }));
        return {};
      },
    },
  });
  const dir = tempDir(t);
  const signals = new FakeSignals();
  const running = runCorral(['save', '-o', join(dir, 'out.tar'), 'busybox'], { socket: fake.path, signals });
  // Interrupted once the first bytes are in the temp file beside the target.
  await waitFor(() => signals.listening('SIGINT') === 1 && readdirSync(dir).length === 1, {
    what: 'save to be writing',
  });
  signals.raise('SIGINT');
  const r = await running;
  assert.equal(r.code, 130, r.stderr);
  assert.match(r.stderr, /corral: save interrupted\n$/);
  assert.deepEqual(readdirSync(dir), []);
  assert.equal(signals.listening('SIGINT'), 0, 'the handler is gone with the command');
});
