/**
 * The CLI keeps every file's report until the run ends, so a report must not keep its file's text alive: V8 makes
 * a slice of a string a view of the whole string, and a finding's `actual` is a slice of the text (server/cli/
 * detach.ts). Measured as a deterministic property, not a time: reports of large files, all kept, hold far less
 * heap after a full collection than the texts they came from.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { detached, detachStrings } from '../../server/cli/detach';

const root = join(__dirname, '..', '..');

test('detached copies equal the original, whatever it was cut from', () => {
  const big = 'Dear customer, '.repeat(1000);
  for (const s of ['', 'short', big.slice(3, 200), big, big.slice(0, 12), 'ab' + big.slice(5, 40)]) assert.equal(detached(s), s);
  const report = { a: big.slice(1, 50), list: [{ b: big.slice(2, 30), n: 3, none: undefined, nil: null }], deep: { c: ['x', big.slice(0, 20)] } };
  const copy = structuredClone(report);
  assert.deepEqual(detachStrings(report), copy);
});

test('reports of linted files do not keep the files\' texts alive', () => {
  // 40 files of ~400 KB, each with findings near its start (and `context` lines), every report kept.
  const script = `
    const { lintFile } = require(${JSON.stringify(join(root, 'server', 'cli', 'lint-file.ts'))});
    const filler = 'We shipped the order on Monday and it should arrive soon. '.repeat(7000);
    const reports = [];
    const letter = (i) => 'Dear customer,\\n\\nPlease do not reply to this email. File ' + i + '.\\n\\n' + filler + '\\n\\nThe Team\\n';
    // The engine's one-time work (compiled phrase sets, regexes) is done before measuring.
    for (let i = 0; i < 3; i++) lintFile({ filePath: '/virtual/warm.txt', options: { filePath: '/virtual/warm.txt' }, input: Buffer.from(letter(-1)) });
    global.gc();
    const before = process.memoryUsage().heapUsed;
    let textBytes = 0;
    for (let i = 0; i < 40; i++) {
      const text = letter(i);
      textBytes += text.length;
      reports.push(lintFile({ filePath: '/virtual/letter-' + i + '.txt', options: { filePath: '/virtual/letter-' + i + '.txt' }, input: Buffer.from(text) }));
    }
    global.gc();
    const grown = process.memoryUsage().heapUsed - before;
    const messages = reports.reduce((n, r) => n + r.messages.length, 0);
    process.stdout.write(JSON.stringify({ grown, textBytes, messages }));
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const { grown, textBytes, messages } = JSON.parse(r.stdout) as { grown: number; textBytes: number; messages: number };
  assert.ok(messages >= 80, `the files have findings (${messages})`);
  // The texts are 16 MB; kept alive, they would all be on the heap. The reports themselves are tens of KB.
  assert.ok(grown < textBytes / 8, `kept reports hold ${Math.round(grown / 1e6)} MB of heap for ${Math.round(textBytes / 1e6)} MB of texts`);
});
