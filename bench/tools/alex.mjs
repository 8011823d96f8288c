// alex: insensitive-writing checks on unified/retext. Picks its Markdown, HTML or text mode by extension,
// the way its CLI does (`alex --html`, `alex --text`).
import { markdown, html, text as plain } from 'alex';

export const name = 'alex';
const HTML = /\.(html?|xhtml|hbs|handlebars|mustache|mjml|twig|liquid|njk|erb|ejs|tpl|blade\.php|php)$/i;
export async function setup() {
  return (text, filePath) => {
    const mode = /\.(md|markdown|mdx)$/i.test(filePath) ? markdown : HTML.test(filePath) ? html : plain;
    return mode(text).messages.length;
  };
}
