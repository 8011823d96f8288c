/**
 * Which documents Warmly lints in VS Code. Pure data (no `vscode` import) so tests can check it against the
 * engine's list of template extensions.
 */

/** VS Code language ids the server receives: built-in ones plus those this extension contributes. */
export const LANGUAGE_IDS = ['plaintext', 'markdown', 'html', 'handlebars', 'liquid', 'twig', 'erb', 'mjml',
  // Message catalogs (locale YAML/JSON, Java .properties, XLIFF as xml: built into VS Code); the server skips data files that
  // are not catalogs. gettext .po has no built-in language id in VS Code, so it is linted by the CLI only.
  'yaml', 'json', 'properties', 'xml'] as const;

/** URI schemes the server can lint: files on disk and new unsaved editors. */
export const SCHEMES = ['file', 'untitled'] as const;

export const DOCUMENT_SELECTOR = LANGUAGE_IDS.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));

/**
 * File extensions "Warmly: Lint workspace" looks for: those the CLI walks into, less PHP, which VS Code opens
 * as PHP (a language the server is not given) and which is mostly code rather than emails.
 */
export const WORKSPACE_EXTENSIONS = [
  'txt', 'text', 'md', 'markdown', 'mdx', 'html', 'htm', 'xhtml', 'hbs', 'handlebars', 'mustache', 'liquid',
  'twig', 'j2', 'jinja', 'jinja2', 'njk', 'nunjucks', 'erb', 'ejs', 'mjml', 'tpl', 'ftl', 'eml',
] as const;

export const WORKSPACE_GLOB = `**/*.{${WORKSPACE_EXTENSIONS.join(',')}}`;

/** Folders no one writes customer emails in. */
export const WORKSPACE_EXCLUDE = '**/{node_modules,.git,dist,out,build,vendor,.venv,coverage}/**';

/** Config files whose changes the server must hear about. */
export const CONFIG_FILE_GLOB = '**/{.warmlyrc,.warmlyrc.*,warmly.config.*}';
