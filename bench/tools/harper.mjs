// harper.js: Harper's grammar checker compiled to WebAssembly, loaded from the package's own .wasm file
// (no network). Markdown files in Markdown mode, everything else as plain text.
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';

export const name = 'harper.js';
export async function setup() {
  const linter = new LocalLinter({ binary });
  await linter.setup();
  return async (text, filePath) => {
    const language = /\.(md|markdown)$/i.test(filePath) ? 'markdown' : 'plaintext';
    const lints = await linter.lint(text, { language });
    const n = lints.length;
    for (const l of lints) l.free();
    return n;
  };
}
