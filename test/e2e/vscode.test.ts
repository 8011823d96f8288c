/**
 * The extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3, in headless Chromium): the packaged
 * .vsix is installed, a cold Handlebars email shows a squiggle and a Problems entry, Ctrl+. and Enter apply the
 * preferred rewrite, Ctrl+S writes it to disk; a second file is fixed whole on save through
 * `editor.codeActionsOnSave: { "source.fixAll.warmly": "explicit" }`; a Rails YAML catalog shows a squiggle
 * inside a string and its quick fix leaves valid YAML on disk; a cold template shows the warmth code lens
 * ("Warmth 17 · 7 fixes · +83") and the score in the status bar, and a click on the lens fixes the file.
 *
 * Needs code-server and Chromium: `bash scripts/setup-code-server.sh`. WARMLY_SKIP_EDITORS=1 skips loudly.
 * Screenshots land in test-artifacts/; WARMLY_UPDATE_SCREENSHOT=1 also refreshes docs/images/quick-fix.png.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { applyEdits } from '../../server/engine';
import { scoreText } from '../../server/engine/score';
import { fixText, linter, lint, rules } from '../../server/linter';
import { ARTIFACTS, missingPieces, openEditor, openFile, packageVsix, ROOT, SETUP_COMMAND, type Editor } from './code-server';

const WELCOME = [
  '<!DOCTYPE html>',
  '<html>',
  '  <body>',
  '    <p>Dear customer,</p>',
  '    <p>Thank you for your order #{{order.number}}. It ships within two business days.</p>',
  '    <p>Sam from Acme support reads every reply, so tell us if anything is wrong.</p>',
  '  </body>',
  '</html>',
  '',
].join('\n');

/** Never opened by the test: "Warmly: Lint workspace" must find it. */
const LATER = [
  '# Your account',
  '',
  'Dear user,',
  '',
  'Your password was changed. Please do not reply to this message.',
  '',
].join('\n');

/** A Rails mailer's strings in a locale catalog: written late, so "Lint workspace" above counts only the three files. */
const CATALOG = [
  'en:',
  '  user_mailer:',
  '    welcome:',
  '      subject: Your account is ready',
  '      greeting: "Dear customer,"',
  '      body: "Please be advised that your account is ready. Reply to this email if anything is unclear; Sam from Acme support reads every reply."',
  '',
].join('\n');

/** The score's cold example (test/score/fixtures/cold.hbs): written last, for the code lens. */
const COLD = readFileSync(join(ROOT, 'test', 'score', 'fixtures', 'cold.hbs'), 'utf8');

const RECEIPT = [
  '<html><body>',
  '<p>Dear valued customer,</p>',
  '<p>Your refund for order {{order.number}} has been processed.</p>',
  '<p>This is an automated message, please do not reply.</p>',
  '</body></html>',
  '',
].join('\n');

test('VS Code (code-server): squiggle, Problems entry, quick fix with Ctrl+. and fix-all on save, quick fix in a YAML catalog, the warmth code lens', { timeout: 240_000 }, async (t) => {
  const missing = missingPieces();
  if (missing.length) {
    const why = `missing ${missing.join(' and ')}; install with: ${SETUP_COMMAND}`;
    if (process.env.WARMLY_SKIP_EDITORS === '1') return t.skip(`SKIPPED real VS Code test (WARMLY_SKIP_EDITORS=1): ${why}`);
    assert.fail(`The real VS Code test cannot run: ${why}. Set WARMLY_SKIP_EDITORS=1 to skip it.`);
  }

  const workspace = mkdtempSync(join(tmpdir(), 'warmly-vscode-'));
  const welcome = join(workspace, 'welcome.hbs');
  const receipt = join(workspace, 'receipt.html');
  writeFileSync(welcome, WELCOME);
  writeFileSync(receipt, RECEIPT);
  writeFileSync(join(workspace, 'later.md'), LATER);
  mkdirSync(ARTIFACTS, { recursive: true });

  const started = Date.now();
  const vsix = packageVsix(mkdtempSync(join(tmpdir(), 'warmly-vsix-')));
  const phases: string[] = [];
  const mark = (what: string) => phases.push(`${what} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  mark('packaged');
  let editor: Editor | undefined;
  t.after(async () => {
    await editor?.close();
  });
  editor = await openEditor({
    workspace,
    vsix,
    userSettings: {
      // Only HTML files are fixed on save, so the Handlebars file shows what the single quick fix did.
      '[html]': { 'editor.codeActionsOnSave': { 'source.fixAll.warmly': 'explicit' } },
    },
  });
  mark(`editor up (vsix install ${(editor.installMs / 1000).toFixed(1)} s)`);
  const { page } = editor;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, name) });

  try {
    // --- a squiggle and a Problems entry on the cold greeting -----------------------------------------
    await openFile(page, 'welcome.hbs');
    await page.waitForSelector('.squiggly-warning', { timeout: 60_000 });
    mark('squiggle');
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-tl-row', { hasText: 'Greet the reader by name' });
    await problem.first().waitFor({ timeout: 20_000 });
    assert.match(await problem.first().innerText(), /generic-greeting/);
    // The status bar counts the active file's findings.
    await page.locator('.statusbar-item', { hasText: /Warmly: 1\b/ }).waitFor({ timeout: 10_000 });

    // --- Ctrl+. on "Dear customer" and Enter on the preferred rewrite -------------------------------------
    const expected = expectedQuickFix(WELCOME, welcome);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home'); // first non-blank: the "<p>" of "<p>Dear customer,</p>"
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 20_000 });
    const titles = await rows.allInnerTexts();
    assert.ok(titles.some((x) => x.includes(expected.title)), `quick fixes offered: ${titles.join(' | ')}`);
    const focused = page.locator('.action-widget .monaco-list-row.focused');
    for (let i = 0; i < titles.length && !(await focused.innerText()).includes(expected.title); i++) await page.keyboard.press('ArrowDown');
    await shot('vscode-quick-fix.png');
    if (process.env.WARMLY_UPDATE_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'docs', 'images', 'quick-fix.png'), clip: { x: 0, y: 0, width: 1200, height: 720 } });
    }
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');
    await waitForDisk(welcome, (text) => text === expected.text, 'the quick fix on disk');
    assert.equal(readFileSync(welcome, 'utf8'), expected.text);
    mark('quick fix saved');

    // --- fix-all on save in the HTML file ----------------------------------------------------------------
    const fixedReceipt = fixText(RECEIPT, { filePath: receipt }).text;
    assert.notEqual(fixedReceipt, RECEIPT, 'the engine has something to fix in the receipt');
    await openFile(page, 'receipt.html');
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.waitForFunction("document.querySelectorAll('.monaco-editor .squiggly-warning').length > 0", undefined, { timeout: 30_000 });
    // Merge tags are highlighted as personalization (the injection grammar), unlike the prose around them.
    // (A string, because tsx would wrap a function's inner helpers in a `__name` the page does not have.)
    const colors: { tag?: string; prose?: string } = await page.evaluate(`(() => {
      const spans = [...document.querySelectorAll('.monaco-editor .view-lines span span')];
      const tag = spans.find((x) => x.textContent.trim() === 'order.number');
      const prose = spans.find((x) => x.textContent.includes('refund'));
      return { tag: tag && getComputedStyle(tag).color, prose: prose && getComputedStyle(prose).color };
    })()`);
    assert.ok(colors.tag && colors.prose && colors.tag !== colors.prose, `merge tag ${colors.tag} vs prose ${colors.prose}`);
    await page.keyboard.press('Control+S');
    await waitForDisk(receipt, (text) => text !== RECEIPT, 'fix-all on save');
    assert.equal(readFileSync(receipt, 'utf8'), fixedReceipt);
    await shot('vscode-fix-all-on-save.png');
    mark('fix-all saved');

    // --- "Warmly: Lint workspace" finds the file nobody opened ----------------------------------------------
    await page.keyboard.press('Control+Shift+P');
    const palette = page.locator('.quick-input-widget input');
    await palette.waitFor({ timeout: 20_000 });
    await palette.fill('>Warmly: Lint workspace');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Lint workspace' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    // The summary counts what the engine finds in the three files as they are now on disk.
    const counts = [welcome, receipt, join(workspace, 'later.md')].map((f) => lint(readFileSync(f, 'utf8'), { filePath: f }).findings.length);
    const total = counts.reduce((a, b) => a + b, 0);
    const summary = `Warmly: ${total} ${total === 1 ? 'finding' : 'findings'} in ${counts.filter(Boolean).length} of 3 files.`;
    await page.locator('.notifications-toasts', { hasText: summary }).waitFor({ timeout: 60_000 });
    await page.locator('.markers-panel .monaco-tl-row', { hasText: 'later.md' }).first().waitFor({ timeout: 20_000 });
    await shot('vscode-lint-workspace.png');
    mark('workspace linted');

    // --- "Warmly: Show rules" lists the rules the server sends (warmly/rules), with their severities -------
    await page.keyboard.press('Control+Shift+P');
    await palette.waitFor({ timeout: 20_000 });
    await palette.fill('>Warmly: Show rules');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show rules' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    const first = rules[0];
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: first.id }).first().waitFor({ timeout: 20_000 });
    const last = rules[rules.length - 1];
    await palette.fill(last.id);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: last.description.slice(0, 30) }).first().waitFor({ timeout: 20_000 });
    await shot('vscode-show-rules.png');
    await page.keyboard.press('Escape');
    mark('rules listed');

    // --- a YAML catalog: the squiggle is inside the body string, and its quick fix keeps the file valid YAML ---
    const catalog = join(workspace, 'config', 'locales', 'en.yml');
    mkdirSync(join(workspace, 'config', 'locales'), { recursive: true });
    writeFileSync(catalog, CATALOG);
    const catalogFix = expectedQuickFix(CATALOG, catalog, 'robotic-phrasing');
    await openFile(page, 'en.yml', catalog);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.waitForFunction("document.querySelectorAll('.monaco-editor .squiggly-warning').length > 0", undefined, { timeout: 30_000 });
    // The Problems entry places it on the words inside the quotes, not on the key or the whole file.
    const column = CATALOG.split('\n')[5].indexOf('Please be advised') + 1;
    await page.locator('.markers-panel .monaco-tl-row', { hasText: 'robotic-phrasing' }).filter({ hasText: `[Ln 6, Col ${column}]` }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home'); // first non-blank: the "b" of `body: "Please be advised…`
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight'); // inside "Please"
    await page.keyboard.press('Control+.');
    await rows.first().waitFor({ timeout: 20_000 });
    const catalogTitles = await rows.allInnerTexts();
    assert.ok(catalogTitles.some((x) => x.includes(catalogFix.title)), `quick fixes offered in the catalog: ${catalogTitles.join(' | ')}`);
    for (let i = 0; i < catalogTitles.length && !(await focused.innerText()).includes(catalogFix.title); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');
    await waitForDisk(catalog, (text) => text !== CATALOG, 'the catalog quick fix on disk');
    const fixedCatalog = readFileSync(catalog, 'utf8');
    assert.equal(fixedCatalog, catalogFix.text);
    // Only the body string changed, and the file still parses to the same keys.
    const before = CATALOG.split('\n');
    const after = fixedCatalog.split('\n');
    assert.deepEqual(after.filter((_, i) => i !== 5), before.filter((_, i) => i !== 5));
    const data = parseYaml(fixedCatalog);
    assert.deepEqual(Object.keys(data.en.user_mailer.welcome), ['subject', 'greeting', 'body']);
    assert.doesNotMatch(data.en.user_mailer.welcome.body, /be advised/);
    assert.match(data.en.user_mailer.welcome.body, /your account is ready\. Reply to this email/);
    await shot('vscode-catalog-quick-fix.png');
    mark('catalog quick fix saved');

    // --- the warmth code lens: its numbers are the engine's, the status bar shows the score, a click fixes all ---
    const cold = join(workspace, 'cold.hbs');
    writeFileSync(cold, COLD);
    const now = scoreText(linter, COLD, { filePath: cold }, false).score;
    const fixedCold = fixText(COLD, { filePath: cold });
    const gain = scoreText(linter, fixedCold.text, { filePath: cold }, false).score - now;
    const title = `Warmth ${now} · ${fixedCold.fixed} fixes · +${gain}`;
    await openFile(page, 'cold.hbs', cold);
    const lens = page.locator('.monaco-editor .codelens-decoration a', { hasText: title });
    await lens.first().waitFor({ timeout: 30_000 });
    await page.locator('.statusbar-item', { hasText: `warmth ${now}` }).waitFor({ timeout: 20_000 });
    await shot('vscode-code-lens.png');
    await lens.first().click();
    await page.locator('.monaco-editor .codelens-decoration a', { hasText: /^Warmth \d+/ }).filter({ hasNotText: title }).first().waitFor({ timeout: 20_000 });
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+S');
    await waitForDisk(cold, (text) => text !== COLD, 'the code lens fix-all on disk');
    assert.equal(readFileSync(cold, 'utf8'), fixedCold.text);
    mark('code lens fixed the file');
    t.diagnostic(`real VS Code run: ${phases.join(', ')} (code-server log: ${editor.log})`);
  } catch (error) {
    await shot('vscode-failure.png').catch(() => {});
    throw error;
  }
});

/** The text after the preferred rewrite of a rule's finding (the generic greeting by default), computed by the engine itself. */
function expectedQuickFix(text: string, filePath: string, ruleId = 'generic-greeting'): { title: string; text: string } {
  const finding = lint(text, { filePath }).findings.find((f) => f.ruleId === ruleId);
  assert.ok(finding, `the engine flags ${ruleId}`);
  const suggestion = finding.suggestions[0];
  assert.ok(suggestion, `${ruleId} has a rewrite`);
  return { title: suggestion.title, text: applyEdits(text, suggestion.edits).text };
}

/**
 * Waits until the file on disk is changed as expected and stays so: the editor writes a saved file by truncating it
 * and then writing, so one read may see it empty (CI once read '' just after "changed"). Done means `done` holds for
 * the same, non-empty text on two reads 100 ms apart.
 */
async function waitForDisk(path: string, done: (text: string) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let previous: string | undefined;
  for (;;) {
    const text = readFileSync(path, 'utf8');
    if (text !== '' && done(text) && text === previous) return;
    previous = text;
    if (Date.now() > deadline) assert.fail(`${what}: the file on disk did not change as expected:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
