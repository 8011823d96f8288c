import { relative, sep } from 'node:path';
import type { Comparison } from '../baseline';
import type { Palette } from '../color';

export interface FormatContext {
  cwd: string;
  color: Palette;
  /** The --max-warnings limit, when set (stylish mentions it when exceeded). */
  maxWarnings?: number;
  /** With --baseline: this run compared with the earlier one. */
  comparison?: Comparison;
}

/** A path as people type it: relative to the working directory with forward slashes, when inside it. */
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  if (!rel || rel.startsWith('..')) return filePath;
  return rel.split(sep).join('/');
}
