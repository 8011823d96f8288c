/**
 * The language of a catalog from where it lives: the file name (`fa.yml`, `messages_fa.properties`,
 * `email.fa.xlf`), the locale folder (`lang/fa/auth.php`, `locale/fa/LC_MESSAGES/django.po`) or a root key
 * (`fa:`). Warmly has rules for English and Persian; any other locale is 'other' and its strings are not linted.
 */
import type { Language } from '../types';

/** `fa`, `fa_IR`, `fa-IR`, `en`, `en_US`… as a language; 'other' for a locale code Warmly has no rules for. */
export function localeLanguage(code: string): Language | 'other' | undefined {
  // language, then optionally a script (Hant), a region (IR, 419) and an @variant (sr@latin): `en-order-shipped` is no locale.
  const m = /^([a-z]{2,3})(?:[-_][A-Z][a-z]{3})?(?:[-_](?:[A-Za-z]{2}|\d{3}))?(?:@[a-z]+)?$/.exec(code);
  if (!m) return undefined;
  if (m[1] === 'en') return 'en';
  if (m[1] === 'fa' || m[1] === 'per' || m[1] === 'fas') return 'fa';
  return KNOWN_LOCALES.has(m[1]) ? 'other' : undefined;
}

// ISO 639-1 codes commonly shipped as catalogs; a bare word that is not one (`app`, `web`) is not read as a locale.
const KNOWN_LOCALES = new Set(('af am ar as az be bg bn bo br bs ca cs cy da de dz el eo es et eu fi fil fo fr fy ga gd gl gu ha he hi hr hu hy id ig is it ' +
  'ja jv ka kk km kn ko ku ky la lb lo lt lv mg mi mk ml mn mr ms mt my nb ne nl nn no oc or pa pl ps pt qu rm ro ru rw sa sd si sk sl so sq sr ' +
  'sv sw ta te tg th ti tk tl tr tt ug uk ur uz vi wo xh yi yo zh zu ckb').split(' '));

/** The language a catalog's path names, looking at the file name first, then the folders from the nearest up. */
export function languageFromPath(filePath: string): Language | 'other' | undefined {
  const parts = filePath.replace(/\\/g, '/').split('/');
  const base = parts.pop() ?? '';
  const stem = base.replace(/\.[^.]+$/, '');
  // en.yml, fa-IR.json, email.fa.xlf, messages_fa.properties, messages_fa_IR.properties
  // …and Meteor's `fa.i18n.json` (Wekan): any dot-separated part of the name.
  const candidates = [stem, stem.split('.').pop() ?? '', /_([a-z]{2,3}(?:_[A-Z]{2})?)$/.exec(stem)?.[1] ?? '', ...stem.split('.').slice(0, -1)];
  for (const c of candidates) {
    const l = c && localeLanguage(c);
    if (l) return l;
  }
  for (let i = parts.length - 1; i >= Math.max(0, parts.length - 3); i--) {
    if (parts[i] === 'LC_MESSAGES') continue;
    const l = localeLanguage(parts[i]);
    if (l) return l;
  }
  return undefined;
}

/**
 * The locale a catalog's path names and the path with it taken out, so the locales of one catalog line up:
 * `config/locales/fa.yml` and `config/locales/en.yml` → `config/locales/.yml`; `lang/fa/auth.php` → `lang/*\/auth.php`;
 * `messages_fa.properties` and the default `messages.properties` → `messages.properties` (locale `default`).
 */
export function localeSlot(filePath: string): { code: string; family: string } | undefined {
  const parts = filePath.replace(/\\/g, '/').split('/');
  const base = parts.pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot) : '';
  const dir = parts.join('/');
  if (localeLanguage(stem)) return { code: stem, family: `${dir}/${ext}` };
  const dotted = /^(.*)\.([^.]+)$/.exec(stem);
  if (dotted && localeLanguage(dotted[2])) return { code: dotted[2], family: `${dir}/${dotted[1]}${ext}` };
  const underscored = /^(.*?)_([a-z]{2,3}(?:_[A-Z]{2})?)$/.exec(stem);
  if (underscored && localeLanguage(underscored[2])) return { code: underscored[2], family: `${dir}/${underscored[1]}${ext}` };
  for (let i = parts.length - 1; i >= Math.max(0, parts.length - 3); i--) {
    if (parts[i] !== 'LC_MESSAGES' && localeLanguage(parts[i])) {
      return { code: parts[i], family: [...parts.slice(0, i), '*', ...parts.slice(i + 1), base].join('/') };
    }
  }
  return ext === '.properties' ? { code: 'default', family: `${dir}/${base}` } : undefined;
}
