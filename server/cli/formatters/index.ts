import type { FileReport } from '../report';
import type { FormatContext } from './context';
import { formatGithub } from './github';
import { formatJsonChunks } from './json';
import { formatHtml } from './html';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export type { FormatContext } from './context';
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

/** A report is text, or text in pieces when it may be too big for one string (JSON of a 20 MB template). */
export const formatters: Record<FormatName, (reports: readonly FileReport[], ctx: FormatContext) => string | Iterable<string>> = {
  stylish: formatStylish,
  json: formatJsonChunks,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
  html: formatHtml,
};
