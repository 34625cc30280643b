import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '@corral/test-utils';
import { lastErrorMessage, logFileSize, parseLogLine, readLogSince } from '../src/log-file.js';
import { crunErrorLine, runcErrorLine } from './fixtures/outputs.js';

describe('parseLogLine', () => {
  it("reads runc's and crun's json lines", () => {
    assert.deepEqual(parseLogLine(runcErrorLine, 'json'), {
      level: 'error',
      msg: 'container does not exist',
      time: '2026-11-23T17:21:58Z',
    });
    assert.equal(parseLogLine(crunErrorLine, 'json')?.level, 'error');
  });

  it('trims the newline runc leaves in some messages', () => {
    assert.equal(
      parseLogLine('{"level":"error","msg":"No help topic for \'bogus\'\\n"}', 'json')?.msg,
      "No help topic for 'bogus'",
    );
  });

  it('reads logrus text and crun bare text', () => {
    assert.deepEqual(
      parseLogLine('time="2026-11-23T17:23:31Z" level=error msg="container does not exist"', 'text'),
      {
        level: 'error',
        msg: 'container does not exist',
        time: '2026-11-23T17:23:31Z',
      },
    );
    assert.deepEqual(parseLogLine('error opening file `/r/x/status`: No such file or directory', 'text'), {
      level: 'error',
      msg: 'error opening file `/r/x/status`: No such file or directory',
    });
  });

  it('skips blank lines, broken json and json without msg', () => {
    assert.equal(parseLogLine('   ', 'json'), undefined);
    assert.equal(parseLogLine('{"level":"error"', 'json'), undefined);
    assert.equal(parseLogLine('{"level":"error"}', 'json'), undefined);
  });
});

describe('lastErrorMessage', () => {
  it('takes the last error, fatal or panic entry', () => {
    const e = (level: string, msg: string) => ({ level, msg });
    assert.equal(
      lastErrorMessage([e('error', 'a'), e('fatal', 'b'), e('warning', 'c'), e('debug', 'd')]),
      'b',
    );
    assert.equal(lastErrorMessage([e('info', 'x')]), undefined);
    assert.equal(lastErrorMessage([]), undefined);
  });
});

describe('readLogSince', () => {
  it('returns only what was appended after the offset', async (t) => {
    const log = join(tempDir(t), 'log.json');
    assert.equal(await logFileSize(log), 0);
    assert.deepEqual(await readLogSince(log, 0, 'json'), []);
    writeFileSync(log, '{"level":"error","msg":"old"}\n');
    const offset = await logFileSize(log);
    appendFileSync(log, '{"level":"error","msg":"new"}\n');
    assert.deepEqual(
      (await readLogSince(log, offset, 'json')).map((e) => e.msg),
      ['new'],
    );
  });

  it('reads only the last MiB of a huge append, starting at a whole line', async (t) => {
    const log = join(tempDir(t), 'log.json');
    writeFileSync(log, '');
    const line = `{"level":"debug","msg":"${'x'.repeat(1000)}"}\n`;
    appendFileSync(log, line.repeat(1500) + '{"level":"error","msg":"the end"}\n');
    const entries = await readLogSince(log, 0, 'json');
    assert.ok(entries.length < 1500);
    assert.equal(lastErrorMessage(entries), 'the end');
  });
});
