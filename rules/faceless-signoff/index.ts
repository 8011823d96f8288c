import { closingLines, EN_DEPT_LINE, FA_TEAM_START, findSignoffs, lineLanguage, lineRange, linesOf, lineTags, roleOf, type Language, type Line, type Rule, type RuleContext, type Suggestion } from '../../server/engine/kit';

const rule: Rule = {
  id: 'faceless-signoff',
  description: 'Signed by a department or "The Team" with no person\'s name.',
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    en: 'Sign with a person\'s name: "The Team" gives the reader nobody to answer.',
    fa: 'با نام یک آدم امضا کنید؛ «تیم پشتیبانی» کسی را برای پاسخ دادن به مخاطب معرفی نمی‌کند.',
  },
  check(ctx) {
    const lines = linesOf(ctx.blocks);
    const reported = new Set<Line>();
    for (const signoff of findSignoffs(lines, ctx.text)) {
      const sig = signoff.signature;
      if (sig.some((s) => s.kind === 'person')) continue;
      const faceless = sig.find((s) => s.kind === 'team' || s.kind === 'company');
      if (!faceless || reported.has(faceless.line)) continue;
      reported.add(faceless.line);
      report(ctx, faceless.line, faceless.from, signoff.language);
    }
    // A department signing on its own, with no sign-off word before it: the last lines of the message,
    // like "— The Acme Team" or "Accounts Department". Copyright and address lines are not signatures.
    const closing = closingLines(lines, ctx.text);
    if (reported.size === 0 && !signedByPerson(lines, ctx.text) && !closing.some((c) => c.kind === 'person')) {
      for (const { line, kind } of closing) {
        const text = line.text.replace(/^[-\s]+/, '');
        if (kind !== 'team' || /[©@]|https?:|www\.|copyright|rights reserved|unsubscribe/i.test(text)) continue;
        // Digits mark an address or a copyright line in English; «منطقه ۶» is part of a Persian department name.
        if (/[0-9]/.test(text) && !FA_TEAM_START.test(text)) continue;
        if (!(EN_DEPT_LINE.test(text) || FA_TEAM_START.test(text))) continue;
        if (lineTags(line).some((t) => roleOf(t.variable) === 'senderName')) continue;
        reported.add(line);
        report(ctx, line, line.from, lineLanguage(text));
        break;
      }
    }
  },
};

/** Whether any sign-off in the message is followed by a person's name. */
function signedByPerson(lines: Line[], original: string): boolean {
  return findSignoffs(lines, original).some((s) => s.signature.some((sig) => sig.kind === 'person'));
}

function report(ctx: RuleContext, line: Line, from: number, language: Language): void {
  let k = from;
  while (k < line.to && /[\s\-,\u060C]/.test(line.block.text[k])) k++;
  const range = lineRange(line, k);
  ctx.report({ range, language, message: namingTheSignature(ctx.text.slice(range.start, range.end), language), suggestions: signWithName(ctx, range.start, line, k, language) });
}

/**
 * The message names the signature as the template writes it ("Acme Support", «تیم فروش»), so the reader of a
 * report sees which line is meant; a long line or one with markup keeps the stock wording.
 */
function namingTheSignature(written: string, language: Language): string | undefined {
  const signature = written.replace(/\s+/g, ' ').replace(/[\s,.\u060C!]+$/, '').trim();
  if (!signature || signature.length > 40 || /[<>"«»\n]/.test(signature)) return undefined;
  return language === 'fa'
    ? `با نام یک آدم امضا کنید؛ «${signature}» کسی را برای پاسخ دادن به مخاطب معرفی نمی‌کند.`
    : `Sign with a person's name: "${signature}" gives the reader nobody to answer.`;
}

/** "The Acme Team" → "{{sender_name}} from the Acme Team"; "تیم پشتیبانی" → "{{sender_name}} از تیم پشتیبانی". */
function signWithName(ctx: RuleContext, start: number, line: Line, from: number, language: Language): Suggestion[] {
  const sender = ctx.personalizer.spell('senderName', language);
  if (language === 'fa') {
    return [{ title: `با نام امضا کنید: «${sender} از ...»`, edits: [{ range: { start, end: start }, text: `${sender} از ` }] }];
  }
  const the = /^the\s/i.exec(ctx.text.slice(start, start + 4));
  const edit = the && ctx.editable(line.block, from, from + 3)
    ? { range: { start, end: start + 3 }, text: `${sender} from the` }
    : { range: { start, end: start }, text: `${sender}, ` };
  return [{ title: `Sign with a name: "${sender}${edit.text.slice(sender.length)} …"`, edits: [edit] }];
}

export default rule;
