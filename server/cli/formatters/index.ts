import type { FileReport } from '../report';
import type { FormatContext } from './context';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatHtml } from './html';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export type { FormatContext } from './context';
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

export const formatters: Record<FormatName, (reports: readonly FileReport[], ctx: FormatContext) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
  html: formatHtml,
};
