// Bad input through the socket: every case gets its gRPC-style code, nothing is half made, and the
// daemon (and, where the protocol allows, the connection) keeps serving.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Code, codeName, corral, toInt64, toUint64 } from '@corral/api';
import { connect, type CorralClient } from '@corral/client';
import { defer, freePort, skipUnless } from '@corral/test-utils';
import { RawSocket } from './helpers/raw-socket.js';
import { startTestDaemon } from './helpers/test-daemon.js';

type Config = corral.v1.ContainerConfig.$Properties;
const busybox = { image: 'busybox' };
const cfg = (c: Partial<Config>): { config: Config } => ({
  config: { image: busybox, command: ['true'], ...c },
});

test('bad input gets its code and the daemon keeps serving', async (t) => {
  if (skipUnless(t, { root: true, bins: ['runc', 'mkfifo'] })) return;
  const h = await startTestDaemon(t);
  const c = await connect({ socket: h.socket });
  defer(t, () => c.close());
  const rt = c.runtime;

  // Fixtures: a named running container, and one that has exited.
  const taken =
    (await rt.createContainer(cfg({ metadata: { name: 'taken' }, command: ['sleep', '1000'] })))
      .containerId ?? '';
  defer(t, () => rt.removeContainer({ containerId: taken, force: true }).catch(() => undefined));
  await rt.startContainer({ containerId: taken });
  const exited = (await rt.createContainer(cfg({ metadata: { name: 'exited' } }))).containerId ?? '';
  await rt.startContainer({ containerId: exited });
  await rt.waitContainer({ containerId: exited });
  const created = (await rt.createContainer(cfg({ metadata: { name: 'created' } }))).containerId ?? '';

  // Nothing listens there: the pull fails to connect (a port fetch does not block, unlike 9).
  const closedPort = await freePort();
  const cases: [string, (c: CorralClient) => Promise<unknown>, string][] = [
    ['no config', () => rt.createContainer({}), 'InvalidArgument'],
    ['no image', () => rt.createContainer({ config: { command: ['true'] } }), 'InvalidArgument'],
    ['invalid name', () => rt.createContainer(cfg({ metadata: { name: 'bad name!' } })), 'InvalidArgument'],
    ['name with ../', () => rt.createContainer(cfg({ metadata: { name: '../etc' } })), 'InvalidArgument'],
    ['unknown runtime handler', () => rt.createContainer(cfg({ runtimeHandler: 'kata' })), 'InvalidArgument'],
    ['missing image', () => rt.createContainer(cfg({ image: { image: 'nope:latest' } })), 'NotFound'],
    [
      'nonexistent mount host path',
      () => rt.createContainer(cfg({ mounts: [{ containerPath: '/data', hostPath: '/does/not/exist' }] })),
      'InvalidArgument',
    ],
    [
      'relative mount container path',
      () => rt.createContainer(cfg({ mounts: [{ containerPath: 'data', hostPath: '/tmp' }] })),
      'InvalidArgument',
    ],
    [
      'negative memory',
      () => rt.createContainer(cfg({ resources: { memoryLimitInBytes: toInt64(-1) } })),
      'InvalidArgument',
    ],
    [
      'oom_score_adj below corrald',
      () => rt.createContainer(cfg({ resources: { oomScoreAdj: toInt64(-1000) } })),
      'InvalidArgument',
    ],
    [
      'reserved annotation',
      () => rt.createContainer(cfg({ annotations: { 'io.corral.cri.log-path': '/x' } })),
      'InvalidArgument',
    ],
    ['unknown stop signal', () => rt.createContainer(cfg({ stopSignal: 'SIGFOO' })), 'InvalidArgument'],
    ['relative log path', () => rt.createContainer(cfg({ logPath: 'logs/x.log' })), 'InvalidArgument'],
    [
      'env key with =',
      () => rt.createContainer(cfg({ envs: [{ key: 'A=B', value: 'c' }] })),
      'InvalidArgument',
    ],
    ['user a:b:c', () => rt.createContainer(cfg({ user: 'a:b:c' })), 'InvalidArgument'],
    ['duplicate name', () => rt.createContainer(cfg({ metadata: { name: 'taken' } })), 'AlreadyExists'],
    ['start unknown id', () => rt.startContainer({ containerId: 'f00d' }), 'NotFound'],
    ['stop unknown id', () => rt.stopContainer({ containerId: 'f00d' }), 'NotFound'],
    ['remove unknown id (idempotent)', () => rt.removeContainer({ containerId: 'f00d' }), 'OK'],
    ['remove ../etc', () => rt.removeContainer({ containerId: '../etc' }), 'InvalidArgument'],
    ['status without id', () => rt.containerStatus({}), 'InvalidArgument'],
    ['start an exited container', () => rt.startContainer({ containerId: exited }), 'FailedPrecondition'],
    ['stop an exited container (idempotent)', () => rt.stopContainer({ containerId: exited }), 'OK'],
    [
      'remove a running container without force',
      () => rt.removeContainer({ containerId: taken }),
      'FailedPrecondition',
    ],
    [
      'exec in a created container',
      () => rt.execSync({ containerId: created, cmd: ['true'] }),
      'FailedPrecondition',
    ],
    [
      'exec with a negative timeout',
      () => rt.execSync({ containerId: taken, cmd: ['true'], timeout: toInt64(-1) }),
      'InvalidArgument',
    ],
    ['exec without a command', () => rt.execSync({ containerId: taken, cmd: [] }), 'InvalidArgument'],
    [
      'kill with an unknown signal',
      () => rt.killContainer({ containerId: taken, signal: 'SIGNOPE' }),
      'InvalidArgument',
    ],
    [
      'stop with a negative timeout',
      () => rt.stopContainer({ containerId: taken, timeout: toInt64(-5) }),
      'InvalidArgument',
    ],
    [
      'update an unknown container',
      () => rt.updateContainerResources({ containerId: 'f00d', resources: {} }),
      'NotFound',
    ],
    ['pause a created container', () => rt.pauseContainer({ containerId: created }), 'FailedPrecondition'],
    ['image status without image', () => c.images.imageStatus({}), 'InvalidArgument'],
    ['pull without image', () => c.images.pullImage({}), 'InvalidArgument'],
    [
      'pull a malformed reference',
      () => c.images.pullImage({ image: { image: 'Bad Ref!' } }),
      'InvalidArgument',
    ],
    [
      'pull from a registry that is not there',
      () => c.images.pullImage({ image: { image: `127.0.0.1:${closedPort}/none:latest` } }),
      'Unavailable',
    ],
    ['remove an image in use', () => c.images.removeImage({ image: busybox }), 'FailedPrecondition'],
    ['bad namespace', () => rt.listContainers({}, { namespace: 'no/such' }), 'InvalidArgument'],
  ];
  const results: string[] = [];
  for (const [name, call, want] of cases) {
    let got = 'OK';
    try {
      await call(c);
    } catch (err) {
      got = (err as { code?: string }).code ?? `not a CorralError: ${String(err)}`;
    }
    if (got !== want) results.push(`${name}: want ${want}, got ${got}`);
  }
  assert.deepEqual(results, [], 'every case gets its code');
  assert.ok(cases.length >= 20);

  // Nothing half made: only the fixtures exist, and the daemon serves on the same connection.
  const names = (await rt.listContainers({})).containers?.map((x) => x.metadata?.name).sort();
  assert.deepEqual(names, ['created', 'exited', 'taken']);
  assert.equal((await rt.version({})).runtimeName, 'corral');

  // What only a raw socket can send.
  const raw = await RawSocket.open(h.socket);
  defer(t, () => raw.close());
  const unknown = await raw.request(1n, 'corral.v1.Runtime/Teleport', new Uint8Array());
  assert.equal(codeName(unknown.code), 'Unimplemented');
  const badPayload = await raw.request(
    2n,
    'corral.v1.Runtime/ContainerStatus',
    Buffer.from([0xff, 0xff, 0xff]),
  );
  assert.equal(codeName(badPayload.code), 'InvalidArgument');
  const badKind = corral.v1.Frame.encode({ id: toUint64(3n), kind: 99 as corral.v1.FrameKind }).finish();
  assert.equal(codeName((await raw.sendBytes(badKind, 3n))!.code), 'InvalidArgument');
  const oversized = await raw.request(4n, 'corral.v1.Runtime/Version', Buffer.alloc(17 * 1024 * 1024));
  assert.equal(codeName(oversized.code), 'ResourceExhausted');
  const ok = await raw.request(5n, 'corral.v1.Runtime/Version', new Uint8Array());
  assert.equal(ok.code, Code.OK, 'the connection survived all of that');
  const garbage = await RawSocket.open(h.socket);
  void garbage.sendBytes(Buffer.from('this is not a frame'));
  assert.ok((await garbage.waitClosed()) >= 1000, 'an unreadable frame closes only its own connection');
  assert.equal((await rt.version({})).runtimeName, 'corral');
  assert.equal(
    (await rt.containerStatus({ containerId: 'taken' })).status?.state,
    corral.v1.ContainerState.CONTAINER_RUNNING,
  );
});
