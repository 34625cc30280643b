import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorralError, corral, nowNanos, toUint64 } from '@corral/api';
import { compileEventFilter, parseFilter } from '../../src/events/index.js';
import type { EventPayload, JournaledEvent } from '../../src/events/index.js';
import { taskExit, taskStart } from './helpers.js';

let sequence = 0;
function event(topic: string, payload: EventPayload, namespace = 'default'): JournaledEvent {
  const now = nowNanos();
  return {
    sequence: ++sequence,
    timestamp: now,
    journaledAt: now,
    namespace,
    topic,
    event: payload,
    origin: undefined,
  };
}

const exitC1 = event('/tasks/exit', taskExit('c1', 137));
const exitC2 = event('/tasks/exit', taskExit('c2', 0), 'other');
const startC1 = event('/tasks/start', taskStart('c1'));
const created = event('/containers/create', {
  type_url: 'corral.v1.ContainerCreate',
  value: corral.v1.ContainerCreate.encode({
    id: 'web1',
    name: 'web',
    labels: { app: 'web', 'io.x/y': 'z' },
  }).finish(),
});
const pulled = event('/images/update', {
  type_url: 'corral.v1.ImageUpdate',
  value: corral.v1.ImageUpdate.encode({
    name: 'busybox',
    reason: 'Pulled',
    size: toUint64(123456789012),
  }).finish(),
});
const unknown = event('/custom/thing', { type_url: 'example.Unknown', value: new Uint8Array([1, 2]) });
const all = [exitC1, exitC2, startC1, created, pulled, unknown];

function matching(...filters: string[]): JournaledEvent[] {
  const f = compileEventFilter(filters);
  return all.filter((e) => f.matches(e));
}

test('no filter, and the empty filter, match everything', () => {
  assert.deepEqual(matching(), all);
  assert.deepEqual(matching(''), all);
});

test('topic and namespace: ==, !=, ~= and @=', () => {
  assert.deepEqual(matching('topic~="/tasks/"'), [exitC1, exitC2, startC1]);
  assert.deepEqual(matching('topic=="/tasks/exit"'), [exitC1, exitC2]);
  assert.deepEqual(matching('namespace==default'), [exitC1, startC1, created, pulled, unknown]);
  assert.deepEqual(matching('namespace!=default'), [exitC2]);
  assert.deepEqual(matching('topic@=images'), [pulled]);
  // /…/ quotes a regular expression; inside it only \/ (and Go's escapes) may be escaped.
  assert.deepEqual(matching('topic~=/^\\/tasks\\/(start|exit)$/'), [exitC1, exitC2, startC1]);
  assert.deepEqual(matching('topic~=|^/tasks/s|'), [startC1]);
  assert.deepEqual(matching('topic~="^/tasks/(start|exit)$"'), [exitC1, exitC2, startC1]);
  assert.deepEqual(matching('topic~="(?i)^/TASKS/START"'), [startC1]);
});

test('event.<field> reaches into the decoded event by proto field name', () => {
  assert.deepEqual(matching('event.container_id=="c1"'), [exitC1, startC1]);
  assert.deepEqual(matching('event.container_id==c1'), [exitC1, startC1]);
  assert.deepEqual(matching('event."container_id"==c1'), [exitC1, startC1]);
  assert.deepEqual(matching('event.exit_status==137'), [exitC1]);
  assert.deepEqual(matching('event.exit_status==0'), [exitC2]); // a zero number is still present
  assert.deepEqual(matching('event.size==123456789012'), [pulled]); // uint64 (Long)
  assert.deepEqual(matching('event.labels.app==web'), [created]);
  assert.deepEqual(matching('event.labels."io.x/y"==z'), [created]);
  assert.deepEqual(matching('event.exec_id'), []); // absent everywhere
  assert.deepEqual(matching('event.container_id'), [exitC1, exitC2, startC1]); // presence
  assert.deepEqual(matching('event.nope==x'), []);
  assert.deepEqual(matching('event.exited_at==x'), []); // a message has no text
});

test('comma is AND inside a filter; several filters are OR', () => {
  assert.deepEqual(matching('topic=="/tasks/exit",event.container_id=="c1"'), [exitC1]);
  assert.deepEqual(matching('topic=="/tasks/start"', 'namespace==other'), [exitC2, startC1]);
  assert.deepEqual(matching('topic=="/tasks/exit" , namespace == default'), [exitC1]);
});

test('!= matches events without the field; ~= sees an absent field as empty', () => {
  assert.deepEqual(matching('event.container_id!=c1'), [exitC2, created, pulled, unknown]);
  assert.deepEqual(matching('event.container_id~="^$"'), [created, pulled, unknown]);
});

const malformed: [filter: string, position: number, why: RegExp][] = [
  ['topic==', 7, /expected a value/],
  ['topic=="/tasks', 7, /not terminated/],
  ['topic=x', 5, /unsupported operator "="/],
  ['topic<x', 5, /unexpected character "<"/],
  ['topic~="("', 7, /invalid regular expression/],
  [',topic==x', 0, /expected field or quoted/],
  ['topic==x,', 9, /expected field or quoted/],
  ['event.', 6, /expected field or quoted/],
  ['topic==x y', 9, /unexpected input: y/],
  ['topic=="\\q"', 7, /unquoting failed/],
];

for (const [filter, position, why] of malformed) {
  test(`malformed filter ${JSON.stringify(filter)} is InvalidArgument at position ${position}`, () => {
    assert.throws(
      () => parseFilter(filter),
      (err: unknown) => {
        assert.ok(err instanceof CorralError);
        assert.equal(err.code, 'InvalidArgument');
        assert.match(err.message, new RegExp(`position ${position} `));
        assert.match(err.message, why);
        return true;
      },
    );
  });
}

test('compileEventFilter names which filter is malformed', () => {
  assert.throws(() => compileEventFilter(['topic==x', 'topic==']), {
    code: 'InvalidArgument',
    message: /^filters\[1\]: filter "topic==": parse error at position 7/,
  });
});

test('parseFilter returns the selectors', () => {
  assert.deepEqual(
    parseFilter('topic=="/tasks/exit",event.labels."a b"').map((s) => [s.fieldpath, s.operator, s.value]),
    [
      [['topic'], '==', '/tasks/exit'],
      [['event', 'labels', 'a b'], 'present', ''],
    ],
  );
});
