/**
 * Whether a file a directory walk meets is one Warmly lints by its content: a message catalog (config/locales/en.yml,
 * django.po, messages_fa.properties), a survey definition (a SurveyJS or Typeform .json, a Qualtrics .qsf, a
 * LimeSurvey .lss, Odoo survey data .xml) or a React email component (a .tsx importing @react-email/components, or
 * one in an emails/ folder). The path says it may be one, and the file's first 64 KB say it is (enough to reach an
 * Odoo mail.template or survey.question record past a data file's first records); a locale module (`src/locales/fa.js`)
 * is read whole and parsed. A package.json, tsconfig.json,
 * pom.xml, CI workflow or a web page's React component is never picked up by a walk.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { catalogKindFor, catalogKindOf, isContentDetected, isEmailComponent, isEmailModule, mayHoldEmailLiteral, SURVEY_EXTENSIONS, surveyKindOf } from '../engine';

export function isCatalogOnDisk(file: string): boolean {
  // A YAML file elsewhere may still be a catalog by its locale root key (`fa:`): the content decides.
  const kind = catalogKindFor(file);
  if (!kind && !/\.ya?ml$/i.test(file)) return false;
  // A locale module is judged by parsing it (its exports must be objects of strings), which a cut-off head fails:
  // the whole file is read (such files sit in locale folders or are named for a locale, so few are).
  const head = headOf(file, kind === 'js' || kind === 'python' ? MAX_MODULE_BYTES : 65536);
  return head !== undefined && catalogKindOf(file, head) !== undefined;
}

/** A locale module larger than this is not read by a walk (name it to lint it). */
const MAX_MODULE_BYTES = 4 * 1024 * 1024;

/** A `.tsx`/`.jsx` file a walk lints: an email component (by its folder, or by the email library it imports). */
export function isEmailComponentOnDisk(file: string): boolean {
  if (!isContentDetected(file)) return false;
  if (isEmailComponent(file, '')) return true;
  const head = headOf(file);
  return head !== undefined && isEmailComponent(file, head);
}

/** A JS/TS module larger than this is a bundle, not one email (name it to lint it). */
const MAX_EMAIL_MODULE_BYTES = 1024 * 1024;

/**
 * A `.js`/`.ts` module a walk lints as an email: one that returns or exports an HTML email (formats/js-html.ts). Its
 * first 64 KB must show a backtick, markup and a sentence before the whole file is read and parsed.
 */
export function isEmailModuleOnDisk(file: string): boolean {
  if (!/\.(?:js|mjs|cjs|ts|mts|cts)$/i.test(file)) return false;
  const head = headOf(file);
  if (head === undefined || !mayHoldEmailLiteral(head)) return false;
  if (head.length < 65536) return isEmailModule(file, head);
  const whole = headOf(file, MAX_EMAIL_MODULE_BYTES);
  return whole !== undefined && whole.length < MAX_EMAIL_MODULE_BYTES && isEmailModule(file, whole);
}

export function isSurveyOnDisk(file: string): boolean {
  const lower = file.toLowerCase();
  if (!SURVEY_EXTENSIONS.some((ext) => lower.endsWith(ext))) return false;
  const head = headOf(file);
  return head !== undefined && surveyKindOf(file, head) !== undefined;
}

/** The first 64 KB (or `size` bytes) as text; undefined when unreadable (the walk leaves it, as it leaves unreadable non-templates). */
function headOf(file: string, size = 65536): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(size === 65536 ? size : Math.min(size, fstatSync(fd).size));
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
