/**
 * The format registry: every template format Warmly understands, declared once. The engine's extension
 * lookup, the config schema's `personalization.formats`, the server's language-id fallback and disable
 * comments, the VS Code client's document selector and workspace glob, and package.json's activation events,
 * languages and grammars (scripts/gen-manifest.ts) are all derived from this table.
 * Pure data with no imports, so every part (engine, server, client, scripts) may use it. Adding a format:
 * one entry here (plus its grammar and language configuration files when VS Code has no language for it).
 */

export interface CommentSyntax {
  open: string;
  close: string;
}

/** A language this extension contributes to VS Code (VS Code has none built in for the format). */
export interface VsCodeLanguage {
  aliases: string[];
  /**
   * The extensions VS Code should open as this language, when not all of the format's: `.ejs` stays with
   * VS Code's built-in HTML language, which already opens it (and the server reads it as ERB by its name).
   */
  extensions?: readonly string[];
  /** Path of the language configuration file (brackets, comments), relative to the repository root. */
  configuration: string;
  grammar: {
    scopeName: string;
    path: string;
    embeddedLanguages?: Record<string, string>;
  };
}

export interface FormatInfo {
  /** The engine's `Format`. */
  id: string;
  /** File extensions (lower case, with the dot) whose files are read as this format. */
  extensions: readonly string[];
  /**
   * Editor language ids meaning this format, for documents whose file name says nothing. The first is the
   * VS Code language id the client registers for (its document selector and activation event).
   */
  languageIds: readonly string[];
  /** How a `warmly-disable` comment is written; none for plain text (its suppressions go into a config file). */
  comment?: CommentSyntax;
  /** The dialect a rewrite uses for `{{ … }}` tags in this format. */
  defaultDialect?: string;
  /** Set when VS Code has no built-in language for the format and the extension contributes one. */
  vscode?: VsCodeLanguage;
  /**
   * The VS Code language ids the client registers for, when more than the first of `languageIds`: React emails are
   * written in both `typescriptreact` and `javascriptreact` documents.
   */
  editorLanguageIds?: readonly string[];
  /**
   * How a `warmly-disable-file` comment is written when the top of the file takes another syntax than the text: a
   * `.tsx` file starts with code, where a JSX comment container is not valid, so it takes a `//` line comment there.
   */
  fileComment?: CommentSyntax;
  /**
   * Set when not every file with the format's extensions is a template: a directory walk and the editor lint a
   * `.tsx`/`.jsx` file only when it is an email component (server/engine/formats/jsx-detect.ts).
   */
  detectedByContent?: true;
}

const HTML_EMBEDDED = { 'source.css': 'css', 'source.js': 'javascript' };

export const FORMAT_REGISTRY = [
  {
    id: 'plain',
    extensions: ['.txt', '.text'],
    languageIds: ['plaintext', 'text'],
  },
  {
    id: 'markdown',
    extensions: ['.md', '.markdown', '.mdx'],
    languageIds: ['markdown'],
    comment: { open: '<!-- ', close: ' -->' },
  },
  {
    id: 'html',
    extensions: ['.html', '.htm', '.xhtml'],
    languageIds: ['html'],
    comment: { open: '<!-- ', close: ' -->' },
  },
  {
    id: 'handlebars',
    extensions: ['.hbs', '.handlebars', '.mustache'],
    languageIds: ['handlebars', 'mustache'],
    comment: { open: '{{!-- ', close: ' --}}' },
    defaultDialect: 'handlebars',
  },
  {
    id: 'liquid',
    extensions: ['.liquid'],
    languageIds: ['liquid'],
    comment: { open: '{% comment %}', close: '{% endcomment %}' },
    defaultDialect: 'liquid',
    vscode: {
      aliases: ['Liquid', 'liquid'],
      configuration: './language-configuration-liquid.json',
      grammar: { scopeName: 'text.html.liquid', path: './syntaxes/liquid.tmLanguage.json', embeddedLanguages: HTML_EMBEDDED },
    },
  },
  {
    id: 'twig',
    extensions: ['.twig', '.j2', '.jinja', '.jinja2', '.njk', '.nunjucks'],
    languageIds: ['twig', 'jinja', 'jinja-html', 'nunjucks'],
    comment: { open: '{# ', close: ' #}' },
    defaultDialect: 'twig',
    vscode: {
      aliases: ['Twig / Jinja', 'Twig', 'Jinja', 'Nunjucks'],
      configuration: './language-configuration-twig.json',
      grammar: { scopeName: 'text.html.twig', path: './syntaxes/twig.tmLanguage.json', embeddedLanguages: HTML_EMBEDDED },
    },
  },
  {
    id: 'erb',
    // Elixir's EEx (Phoenix mailers: `welcome.html.eex`, `.heex`, `.leex`) writes `<%= @user.name %>` as ERB does.
    extensions: ['.erb', '.ejs', '.eex', '.heex', '.leex'],
    languageIds: ['erb', 'html.erb', 'eruby'],
    comment: { open: '<%# ', close: ' %>' },
    vscode: {
      aliases: ['ERB', 'Embedded Ruby', 'erb'],
      extensions: ['.erb'],
      configuration: './language-configuration-erb.json',
      grammar: { scopeName: 'text.html.erb', path: './syntaxes/erb.tmLanguage.json', embeddedLanguages: { 'source.ruby': 'ruby', ...HTML_EMBEDDED } },
    },
  },
  {
    id: 'haml',
    // Rails mailers (`welcome.html.haml`, `welcome.text.haml`): the last extension decides, as for `.html.erb`.
    extensions: ['.haml'],
    languageIds: ['haml'],
    // HAML's silent comment runs to the end of its line; nothing closes it.
    comment: { open: '-# ', close: '' },
    defaultDialect: 'haml',
    vscode: {
      aliases: ['HAML', 'Haml', 'haml'],
      configuration: './language-configuration-haml.json',
      grammar: { scopeName: 'text.haml', path: './syntaxes/haml.tmLanguage.json', embeddedLanguages: { 'source.ruby': 'ruby', ...HTML_EMBEDDED } },
    },
  },
  {
    id: 'mjml',
    extensions: ['.mjml'],
    languageIds: ['mjml'],
    comment: { open: '<!-- ', close: ' -->' },
    vscode: {
      aliases: ['MJML', 'mjml'],
      configuration: './language-configuration.json',
      grammar: { scopeName: 'text.html.mjml', path: './syntaxes/mjml.tmLanguage.json', embeddedLanguages: HTML_EMBEDDED },
    },
  },
  {
    // React email components (react-email, jsx-email, mjml-react): JSX text is the prose, `{expr}` children the
    // variables. Only email components are linted in a walk or the editor (detectedByContent).
    id: 'jsx',
    extensions: ['.tsx', '.jsx'],
    languageIds: ['typescriptreact', 'javascriptreact'],
    editorLanguageIds: ['typescriptreact', 'javascriptreact'],
    comment: { open: '{/* ', close: ' */}' },
    fileComment: { open: '// ', close: '' },
    defaultDialect: 'jsx',
    detectedByContent: true,
  },
  {
    // Python modules of bot replies and mail texts (`texts.py`, `handlers/support.py`): the string literals a reader
    // sees are the prose. Only modules that hold messages are linted in a walk or the editor (detectedByContent).
    id: 'python',
    extensions: ['.py'],
    languageIds: ['python'],
    comment: { open: '# ', close: '' },
    detectedByContent: true,
  },
] as const satisfies readonly FormatInfo[];

export type FormatId = (typeof FORMAT_REGISTRY)[number]['id'];

/** Every format id, in registry order. */
export const FORMAT_IDS: readonly FormatId[] = FORMAT_REGISTRY.map((f) => f.id);

/**
 * Extensions a directory walk also picks up although no format claims them: template files of other engines
 * (Smarty, FreeMarker, Blade, PHP) and saved emails, read as plain text with merge tags.
 */
export const OTHER_TEMPLATE_EXTENSIONS = ['.tpl', '.ftl', '.blade.php', '.php', '.eml'] as const;

/** Every extension a directory walk lints. */
export const TEMPLATE_EXTENSIONS: readonly string[] = [...FORMAT_REGISTRY.flatMap((f) => f.extensions), ...OTHER_TEMPLATE_EXTENSIONS];

/**
 * VS Code's built-in languages whose documents may be message catalogs (locale YAML/JSON, Java .properties, Joomla .ini, XLIFF as
 * xml, JavaScript/TypeScript locale modules). The server lints only those that are catalogs (server/engine/catalogs) and
 * leaves other data files (package.json, CI YAML) and all other code quiet. gettext .po has no built-in language id,
 * so it is linted by the CLI only.
 */
export const CATALOG_LANGUAGE_IDS = ['yaml', 'json', 'properties', 'xml', 'ini', 'javascript', 'typescript'] as const;

/**
 * The code languages among them: a document of these is linted only when it is a locale module (`src/locales/fa.js`),
 * never as text, whatever its name (an untitled buffer has none).
 */
export const CODE_CATALOG_LANGUAGE_IDS: readonly string[] = ['javascript', 'typescript'];

/**
 * Data files whose extensions VS Code does not know: Qualtrics .qsf is JSON, LimeSurvey .lss is XML, Dolibarr's .lang
 * language files are key=value like .properties. The manifest adds them to those languages, so the editor shows them
 * as such and the server gets them (and lints them only when their content is a survey or a catalog:
 * server/engine/surveys/detect.ts, server/engine/catalogs/detect.ts).
 */
export const DATA_LANGUAGE_EXTENSIONS = [
  { id: 'json', extensions: ['.qsf'] },
  { id: 'xml', extensions: ['.lss'] },
  { id: 'properties', extensions: ['.lang'] },
] as const;

/** The VS Code language ids the client registers: one per format (two for JSX), then the catalog languages. */
export const EDITOR_LANGUAGE_IDS: readonly string[] = [
  ...(FORMAT_REGISTRY as readonly FormatInfo[]).flatMap((f) => f.editorLanguageIds ?? [f.languageIds[0]]),
  ...CATALOG_LANGUAGE_IDS,
];

/** Extensions whose files are templates only when their content says so (see FormatInfo.detectedByContent). */
export const CONTENT_DETECTED_EXTENSIONS: readonly string[] = (FORMAT_REGISTRY as readonly FormatInfo[]).flatMap((f) => (f.detectedByContent ? f.extensions : []));

/** Extension (with dot) → format id. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, FormatId>> = Object.fromEntries(
  FORMAT_REGISTRY.flatMap((f) => f.extensions.map((e) => [e, f.id])),
);

/** Editor language id → format id. */
export const FORMAT_BY_LANGUAGE_ID: Readonly<Record<string, FormatId>> = Object.fromEntries(
  FORMAT_REGISTRY.flatMap((f) => f.languageIds.map((l) => [l, f.id])),
);

export function formatInfo(id: FormatId): FormatInfo {
  return FORMAT_REGISTRY.find((f) => f.id === id)!;
}
