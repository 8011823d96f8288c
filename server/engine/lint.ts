/**
 * The engine's entry point: text in, findings out. The engine does not know which rules exist: a caller hands
 * it the list (`createLinter(rules)`; Warmly's own list is `rules/index.ts`, wired in `server/linter.ts`).
 * Nothing here knows about editors, files on disk or processes.
 */
import { isForeignProse } from './foreign';
import { escapeQuotedEdits } from './quoted-edits';
import { escapeJsxTextEdits, proveJsxFixes } from './formats/jsx-edits';
import { jsxParses } from './formats/jsx';
import { escapePythonEdits, provePythonFixes } from './formats/python-edits';
import { escapeJsHtmlEdits, proveJsHtmlFixes } from './formats/js-html-edits';
import { extract, formatFor } from './formats';
import type { Extraction } from './formats/source';
import { fixAll } from './fix';
import type { LintMemo } from './incremental';
import { LineIndex, lineEnding } from './lines';
import { compilePhrases, findPhrases, limitWordNumbers, persianSetSpared, wordsOf, type CompiledPhrases, type PhraseEntry } from './match';
import { includesOf, partialCandidates, type PartialHost } from './partials';
import { createPersonalizer } from './personalize';
import { buildProse, inArena, normalizeString, scriptOf, sourceRange, withArena, type ProseBlock } from './prose';
import { DOCS_BASE, docsUrl, type IncludedPartial, type PhraseData, type ReportInput, type Rule, type RuleContext } from './rule';
import { SharedMatches } from './shared-matches';
import { applyDirectives, parseDirectives } from './suppress';
import { lintCatalogFile } from './catalogs';
import { lintSurveyFile } from './surveys';
import { mayHoldHtmlSurvey, parseHtmlSurvey } from './surveys/html';
import type { Survey } from './surveys/types';
import type { Finding, Language, LintOptions, LintResult, Range, RuleSettings, Severity, Suggestion } from './types';

export const UNUSED_DISABLE = 'unused-disable';
const LANGUAGES: Language[] = ['en', 'fa'];

/** Compiled phrase sets are shared across documents: keyed by the rule's data object and the config phrases. */
const compiledCache = new WeakMap<object, Map<string, CompiledPhrases>>();

function compiled(data: PhraseData, language: Language, extra: string[] = []): CompiledPhrases {
  let perData = compiledCache.get(data);
  if (!perData) { perData = new Map(); compiledCache.set(data, perData); }
  const key = `${language}\u0000${extra.join('\u0000')}`;
  let c = perData.get(key);
  if (!c) {
    c = compilePhrases(data[language] ?? [], language, extra.map((match): PhraseEntry => ({ match })));
    perData.set(key, c);
  }
  return c;
}

export const TOO_DEEP = 'nesting-too-deep';

/** Text nested past the format's cap is skipped, and said so: silence would read as "nothing to fix here". */
function tooDeepFinding(text: string, range: Range): Finding {
  return {
    ruleId: TOO_DEEP,
    message: 'This part is nested too deeply (Markdown quotes or lists past 32 levels, HTML elements past 512) and was not checked.',
    severity: 'info',
    range,
    actual: text.slice(range.start, range.end),
    language: 'en',
    url: `${DOCS_BASE.replace(/rules\/$/, '')}README.md#reliability`,
    suggestions: [],
  };
}

export function ruleSettings(options: LintOptions, ruleId: string): RuleSettings {
  const s = options.rules?.[ruleId];
  if (s === undefined) return {};
  return typeof s === 'string' ? { severity: s } : s;
}

/** The engine with one set of rules: what the CLI, the language server, scripts and tests run. */
export interface Linter {
  /** The rules this linter runs, in the order it runs them. */
  readonly rules: readonly Rule[];
  /**
   * With `memo` (one per document, see incremental.ts) the lint reuses what the document's previous lints found
   * in the paragraphs and catalog messages an edit left alone; the findings are the same as without it.
   */
  lint(text: string, options?: LintOptions, memo?: LintMemo): LintResult;
  /** Fix-all over one text with the same options as `lint`: what `--fix` and the editor's fix-all run. */
  fixText(text: string, options?: LintOptions, filter?: (f: Finding) => boolean): { text: string; fixed: number };
}

/**
 * `host`: how the shell reads the partials a template includes (server/partial-files.ts reads the disk); without
 * it, or without `LintOptions.partialRoot`, includes are judged by their names alone.
 */
export function createLinter(rules: readonly Rule[], host?: PartialHost): Linter {
  const engine: Engine = { rules, host };
  // Without a memo nothing of the lint outlives it, so its blocks share an arena (prose.ts); a memo keeps blocks
  // for the document's next lint, so they get arrays of their own.
  const lintOne = (text: string, options: LintOptions = {}, memo?: LintMemo) =>
    memo ? memo.run(options, () => inArena(undefined, () => lintWith(engine, text, options, undefined, memo, true))) : withArena(() => lintWith(engine, text, options));
  return {
    rules,
    lint: lintOne,
    fixText(text, options = {}, filter) {
      return fixAll(text, (t) => {
        const found = lintOne(t, options).findings;
        return filter ? found.filter(filter) : found;
      });
    },
  };
}

/**
 * `surveyPass`: the survey layer's second pass over a survey definition file: only the survey rules run, with
 * `ctx.survey` set and the survey's texts as the blocks (the texts themselves were linted one by one before).
 */
/** `document`: this is the memo's own document (not one message of a catalog): its extraction may be reused. */
function lintWith(engine: Engine, text: string, options: LintOptions, surveyPass?: Survey, memo?: LintMemo, document = false): LintResult {
  const { rules } = engine;
  limitWordNumbers();
  if (!surveyPass) {
    // One text of a survey or a catalog, linted on its own: reused from the memo when it has not changed.
    const lintPart = (t: string, o: LintOptions) => (memo ? memo.lintText(t, o, () => lintWith(engine, t, o, undefined, memo)) : lintWith(engine, t, o));
    // Survey definitions (SurveyJS, Qualtrics, LimeSurvey, Odoo, Typeform) are read by content first: see surveys/.
    const survey = lintSurveyFile(text, options, lintPart, (t, o, s) => lintWith(engine, t, o, s, memo), rules);
    if (survey) return survey;
    // Message catalogs (YAML, JSON, .po, .properties, PHP, XLIFF, Odoo XML) are linted message by message: see catalogs/.
    const catalog = lintCatalogFile(text, options, lintPart, rules.map((r) => r.id));
    if (catalog) return catalog;
  }
  const filePath = options.filePath ?? '';
  const format = surveyPass ? 'plain' : options.format ?? formatFor(filePath);
  let extraction: Extraction;
  const blocks: ProseBlock[] = surveyPass ? surveyBlocks(surveyPass) : [];
  if (memo && document && !surveyPass) {
    // An edit of the document reuses the parse of everything it left alone (formats/reuse.ts).
    const state = memo.extraction(text, format, filePath, options.language);
    // The cached extraction is the next lint's starting point: this lint's additions go to a copy.
    extraction = { ...state.extraction, headers: [...state.extraction.headers] };
    for (const b of state.prose) if (b) blocks.push(b);
  } else {
    extraction = extract(surveyPass ? '' : text, format, filePath);
    for (const raw of extraction.blocks) {
      const b = buildProse(raw, options.language);
      if (b) blocks.push(b);
    }
  }
  // Prose in a language Warmly has no rules for (a German template read as English by its script) is left alone.
  if (!options.language && !surveyPass) dropForeignProse(blocks);
  // A component that does not parse is reported, not read: no prose, no rewrites.
  if (extraction.syntaxError) return { findings: [jsxSyntaxFinding(text, filePath, extraction.syntaxError)], format, dialects: [] };
  if (options.field && text.trim()) extraction.headers.push({ name: options.field, value: text, range: { start: 0, end: text.length } });
  for (const f of options.fields ?? []) extraction.headers.push({ name: f.name, value: text.slice(f.range.start, f.range.end), range: f.range });
  // An HTML email's rating row or a survey form: linted as HTML as always, and the survey rules see it too.
  const survey = surveyPass ?? (extraction.markup === 'html' && rules.some((r) => r.scope === 'survey') ? htmlSurveyOf(text, blocks, extraction) : undefined);
  const lines = new LineIndex(text);
  // Once per lint, not once per rule: finding out scans the whole text when it has no CRLF.
  const eol = lineEnding(text);
  const personalizer = createPersonalizer(extraction.scan.tags, text, format, options.personalization, filePath, extraction.jsx ?? extraction.jsHtml);
  const findings: Finding[] = [];
  const shared = new SharedMatches();
  const document_: DocumentParts = { text, format, filePath, blocks, extraction, lines, eol, personalizer };
  let included: IncludedPartials | undefined;
  const includes = surveyPass ? () => [] : () => (included ??= new IncludedPartials(engine, document_, options, [filePath])).refs();

  for (const rule of rules) {
    const settings = ruleSettings(options, rule.id);
    const severity: Severity = settings.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    // Text rules read prose, survey rules read ctx.survey: in a survey's own pass only the survey rules run.
    if (rule.scope === 'survey' ? !survey : surveyPass) continue;
    // Per-block reports are replayed only in the document's own lint, where unchanged blocks are the same objects.
    const ctx = makeContext(rules, rule, severity, settings, document_, options, findings, survey, shared, memo, document && !surveyPass ? memo : undefined);
    ctx.includes = () => includes().map((p) => ({ ...p, context: p.context?.(rule, severity, settings) }));
    rule.check(ctx);
  }

  for (const range of extraction.tooDeep ?? []) findings.push(tooDeepFinding(text, range));

  let result = findings;
  if (options.inlineConfig !== false) {
    const directives = parseDirectives(commentsOf(text, extraction));
    result = applyDirectives(findings, directives, lines);
    if (options.reportUnusedDisables) {
      const severity = options.reportUnusedDisables === true ? 'warning' : options.reportUnusedDisables;
      if (severity !== 'off') {
        for (const d of directives) {
          if (d.used || d.kind === 'enable') continue;
          result.push({
            ruleId: UNUSED_DISABLE,
            message: `This warmly-${d.kind} comment suppresses nothing${d.rules ? ` (${d.rules.join(', ')})` : ''}; remove it.`,
            severity,
            range: { start: d.start, end: d.end },
            actual: text.slice(d.start, d.end),
            language: 'en',
            url: `${DOCS_BASE.replace(/rules\/$/, '')}README.md#configuration`,
            suggestions: [{ title: 'Remove this unused suppression comment', edits: [{ range: { start: d.start, end: d.end }, text: '' }] }],
          });
        }
      }
    }
  }
  // A rewrite of a React component is offered only when the component still parses after it.
  if (extraction.jsx) result = proveJsxFixes(text, result, (t) => jsxParses(t, filePath));
  // A rewrite of a Python module likewise: the module's strings must still be where they were.
  if (extraction.python) result = provePythonFixes(text, result, extraction.python);
  // A rewrite of a JS module's email likewise: the module must still parse, with the same email literals and holes.
  if (extraction.jsHtml) result = proveJsHtmlFixes(text, result, filePath);
  result.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
  const dialects = [...new Set(extraction.scan.tags.filter((t) => t.kind === 'output').map((t) => t.dialect))];
  return { findings: result, format, dialects };
}

/** Takes out, in place, the blocks of a script whose prose is another language than the one it is read as (foreign.ts). */
function dropForeignProse(blocks: ProseBlock[]): void {
  for (const language of ['en', 'fa'] as const) {
    if (!isForeignProse(blocks, language)) continue;
    for (let i = blocks.length - 1; i >= 0; i--) if (blocks[i].language === language) blocks.splice(i, 1);
  }
}

export const JSX_SYNTAX = 'jsx-syntax';

/** A React email component that does not parse: one error at the line the parser names, and no rewrite of the file. */
function jsxSyntaxFinding(text: string, filePath: string, error: NonNullable<Extraction['syntaxError']>): Finding {
  const name = filePath ? filePath.replace(/\\/g, '/').split('/').pop() : 'This component';
  return {
    ruleId: JSX_SYNTAX,
    message: `${name} does not parse as JSX (${error.reason}, line ${error.line}, column ${error.column}), so Warmly did not lint its text.`,
    severity: 'error',
    range: error.range,
    actual: text.slice(error.range.start, error.range.end),
    language: 'en',
    url: `${DOCS_BASE.replace(/rules\/$/, '')}README.md#react-email-components`,
    suggestions: [],
  };
}

function htmlSurveyOf(text: string, blocks: ProseBlock[], extraction: Extraction): Survey | undefined {
  if (!mayHoldHtmlSurvey(text)) return undefined;
  const variables = extraction.scan.tags.flatMap((t) => (t.kind === 'output' && t.variable ? [t.variable] : []));
  try {
    return parseHtmlSurvey(text, blocks, variables);
  } catch {
    return undefined; // a reading bug must not cost the file its ordinary HTML lint
  }
}

/** The prose of every text of a survey, in file order: what survey rules see as `ctx.blocks`. */
function surveyBlocks(survey: Survey): ProseBlock[] {
  const texts = [survey.title ?? [], ...survey.intro, ...survey.outro, ...(survey.other ?? [])];
  for (const q of survey.questions) texts.push(q.title, q.description ?? [], ...q.choices.map((c) => c.label), ...(q.rows ?? []).map((c) => c.label));
  return texts.flat().flatMap((t) => (t.block ? [t.block] : [])).sort((a, b) => a.start - b.start);
}

/** Every comment a suppression directive may be written in: markup comments and template comments. */
function commentsOf(text: string, extraction: Extraction) {
  const comments = [...extraction.comments];
  for (const tag of extraction.scan.tags) {
    if (tag.kind === 'comment') comments.push({ start: tag.start, end: tag.end, text: tag.expr });
  }
  return comments;
}

/** What a lint reads of one text: the parse, the prose, its lines and its merge fields. */
interface DocumentParts {
  text: string;
  format: LintResult['format'];
  filePath: string;
  blocks: ProseBlock[];
  extraction: Extraction;
  lines: LineIndex;
  eol: RuleContext['eol'];
  personalizer: ReturnType<typeof createPersonalizer>;
}

/** The rules a linter runs and how its shell reads included partials. */
interface Engine {
  rules: readonly Rule[];
  host?: PartialHost;
}

/** How deep included partials are followed (a footer that includes a contact block is two deep). */
const MAX_INCLUDE_DEPTH = 3;
/** Partial texts read, parsed, kept by path and text: the same footer is included by most templates of a project. */
const partialParts = new Map<string, DocumentParts>();
const MAX_PARTS = 64;

/** An include, and when its file was read, how to make a rule's context of its text. */
interface PartialRef {
  ref: IncludedPartial['ref'];
  path?: string;
  context?: (rule: Rule, severity: Severity, settings: RuleSettings) => RuleContext;
}

/**
 * The partials one text includes, read through the host when the options name a root to read them from, each parsed
 * once and offered to rules as a context whose reports go nowhere (a finding belongs to the file it is in).
 */
class IncludedPartials {
  private list?: PartialRef[];
  constructor(
    private readonly engine: Engine,
    private readonly doc: DocumentParts,
    private readonly options: LintOptions,
    private readonly chain: readonly string[],
  ) {}

  refs(): PartialRef[] {
    if (this.list) return this.list;
    const { host } = this.engine;
    const root = this.options.partialRoot;
    const refs = includesOf(this.doc.extraction.scan.tags, this.doc.text, this.doc.filePath, this.doc.extraction.jsx?.components);
    this.list = refs.map((ref) => {
      if (!host || !root || !this.doc.filePath || this.chain.length > MAX_INCLUDE_DEPTH) return { ref };
      for (const path of partialCandidates(ref, this.doc.filePath, root)) {
        if (this.chain.includes(path)) continue;
        const text = host.readFile(path, root);
        if (text === undefined) continue;
        const parts = partPartsOf(path, text, this.options);
        const options: LintOptions = { ...this.options, filePath: path, format: undefined };
        let nested: IncludedPartials | undefined;
        const includes = () => (nested ??= new IncludedPartials(this.engine, parts, options, [...this.chain, path])).refs();
        return {
          ref,
          path,
          context: (rule: Rule, severity: Severity, settings: RuleSettings) => {
            const ctx = makeContext(this.engine.rules, rule, severity, settings, parts, options, [], undefined, new SharedMatches());
            ctx.includes = () => includes().map((p) => ({ ...p, context: p.context?.(rule, severity, settings) }));
            return ctx;
          },
        };
      }
      return { ref };
    });
    return this.list;
  }
}

function partPartsOf(path: string, text: string, options: LintOptions): DocumentParts {
  const key = `${path}\u0000${options.language ?? ''}\u0000${JSON.stringify(options.personalization ?? null)}\u0000${text}`;
  let parts = partialParts.get(key);
  // Cached past this lint: its blocks must not share the lint's arena.
  if (!parts) parts = inArena(undefined, () => {
    const format = formatFor(path);
    const extraction = extract(text, format, path);
    const blocks: ProseBlock[] = [];
    for (const raw of extraction.blocks) {
      const b = buildProse(raw, options.language);
      if (b) blocks.push(b);
    }
    const personalizer = createPersonalizer(extraction.scan.tags, text, format, options.personalization, path, extraction.jsx);
    const made: DocumentParts = { text, format, filePath: path, blocks, extraction, lines: new LineIndex(text), eol: lineEnding(text), personalizer };
    if (partialParts.size >= MAX_PARTS) partialParts.delete(partialParts.keys().next().value!);
    partialParts.set(key, made);
    return made;
  });
  return parts;
}

function makeContext(
  rules: readonly Rule[],
  rule: Rule,
  severity: Exclude<Severity, 'off'> | Severity,
  settings: RuleSettings,
  { text, format, filePath, blocks, extraction, lines, eol, personalizer }: DocumentParts,
  options: LintOptions,
  findings: Finding[],
  survey: Survey | undefined,
  shared: SharedMatches,
  memo?: LintMemo,
  blockMemo?: LintMemo,
): RuleContext {
  const allow: Partial<Record<Language, string[]>> = {};
  for (const lang of LANGUAGES) {
    const list = settings.phrases?.[lang]?.allow;
    if (list?.length) allow[lang] = list.map(normalizeString);
  }
  const isAllowed = (normalized: string, language: Language) => {
    const list = allow[language];
    return Boolean(list && list.some((a) => normalized.includes(a) || a.includes(normalized)));
  };
  // This rule's compiled phrase sets, by data object and language: asked for once per block, so the shared
  // cache's key (built from the config's phrases) is built once per lint instead of once per block.
  const compiledHere = new Map<PhraseData, Partial<Record<Language, CompiledPhrases>>>();
  // A block's matches depend on its text, the phrase data and this rule's phrase settings (extra and allowed phrases).
  const memoKey = memo ? `${rule.id}\u0000${JSON.stringify(settings.phrases ?? null)}` : '';
  const settingsKey = settings.phrases ? JSON.stringify(settings.phrases) : '';
  const matchBlock = (block: ProseBlock, data: PhraseData): ReturnType<RuleContext['match']> => {
    const out: ReturnType<RuleContext['match']> = [];
    for (const language of LANGUAGES) {
      if (!data[language]?.length && !settings.phrases?.[language]?.flag?.length) continue;
      block.words ??= wordsOf(block.text, block.starts);
      // A Persian set that needs an Arabic letter, in a block with none: nothing to find, and no set to compile.
      if (language === 'fa' && !settings.phrases?.fa?.flag?.length && persianSetSpared(block.text, block.words, data.fa!)) continue;
      for (const m of findPhrases(block.text, ctx.phrases(data, language), block.words)) {
        const matched = block.text.slice(m.from, m.to);
        // The script of the words decides the language, so mixed-language paragraphs work.
        const script = scriptOf(matched);
        if (script !== language && script !== undefined) continue;
        if (isAllowed(matched, language)) continue;
        out.push({ ...m, language });
      }
    }
    return out.sort((a, b) => a.from - b.from);
  };
  const ctx: RuleContext = {
    includes: () => [],
    phrasesOfRule: (ruleId) => rules.find((r) => r.id === ruleId)?.phrases,
    allowed: isAllowed,
    text,
    format,
    filePath,
    blocks,
    extraction,
    personalizer,
    lines,
    eol,
    options: settings.options ?? {},
    languageOverride: options.language,
    survey,
    report(input) {
      const range = clampRange(input.range, text);
      const language = options.language ?? input.language;
      findings.push({
        ruleId: rule.id,
        message: input.message ?? rule.messages[language],
        severity: milder(severity as Exclude<Severity, 'off'>, input.severity),
        range,
        actual: text.slice(range.start, range.end),
        language,
        url: docsUrl(rule.id),
        suggestions: suggestionsFor(rule.id, (input.suggestions ?? []).filter((s) => s.edits.length > 0), extraction).slice(0, 3),
      });
    },
    phrases(data, language) {
      let byLanguage = compiledHere.get(data);
      if (!byLanguage) compiledHere.set(data, (byLanguage = {}));
      return (byLanguage[language] ??= compiled(data, language, settings.phrases?.[language]?.flag));
    },
    match(block, data) {
      const here = () => shared.get(block.text, data, settingsKey, () => matchBlock(block, data));
      return memo ? memo.blockMatches(memoKey, data, block.text, here) : here();
    },
    editable(block, from, to) {
      return editableRange(text, block, from, to);
    },
    eachBlock(check) {
      for (const block of blocks) {
        const known = blockMemo?.reportsOf(rule.id, block);
        if (known) {
          for (const input of known) ctx.report(structuredClone(input));
          continue;
        }
        if (!blockMemo) { check(block); continue; }
        const reported: ReportInput[] = [];
        const report = ctx.report;
        ctx.report = (input) => { reported.push(structuredClone(input)); report(input); };
        try {
          check(block);
        } finally {
          ctx.report = report;
        }
        blockMemo.rememberReports(rule.id, block, reported);
      }
    },
  };
  return ctx;
}

/** A rule's rewrites written for where they land: a template's string literal, JSX text, a Python literal. */
function suggestionsFor(ruleId: string, suggestions: Suggestion[], extraction: Extraction): Suggestion[] {
  if (extraction.python) return escapePythonEdits(ruleId, suggestions, extraction.python);
  if (extraction.jsHtml) return escapeJsHtmlEdits(escapeQuotedEdits(suggestions, extraction.scan.quoted), extraction.jsHtml);
  return escapeJsxTextEdits(escapeQuotedEdits(suggestions, extraction.scan.quoted ?? []), extraction.jsx?.text ?? []);
}

const SEVERITY_ORDER = ['hint', 'info', 'warning', 'error'];

/** The milder of the rule's configured severity and the one a finding asks for. */
function milder(configured: Exclude<Severity, 'off'>, asked?: 'hint' | 'info'): Exclude<Severity, 'off'> {
  return asked && SEVERITY_ORDER.indexOf(asked) < SEVERITY_ORDER.indexOf(configured) ? asked : configured;
}

/** Keep a range inside the text, and let it end after the diacritics of its last letter (احتراماً, not احتراما). */
function clampRange(r: Range, text: string): Range {
  const start = Math.max(0, Math.min(r.start, text.length));
  let end = Math.max(start, Math.min(r.end, text.length));
  while (end > start && end < text.length && isArabicMark(text.charCodeAt(end))) end++;
  return { start, end };
}

/** Harakat (U+064B-065F), the superscript alef (U+0670) and tatweel (U+0640): they belong to the letter before them. */
function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

const SPACE_ENTITY = /^(?:&nbsp;|&#160;|&#x0*a0;|&#32;|&#x0*20;|&ensp;|&emsp;|&thinsp;)$/i;
const INVISIBLE = /^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u0640\u064b-\u065f\u0670]*$/;

export function editableRange(text: string, block: ProseBlock, from: number, to: number): Range | undefined {
  if (from >= to) return undefined;
  for (let k = from; k < to; k++) {
    if (block.tagAt[k] >= 0) return undefined;
    const ch = block.text[k];
    if (ch === ' ' || ch === '\n') {
      const source = text.slice(block.starts[k], block.ends[k]);
      if (!INVISIBLE.test(source) && !SPACE_ENTITY.test(source)) return undefined;
    }
    if (k + 1 < to && block.ends[k] < block.starts[k + 1] && !INVISIBLE.test(text.slice(block.ends[k], block.starts[k + 1]))) return undefined;
  }
  return sourceRange(block, from, to);
}
