import assert from 'node:assert/strict';
import diagnosticsChannel from 'node:diagnostics_channel';
import { test } from 'node:test';
import { MessageType, encodeResponse, warningChannelName } from '../src/index.js';
import type { TtrpcWarning } from '../src/index.js';
import { TestService, dialClient, startRawServer } from './fixtures.js';

test('warnings are published on the diagnostics channel without an onWarning callback', async (t) => {
  const seen: TtrpcWarning[] = [];
  const onMessage = (m: unknown): void => void seen.push(m as TtrpcWarning);
  diagnosticsChannel.subscribe(warningChannelName, onMessage);
  t.after(() => diagnosticsChannel.unsubscribe(warningChannelName, onMessage));
  const raw = await startRawServer(t);
  const client = await dialClient(t, raw.path);
  const pending = client.service(TestService).kill({});
  const peer = await raw.nextPeer();
  await peer.next();
  peer.send(41, MessageType.Response, encodeResponse({ payload: new Uint8Array(0) }));
  peer.send(1, MessageType.Response, new Uint8Array(0));
  await pending;
  assert.deepEqual(
    seen.map((w) => w.streamId),
    [41],
  );
});
