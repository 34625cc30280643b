import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corral, toInt64, toUint64 } from '@corral/api';
import { fakeContainer, nowNs, startFakeCorrald } from './helpers/fake-corrald.js';
import { runCorral } from './helpers/run-corral.js';

const S = corral.v1.ContainerState;
const id1 = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const id2 = 'fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210';
const id3 = '5555aaaa5555aaaa5555aaaa5555aaaa5555aaaa5555aaaa5555aaaa5555aaaa';

function psFake(t: Parameters<typeof startFakeCorrald>[0]) {
  return startFakeCorrald(t, {}, [
    fakeContainer(id1, 'web', {
      startedAgoS: 3,
      createdAgoS: 5,
      command: ['sh', '-c', 'echo hi; sleep 1000 && exit'],
    }),
    fakeContainer(id2, 'job', {
      state: S.CONTAINER_EXITED,
      startedAgoS: 10,
      finishedAgoS: 2,
      exitCode: 7,
      createdAgoS: 7200,
    }),
    fakeContainer(id3, 'paused', {
      state: S.CONTAINER_PAUSED,
      startedAgoS: 120,
      createdAgoS: 130,
      command: ['top'],
    }),
  ]);
}

test("ps prints docker's table: short id, image, quoted command, created, status, name", async (t) => {
  const fake = await psFake(t);
  const all = await runCorral(['ps', '-a'], { socket: fake.path });
  assert.equal(all.code, 0);
  assert.equal(
    all.stdout,
    [
      'CONTAINER ID   IMAGE            COMMAND                  CREATED         STATUS                     NAMES',
      '0123456789ab   busybox:latest   "sh -c echo hi; slee…"   5 seconds ago   Up 3 seconds               web',
      'fedcba987654   busybox:latest   "sh -c sleep 1000"       2 hours ago     Exited (7) 2 seconds ago   job',
      '5555aaaa5555   busybox:latest   "top"                    2 minutes ago   Up 2 minutes (Paused)      paused',
      '',
    ].join('\n'),
  );
  const running = await runCorral(['ps'], { socket: fake.path });
  assert.deepEqual(
    running.stdout
      .split('\n')
      .slice(1, -1)
      .map((l) => l.slice(0, 12)),
    ['0123456789ab', '5555aaaa5555'],
  );
  const quiet = await runCorral(['ps', '-aq'], { socket: fake.path });
  assert.equal(quiet.stdout, '0123456789ab\nfedcba987654\n5555aaaa5555\n');
});

test('ps filters become the ListContainers filter', async (t) => {
  const fake = await psFake(t);
  await runCorral(
    [
      'ps',
      '--filter',
      'status=exited',
      '-f',
      'label=tier=front',
      '-f',
      'label=x',
      '-f',
      'name=job',
      '-f',
      'id=fed',
    ],
    {
      socket: fake.path,
    },
  );
  const [req] = fake.requests('listContainers');
  assert.deepEqual(JSON.parse(JSON.stringify(req)), {
    filter: {
      labelSelector: { tier: 'front', x: '' },
      state: { state: 'CONTAINER_EXITED' },
      name: 'job',
      id: 'fed',
    },
  });
  const bad = await runCorral(['ps', '-f', 'colour=red'], { socket: fake.path });
  assert.equal(bad.code, 125);
  assert.match(bad.stderr, /invalid filter "colour=red"/);
});

test('ps --json prints every status field, times as RFC 3339', async (t) => {
  const fake = await psFake(t);
  const r = await runCorral(['ps', '-a', '--json'], { socket: fake.path });
  const list = JSON.parse(r.stdout) as Record<string, unknown>[];
  assert.equal(list.length, 3);
  assert.equal(list[1]?.exitCode, 7);
  assert.equal(list[1]?.state, 'CONTAINER_EXITED');
  assert.equal(list[1]?.finishedAt, '2023-12-31T23:59:58.000000000Z');
  assert.equal(list[0]?.finishedAt, null);
});

test('images lists one row per tag with a short id, age and decimal size', async (t) => {
  const fake = await startFakeCorrald(t, {
    images: {
      listImages: () =>
        Promise.resolve({
          images: [
            {
              id: `sha256:${id1}`,
              repoTags: ['busybox:latest', 'localhost:5000/tools/busybox:1.36'],
              size: toUint64(4_261_234),
              createdAt: toInt64(nowNs - 3n * 86_400n * 1_000_000_000n),
            },
            { id: `sha256:${id2}`, repoTags: [], size: toUint64(999) },
          ],
        }),
    },
  });
  const r = await runCorral(['images'], { socket: fake.path });
  assert.equal(
    r.stdout,
    [
      'REPOSITORY                     TAG      IMAGE ID       CREATED      SIZE',
      'busybox                        latest   0123456789ab   3 days ago   4.26MB',
      'localhost:5000/tools/busybox   1.36     0123456789ab   3 days ago   4.26MB',
      '<none>                         <none>   fedcba987654   N/A          999B',
      '',
    ].join('\n'),
  );
  const q = await runCorral(['images', '-q'], { socket: fake.path });
  assert.equal(q.stdout, '0123456789ab\nfedcba987654\n');
});

test('stats --no-stream prints CPU %, memory usage / limit, MEM % and pids', async (t) => {
  const fake = await startFakeCorrald(t, {
    runtime: {
      listContainerStats: () =>
        Promise.resolve({
          stats: [
            {
              containerId: id1,
              metadata: { name: 'web' },
              cpu: { usageNanoCores: toUint64(250_000_000) },
              memory: {
                workingSetBytes: toUint64(1.5 * 1024 * 1024),
                limitBytes: toUint64(64 * 1024 * 1024),
              },
              pids: { current: toUint64(4) },
            },
            { containerId: id2, metadata: { name: 'job' }, memory: { usageBytes: toUint64(2048) } },
          ],
        }),
    },
  });
  const r = await runCorral(['stats', '--no-stream'], { socket: fake.path });
  assert.equal(r.code, 0);
  assert.equal(
    r.stdout,
    [
      'CONTAINER ID   NAME   CPU %    MEM USAGE / LIMIT   MEM %   PIDS',
      '0123456789ab   web    25.00%   1.5MiB / 64MiB      2.34%   4',
      'fedcba987654   job    --       2KiB / --           --      0',
      '',
    ].join('\n'),
  );
  assert.deepEqual(fake.requests('listContainerStats'), [{}]);
});
