// Issue #8's import/export, end to end through the real `corral` binary against a real corrald:
// `corral save` read by skopeo (Debian's, containers/image), skopeo's archives read by `corral load`
// and run, save → load keeping the image id (through a file and through a pipe), a rootfs tar made
// an image by `corral import`, and the errors (unknown image, bad format, truncated archive).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TestContext } from 'node:test';
import { promisify } from 'node:util';
import {
  buildLayeredImage,
  defer,
  ensureBusyboxRootfs,
  isAlive,
  killPid,
  skipUnless,
  tempDir,
  waitFor,
} from '@corral/test-utils';
import { CorralCli, cliEnv, corralBin, parseTable } from './helpers/corral-cli.js';
import { startCorrald } from './helpers/corrald-process.js';
import { timeouts } from './helpers/timeouts.js';

const exec = promisify(execFile);
const ref = 'example.com/corral-e2e/layered:1';

async function skopeo(args: string[]): Promise<string> {
  return (await exec('skopeo', args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** `corral images` as rows of REPOSITORY:TAG → IMAGE ID. */
async function imageIds(t: TestContext, cli: CorralCli): Promise<Map<string, string>> {
  const rows = parseTable(await cli.ok(t, ['images']));
  return new Map(rows.map((r) => [`${r['REPOSITORY']}:${r['TAG']}`, r['IMAGE ID'] ?? '']));
}

/** `corral save ARGS | corral load`, two real processes joined by a pipe; killed by pid after `t`. */
async function saveIntoLoad(
  t: TestContext,
  host: string,
  saveArgs: string[],
): Promise<{ save: number | null; load: number | null; out: string; err: string }> {
  const env = cliEnv(host);
  const save = spawn(process.execPath, [corralBin, 'save', ...saveArgs], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const load = spawn(process.execPath, [corralBin, 'load', '-q'], {
    env,
    stdio: [save.stdout, 'pipe', 'pipe'],
  });
  // load has its own copy of the pipe's read end; ours would keep save's 'close' from ever coming.
  save.stdout.destroy();
  for (const child of [save, load]) {
    const pid = child.pid;
    defer(t, () => {
      if (pid !== undefined && isAlive(pid)) killPid(pid, 'SIGKILL');
    });
  }
  let out = '';
  let err = '';
  load.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  for (const c of [save, load]) c.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  const exited = (c: typeof save): Promise<number | null> =>
    new Promise((resolve) => c.once('close', (code) => resolve(code)));
  const [s, l] = await Promise.all([exited(save), exited(load)]);
  return { save: s, load: l, out, err };
}

test(
  'corral save/load/import against a real corrald, with skopeo on the other side',
  { timeout: 10 * 60_000 },
  async (t) => {
    if (skipUnless(t, { root: true, bins: ['runc', 'corral-shim', 'skopeo', 'tar'] })) return;
    const d = await startCorrald(t);
    const cli = new CorralCli(d.host);
    const dir = tempDir(t, 'csl-');
    const image = await buildLayeredImage(dir, 'layered');
    const loaded = await cli.run(t, ['load', '-i', image.tar, '-q']);
    assert.equal(loaded.code, 0, loaded.stderr);
    // The layout names nothing: `load` keeps it by id; `import` names it.
    assert.equal(loaded.stdout, `Loaded image ID: ${image.configDigest}\n`);
    assert.equal((await cli.ok(t, ['import', '-q', image.tar, ref])).trim(), `Loaded image: ${ref}`);
    const id = (await imageIds(t, cli)).get(ref);
    assert.equal(id, image.configDigest.slice(7, 19));

    await t.test('save -o in both formats: skopeo reads them, by tag and by RepoTag', async (t) => {
      const oci = join(dir, 'saved-oci.tar');
      const docker = join(dir, 'saved-docker.tar');
      assert.equal(await cli.ok(t, ['save', '-q', '--format', 'oci-archive', '-o', oci, ref]), '');
      assert.equal(await cli.ok(t, ['save', '-q', '-o', docker, ref]), '');

      await skopeo([
        'copy',
        '--quiet',
        '--preserve-digests',
        `oci-archive:${oci}:1`,
        `oci:${dir}/skopeo-oci:a`,
      ]);
      const inspected = JSON.parse(await skopeo(['inspect', `oci:${dir}/skopeo-oci:a`])) as {
        Digest: string;
        Layers: string[];
      };
      assert.equal(inspected.Digest, image.manifestDigest);
      assert.deepEqual(
        inspected.Layers,
        image.layers.map((l) => l.digest),
      );

      // docker-archive: the image is found under the RepoTag corral wrote, with the layers as diff_ids.
      await skopeo(['copy', '--quiet', `docker-archive:${docker}:${ref}`, `oci:${dir}/skopeo-docker:b`]);
      const config = JSON.parse(await skopeo(['inspect', '--config', `oci:${dir}/skopeo-docker:b`])) as {
        rootfs: { diff_ids: string[] };
      };
      assert.deepEqual(config.rootfs.diff_ids, image.diffIds);
      const manifest = JSON.parse((await exec('tar', ['-xOf', docker, 'manifest.json'])).stdout) as {
        RepoTags: string[];
      }[];
      assert.deepEqual(
        manifest.map((m) => m.RepoTags),
        [[ref]],
      );
    });

    await t.test('archives skopeo wrote load into corral and run', async (t) => {
      const skDocker = join(dir, 'skopeo-docker.tar');
      const skOci = join(dir, 'skopeo-oci.tar');
      await skopeo([
        'copy',
        '--quiet',
        `oci-archive:${image.tar}`,
        `docker-archive:${skDocker}:example.com/sk/docker:2`,
      ]);
      await skopeo(['copy', '--quiet', `oci-archive:${image.tar}`, `oci-archive:${skOci}:v3`]);
      const fromDocker = await cli.run(t, ['load', '-i', skDocker]);
      assert.equal(fromDocker.code, 0, fromDocker.stderr);
      assert.match(fromDocker.stdout, /^Loaded image: example\.com\/sk\/docker:2$/m);
      // skopeo's OCI archive names only the tag: import gives it the repository.
      assert.match(
        await cli.ok(t, ['import', skOci, 'example.com/sk/oci']),
        /^Loaded image: example\.com\/sk\/oci:v3$/m,
      );
      const ids = await imageIds(t, cli);
      assert.equal(ids.get('example.com/sk/docker:2'), id);
      assert.equal(ids.get('example.com/sk/oci:v3'), id, 'skopeo kept the config: the same image id');
      for (const name of ['example.com/sk/docker:2', 'example.com/sk/oci:v3']) {
        assert.equal(
          await cli.ok(t, [
            'run',
            '--rm',
            name,
            'sh',
            '-c',
            'cat /etc/kept-from-layer-2; test -e /etc/added-by-layer-2 || echo hidden',
          ]),
          'kept from layer 2 of layered\nhidden\n',
        );
      }
    });

    await t.test('save → rmi → load keeps the image id, through a file and through a pipe', async (t) => {
      for (const format of ['docker-archive', 'oci-archive']) {
        const file = join(dir, `round-${format}.tar`);
        await cli.ok(t, ['save', '-q', '--format', format, '-o', file, ref]);
        await cli.ok(t, ['rmi', ref]);
        assert.equal((await imageIds(t, cli)).get(ref), undefined);
        assert.match(
          await cli.ok(t, ['load', '-q', '-i', file]),
          new RegExp(`^Loaded image: ${ref.replace(/\./g, '\\.')}$`, 'm'),
        );
        assert.equal((await imageIds(t, cli)).get(ref), id, format);
      }
      // stdout a pipe, not a terminal: save writes the archive there, load reads it from stdin.
      const piped = await saveIntoLoad(t, d.host, ['-q', '--format', 'oci-archive', ref]);
      assert.deepEqual([piped.save, piped.load], [0, 0], piped.err);
      // Loaded image: every name the image has, the archive's among them.
      assert.match(piped.out, new RegExp(`^Loaded image: ${ref.replace(/\./g, '\\.')}$`, 'm'));
      assert.equal(piped.err, '');
      assert.equal((await imageIds(t, cli)).get(ref), id);
    });

    await t.test('import of a rootfs tar makes a one-layer image that runs', async (t) => {
      const extra = join(dir, 'extra');
      mkdirSync(join(extra, 'etc'), { recursive: true });
      writeFileSync(join(extra, 'etc', 'motd'), 'hello from a rootfs tar\n');
      const tar = join(dir, 'rootfs.tar');
      await exec('tar', ['-C', ensureBusyboxRootfs(), '-cf', tar, '.', '-C', extra, '.']);
      assert.equal(
        await cli.ok(t, ['import', '-q', tar, 'example.com/e2e/fs:1']),
        'Loaded image: example.com/e2e/fs:1\n',
      );
      assert.equal(
        await cli.ok(t, ['run', '--rm', 'example.com/e2e/fs:1', 'cat', '/etc/motd']),
        'hello from a rootfs tar\n',
      );
      // docker load's rule: a filesystem tar is no image archive.
      const refused = await cli.run(t, ['load', '-i', tar]);
      assert.equal(refused.code, 125);
      assert.match(refused.stderr, /neither an OCI image layout .* nor a docker-archive/);
    });

    await t.test('errors: unknown image, bad format, truncated archive; nothing half-made', async (t) => {
      const before = await imageIds(t, cli);
      const out = join(dir, 'never.tar');
      const unknown = await cli.run(t, ['save', '-o', out, ref, 'example.com/nope:1']);
      assert.equal(unknown.code, 125);
      assert.equal(unknown.stderr, 'corral: export: no such image "example.com/nope:1"\n');
      assert.ok(!existsSync(out));
      const format = await cli.run(t, ['save', '--format', 'zip', '-o', out, ref]);
      assert.equal(format.code, 125);
      assert.match(format.stderr, /unknown format "zip"/);
      assert.deepEqual(
        readdirSync(dir).filter((f) => f.includes('never')),
        [],
      );

      const whole = readFileSync(join(dir, 'saved-docker.tar'));
      const cut = join(dir, 'cut.tar');
      writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
      const truncated = await cli.run(t, ['load', '-q', '-i', cut]);
      assert.equal(truncated.code, 125);
      assert.match(truncated.stderr, /^corral: import: unexpected end of archive at byte \d+\n$/);
      assert.deepEqual(await imageIds(t, cli), before, 'no image appeared');
      await waitFor(() => readdirSync(join(d.root, 'images', 'ingest')).length === 0, {
        timeoutMs: timeouts.cliCommand,
        what: 'no staging left in the store',
      });
    });
  },
);
