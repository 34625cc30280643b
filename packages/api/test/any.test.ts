import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packAny, packJsonAny, typeUrls, unpackAny, unpackAnyByUrl, unpackJsonAny } from '../src/any.js';
import { isInvalidArgument } from '../src/errors.js';
import { containerd, io } from '../src/gen/proto.js';
import { toTimestamp } from '../src/timestamp.js';
import { toBigInt, toUint64 } from '../src/uint64.js';

test('events pack under containerd bare type URLs and unpack by URL', () => {
  const exit = { containerId: 'c1', id: 'c1', pid: 42, exitStatus: 137, exitedAt: toTimestamp(1n) };
  const any = packAny(typeUrls.TaskExit, containerd.events.TaskExit, exit);
  assert.equal(any.type_url, 'containerd.events.TaskExit');
  const { typeUrl, message } = unpackAnyByUrl(any);
  assert.equal(typeUrl, 'containerd.events.TaskExit');
  const m = message as containerd.events.TaskExit;
  assert.equal(m.containerId, 'c1');
  assert.equal(m.exitStatus, 137);
});

test('the observed /tasks/delete Forward payload decodes (spec §3.2)', () => {
  const hex =
    '0a620a0c0881f38fd80610a890d4c90212097368696d70726f62651a0d2f7461736b732f64656c65746522380a1c636f6e7461696e6572642e6576656e74732e5461736b44656c65746512180a0263311092cc011803220c0881f38fd80610a890d4c902';
  const req = containerd.services.events.ttrpc.v1.ForwardRequest.decode(Buffer.from(hex, 'hex'));
  assert.equal(req.envelope?.namespace, 'shimprobe');
  assert.equal(req.envelope?.topic, '/tasks/delete');
  const { message } = unpackAnyByUrl(req.envelope.event!);
  const del = message as containerd.events.TaskDelete;
  assert.equal(del.containerId, 'c1');
  assert.equal(del.pid, 26130);
  assert.equal(del.exitStatus, 3);
});

test('unknown and mismatched type URLs are InvalidArgument', () => {
  assert.throws(
    () => unpackAnyByUrl({ type_url: 'type.googleapis.com/containerd.events.TaskExit' }),
    isInvalidArgument,
  );
  const any = packAny(typeUrls.TaskOOM, containerd.events.TaskOOM, { containerId: 'x' });
  assert.throws(() => unpackAny(any, typeUrls.TaskExit, containerd.events.TaskExit), isInvalidArgument);
  assert.throws(() => unpackAny(undefined, typeUrls.TaskExit, containerd.events.TaskExit), isInvalidArgument);
  assert.throws(
    () =>
      unpackAny(
        { type_url: typeUrls.TaskExit, value: Buffer.from([0x0a, 0xff]) },
        typeUrls.TaskExit,
        containerd.events.TaskExit,
      ),
    isInvalidArgument,
  );
});

test('OCI types travel as JSON', () => {
  const any = packJsonAny(typeUrls.OciProcess, { args: ['sh'], cwd: '/' });
  assert.equal(Buffer.from(any.value).toString(), '{"args":["sh"],"cwd":"/"}');
  assert.deepEqual(unpackJsonAny(any, typeUrls.OciProcess), { args: ['sh'], cwd: '/' });
  assert.throws(
    () => unpackJsonAny({ type_url: typeUrls.OciProcess, value: Buffer.from('{') }, typeUrls.OciProcess),
    isInvalidArgument,
  );
});

test('uint64 values above 2^53 survive a round trip (cgroup memory limit)', () => {
  const limit = 9223372036854771712n;
  const metrics = io.containerd.cgroups.v1.Metrics.encode({
    memory: { usage: { limit: toUint64(limit), usage: toUint64(688128n) } },
  }).finish();
  const back = io.containerd.cgroups.v1.Metrics.decode(metrics);
  assert.equal(toBigInt(back.memory?.usage?.limit), limit);
  assert.throws(() => toUint64(-1n), RangeError);
  assert.throws(() => toUint64(1n << 64n), RangeError);
});

test('packed repeated per_cpu decodes from both packed and unpacked forms', () => {
  // field 4 packed: 22 len v1 v2 ; unpacked: 20 v1 20 v2
  const packed = io.containerd.cgroups.v1.CPUUsage.decode(Buffer.from('22020102', 'hex'));
  const unpacked = io.containerd.cgroups.v1.CPUUsage.decode(Buffer.from('20012002', 'hex'));
  assert.deepEqual(
    packed.perCpu.map((v) => toBigInt(v)),
    [1n, 2n],
  );
  assert.deepEqual(
    unpacked.perCpu.map((v) => toBigInt(v)),
    [1n, 2n],
  );
});
