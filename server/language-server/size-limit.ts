/**
 * The document size limit (`warmly.maxDocumentKB`): a document above it is not linted, and says so with one
 * information diagnostic at its start instead of silence, which would read as "nothing to fix here".
 */
import { DOCS_BASE, type Finding } from '../engine';

export const TOO_LARGE = 'document-too-large';

/** 5 MB: the 2 MB newsletters and catalogs Warmly is measured on lint with room to spare. */
export const DEFAULT_MAX_DOCUMENT_KB = 5120;

/** The document's size in UTF-8 bytes, counted only when its length alone cannot settle the question. */
function isOver(text: string, limitBytes: number): { over: boolean; bytes: number } {
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes (a surrogate pair is 4 bytes for 2 units).
  if (text.length * 3 <= limitBytes) return { over: false, bytes: text.length };
  if (text.length > limitBytes) return { over: true, bytes: Buffer.byteLength(text) };
  const bytes = Buffer.byteLength(text);
  return { over: bytes > limitBytes, bytes };
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The finding that stands in for a lint of a document above the limit, or undefined when it is within. */
export function tooLargeFinding(text: string, maxKB: number): Finding | undefined {
  const { over, bytes } = isOver(text, maxKB * 1024);
  if (!over) return undefined;
  return {
    ruleId: TOO_LARGE,
    message: `Warmly did not check this document: it is ${mb(bytes)}, above the warmly.maxDocumentKB limit of ${maxKB} KB. Raise that setting to check it.`,
    severity: 'info',
    range: { start: 0, end: 0 },
    actual: '',
    language: 'en',
    url: `${DOCS_BASE.replace(/rules\/$/, '')}README.md#reliability`,
    suggestions: [],
  };
}
