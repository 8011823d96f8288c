/**
 * ESLint's JSON shape, so tools that read ESLint results read these too. Severity: 2 error, 1 anything else.
 * Warmly adds, where it knows them: each finding's quoted text and line (`actual`, `context`: what --baseline
 * matches by), the points its fix gains (`gain`), the file's warmth score with its breakdown (`warmth`, and per
 * catalog message `warmth.messages`), and with --baseline how each finding and the file compare (`baseline`).
 * `warmly score --format json` always carries the scores, so its output is the baseline to keep.
 */
import { totals, type FileReport, type Message } from '../report';
import type { FormatContext } from './context';

/**
 * The report as JSON text, in pieces: a 20 MB template with 450,000 findings makes more JSON than one JavaScript
 * string may hold (V8's limit is about 512 MB), so the caller writes the pieces one after another. Joined, they are
 * exactly `JSON.stringify(files, null, 2) + '\n'`.
 */
export function* formatJsonChunks(reports: readonly FileReport[], ctx?: FormatContext): Generator<string> {
  const compared = new Map(ctx?.comparison?.files.map((c) => [c.report, c]));
  if (!reports.length) { yield '[]\n'; return; }
  for (let i = 0; i < reports.length; i++) {
    const { filePath, messages, toJson, rest } = fileObject(reports[i], compared);
    yield `${i ? ',' : '['}\n  {\n    "filePath": ${JSON.stringify(filePath)},\n    "messages": ${messages.length ? '[' : '[]'}`;
    let batch = '';
    for (let j = 0; j < messages.length; j++) {
      batch += `${j ? ',' : ''}\n      ${indent(JSON.stringify(toJson(messages[j]), null, 2), 6)}`;
      if (batch.length > 1 << 20) { yield batch; batch = ''; }
    }
    yield `${batch}${messages.length ? '\n    ]' : ''}`;
    for (const [key, value] of Object.entries(rest)) yield `,\n    ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), 4)}`;
    yield '\n  }';
  }
  yield '\n]\n';
}

export function formatJson(reports: readonly FileReport[], ctx?: FormatContext): string {
  return [...formatJsonChunks(reports, ctx)].join('');
}

function indent(json: string, spaces: number): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${' '.repeat(spaces)}`) : json;
}

type Compared = Map<FileReport, NonNullable<FormatContext['comparison']>['files'][number]>;

/** A file's JSON parts; each finding is turned into its JSON object only when it is written, not all at once. */
function fileObject(r: FileReport, compared: Compared): { filePath: string; messages: readonly Message[]; toJson: (m: Message) => Record<string, unknown>; rest: Record<string, unknown> } {
  const t = totals([r]);
  // The points each exact fix gains, by position: one lookup per finding, not a search of every fix.
  const gains = new Map<string, number>();
  for (const f of r.score?.fixes ?? []) {
    const k = `${f.ruleId}\u0000${f.line}\u0000${f.column}`;
    if (f.exact && !gains.has(k)) gains.set(k, f.gain);
  }
  const gain = (m: Message) => gains.get(`${m.ruleId}\u0000${m.line}\u0000${m.column}`);
  const toJson = (m: Message): Record<string, unknown> => ({
    ruleId: m.ruleId,
    severity: m.severity === 'error' ? 2 : 1,
    ...(m.fatal ? { fatal: true } : {}),
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fix ? { fix: m.fix } : {}),
    suggestions: m.suggestions,
    // Message catalogs: the key of the message the finding is in.
    ...(m.key !== undefined ? { key: m.key } : {}),
    ...(m.locales ? { locales: m.locales } : {}),
    ...(m.actual !== undefined ? { actual: m.actual } : {}),
    ...(m.context !== undefined ? { context: m.context } : {}),
    ...(gain(m) !== undefined ? { gain: gain(m) } : {}),
    ...(m.baseline ? { baseline: m.baseline } : {}),
  });
  const rest: Record<string, unknown> = {
    suppressedMessages: [],
    errorCount: t.errorCount,
    fatalErrorCount: r.messages.filter((m) => m.fatal).length,
    warningCount: r.messages.length - t.errorCount,
    fixableErrorCount: t.fixableErrorCount,
    fixableWarningCount: t.fixableWarningCount,
    usedDeprecatedRules: [],
  };
  if (r.output !== undefined) rest.output = r.output;
  if (r.score) rest.warmth = r.score;
  const c = compared.get(r);
  if (c) {
    rest.baseline = c.before
      ? { warmth: c.scoreBefore ?? null, new: c.newFindings.length, fixed: c.fixed, unchanged: c.unchanged }
      : { warmth: null, new: c.newFindings.length, fixed: [], unchanged: 0, newFile: true };
  }
  return { filePath: r.filePath, messages: r.messages, toJson, rest };
}
