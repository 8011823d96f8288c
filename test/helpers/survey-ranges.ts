/**
 * The check every survey parser must pass: each unit of each text maps to the file characters that produce it —
 * the same character when it is copied, or an escape (`\n`, `\u00e9`), an entity (`&amp;`) that stands for it.
 */
import assert from 'node:assert/strict';
import { surveyTexts, type Survey, type SurveyText } from '../../server/engine/surveys';

export function assertTextMapped(file: string, t: SurveyText, where: string): void {
  assert.equal(t.starts.length, t.text.length, `${where}: one start per unit`);
  for (let k = 0; k < t.text.length; k++) {
    const source = file.slice(t.starts[k], t.ends[k]);
    if (t.ends[k] - t.starts[k] === 1) assert.equal(source, t.text[k], `${where}: unit ${k} of ${JSON.stringify(t.text.slice(0, 60))}`);
    else assert.match(source, /^(?:\\|&)/, `${where}: unit ${k} maps to ${JSON.stringify(source)}`);
    if (k > 0) assert.ok(t.starts[k] >= t.starts[k - 1], `${where}: offsets go forward`);
  }
  assert.ok(t.endOffset >= (t.ends.at(-1) ?? 0), `${where}: the end lies after the text`);
  if (t.block) {
    for (let k = 0; k < t.block.text.length; k++) assert.ok(t.block.starts[k] >= t.starts[0] && t.block.ends[k] <= t.endOffset, `${where}: block unit ${k} inside the text`);
  }
}

export function assertSurveyMapped(file: string, survey: Survey, where: string): number {
  let n = 0;
  for (const { key, texts } of surveyTexts(survey)) for (const t of texts) { assertTextMapped(file, t, `${where} ${key}`); n++; }
  for (const q of survey.questions) assert.ok(q.range.start >= 0 && q.range.end <= file.length && q.range.start < q.range.end, `${where} ${q.id}: range inside the file`);
  return n;
}
