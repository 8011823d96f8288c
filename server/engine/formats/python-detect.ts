/**
 * Which `.py` files hold messages. A project has hundreds of Python modules and a few that keep the bot's replies
 * or the mail texts: a directory walk (server/cli/files.ts) and the editor (the language server's `isLinted`) lint
 * only a module whose path says it holds texts (`texts.py`, `handlers/`, `locales/`) and that has sentences in it, or
 * whose string literals are mostly sentences. One cheap test for both: a scan of the literals, no parse
 * (the parser loads only when a module of messages is linted). A file named on the command line is linted whatever
 * this says.
 */

/** Path words of modules that keep what a bot or a help desk says: `texts.py`, `locales/fa.py`, `lexicon/en.py`. */
const MESSAGE_PATH = /^(?:texts?|messages?|msgs?|strings?|repl(?:y|ies)|responses?|answers?|templates?|locales?|i18n|l10n|lexicons?|langs?|languages?|translations?|phrases|captions?|notifications?|emails?|mails?|canned|wording|dialogs?)$/i;
/**
 * Path words of modules that hold a bot's code and its replies side by side (`handlers/support.py`, `bot.py`): a
 * hint only in the file's own name or its folder's, since a package named `tg_bot` holds API clients and settings too.
 */
const HANDLER_PATH = /^(?:bots?|handlers?|routers?|commands?|conversations?)$/i;

/** Modules that are never messages, whatever their folder: settings, tests, migrations, build scripts. */
const NEVER = /(?:^|\/)(?:tests?|migrations|\.venv|venv|site-packages|__pycache__)\/|(?:^|\/)(?:test_[^/]*|[^/]*_tests?|conftest|setup|settings|manage|wsgi|asgi|urls|admin|apps|models|config|conf)\.py$/i;

const words = (part: string) => part.split(/[_.-]+/);

/**
 * Whether a path says the module holds messages: a message word in the file's name or its two nearest folders
 * (`bot/texts.py`, `locales/fa/messages.py`; folders further up are the machine's, `/home/me/bots/…`), or a handler
 * word in the file's name or its folder's (`handlers/support.py`).
 */
export function hasMessagePath(filePath: string): boolean {
  const parts = filePath.replace(/\\/g, '/').replace(/\.py$/i, '').split('/');
  if (parts.slice(-3).some((part) => words(part).some((w) => MESSAGE_PATH.test(w)))) return true;
  return parts.slice(-2).some((part) => words(part).some((w) => HANDLER_PATH.test(w)));
}

/**
 * Whether a module is the bot's or the mailer's texts as a whole (`bot/texts.py`, `locales/fa/messages.py`), so its
 * strings are what one reader gets: a handler module (`handlers/support.py`) holds some of the replies, and the way to
 * reach a person may well be in another module of the bot.
 */
export function isTextsModule(filePath: string): boolean {
  const parts = filePath.replace(/\\/g, '/').replace(/\.py$/i, '').split('/');
  return parts.slice(-3).some((part) => words(part).some((w) => MESSAGE_PATH.test(w)));
}

export function isPythonPath(filePath: string): boolean {
  return /\.py$/i.test(filePath);
}

const QUIET_BEFORE = /(?:\blog(?:ger|ging)?\.\w+|\bprint|\braise\s+\w+|\bassert\b.*|\w+(?:Error|Exception))\s*\(?\s*[rRuUfF]{0,2}$/;

/** A sentence: four words, letters in each run (Persian or Latin). */
const SENTENCE = /(?:\p{L}[\p{L}\p{M}\p{N}'’‌-]*[^\s\p{L}]*\s+){3,}[^\s\p{L}]*\p{L}/u;

/**
 * The literals of a Python source, found without parsing: how many read as sentences (docstrings and SQL aside), their
 * characters, and the characters of code around them (neither literal, comment nor whitespace).
 */
export function scanLiterals(text: string, limit = 400_000): { sentences: number; sentenceChars: number; codeChars: number } {
  let sentences = 0;
  let sentenceChars = 0;
  let literalChars = 0;
  let commentChars = 0;
  const n = Math.min(text.length, limit);
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      const end = nl < 0 ? n : nl;
      commentChars += end - i;
      i = end;
      continue;
    }
    if (c !== '"' && c !== "'") { i++; continue; }
    const triple = text.startsWith(c.repeat(3), i);
    const q = triple ? c.repeat(3) : c;
    let k = i + q.length;
    while (k < n && !text.startsWith(q, k)) {
      if (text[k] === '\\') k++;
      else if (!triple && text[k] === '\n') break;
      k++;
    }
    const content = text.slice(i + q.length, Math.min(k, n));
    // A triple-quoted literal that opens its line is a docstring: documentation, not a message.
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const before = text.slice(lineStart, i);
    const docstring = triple && /^[ \t]*[rRuU]?$/.test(before);
    // `logger.info("…")`, `print("…")`, `raise ValueError("…")`: for a developer, as the parser would say later.
    const quiet = QUIET_BEFORE.test(before);
    literalChars += content.length + 2 * q.length;
    if (!docstring && !quiet && SENTENCE.test(content) && !/^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE)\s/.test(content)) {
      sentences++;
      sentenceChars += content.length;
    }
    i = Math.min(k, n) + q.length;
  }
  const codeChars = Math.max(0, n - literalChars - commentChars - (text.slice(0, n).match(/\s/g)?.length ?? 0));
  return { sentences, sentenceChars, codeChars };
}

/**
 * Whether a `.py` file holds messages: its path says so and it has two sentences not lost in code, or three or more of its literals
 * are sentences and they weigh at least half as much as the code around them (a texts module, a dict of canned
 * replies, a service that builds the replies it sends).
 */
export function isMessageModule(filePath: string, text: string): boolean {
  const path = filePath.replace(/\\/g, '/');
  if (NEVER.test(path)) return false;
  const { sentences, sentenceChars, codeChars } = scanLiterals(text);
  // A path that says "messages", two sentences (one could be a help string the scan missed) and not lost in code: a
  // handler module is mostly code around its replies, a module of keyboards or queries nearly all code.
  if (hasMessagePath(path)) return sentences >= 2 && 16 * sentenceChars >= codeChars;
  return sentences >= 3 && 2 * sentenceChars >= codeChars;
}

/**
 * A Python module that holds no messages (settings, a script, a test): the editor and a directory walk leave it
 * alone. `format`: the format the editor reads the document as (an untitled `python` buffer has no extension).
 */
export function isOtherPythonFile(filePath: string, text: string, format?: string): boolean {
  return (format === 'python' || isPythonPath(filePath)) && !isMessageModule(filePath, text);
}
