/**
 * Surveys inside HTML: an email's NPS row and a feedback form are read as questions (titles, choices, scales,
 * what the email already knows) while the file is still linted as HTML; survey rules see them through ctx.survey.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLinter, type Rule } from '../../server/engine';
import type { Survey } from '../../server/engine/surveys';
import { lint, rules } from '../../server/linter';

const read = (f: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'html', f), 'utf8');

/** Hands the survey it is given to the test, and reports each question on its title. */
function capture(): { rule: Rule; seen: Survey[] } {
  const seen: Survey[] = [];
  const rule: Rule = {
    id: 'probe-survey', description: 'test', defaultSeverity: 'warning', fixable: false, scope: 'survey', messages: { en: 'probe', fa: 'probe' },
    check(ctx) {
      seen.push(ctx.survey!);
      for (const q of ctx.survey!.questions) {
        const t = q.title[0];
        if (t?.block) ctx.report({ range: { start: t.block.start, end: t.block.end }, language: t.language });
      }
    },
  };
  return { rule, seen };
}

test('an email NPS row: one 0–10 question titled by the sentence before it, choices on the links, link parameters known', () => {
  const text = read('nps-email.html');
  const { rule, seen } = capture();
  const found = createLinter([...rules, rule]).lint(text, { filePath: 'nps-email.html' }).findings;
  assert.equal(seen.length, 1);
  const [q] = seen[0].questions;
  assert.equal(seen[0].questions.length, 1, 'the help links are not a rating row');
  assert.equal(q.type, 'nps');
  assert.deepEqual([q.scale?.min, q.scale?.max, q.scale?.descending], [0, 10, undefined]);
  assert.equal(q.title[0].text, 'How likely are you to recommend Acme to a friend?');
  assert.deepEqual(q.choices.map((c) => text.slice(c.range.start, c.range.end)), Array.from({ length: 11 }, (_, i) => `<a href="https://survey.example.com/r?score=${i}&amp;email={{email}}&amp;order={{order_id}}">${i}</a>`));
  assert.deepEqual(q.choices.map((c) => c.label[0].text), Array.from({ length: 11 }, (_, i) => String(i)));
  const seven = q.choices[7].label[0];
  assert.equal(text.slice(seven.starts[0], seven.ends[0]), '7');
  assert.deepEqual(seen[0].knownVariables.sort(), ['email', 'first_name', 'order', 'order_id']);
  assert.match(seen[0].intro.map((l) => l[0].text).join('|'), /1-minute survey/);
  const probe = found.find((f) => f.ruleId === 'probe-survey')!;
  assert.equal(probe.actual, 'How likely are you to recommend Acme to a friend?');
  assert.equal(probe.range.start, text.indexOf('How likely'));
  // Linted as HTML as before: the ordinary HTML findings are the same with or without the survey reading.
  const plain = lint(text, { filePath: 'nps-email.html' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId !== 'probe-survey'), plain);
});

test('a feedback form: radio groups by name with their labels, the legend as title, selects, text fields and hidden fields', () => {
  const text = read('feedback-form.html');
  const { rule, seen } = capture();
  createLinter([...rules, rule]).lint(text, { filePath: 'feedback-form.html' });
  const s = seen[0];
  assert.deepEqual(s.questions.map((q) => [q.id, q.type, q.title[0]?.text]), [
    ['csat', 'single', 'چقدر از پاسخ پشتیبانی راضی بودید؟'],
    ['age', 'single', 'How old are you?'],
    ['email', 'text', 'Your email address'],
    ['channel', 'single', undefined],
  ]);
  const [csat, age] = s.questions;
  assert.equal(csat.title[0].language, 'fa');
  assert.deepEqual(csat.choices.map((c) => c.label[0].text), ['خیلی ناراضی', 'ناراضی', 'راضی']);
  const label = csat.choices[1].label[0].block!;
  assert.equal(text.slice(label.start, label.end), 'ناراضی');
  assert.deepEqual(age.choices.map((c) => [c.value, c.label[0].text]), [['young', 'Under 30'], ['old', '30 or over']]);
  assert.deepEqual(s.questions[3].choices.map((c) => c.label[0].text), ['Email', 'Phone']);
  assert.deepEqual(s.knownVariables.sort(), ['ticket.id', 'ticket_id']);
});

test('HTML without a rating row or form has no survey, and survey rules do not run on it', () => {
  const { rule, seen } = capture();
  createLinter([...rules, rule]).lint('<p>Page <a href="/p/1">1</a> <a href="/p/2">2</a> <a href="/p/3">3</a></p>', { filePath: 'a.html' });
  assert.equal(seen.length, 0);
});

test('page links are not a rating row; a Persian 1–5 row with Persian digits and a feedback link is', () => {
  const pages = '<p>Results</p><p>' + [1, 2, 3, 4, 5, 6].map((n) => `<a href="/search?q=x&page=${n}">${n}</a>`).join(' ') + '</p>';
  const a = capture();
  createLinter([...rules, a.rule]).lint(pages, { filePath: 'a.html' });
  assert.equal(a.seen.length, 0);
  const fa = '<p>از خرید خود چقدر راضی بودید؟</p><p>' + ['۱', '۲', '۳', '۴', '۵'].map((d, i) => `<a href="https://shop.example/feedback/${i + 1}">${d}</a>`).join(' ') + '</p>';
  const b = capture();
  createLinter([...rules, b.rule]).lint(fa, { filePath: 'fa.html' });
  const [q] = b.seen[0].questions;
  assert.deepEqual([q.type, q.scale?.min, q.scale?.max, q.title[0].text, q.title[0].language], ['rating', 1, 5, 'از خرید خود چقدر راضی بودید؟', 'fa']);
  assert.equal(fa.slice(q.choices[2].label[0].starts[0], q.choices[2].label[0].ends[0]), '۳');
});

test('addChoices on a form group: a new option after the last one, same name, on its own line', () => {
  const text = read('feedback-form.html');
  const { rule, seen } = capture();
  createLinter([...rules, rule]).lint(text, { filePath: 'feedback-form.html' });
  const [edit] = seen[0].questions[1].addChoices!([{ label: { en: 'Prefer not to say' } }], 'en')!;
  const fixed = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
  assert.match(fixed, /<label for="age2">30 or over<\/label>\n {2}<label><input type="radio" name="age" value="prefer_not_to_say"> Prefer not to say<\/label>\n/);
  const again = capture();
  createLinter([...rules, again.rule]).lint(fixed, { filePath: 'feedback-form.html' });
  assert.deepEqual(again.seen[0].questions[1].choices.map((c) => c.label[0].text), ['Under 30', '30 or over', 'Prefer not to say']);
  assert.equal(seen[0].questions[3].addChoices, undefined, 'a select takes no radio');
});

test('a row of star images: a 1–5 rating from the images\' alt text and the rating parameter', () => {
  const stars = '<p>How was your delivery?</p><div>' + [1, 2, 3, 4, 5].map((n) => `<a href="https://x.example/f?rating=${n}&amp;order={{order.id}}"><img src="star.png" alt="${n} star${n > 1 ? 's' : ''}"></a>`).join('') + '</div>';
  const { rule, seen } = capture();
  createLinter([...rules, rule]).lint(stars, { filePath: 'stars.html' });
  const [q] = seen[0].questions;
  assert.deepEqual([q.type, q.scale?.min, q.scale?.max, q.title[0].text], ['rating', 1, 5, 'How was your delivery?']);
  assert.deepEqual(q.choices.map((c) => c.value), ['1', '2', '3', '4', '5']);
  assert.deepEqual(seen[0].knownVariables.sort(), ['order', 'order.id']);
});

test('scale end labels: cells beside the row, or a table row of two cells under it; never a paragraph after it', () => {
  const cells = (n: number) => Array.from({ length: n }, (_, i) => `<td><a href="https://s.example/nps?score=${i}">${i}</a></td>`).join('');
  const beside = `<p>How likely are you to recommend us?</p><table><tr><td>Not likely</td>${cells(11)}<td>Very likely</td></tr></table>`;
  const under = `<p>How likely are you to recommend us?</p><table><tr>${cells(11)}</tr><tr><td colspan="5">Not at all likely</td><td colspan="6" align="right">Extremely likely</td></tr></table>`;
  for (const [html, low, high] of [[beside, 'Not likely', 'Very likely'], [under, 'Not at all likely', 'Extremely likely']]) {
    const { rule, seen } = capture();
    createLinter([...rules, rule]).lint(html, { filePath: 'a.html' });
    const [q] = seen[0].questions;
    assert.equal(q.title[0].text, 'How likely are you to recommend us?');
    assert.deepEqual([q.scale?.minLabel?.[0].text, q.scale?.maxLabel?.[0].text], [low, high]);
    assert.equal(html.slice(q.scale!.maxLabel![0].starts[0], q.scale!.maxLabel![0].endOffset), high);
  }
  const { rule, seen } = capture();
  createLinter([...rules, rule]).lint(read('nps-email.html'), { filePath: 'nps-email.html' });
  assert.deepEqual([seen[0].questions[0].scale?.minLabel, seen[0].questions[0].scale?.maxLabel], [undefined, undefined], 'the footer and signature are no labels');
});

test('the cheap pre-test lets through every rating link the exact one finds, ſtar and a Kelvin-sign neighbour included', async () => {
  const { mayHoldHtmlSurvey } = await import('../../server/engine/surveys/html');
  for (const html of ['<a href="x">5</a>', '<A HREF="x"> ★★★ </A>', '<a href="x"><img src="s.png" alt="ſtar"></a>', '<a\u212Ahref>3</a>', '<a href="x"><img alt="۴ ستاره"></a>']) {
    const exact = /<a\b[^>]*>\s*(?:[\d۰-۹٠-٩]{1,2}|[★⭐☆]{1,10}|<img\b[^>]*\balt\s*=\s*["'][^"']*(?:\d|star|ستاره)[^>]*>)\s*<\/a>/iu.test(html);
    assert.equal(mayHoldHtmlSurvey(html), exact, html);
  }
  assert.equal(mayHoldHtmlSurvey('<a href="x">Read more</a>'), false);
});
