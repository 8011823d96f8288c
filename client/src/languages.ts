/**
 * Which documents Warmly lints in VS Code, derived from the format registry (shared/formats.ts). Pure data (no
 * `vscode` import) so tests can check it against package.json.
 */
import { CONTENT_DETECTED_EXTENSIONS, EDITOR_LANGUAGE_IDS, TEMPLATE_EXTENSIONS } from '../../shared/formats';

/** VS Code language ids the server receives: built-in ones plus those this extension contributes. */
export const LANGUAGE_IDS: readonly string[] = EDITOR_LANGUAGE_IDS;

/** URI schemes the server can lint: files on disk and new unsaved editors. */
export const SCHEMES = ['file', 'untitled'] as const;

export const DOCUMENT_SELECTOR = LANGUAGE_IDS.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language })));

/**
 * File extensions "Warmly: Lint workspace" looks for: those the CLI walks into, less PHP, which VS Code opens
 * as PHP (a language the server is not given) and which is mostly code rather than emails, and less `.tsx`/`.jsx`:
 * opening every React component of a web app to find its few email components would be slow, and the server
 * stays quiet on the rest (they are linted when opened, and by `warmly lint`).
 */
export const WORKSPACE_EXTENSIONS: readonly string[] = TEMPLATE_EXTENSIONS.filter((e) => !e.endsWith('.php') && !CONTENT_DETECTED_EXTENSIONS.includes(e)).map((e) => e.slice(1));

export const WORKSPACE_GLOB = `**/*.{${WORKSPACE_EXTENSIONS.join(',')}}`;

/** Folders no one writes customer emails in. */
export const WORKSPACE_EXCLUDE = '**/{node_modules,.git,dist,out,build,vendor,.venv,coverage}/**';

/** Config files whose changes the server must hear about. */
export const CONFIG_FILE_GLOB = '**/{.warmlyrc,.warmlyrc.*,warmly.config.*}';
