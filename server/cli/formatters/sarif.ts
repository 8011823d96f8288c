/**
 * SARIF 2.1.0 for GitHub code scanning and other security dashboards: the rules with their descriptions,
 * help text and documentation links, and each finding with its region (columns in UTF-16 code units, SARIF's
 * default) and its preferred rewrite as a fix.
 */
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DOCS_BASE, docsUrl, UNUSED_DISABLE, type RuleMeta } from '../../engine';
import { rules } from '../../linter';
import type { FileReport, ReportSeverity } from '../report';
import { VERSION } from '../version';
import { printable } from '../printable';
import { displayPath, type FormatContext } from './context';

const LEVEL: Record<ReportSeverity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const DEFAULT_LEVEL: Record<RuleMeta['defaultSeverity'], ReportingDescriptor['defaultConfiguration']> = {
  error: { level: 'error' }, warning: { level: 'warning' }, info: { level: 'note' }, hint: { level: 'note' },
};
export const INFORMATION_URI = 'https://github.com/warmly-lint/warmly';

function descriptor(r: RuleMeta): ReportingDescriptor {
  const name = r.id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase());
  return {
    id: r.id,
    name,
    shortDescription: { text: r.description.split(/(?<=\.)\s/)[0] },
    fullDescription: { text: r.description },
    help: { text: `${r.messages.en}\n\nDocumentation: ${docs(r.id)}`, markdown: `${r.messages.en}\n\n[Documentation](${docs(r.id)})` },
    helpUri: docs(r.id),
    defaultConfiguration: DEFAULT_LEVEL[r.defaultSeverity],
    properties: { tags: ['warmly', 'tone'], fixable: r.fixable },
  };
}

// Suppression comments are documented in the rules index, not in a rule folder of their own.
const docs = (id: string) => (rules.some((r) => r.id === id) ? docsUrl(id) : `${DOCS_BASE}README.md`);

const UNUSED_DISABLE_META: RuleMeta = {
  id: UNUSED_DISABLE,
  description: 'A warmly-disable comment that suppresses nothing.',
  defaultSeverity: 'warning',
  fixable: true,
  messages: { en: 'Remove suppression comments that no longer suppress anything.', fa: 'توضیح غیرفعال‌سازی بی‌اثر را حذف کنید.' },
};

export function formatSarif(reports: readonly FileReport[], ctx: FormatContext): string {
  const metas: RuleMeta[] = [...rules];
  if (reports.some((r) => r.messages.some((m) => m.ruleId === UNUSED_DISABLE))) metas.push(UNUSED_DISABLE_META);
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const root = pathToFileURL(ctx.cwd.endsWith('/') ? ctx.cwd : `${ctx.cwd}/`).href;
  const results: Result[] = [];
  const notifications: NonNullable<NonNullable<Log['runs'][number]['invocations']>[number]['toolExecutionNotifications']> = [];
  for (const r of reports) {
    const shown = displayPath(r.filePath, ctx.cwd);
    const inside = shown !== r.filePath;
    const artifactLocation = inside
      ? { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
      : { uri: pathToFileURL(r.filePath).href };
    for (const m of r.messages) {
      const region = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
      if (m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: printable(m.message) }, locations: [{ physicalLocation: { artifactLocation, region } }] });
        continue;
      }
      const result: Result = {
        ruleId: m.ruleId,
        level: LEVEL[m.severity],
        // JSON escapes control characters, but SARIF viewers print the decoded text: escape them visibly.
        message: { text: printable(m.message) },
        locations: [{ physicalLocation: { artifactLocation, region } }],
      };
      const ruleIndex = index.get(m.ruleId);
      if (ruleIndex !== undefined) result.ruleIndex = ruleIndex;
      if (m.fix && m.suggestions[0]) {
        result.fixes = [{
          description: { text: m.suggestions[0].desc },
          artifactChanges: [{
            artifactLocation,
            replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }],
          }],
        }];
      }
      results.push(result);
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'warmly',
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: INFORMATION_URI,
          rules: metas.map(descriptor),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: root } },
      invocations: [{ executionSuccessful: !reports.some((r) => r.ioError), toolExecutionNotifications: notifications }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
