// Byte-exact checks against the worked examples in shim-v2-protocol.md §1.8 (observed on the wire
// between containerd 1.6.20 and containerd-shim-runc-v2).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorralError, TaskService, containerd, namespaceMetadataKey } from '@corral/api';
import {
  MessageType,
  decodeHeader,
  decodeResponse,
  encodeFrame,
  encodeRequest,
  encodeResponse,
  errorFromStatus,
} from '../src/index.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/[^0-9a-f]/gi, ''), 'hex');
const str = (s: string): string => Buffer.from(s).toString('hex');

test('Connect{id:"r1"} on stream 3 encodes to the exact bytes of §1.8', () => {
  const payload = TaskService.methods.connect.requestType.encode({ id: 'r1' }).finish();
  const frame = encodeFrame(
    3,
    MessageType.Request,
    encodeRequest({ service: 'containerd.task.v2.Task', method: 'Connect', payload }),
  );
  const expected = hex(
    `00000028 00000003 01 00 0a17 ${str('containerd.task.v2.Task')} 1207 ${str('Connect')} 1a04 0a02 ${str('r1')}`,
  );
  assert.equal(frame.toString('hex'), expected.toString('hex'));
});

test('the same request with namespace metadata and a 5 s deadline matches §1.8', () => {
  const payload = TaskService.methods.connect.requestType.encode({ id: 'r1' }).finish();
  const bytes = encodeRequest({
    service: 'containerd.task.v2.Task',
    method: 'Connect',
    payload,
    timeoutNano: 5_000_000_000n,
    metadata: [{ key: namespaceMetadataKey, value: 'default' }],
  });
  const tail = hex(
    `1a04 0a02 ${str('r1')} 20 80e497d012 2a25 0a1a ${str(namespaceMetadataKey)} 1207 ${str('default')}`,
  );
  assert.equal(Buffer.from(bytes).subarray(-tail.length).toString('hex'), tail.toString('hex'));
});

test('the observed success reply decodes to ConnectResponse{shimPid:7609, taskPid:7632}', () => {
  const frame = hex('00000008 00000003 02 00 12 06 08b93b 10d03b');
  const header = decodeHeader(frame);
  assert.deepEqual(header, { length: 8, streamId: 3, type: MessageType.Response, flags: 0 });
  const reply = decodeResponse(frame.subarray(10));
  assert.equal(reply.status, undefined);
  const res = TaskService.methods.connect.responseType.decode(reply.payload);
  assert.equal(res.shimPid, 7609);
  assert.equal(res.taskPid, 7632);
});

test('the observed error reply decodes to NotFound "container not created"', () => {
  const frame = hex(`00000026 00000001 02 00 0a24 08 05 12 20 ${str('container not created: not found')}`);
  assert.deepEqual(decodeHeader(frame), { length: 0x26, streamId: 1, type: 2, flags: 0 });
  const reply = decodeResponse(frame.subarray(10));
  assert.deepEqual(reply.status, { code: 5, message: 'container not created: not found' });
  const err = errorFromStatus(reply.status ?? { code: 0, message: '' });
  assert.ok(err instanceof CorralError);
  assert.equal(err.code, 'NotFound');
  assert.equal(err.message, 'container not created');
});

test('an error reply encodes to the observed bytes, and an Empty success to no body at all', () => {
  const error = encodeFrame(
    1,
    MessageType.Response,
    encodeResponse({
      status: { code: 5, message: 'container not created: not found' },
      payload: new Uint8Array(0),
    }),
  );
  assert.equal(
    error.toString('hex'),
    hex(`00000026 00000001 02 00 0a24 08 05 12 20 ${str('container not created: not found')}`).toString(
      'hex',
    ),
  );
  const emptyReply = encodeResponse({
    payload: containerd.task.v2.StartResponse.encode({}).finish(),
  });
  assert.equal(emptyReply.length, 0);
  assert.equal(encodeFrame(9, MessageType.Response, emptyReply).toString('hex'), '00000000000000090200');
});

test('a success reply carries no status field: only the payload (field 2)', () => {
  const bytes = encodeResponse({
    payload: TaskService.methods.connect.responseType.encode({ shimPid: 7609, taskPid: 7632 }).finish(),
  });
  assert.equal(Buffer.from(bytes).toString('hex'), '120608b93b10d03b');
});
