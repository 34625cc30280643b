// corrald through its socket with @corral/client: events to two filtered subscribers and their
// replay, the CRI log (tail and follow), exec and attach streams, and the Images service.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { connect, type CorralClient, type Event } from '@corral/client';
import { containerd, nowNanos, toBigInt, toInt64, toUint64, topics, typeUrls, unpackAny } from '@corral/api';
import { buildBusyboxImageTar, defer, skipUnless, waitFor } from '@corral/test-utils';
import { startTestDaemon, type TestDaemon } from './helpers/test-daemon.js';

const requirements = { root: true, bins: ['runc', 'mkfifo'] };

async function client(t: Parameters<typeof defer>[0], h: TestDaemon): Promise<CorralClient> {
  const c = await connect({ socket: h.socket });
  defer(t, () => c.close());
  return c;
}

async function runToExit(
  c: CorralClient,
  command: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const r = await c.runtime.createContainer({ config: { image: { image: 'busybox' }, command, ...extra } });
  const containerId = r.containerId ?? '';
  await c.runtime.startContainer({ containerId });
  return containerId;
}

/** Reads a subscription into an array in the background until `signal` aborts. */
function collect(iterable: AsyncIterable<Event>, into: Event[]): Promise<void> {
  return (async () => {
    try {
      for await (const e of iterable) into.push(e);
    } catch {
      // aborted
    }
  })();
}

test('events reach two filtered subscribers in journal order, and replay from a sequence or a time', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const stop = new AbortController();
  defer(t, () => stop.abort());
  const since = nowNanos();
  const tasks: Event[] = [];
  const lifecycle: Event[] = [];
  const readers = [
    collect(
      c.events.subscribe(
        { filters: ['topic~="/tasks/"'], sinceTime: toInt64(since) },
        { signal: stop.signal },
      ),
      tasks,
    ),
    collect(
      c.events.subscribe(
        {
          filters: [`topic=="${topics.containerCreate}"`, `topic=="${topics.containerDelete}"`],
          sinceTime: toInt64(since),
        },
        { signal: stop.signal },
      ),
      lifecycle,
    ),
  ];
  const id = await runToExit(c, ['sh', '-c', 'exit 5']);
  assert.equal((await c.runtime.waitContainer({ containerId: id })).exitCode, 5);
  await c.runtime.removeContainer({ containerId: id });

  const wanted = [topics.taskCreate, topics.taskStart, topics.taskExit, topics.taskDelete];
  await waitFor(() => wanted.every((w) => tasks.some((e) => e.topic === w)), { what: 'the task events' });
  await waitFor(() => lifecycle.length === 2, { what: 'create and delete' });
  assert.deepEqual(
    tasks.map((e) => e.topic),
    wanted,
    'the init process: create, start, exit, delete, and nothing else',
  );
  assert.ok(tasks.every((e) => e.namespace === 'default'));
  const exit = unpackAny(tasks[2]!.event, typeUrls.TaskExit, containerd.events.TaskExit);
  assert.equal(exit.containerId, id);
  assert.equal(exit.exitStatus, 5);
  assert.deepEqual(
    lifecycle.map((e) => e.topic),
    [topics.containerCreate, topics.containerDelete],
  );
  const seqs = (es: Event[]) => es.map((e) => toBigInt(e.sequence));
  for (const list of [tasks, lifecycle]) {
    const s = seqs(list);
    assert.deepEqual(
      s,
      [...s].sort((a, b) => (a < b ? -1 : 1)),
      'strictly in journal order',
    );
  }

  // Replay by sequence (after the first event: 0 would mean "live only") and by time.
  const all = [...tasks, ...lifecycle].sort((a, b) => (toBigInt(a.sequence) < toBigInt(b.sequence) ? -1 : 1));
  const first = toBigInt(all[0]!.sequence);
  const union = [
    'topic~="/tasks/"',
    `topic=="${topics.containerCreate}"`,
    `topic=="${topics.containerDelete}"`,
  ];
  const bySequence = await replay(c, { filters: union, sinceSequence: toUint64(first) }, all.length - 1);
  assert.deepEqual(seqs(bySequence), seqs(all).slice(1), 'every later event once, in order');
  const byTime = await replay(c, { filters: union, sinceTime: toInt64(since) }, all.length);
  assert.deepEqual(seqs(byTime), seqs(all));
  stop.abort();
  await Promise.all(readers);
});

test('ContainerLogs: the whole log, its tail, and follow until the container exits', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const id = await runToExit(c, [
    'sh',
    '-c',
    'for i in 1 2 3; do echo line $i; sleep 0.3; done; echo bye >&2',
  ]);
  const followed: string[] = [];
  for await (const e of c.runtime.containerLogs({ containerId: id, follow: true })) {
    followed.push(`${e.stream} ${Buffer.from(e.line ?? []).toString()}`);
  }
  assert.deepEqual(followed, ['stdout line 1', 'stdout line 2', 'stdout line 3', 'stderr bye']);
  const tail: string[] = [];
  for await (const e of c.runtime.containerLogs({ containerId: id, tail: 2 }))
    tail.push(Buffer.from(e.line ?? []).toString());
  assert.deepEqual(tail, ['line 3', 'bye']);
  await c.runtime.removeContainer({ containerId: id });
});

test('Exec and Attach stream stdin, stdout, stderr and the exit code', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const id = await runToExit(c, ['sh', '-c', 'read line; echo "init got $line"; exit 9'], { stdin: true });
  defer(t, () => c.runtime.removeContainer({ containerId: id, force: true }).catch(() => undefined));

  const p = c.runtime.exec({
    containerId: id,
    cmd: ['sh', '-c', 'read x; echo "got $x"; echo e >&2; exit 4'],
    stdin: true,
  });
  p.stdin.end('hello\n');
  const [out, err, code] = await Promise.all([text(p.stdout), text(p.stderr), p.exit]);
  assert.deepEqual({ out, err, code }, { out: 'got hello\n', err: 'e\n', code: 4 });

  const a = c.runtime.attach({ containerId: id, stdin: true });
  const attached = text(a.stdout);
  await waitFor(async () => (await c.runtime.listContainerPids({ containerId: id })).pids?.length === 1, {
    what: 'init',
  });
  a.stdin.end('yo\n');
  assert.equal(await a.exit, 9);
  assert.equal(await attached, 'init got yo\n');
});

test('Images: import, status, in-use removal, idempotent removal, pull, fs info', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const tar = await buildBusyboxImageTar(join(h.dir, 'img.tar'), { ref: 'example.com/tools/box:1' });
  const imported = await c.images.importImage({ format: 'oci-archive' }, createReadStream(tar.path));
  const img = imported.images?.[0];
  assert.equal(img?.id, tar.configDigest);
  assert.deepEqual(img?.repoTags, ['example.com/tools/box:1']);
  assert.equal(
    (await c.images.imageStatus({ image: { image: 'example.com/tools/box:1' } })).image?.id,
    tar.configDigest,
  );
  assert.equal((await c.images.imageStatus({ image: { image: 'nope:1' } })).image ?? undefined, undefined);
  const listed = (await c.images.listImages({})).images?.map((i) => i.id) ?? [];
  assert.ok(listed.includes(tar.configDigest));

  const id = await runToExit(c, ['true'], { image: { image: 'example.com/tools/box:1' } });
  await assert.rejects(c.images.removeImage({ image: { image: 'example.com/tools/box:1' } }), {
    code: 'FailedPrecondition',
  });
  await c.runtime.removeContainer({ containerId: id, force: true });
  await c.images.removeImage({ image: { image: 'example.com/tools/box:1' } });
  await c.images.removeImage({ image: { image: 'example.com/tools/box:1' } }); // idempotent
  // Registry pulls: test/image-pull.test.ts. A request naming no valid image reaches no registry.
  await assert.rejects(c.images.pullImage({ image: { image: '' } }), {
    code: 'InvalidArgument',
    message: /image is required/,
  });
  await assert.rejects(c.images.pullImage({ image: { image: 'Not/A_Valid::Ref' } }), {
    code: 'InvalidArgument',
  });
  const fs = await c.images.imageFsInfo({});
  assert.ok(toBigInt(fs.imageFilesystems?.[0]?.usedBytes) > 0n);
});

/** The first `n` events a fresh subscription delivers. */
async function replay(
  c: CorralClient,
  req: Parameters<CorralClient['events']['subscribe']>[0],
  n: number,
): Promise<Event[]> {
  const out: Event[] = [];
  const stop = new AbortController();
  for await (const e of c.events.subscribe(req, { signal: stop.signal })) {
    out.push(e);
    if (out.length === n) break;
  }
  stop.abort();
  return out;
}

test('TCP: a client with the token is served, one without is refused', async (t) => {
  if (skipUnless(t, requirements)) return;
  const token = 'a-long-enough-test-token-0123456789';
  const h = await startTestDaemon(t, { listen: { host: '127.0.0.1', port: 0, token } });
  const host = `tcp://127.0.0.1:${h.daemon.tcp?.port}`;
  const ok = await connect({ host, token });
  defer(t, () => ok.close());
  assert.equal((await ok.runtime.version({})).runtimeName, 'corral');
  await assert.rejects(connect({ host, token: 'wrong-token-wrong-token-wrong' }));
});

test('Exec with a terminal', async (t) => {
  if (skipUnless(t, requirements)) return;
  const h = await startTestDaemon(t);
  const c = await client(t, h);
  const id = await runToExit(c, ['sleep', '1000']);
  defer(t, () => c.runtime.removeContainer({ containerId: id, force: true }).catch(() => undefined));
  const p = c.runtime.exec({ containerId: id, cmd: ['sh', '-c', 'tty; stty size'], tty: true });
  p.resize(100, 40);
  const [out, code] = await Promise.all([text(p.stdout), p.exit]);
  assert.equal(code, 0);
  assert.match(out, /^\/dev\/pts\/\d+\r?\n/);
});

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString();
}
