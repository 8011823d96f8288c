/**
 * A template file that is a piece of a letter, not a letter: a partial (`_footer.html.erb`, `partials/header.hbs`,
 * `_includes/signature.html`) or a layout that wraps each email (`layouts/mailer.html.erb`, Blade's
 * `@yield('content')`, Handlebars' `{{{body}}}`, Liquid's `{{ content_for_layout }}`, a Liberapay-style `$body`). Its
 * prose is linted like any other, but whole-letter verdicts (no one to reach, in missing-contact) are for the emails
 * that include or fill it: judged alone, every footer partial and every layout would be "a letter with no contact".
 */
import { isTextsModule } from './formats/python-detect';

/**
 * A partial or layout by its place: a leading underscore, or kept right in a folder of partials, includes or layouts
 * (`emails/partials/footer.hbs`; not everything under a site's `www/includes/…/templates/emails/`).
 */
const FRAGMENT_PATH = /(?:^|[\\/])(?:_[^\\/]+|(?:_?partials?|_?includes?|layouts?)[\\/][^\\/]+)$/i;

/** The slot a layout leaves for each email's own content. */
const CONTENT_SLOT = /<%=\s*yield\b[^%]*%>|@yield\s*\(|\{\{\s*\$slot\s*\}\}|\{\{\{\s*body\s*\}\}\}|\{\{>\s*@partial-block\s*\}\}|\{\{-?\s*content(?:_for_layout)?\s*-?\}\}|\{\{\s*yield\s*\}\}|^\s*\$body\s*$/m;

/**
 * Whether a Python module holds only some of a bot's replies (a handler, a router): the way to reach a person may be
 * in another module of the bot, so the module is no whole letter.
 */
export function isPartOfBot(format: string, filePath: string | undefined, text: string): boolean {
  // A module of constants (`START_HELLO_MESSAGE = "…"` in a bot's settings.py) is its texts, whatever its name; one
  // with functions (handlers answering messages) holds only the replies its own code sends.
  return format === 'python' && !isTextsModule(filePath ?? '') && /^[ \t]*(?:async[ \t]+)?def[ \t]/m.test(text);
}

/** Whether the template at `filePath` is a partial or a layout rather than a whole letter. */
export function isLetterFragment(filePath: string | undefined, text: string): boolean {
  if (filePath && FRAGMENT_PATH.test(filePath.replace(/\\/g, '/'))) return true;
  return CONTENT_SLOT.test(text);
}
