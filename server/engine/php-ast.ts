/**
 * The one PHP parser (`php-parser`, glayzzle), loaded on first use: PHP language files (catalogs/php.ts) and the
 * messages a Laravel notification's channel method returns (formats/tags/angle.ts) are both read with it.
 */
import { onFirstUse } from './lazy';

export interface PhpNode { kind: string; loc?: { start: { offset: number }; end: { offset: number } }; [k: string]: unknown }

export const phpEngine = onFirstUse('php-parser', () => {
  const { Engine } = require('php-parser') as typeof import('php-parser');
  return new Engine({ parser: { extractDoc: false, php8: true, suppressErrors: false }, ast: { withPositions: true, withSource: false } });
});
