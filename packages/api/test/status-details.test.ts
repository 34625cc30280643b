import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CorralError,
  errorDomain,
  errorFromStatus,
  errorInfoTypeUrl,
  errorReasons,
  google,
  statusDetails,
} from '../src/index.js';

const statusOf = (err: CorralError) => ({
  code: err.grpcCode,
  message: err.wireMessage(),
  details: statusDetails(err),
});

test('hint and reason go out as one corral ErrorInfo and come back; the message is untouched', () => {
  const err = new CorralError('NotFound', 'image "busybox:2"', {
    hint: 'pull it',
    reason: errorReasons.imageNotFound,
  });
  const status = statusOf(err);
  assert.equal(status.details.length, 1);
  const [detail] = status.details;
  assert.ok(detail);
  assert.equal(detail.type_url, errorInfoTypeUrl);
  const info = google.rpc.ErrorInfo.decode(detail.value);
  assert.deepEqual(
    [info.reason, info.domain, info.metadata],
    ['IMAGE_NOT_FOUND', errorDomain, { hint: 'pull it' }],
  );
  const back = errorFromStatus(status);
  assert.deepEqual(
    [back.code, back.message, back.hint, back.reason],
    ['NotFound', 'image "busybox:2"', 'pull it', 'IMAGE_NOT_FOUND'],
  );
});

test('an error with neither has no details; a hint alone has no reason', () => {
  assert.deepEqual(statusDetails(new CorralError('Internal', 'x')), []);
  const back = errorFromStatus(statusOf(new CorralError('FailedPrecondition', 'y', { hint: 'do z' })));
  assert.deepEqual([back.hint, back.reason], ['do z', undefined]);
});

test('details from another domain, of another type or malformed are ignored; the status stands', () => {
  const foreign = google.rpc.ErrorInfo.encode({
    reason: 'QUOTA',
    domain: 'example.com',
    metadata: { hint: 'no' },
  });
  const back = errorFromStatus({
    code: 5,
    message: 'thing: not found',
    details: [
      { type_url: errorInfoTypeUrl, value: foreign.finish() },
      { type_url: 'type.googleapis.com/google.rpc.Help', value: new Uint8Array([1, 2, 3]) },
      { type_url: errorInfoTypeUrl, value: new Uint8Array([0xff, 0xff, 0xff]) },
    ],
  });
  assert.deepEqual(
    [back.code, back.message, back.hint, back.reason],
    ['NotFound', 'thing', undefined, undefined],
  );
});
