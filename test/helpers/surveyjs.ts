/**
 * SurveyJS survey JSON for rule fixtures: `surveyJs(elements, extra)` writes a real survey file (pretty-printed,
 * as people keep them) that `lint()` recognizes by content. Strings may carry rule-cases' [[markers]]: they are
 * plain text inside a JSON string, so they mark the exact characters of the file.
 */
export function surveyJs(elements: Record<string, unknown>[], extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ ...extra, pages: [{ name: 'page1', elements }] }, null, 2)}\n`;
}

let n = 0;
/** A question object with a generated name. */
export function q(type: string, title: unknown, more: Record<string, unknown> = {}): Record<string, unknown> {
  return { type, name: `q${++n}`, title, ...more };
}
