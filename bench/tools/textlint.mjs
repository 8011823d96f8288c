// textlint with two common rules (write-good, no-todo) from bench/textlintrc.json. textlint only parses
// Markdown and plain text out of the box, so every other template is handed to it as plain text.
import { createLinter, loadTextlintrc } from 'textlint';
import { fileURLToPath } from 'node:url';

export const name = 'textlint';
export async function setup() {
  const descriptor = await loadTextlintrc({
    configFilePath: fileURLToPath(new URL('../textlintrc.json', import.meta.url)),
    node_modulesDir: fileURLToPath(new URL('../../node_modules', import.meta.url)),
  });
  const linter = createLinter({ descriptor });
  return async (text, filePath) => {
    const as = /\.(md|markdown)$/i.test(filePath) ? filePath : `${filePath}.txt`;
    return (await linter.lintText(text, as)).messages.length;
  };
}
