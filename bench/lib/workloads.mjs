/**
 * The files each workload lints, prepared once under node_modules/.cache/warmly-bench and reused:
 *   corpus      ../shared/corpus, every file the CLI's directory walk picks up
 *   corpus-x50  the corpus copied into 50 distinct folders
 *   big-text / big-html   one 2 MiB plain-text and one 2 MiB HTML file built from corpus prose
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, corpusDir } from './paths.mjs';

export const COPIES = 50;
const BIG_BYTES = 2 * 1024 * 1024;

export function requireCorpus() {
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    throw new Error(`The benchmark needs the shared template corpus at ${corpusDir} (../shared/corpus from the repository root, or WARMLY_CORPUS). It is not there, so nothing was measured.`);
  }
}

/** Files under `dir` the way `warmly lint <dir>` walks it (hidden folders and node_modules skipped). */
export function walk(dir, isKnownTemplate, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, isKnownTemplate, out);
    else if (isKnownTemplate(entry.name)) out.push(full);
  }
  return out;
}

export function bytesOf(files) {
  let n = 0;
  for (const f of files) n += statSync(f).size;
  return n;
}

/** The corpus copied COPIES times; returns the folder of each copy, in order. */
export function corpusCopies() {
  const root = join(cacheDir, 'corpus-x50');
  const dirs = Array.from({ length: COPIES }, (_, i) => join(root, `copy-${String(i).padStart(2, '0')}`));
  const marker = join(root, '.complete');
  const stamp = String(statSync(corpusDir).mtimeMs);
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== stamp) {
    rmSync(root, { recursive: true, force: true });
    for (const d of dirs) cpSync(corpusDir, d, { recursive: true });
    writeFileSync(marker, stamp);
  }
  return dirs;
}

/** Paragraphs of readable prose from the corpus, in a fixed order: markup dropped, whitespace collapsed. */
function corpusParagraphs(files) {
  const out = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8')
      .replace(/<(style|script)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, '\n')
      .replace(/&nbsp;/g, ' ');
    for (const p of text.split(/\n\s*\n|\n/)) {
      const clean = p.replace(/[ \t]+/g, ' ').trim();
      if (/\p{L}{3}/u.test(clean)) out.push(clean);
    }
  }
  return out;
}

/** A 2 MiB plain-text file and a 2 MiB HTML file, generated deterministically from corpus prose. */
export function bigFiles(corpusFiles) {
  const dir = join(cacheDir, 'big');
  mkdirSync(dir, { recursive: true });
  const textFile = join(dir, 'big-2mb.txt');
  const htmlFile = join(dir, 'big-2mb.html');
  const paragraphs = corpusParagraphs(corpusFiles);

  const parts = [];
  for (let i = 0, bytes = 0; bytes < BIG_BYTES; i++) {
    const p = paragraphs[i % paragraphs.length] + '\n\n';
    parts.push(p);
    bytes += Buffer.byteLength(p);
  }
  writeIfChanged(textFile, parts.join(''));

  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = ['<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>Your order</title>\n<style>td { padding: 8px; }</style></head>\n<body>\n<table width="100%">\n'];
  const close = '</table>\n</body>\n</html>\n';
  for (let i = 0, bytes = Buffer.byteLength(html[0]) + close.length; bytes < BIG_BYTES; i++) {
    const p = escape(paragraphs[i % paragraphs.length]);
    const row = i % 7 === 0 ? `<tr><td><h2>${p}</h2></td></tr>\n` : `<tr><td><p style="margin:0">${p}<br>\n<a href="https://example.com/help">Help centre</a></p></td></tr>\n`;
    html.push(row);
    bytes += Buffer.byteLength(row);
  }
  writeIfChanged(htmlFile, html.join('') + close);
  return { textFile, htmlFile };
}

function writeIfChanged(file, content) {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
  writeFileSync(file, content);
}
