/**
 * Which `.tsx`/`.jsx` files are email templates. A web app has hundreds of React components and a handful of
 * emails: a directory walk (server/cli/files.ts) and the editor (the language server's `isLinted`) lint only
 * components that import an email library or sit in an email folder. One test for both, and cheap: it reads the
 * path and the import lines, never parses (the parser loads only when an email component is linted).
 * A file named on the command line is linted whatever this says.
 */
import { CONTENT_DETECTED_EXTENSIONS } from '../../../shared/formats';

/** Import specifiers of email component libraries: `@react-email/components`, `@react-email/button`, `jsx-email`, … */
const EMAIL_LIBRARY = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["'](?:@react-email\/[^"'\s]+|react-email|jsx-email|@jsx-email\/[^"'\s]+|mjml-react|@faire\/mjml-react|@wonderflow\/mjml-react)["']/;

/** Folder names that hold emails: `emails/`, `src/mail/`, `templates/email-templates/`. */
const EMAIL_FOLDER = /^(?:e-?mails?|mails?)$/i;

/** Whether the file's extension is one whose files are templates only when their content says so (`.tsx`, `.jsx`). */
export function isContentDetected(filePath: string): boolean {
  const lower = filePath.toLowerCase();
  return CONTENT_DETECTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Whether a `.tsx`/`.jsx` file sits in an email folder (`emails/`, `mail/`, `templates/email…/`). */
export function inEmailFolder(filePath: string): boolean {
  const folders = filePath.replace(/\\/g, '/').split('/').slice(0, -1);
  return folders.some((name, i) => EMAIL_FOLDER.test(name) || (/^email/i.test(name) && folders[i - 1]?.toLowerCase() === 'templates'));
}

/** Whether the source imports an email component library. */
export function importsEmailLibrary(text: string): boolean {
  return EMAIL_LIBRARY.test(text);
}

/** Whether a `.tsx`/`.jsx` file is an email template: it imports an email library or sits in an email folder. */
export function isEmailComponent(filePath: string, text: string): boolean {
  return inEmailFolder(filePath) || importsEmailLibrary(text);
}

/**
 * A React file that is not an email (a page, a button component): the editor and a directory walk leave it alone.
 * `format`: the format the editor reads the document as (an untitled `typescriptreact` buffer has no extension).
 * False for every other kind of file.
 */
export function isOtherReactFile(filePath: string, text: string, format?: string): boolean {
  return (format === 'jsx' || /\.[jt]sx$/i.test(filePath)) && !isEmailComponent(filePath, text);
}
