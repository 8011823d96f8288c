/**
 * Text from outside (file names, quoted template text, error messages) made safe to print. A file may be
 * named "x\n::error file=y::" or carry ANSI escapes; printed raw, that is a second GitHub workflow command
 * (the runner reads stdout and stderr) or a repainted terminal. Control characters (C0, DEL, C1), line and
 * paragraph separators and bidirectional overrides become visible escapes: `\n`, `\x1b`, `\u202e`.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One `warmly: …` line for stderr: whatever the message holds, it stays one printable line. */
export function stderrLine(message: string): string {
  return `warmly: ${printable(message)}\n`;
}
