/**
 * @babel/parser, loaded on first use (a React email component or a JS/TS locale module needs it; nothing else does),
 * and the one shape of its AST the readers share.
 */
import { onFirstUse } from './lazy';

export const babel = onFirstUse('@babel/parser', () => require('@babel/parser') as typeof import('@babel/parser'));

/** The few fields of Babel's AST a reader uses: every node has a type and source offsets. */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  // Babel's node shapes vary by type; the reader checks `type` before reading a field.
  [field: string]: any;
}
