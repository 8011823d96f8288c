/**
 * `warmly score`, `--min-score` and the markdown and HTML reports, run as the real CLI process. Template text is
 * hostile: a template holding a <script> and a file name holding markup must come out as text, never as markup.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { parse as parseYaml } from 'yaml';
import { BIN, ensureBuilt, project, REPO, warmly } from './helpers';

before(ensureBuilt);

const fixtures = join(import.meta.dirname, '..', 'score', 'fixtures');
const fx = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const HOSTILE = '<p>Dear customer,</p>\n<p>Please do not reply. <script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(2)"></p>\n';
const files = { 'cold.hbs': fx('cold.hbs'), 'warm.hbs': fx('warm.hbs'), 'fa/cold-fa.hbs': fx('cold-fa.hbs'), 'fa/warm-fa.hbs': fx('warm-fa.hbs') };

test('score: one line per template, coldest first, and an average', () => {
  const r = warmly(['score', '.'], { cwd: project(files) });
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').filter((l) => /^\s*\d+ {2}/.test(l)).map((l) => l.trim().split(/\s+/));
  assert.deepEqual(rows.map((x) => x[1]), ['cold.hbs', 'fa/cold-fa.hbs', 'fa/warm-fa.hbs', 'warm.hbs']);
  assert.ok(Number(rows[0][0]) < Number(rows[3][0]));
  assert.match(r.stdout, /4 templates, average warmth \d+, coldest \d+/);
});

test('score --explain: start, points lost per rule (with the cap), points earned, the score, and fix gains', () => {
  const r = warmly(['score', '--explain', 'cold.hbs', 'fa/warm-fa.hbs'], { cwd: project(files) });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /cold\.hbs: warmth (\d+)\/100 \(English\)/);
  assert.match(r.stdout, /start\s+80\n/);
  assert.match(r.stdout, /− no-reply \(2 findings\)\s+−25\s+capped; 30 before the cap/);
  assert.match(r.stdout, /\+ greets-by-name\s+\+5\s+"سلام \{\{first_name\}\} عزیز،"/);
  assert.match(r.stdout, /warm-fa\.hbs: warmth 90\/100 \(Persian\)/);
  assert.match(r.stdout, /Fixes, and what each gains:\n\s+1:4\s+generic-greeting\s+\+\d+/);
});

test('--explain belongs to score, and score does not fix: usage errors', () => {
  const dir = project(files);
  assert.equal(warmly(['lint', '--explain', '.'], { cwd: dir }).status, 2);
  assert.equal(warmly(['score', '--fix', '.'], { cwd: dir }).status, 2);
  const r = warmly(['score', '--min-score', '101', '.'], { cwd: dir });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--min-score needs a score from 0 to 100/);
});

test('--min-score: exit 1 naming the templates below it, exit 0 when all pass', () => {
  const dir = project(files);
  const low = warmly(['score', '--min-score', '50', '.'], { cwd: dir });
  assert.equal(low.status, 1);
  assert.match(low.stderr, /^warmly: 2 templates below --min-score 50: cold\.hbs \(\d+\), fa\/cold-fa\.hbs \(\d+\)\n$/);
  assert.equal(warmly(['score', '--min-score', '50', 'warm.hbs', 'fa/warm-fa.hbs'], { cwd: dir }).status, 0);
  // With lint, the gate adds to the usual exit code: warm templates have only warnings, so only the score fails.
  assert.equal(warmly(['lint', '--min-score', '95', 'warm.hbs'], { cwd: dir }).status, 1);
  assert.equal(warmly(['lint', '--min-score', '90', 'warm.hbs'], { cwd: dir }).status, 0);
});

test('--min-average: exit 1 with the average when it is below, 0 when it is not; a bad value is a usage error', () => {
  const dir = project(files);
  // 17, 25, 90 and 90: the average is 55.5, shown and compared as 56.
  const low = warmly(['score', '--min-average', '57', '.'], { cwd: dir });
  assert.equal(low.status, 1);
  assert.equal(low.stderr, 'warmly: average warmth 56 is below --min-average 57\n');
  assert.equal(warmly(['score', '--min-average', '56', '.'], { cwd: dir }).status, 0);
  assert.equal(warmly(['score', '--min-average', 'high', '.'], { cwd: dir }).status, 2);
});

test('markdown: files, distribution, English vs Persian, findings per rule, coldest templates; names escaped', () => {
  const dir = project({ ...files, 'x|<b>y</b>.txt': HOSTILE });
  const r = warmly(['score', '--format', 'markdown', '.'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  for (const heading of ['## Warmly: warmth report', '### Score distribution', '### English and Persian', '### Findings per rule', '### Coldest templates']) assert.ok(r.stdout.includes(heading), heading);
  assert.match(r.stdout, /\*\*5\*\* files · average warmth \*\*\d+\*\*/);
  assert.match(r.stdout, /\| English \| 3 \| \d+ \| \d+ \|/);
  assert.match(r.stdout, /\| Persian \| 2 \| \d+ \| \d+ \|/);
  assert.ok(r.stdout.includes('x\\|&lt;b&gt;y&lt;/b&gt;.txt'), 'file name escaped for a table cell');
  assert.ok(!r.stdout.includes('<b>') && !r.stdout.includes('<script'));
});

const walk = (nodes: ChildNode[], out: Element[] = []): Element[] => {
  for (const n of nodes) if (n.type === 'tag' || n.type === 'script' || n.type === 'style') { out.push(n as Element); walk((n as Element).children, out); }
  return out;
};

test('html: one self-contained file; template text stays text; Persian is right-to-left; the numbers match the score run', () => {
  const dir = project({ ...files, 'evil<script>.txt': HOSTILE });
  // Before the report exists (the report is an .html file the next run would score too).
  const plain = warmly(['score', '.'], { cwd: dir }).stdout;
  const r = warmly(['score', '--format', 'html', '-o', 'report.html', '.'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  const elements = walk(parseDocument(html).children);
  assert.deepEqual(elements.filter((e) => e.name === 'script'), [], 'no script element');
  assert.deepEqual(elements.filter((e) => Object.keys(e.attribs).some((a) => a.startsWith('on'))).map((e) => e.name), [], 'no event handler');
  assert.deepEqual(elements.filter((e) => e.name === 'img' || e.name === 'link' || e.name === 'iframe'), []);
  // No address a browser would fetch: only the SVG namespace and in-page anchors.
  const urls = [...html.matchAll(/(?:https?:)?\/\/[^\s"'<>)]+/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg');
  assert.deepEqual(urls.filter((u) => !u.includes('evil.example')), []);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') || html.includes('&lt;script&gt;'), 'the script is shown as text');
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  // Persian snippets are set right-to-left, English ones left-to-right.
  const rtl = elements.filter((e) => e.attribs.dir === 'rtl').map((e) => textOf(e));
  assert.ok(rtl.some((t) => t.includes('مشتری گرامی')), 'the Persian greeting in context is rtl');
  assert.ok(elements.some((e) => e.attribs.dir === 'ltr' && textOf(e).includes('Dear customer')));
  // The table is sorted by score, and its numbers are the ones `score` prints.
  const table = elements.find((e) => e.attribs.class === 'list')!;
  const scores = walk(table.children).filter((e) => e.name === 'tr').slice(1).map((tr) => Number(textOf(walk(tr.children)[0])));
  assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
  const printed = [...plain.matchAll(/^\s*(\d+) {2}/gm)].map((m) => Number(m[1]));
  assert.deepEqual(scores, printed);
});

function textOf(n: ChildNode): string {
  if (n.type === 'text') return (n as unknown as { data: string }).data;
  return 'children' in n ? (n.children as ChildNode[]).map(textOf).join('') : '';
}

test('the composite action appends the markdown report to the job summary, keeping the lint exit code', () => {
  const action = parseYaml(readFileSync(join(REPO, 'action.yml'), 'utf8'));
  const lint = action.runs.steps.find((s: { id?: string }) => s.id === 'lint');
  assert.equal(action.inputs.summary.default, 'true');
  const dir = project(files);
  const summary = join(dir, 'step-summary.md');
  writeFileSync(summary, '# earlier step\n');
  const r = spawnSync('bash', ['-e', '-c', lint.run], {
    cwd: dir, encoding: 'utf8',
    env: { PATH: process.env.PATH!, GITHUB_OUTPUT: join(dir, 'out.txt'), GITHUB_STEP_SUMMARY: summary, WARMLY: `${process.execPath} ${BIN}`, PATHS: '.', ARGS: '', SARIF: 'false', SARIF_FILE: 'w.sarif', SUMMARY: 'true', CHANGED_ONLY: 'false', BASE_REF: '' },
  });
  assert.equal(r.status, 0, r.stderr);
  const md = readFileSync(summary, 'utf8');
  assert.ok(md.startsWith('# earlier step\n## Warmly: warmth report\n'), md.slice(0, 80));
  assert.match(md, /\| \d+ \| cold\.hbs \| 6 \|/);
  assert.match(readFileSync(join(dir, 'out.txt'), 'utf8'), /^exit-code=1$/m);
});

test('score --format json on a message catalog: the file\'s score and each linted message\'s own score', () => {
  const rails = readFileSync(join(REPO, 'test', 'catalogs', 'fixtures', 'rails', 'config', 'locales', 'fa.yml'), 'utf8');
  const r = warmly(['score', 'config/locales/fa.yml', '--format', 'json'], { cwd: project({ 'config/locales/fa.yml': rails }) });
  assert.equal(r.status, 0, r.stderr);
  const [file] = JSON.parse(r.stdout);
  assert.equal(file.warmth.language, 'fa');
  const byKey = Object.fromEntries(file.warmth.messages.map((m: { key: string; score: number; findings: number }) => [m.key, [m.score, m.findings]]));
  // The UI string "buttons.save" is not a message, so it has no score; each message loses only its own findings.
  assert.deepEqual(byKey, {
    'fa.order_mailer.confirm_email.subject': [80, 0],
    'fa.order_mailer.confirm_email.dear_customer': [70, 1],
    'fa.order_mailer.confirm_email.body': [65, 1],
    'fa.order_mailer.confirm_email.thanks': [80, 0],
  });
  assert.equal(file.warmth.score, 80 - 10 - 15);
});
