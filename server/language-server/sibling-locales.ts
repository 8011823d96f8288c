/**
 * The cross-language view in the editor: for a finding in an open catalog, which other locales of the same
 * catalog have the same finding on the same key (the CLI marks this across the files of one run; the editor has
 * only the open file, so it reads the sister files beside it). Bounded on purpose: only files in the same folder
 * whose name names another locale of the same catalog (`config/locales/{en,fa}.yml`, `messages{,_fa}.properties`),
 * at most MAX_SIBLINGS of them, each under MAX_BYTES; unreadable files are skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localeSlot, type Finding } from '../engine';

const MAX_SIBLINGS = 20;
const MAX_BYTES = 512 * 1024;

/** For each finding with a catalog key, the sorted locales (its own included) where the same key has the same rule's finding; only when at least one other locale does. */
export function sameInOtherLocales(
  filePath: string,
  findings: readonly Finding[],
  lintSibling: (text: string, filePath: string) => readonly Finding[],
): Map<Finding, string[]> {
  const out = new Map<Finding, string[]>();
  const slot = localeSlot(filePath);
  const keyed = findings.filter((f) => f.catalogKey !== undefined);
  if (!slot || keyed.length === 0) return out;
  const at = (code: string, f: Finding) => `${unprefixed(f.catalogKey!, code)}\u0000${f.ruleId}`;
  const wanted = new Set(keyed.map((f) => at(slot.code, f)));
  const found = new Map<string, Set<string>>();
  for (const sibling of siblingsOf(filePath, slot.family)) {
    let text: string;
    try {
      if (statSync(sibling.path).size > MAX_BYTES) continue;
      text = readFileSync(sibling.path, 'utf8');
    } catch {
      continue;
    }
    for (const f of lintSibling(text, sibling.path)) {
      if (f.catalogKey === undefined) continue;
      const k = at(sibling.code, f);
      if (!wanted.has(k)) continue;
      if (!found.has(k)) found.set(k, new Set());
      found.get(k)!.add(sibling.code);
    }
  }
  for (const f of keyed) {
    const others = found.get(at(slot.code, f));
    if (others?.size) out.set(f, [slot.code, ...others].sort());
  }
  return out;
}

function siblingsOf(filePath: string, family: string): { path: string; code: string }[] {
  const dir = dirname(filePath);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const own = localeSlot(filePath)!.code;
  const out: { path: string; code: string }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const slot = localeSlot(path);
    if (!slot || slot.family !== family || slot.code === own) continue;
    out.push({ path, code: slot.code });
    if (out.length >= MAX_SIBLINGS) break;
  }
  return out;
}

/** A YAML catalog's root key names its locale (`fa.user_mailer…`): set it aside so the locales line up. */
function unprefixed(key: string, code: string): string {
  return key.startsWith(`${code}.`) ? key.slice(code.length + 1) : key;
}
