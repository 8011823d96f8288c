import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import Ajv4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { docsUrl } from '../../server/engine';
import { rules } from '../../server/linter';
import { COLD, ensureBuilt, project, WARM, warmly } from './helpers';

before(ensureBuilt);

const files = { 'emails/welcome.hbs': COLD['welcome.hbs'], 'emails/نظرسنجی.txt': COLD['نظرسنجی.txt'], 'emails/warm.liquid': WARM, 'emails/odd name, 100%.txt': 'Please do not reply to this email.\n' };

test('json: ESLint\'s shape, 1-based UTF-16 positions, fixes as single replacements', () => {
  const dir = project(files);
  const r = warmly(['lint', 'emails', '--format', 'json'], { cwd: dir });
  assert.equal(r.status, 1);
  const reports = JSON.parse(r.stdout);
  assert.deepEqual(reports.map((x: { filePath: string }) => x.filePath), ['emails/odd name, 100%.txt', 'emails/warm.liquid', 'emails/welcome.hbs', 'emails/نظرسنجی.txt'].map((f) => join(dir, f)));
  const hbs = reports[2];
  for (const key of ['filePath', 'messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'fatalErrorCount']) assert.ok(key in hbs, key);
  const noReply = hbs.messages.find((m: { ruleId: string }) => m.ruleId === 'no-reply');
  assert.deepEqual({ line: noReply.line, column: noReply.column, endLine: noReply.endLine, severity: noReply.severity }, { line: 3, column: 4, endLine: 3, severity: 2 });
  const text = COLD['welcome.hbs'];
  // The finding covers the sentence's words (the closing period stays outside).
  assert.equal(noReply.endColumn - noReply.column, 'Please do not reply to this email'.length);
  // The fix applies as ESLint applies it: replace text[range[0], range[1]) with text.
  const fixed = text.slice(0, noReply.fix.range[0]) + noReply.fix.text + text.slice(noReply.fix.range[1]);
  assert.ok(!fixed.includes('do not reply'), fixed);
  assert.ok(noReply.suggestions.length >= 1 && typeof noReply.suggestions[0].desc === 'string');
  assert.deepEqual(noReply.suggestions[0].fix, noReply.fix);
  assert.equal(hbs.errorCount, hbs.messages.filter((m: { severity: number }) => m.severity === 2).length);
  assert.equal(reports[1].messages.length, 0);
  assert.equal(reports[1].errorCount, 0);
});

test('sarif: valid against the official SARIF 2.1.0 schema, with rule metadata and help URIs', () => {
  const dir = project(files);
  const r = warmly(['lint', 'emails', '--format', 'sarif', '--report-unused-disables'], { cwd: dir });
  assert.equal(r.status, 1);
  const log = JSON.parse(r.stdout);
  // The official schema has a pattern that is not valid in JavaScript's unicode mode.
  const ajv = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')));
  // A fresh parse for the validator: its type guard would narrow `log` to unknown.
  assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors, null, 2));
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'warmly');
  assert.deepEqual(run.tool.driver.rules.map((d: { id: string }) => d.id), rules.map((x) => x.id));
  for (const d of run.tool.driver.rules) {
    assert.equal(d.helpUri, docsUrl(d.id));
    assert.ok(d.shortDescription.text && d.fullDescription.text && d.help.text, d.id);
  }
  const results = run.results as { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }[] }[];
  assert.ok(results.length >= 6);
  for (const res of results) assert.equal(run.tool.driver.rules[res.ruleIndex].id, res.ruleId);
  const uris = new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
  assert.deepEqual([...uris].sort(), ['emails/odd%20name%2C%20100%25.txt', 'emails/welcome.hbs', `emails/${encodeURIComponent('نظرسنجی.txt')}`].sort());
  assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
  assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir}/`);
  const noReply = results.find((x) => x.ruleId === 'no-reply' && x.locations[0].physicalLocation.artifactLocation.uri === 'emails/welcome.hbs')!;
  assert.equal(noReply.level, 'error');
  assert.equal(noReply.locations[0].physicalLocation.region.startLine, 3);
});

test('github: one workflow command per finding, with escaped properties and data', () => {
  const dir = project(files);
  const r = warmly(['lint', 'emails', '--format', 'github'], { cwd: dir });
  assert.equal(r.status, 1);
  const lines = r.stdout.trimEnd().split('\n');
  for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::\S/);
  assert.ok(lines.includes('::error file=emails/welcome.hbs,line=3,col=4,endLine=3,endColumn=37,title=no-reply::Invite replies instead: a reader who is told not to answer learns that nobody is listening.'), r.stdout);
  assert.ok(lines.some((l) => l.startsWith('::error file=emails/odd name%2C 100%25.txt,line=1,col=1,')), r.stdout);
  assert.ok(lines.some((l) => l.startsWith('::warning file=emails/نظرسنجی.txt,line=1,')), r.stdout);
  const hint = warmly(['lint', 'emails/welcome.hbs', '--format', 'github', '--rule', 'no-reply:hint'], { cwd: dir });
  assert.match(hint.stdout, /^::notice file=emails\/welcome\.hbs,line=3,.*title=no-reply::/m);
});

test('junit: parses back; a suite per file, a failing case per finding, a passing case for clean files', () => {
  const dir = project(files);
  const r = warmly(['lint', 'emails', '--format', 'junit'], { cwd: dir });
  assert.equal(r.status, 1);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });
  const doc = parser.parse(r.stdout, true);
  const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: { message: string; type: string; '#text': string } }[] }[];
  assert.deepEqual(suites.map((s) => s.name), ['emails/odd name, 100%.txt', 'emails/warm.liquid', 'emails/welcome.hbs', 'emails/نظرسنجی.txt']);
  const warm = suites[1];
  assert.equal(warm.failures, '0');
  assert.equal(warm.testcase.length, 1);
  assert.equal(warm.testcase[0].failure, undefined);
  const hbs = suites[2];
  assert.equal(Number(hbs.failures), hbs.testcase.length);
  const noReply = hbs.testcase.find((c) => c.name === 'no-reply at 3:4')!;
  assert.equal(noReply.failure!.type, 'error');
  assert.match(noReply.failure!.message, /Invite replies instead/);
  assert.equal(Number(doc.testsuites.failures), suites.reduce((n, s) => n + Number(s.failures), 0));
});

test('stylish: findings grouped by file with a summary', () => {
  const dir = project(files);
  const r = warmly(['lint', 'emails'], { cwd: dir });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^emails\/welcome\.hbs\n {2}1:4 +warning +Greet the reader by name/m);
  assert.match(r.stdout, /✖ \d+ problems \(3 errors, \d+ warnings\) in 3 files\n/);
  assert.ok(!r.stdout.includes('warm.liquid'));
});

test('json: written in pieces of at most about a megabyte, which join to exactly JSON.stringify(files, null, 2)', async () => {
  // A 20 MB template with 450,000 findings makes ~650 MB of JSON, more than one JavaScript string may hold: the CLI
  // died with "RangeError: Invalid string length". The report is now written piece by piece.
  const { formatJsonChunks } = await import('../../server/cli/formatters/json');
  const many = Array.from({ length: 3000 }, (_, i) => ({
    ruleId: 'no-reply', severity: 'warning' as const, message: 'Invite replies instead.', line: i + 1, column: 1, endLine: i + 1, endColumn: 30,
    suggestions: [{ desc: 'Rewrite', fix: { range: [i * 40, i * 40 + 29] as [number, number], text: 'Just reply to this email.' } }], actual: 'Please do not reply to this email', context: `line ${i}`,
  }));
  const reports = [
    { filePath: '/a/empty.txt', messages: [] },
    { filePath: '/a/big.txt', messages: many },
  ] as unknown as Parameters<typeof formatJsonChunks>[0];
  const pieces = [...formatJsonChunks(reports)];
  const joined = pieces.join('');
  assert.equal(joined, JSON.stringify(JSON.parse(joined), null, 2) + '\n');
  assert.ok(pieces.length > 2 && pieces.every((p) => p.length < (1 << 20) + 4096), `${pieces.length} pieces, largest ${Math.max(...pieces.map((p) => p.length))}`);
  assert.equal(JSON.parse(joined)[1].messages.length, 3000);
  assert.equal([...formatJsonChunks([])].join(''), '[]\n');
});

test('json: the CLI output on a template with many findings is JSON.stringify of the files, to the byte', () => {
  const dir = project({ 'big.txt': 'Dear customer,\n\nPlease do not reply to this email.\n\n'.repeat(4000) });
  const r = warmly(['lint', 'big.txt', '--format', 'json', '--output-file', 'out/report.json'], { cwd: dir });
  assert.equal(r.status, 1, r.stderr);
  const text = readFileSync(join(dir, 'out', 'report.json'), 'utf8');
  assert.equal(text, JSON.stringify(JSON.parse(text), null, 2) + '\n');
  assert.ok(JSON.parse(text)[0].messages.length >= 8000);
});
