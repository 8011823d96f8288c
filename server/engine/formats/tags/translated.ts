/**
 * Laravel's translation call with the sentence itself as its key, echoed by Blade (`{{ __('Hello :user_name', […]) }}`,
 * `{!! __('Support powered by :app_name') !!}`): shared by the two echo scanners (curly.ts, braces.ts).
 */
import { scanColon } from './placeholders';
import type { ScanState } from './state';

/**
 * A Blade echo (`{{ … }}` or raw `{!! … !!}`, body from `bodyStart` to `close`, tag from `start` to `end`) of a
 * translation call with its sentence: the sentence is prose with its `:name` placeholders, the call around it two
 * statement tags. False when the body is anything else.
 */
export function translatedSentence(s: ScanState, start: number, bodyStart: number, close: number, end: number): boolean {
  const { text } = s;
  const call = TRANSLATION_CALL.exec(text.slice(bodyStart, close));
  if (!call || !/\s/.test(call[3])) return false;
  const litStart = bodyStart + call.index + call[1].length + call[2].length;
  const litEnd = litStart + call[3].length;
  printedSentence(s, start, litStart, litEnd, end, call[2], text.slice(bodyStart, litStart), text.slice(litEnd, close));
  return true;
}

/**
 * A Blade construct that prints the sentence literal from `litStart` to `litEnd` (quoted with `quote`): the sentence
 * is prose with its `:name` placeholders, the syntax before and after it (`openExpr`, `closeExpr`) two statement
 * tags. Shared by the echoes above and the `@lang('…')` directive (blade.ts).
 */
export function printedSentence(s: ScanState, start: number, litStart: number, litEnd: number, end: number, quote: string, openExpr: string, closeExpr: string): void {
  const { text, tags } = s;
  s.quoted.push({ start: litStart, end: litEnd, quote: quote as "'" | '"' });
  // Each wrapper's expr is only its own syntax: the sentence is not read as a tag's text (an include named "contact").
  tags.push({ start, end: litStart, dialect: 'blade', kind: 'statement', expr: openExpr.trim() });
  for (let j = litStart; j < litEnd;) j = text.charCodeAt(j) === 58 /* : */ ? Math.min(scanColon(s, j), litEnd) : j + 1;
  tags.push({ start: litEnd, end, dialect: 'blade', kind: 'statement', expr: closeExpr.trim() });
}

/** `__('…'`, `trans("…"`, `trans_choice('…'`, Jinja's `_("…"` and `gettext('…'`: the call, its quote, and the literal up to the matching quote. */
const TRANSLATION_CALL = /^(\s*(?:__|trans|trans_choice|Lang::get|_|gettext)\(\s*)(['"])((?:\\.|(?!\2)[^\\\n])*)\2/;
