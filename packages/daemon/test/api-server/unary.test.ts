import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CorralError, errNotFound, isNotFound } from '@corral/api';
import { waitFor } from '@corral/test-utils';
import type { CorralClient } from '@corral/client';
import type { ApiCallContext } from '../../src/api-server/index.js';
import { connectClient, recordingLogger, startServer } from './fixtures.js';

test('a unary call reaches its handler with the namespace and comes back typed', async (t) => {
  const seen: { id: string; namespace: string }[] = [];
  const { path } = await startServer(t, {
    runtime: {
      createContainer(req, ctx) {
        seen.push({ id: req.config?.metadata?.name ?? '', namespace: ctx.namespace });
        return Promise.resolve({ containerId: `c-${req.config?.metadata?.name ?? ''}` });
      },
    },
  });
  const client = await connectClient(t, path);
  const res = await client.runtime.createContainer({ config: { metadata: { name: 'web' } } });
  assert.equal(res.containerId, 'c-web');
  await client.runtime.createContainer({ config: { metadata: { name: 'db' } } }, { namespace: 'k8s.io' });
  const other = await connectClient(t, path, { namespace: 'team-a' });
  await other.runtime.createContainer({ config: { metadata: { name: 'x' } } });
  assert.deepEqual(seen, [
    { id: 'web', namespace: 'default' },
    { id: 'db', namespace: 'k8s.io' },
    { id: 'x', namespace: 'team-a' },
  ]);
});

test('a namespace that is not an identifier is refused with InvalidArgument', async (t) => {
  let called = false;
  const { path } = await startServer(t, {
    runtime: {
      version: () => {
        called = true;
        return Promise.resolve({});
      },
    },
  });
  const client = await connectClient(t, path);
  await assert.rejects(client.runtime.version({}, { namespace: '../etc' }), (err: CorralError) => {
    assert.equal(err.code, 'InvalidArgument');
    assert.match(err.message, /namespace/);
    return true;
  });
  assert.equal(called, false);
});

async function callerForStack(client: CorralClient): Promise<unknown> {
  return client.runtime.containerStatus({ containerId: 'nope' });
}

test('a CorralError keeps its code and message, with the caller stack', async (t) => {
  const { path } = await startServer(t, {
    runtime: { containerStatus: (req) => Promise.reject(errNotFound(`container ${req.containerId}`)) },
  });
  const client = await connectClient(t, path);
  await assert.rejects(callerForStack(client), (err: Error) => {
    assert.ok(err instanceof CorralError);
    assert.equal(err.code, 'NotFound');
    assert.equal(err.message, 'container nope');
    assert.ok(isNotFound(err));
    assert.match(err.stack ?? '', /callerForStack/);
    return true;
  });
});

test("a CorralError's hint and reason reach the client (google.rpc.ErrorInfo); none when it has neither", async (t) => {
  const { path } = await startServer(t, {
    runtime: {
      removeContainer: () =>
        Promise.reject(
          new CorralError('FailedPrecondition', 'container web is running', {
            hint: 'stop it first, or remove with force',
            reason: 'CONTAINER_RUNNING',
          }),
        ),
      containerStatus: () => Promise.reject(errNotFound('container nope')),
    },
  });
  const client = await connectClient(t, path);
  await assert.rejects(client.runtime.removeContainer({ containerId: 'web' }), (err: CorralError) => {
    assert.deepEqual(
      [err.code, err.message, err.hint, err.reason],
      [
        'FailedPrecondition',
        'container web is running',
        'stop it first, or remove with force',
        'CONTAINER_RUNNING',
      ],
    );
    return true;
  });
  await assert.rejects(client.runtime.containerStatus({ containerId: 'nope' }), (err: CorralError) => {
    assert.deepEqual([err.code, err.hint, err.reason], ['NotFound', undefined, undefined]);
    return true;
  });
});

test('an error without a kind goes out as Unknown with a generic message; details only in the log', async (t) => {
  const logger = recordingLogger();
  const { path } = await startServer(
    t,
    { runtime: { version: () => Promise.reject(new Error('secret /var/lib/corral/x: EIO')) } },
    { logger },
  );
  const client = await connectClient(t, path);
  await assert.rejects(client.runtime.version({}), (err: CorralError) => {
    assert.equal(err.code, 'Unknown');
    assert.doesNotMatch(err.message, /secret|EIO/);
    assert.match(err.message, /corral\.v1\.Runtime\/Version: internal error/);
    return true;
  });
  const logged = logger.entries.find((e) => e.level === 'error');
  assert.ok(logged);
  assert.match((logged.obj as { err: Error }).err.message, /secret/);
  assert.equal((logged.obj as { method: string }).method, 'corral.v1.Runtime/Version');
});

test('a handler that throws synchronously still gets an answer', async (t) => {
  const { path } = await startServer(t, {
    runtime: {
      version: () => {
        throw new CorralError('FailedPrecondition', 'not ready');
      },
    },
  });
  const client = await connectClient(t, path);
  await assert.rejects(client.runtime.version({}), { code: 'FailedPrecondition', message: 'not ready' });
});

test('a method the server does not serve is Unimplemented', async (t) => {
  const { path } = await startServer(t, { runtime: {} });
  const client = await connectClient(t, path);
  await assert.rejects(client.images.listImages({}), (err: CorralError) => {
    assert.equal(err.code, 'Unimplemented');
    assert.match(err.message, /corral\.v1\.Images\/ListImages/);
    return true;
  });
});

test('200 concurrent calls on one connection each get their own answer, out of order', async (t) => {
  const { path } = await startServer(t, {
    runtime: {
      async waitContainer(req) {
        const [ms, code] = (req.containerId ?? '0:0').split(':').map(Number);
        await sleep(ms ?? 0);
        return { exitCode: code ?? 0 };
      },
    },
  });
  const client = await connectClient(t, path);
  const n = 200;
  const delays = Array.from({ length: n }, () => Math.floor(Math.random() * 40));
  const replies = await Promise.all(
    delays.map((ms, i) => client.runtime.waitContainer({ containerId: `${ms}:${i}` })),
  );
  assert.deepEqual(
    replies.map((r) => r.exitCode),
    delays.map((_, i) => i),
  );
});

test('calls past the per-connection limit get ResourceExhausted; the others go through', async (t) => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { path } = await startServer(
    t,
    {
      runtime: {
        async waitContainer() {
          await gate;
          return { exitCode: 0 };
        },
      },
    },
    { maxInflightPerConnection: 3 },
  );
  const client = await connectClient(t, path);
  const calls = Array.from({ length: 5 }, () => client.runtime.waitContainer({ containerId: 'c' }));
  const settled = Promise.allSettled(calls);
  await sleep(50);
  release();
  const outcomes = (await settled).map((s) =>
    s.status === 'fulfilled' ? 'ok' : (s.reason as CorralError).code,
  );
  assert.deepEqual(outcomes, ['ok', 'ok', 'ok', 'ResourceExhausted', 'ResourceExhausted']);
});

test('a call timeout fails locally with DeadlineExceeded and CANCELs the handler', async (t) => {
  let ctxSeen: ApiCallContext | undefined;
  const { path } = await startServer(t, {
    runtime: {
      async waitContainer(_req, ctx) {
        ctxSeen = ctx;
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        throw ctx.signal.reason;
      },
    },
  });
  const client = await connectClient(t, path);
  await assert.rejects(client.runtime.waitContainer({ containerId: 'c' }, { timeoutMs: 50 }), {
    code: 'DeadlineExceeded',
  });
  await waitFor(() => ctxSeen?.signal.aborted, { what: 'the handler to see CANCEL' });
  assert.equal((ctxSeen?.signal.reason as CorralError).code, 'Canceled');
  // The connection serves on.
  await assert.rejects(client.runtime.version({}), { code: 'Unimplemented' });
});

test('aborting a call rejects it with Canceled and aborts the handler', async (t) => {
  let aborted = false;
  const { path } = await startServer(t, {
    runtime: {
      async waitContainer(_req, ctx) {
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        aborted = true;
        return { exitCode: 0 };
      },
    },
  });
  const client = await connectClient(t, path);
  const controller = new AbortController();
  const call = client.runtime.waitContainer({ containerId: 'c' }, { signal: controller.signal });
  await sleep(20);
  controller.abort();
  await assert.rejects(call, { code: 'Canceled' });
  await waitFor(() => aborted, { what: 'the handler to be aborted' });
});

test('a client disconnect aborts its handlers; other connections are untouched', async (t) => {
  const signals: AbortSignal[] = [];
  const { path, server } = await startServer(t, {
    runtime: {
      async waitContainer(_req, ctx) {
        signals.push(ctx.signal);
        await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
        return { exitCode: 0 };
      },
      version: () => Promise.resolve({ version: '1' }),
    },
  });
  const a = await connectClient(t, path);
  const b = await connectClient(t, path);
  const pending = a.runtime.waitContainer({ containerId: 'c' });
  await waitFor(() => signals.length === 1);
  const failed = assert.rejects(pending, { code: 'Unavailable', message: 'connection closed' });
  await a.close();
  await failed;
  await waitFor(() => signals[0]?.aborted, { what: 'the handler to be aborted' });
  assert.equal((await b.runtime.version({})).version, '1');
  await waitFor(() => server.connections === 1);
});
