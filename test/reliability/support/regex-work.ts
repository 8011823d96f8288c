/**
 * A deterministic measure of the work lint does, for cost tests that must not depend on the machine's load:
 * every regex execution is counted with the characters it was offered (from where the search starts to the end
 * of the subject, or to the end of the match), plus one per call. String methods that take a regex
 * (test, match, matchAll, replace, split, search) all go through `RegExp.prototype.exec` once it is patched,
 * so this sees all of them. It does not see backtracking inside one execution: that is what the timed version
 * in `npm run bench` (bench/linear-cost.mjs) and the tests' timeouts are for.
 */
const original = RegExp.prototype.exec;

export function regexWork<T>(run: () => T): { result: T; work: number } {
  let work = 0;
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    const s = String(subject);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = original.call(this, s);
    // A sticky or `^`-anchored regex looks at one position (Handlebars' lexer matches `^…` rules against the
    // rest of the input for every token); otherwise a miss scanned the rest of the subject.
    const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
    const end = m ? m.index + m[0].length : anchored ? from + 1 : s.length;
    work += 1 + Math.max(0, end - from);
    return m;
  };
  try {
    return { result: run(), work };
  } finally {
    RegExp.prototype.exec = original;
  }
}
