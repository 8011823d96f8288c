/**
 * Partials a template includes where its reader sees them: `{{> footer}}`, `{% include 'emails/signature.html' %}`,
 * `<%= render 'shared/footer' %>` (HAML: `= render 'shared/footer'`), Blade's `@include('emails.partials.footer')`,
 * Smarty's `{include file='x.tpl'}`, FreeMarker's `<#include "../include/footer.ftl">`, Template Toolkit's
 * `[% INCLUDE signature.txt %]`, EJS's `include('footer')`, Go's `{{ template "footer" . }}`. The included text is
 * part of the letter (the labelling guide's rule 1), so a signature or a contact line kept there counts. So is a layout
 * the template names in its own text: Blade's `@extends('emails.frame')` and `<x-emails.layout>` component, Twig's
 * and Django's `{% extends "emails/base.html" %}`: the reader gets the frame's footer with the body. A layout applied
 * where the template cannot see it (a Rails mailer's `layout`) is not read.
 *
 * The engine reads no files: the shell hands it a `PartialHost` (server/partial-files.ts reads the disk) and a root
 * the partials must lie in (LintOptions.partialRoot). Here is only which names a template includes and which paths
 * such a name may mean, by the conventions of each template language. Paths are handled as strings with `/` or `\`.
 */
import type { TemplateTag } from './formats/tags';
import type { Range } from './types';

/** Reads a partial's text; undefined when it does not exist, is not readable, or lies outside `root`. */
export interface PartialHost {
  readFile(path: string, root: string): string | undefined;
}

export interface IncludeRef extends Range {
  /** The name as written: `footer`, `emails/footer.html`, `emails.partials.footer`, `../include/footer.ftl`. */
  name: string;
  /** How the name is resolved: the template language's conventions. */
  style: 'plain' | 'rails' | 'blade' | 'handlebars' | 'go' | 'jsx';
}

/** A quoted or bare name at the start of `s`: `'x'`, `"x"`, or a run without spaces, commas or brackets. */
const NAME = /^\s*(?:'([^'\n]{1,200})'|"([^"\n]{1,200})"|([^\s'",(){}|]{1,200}))/;

function nameAt(s: string): string | undefined {
  const m = NAME.exec(s);
  const name = m && (m[1] ?? m[2] ?? m[3]);
  // A variable (`include template_name`, `{{> (lookup . 'x') }}`) names no file we can know.
  return name && /[./_-]|^[A-Za-z][\w-]*$/.test(name) && !/^\(/.test(name) ? name : undefined;
}

/** The include a tag makes, if it makes one. */
function includeOfTag(tag: TemplateTag): IncludeRef | undefined {
  if (tag.kind === 'comment') return undefined;
  const e = tag.expr;
  let m: RegExpExecArray | null;
  let name: string | undefined;
  let style: IncludeRef['style'] = 'plain';
  if (tag.dialect === 'handlebars' && e.startsWith('>')) {
    name = nameAt(e.slice(1));
    style = 'handlebars';
  } else if (tag.dialect === 'handlebars' && (m = /^template\s+/.exec(e))) {
    // Go's `{{ template "footer" . }}`: a defined template, most often in a file of the same name.
    name = nameAt(e.slice(m[0].length));
    style = 'go';
  } else if (tag.dialect === 'twig' && (m = /^(?:extends|embed)\s+/.exec(e))) {
    // The layout or frame the template fills in: its text is around the template's own (Twig, Jinja, Django).
    name = nameAt(e.slice(m[0].length));
  } else if ((tag.dialect === 'twig' || tag.dialect === 'liquid') && (m = /^(?:include|render|include_relative|import_template)\s+/.exec(e))) {
    name = nameAt(e.slice(m[0].length));
  } else if (tag.dialect === 'twig' && (m = /^(?:include|source)\s*\(\s*/.exec(e))) {
    name = nameAt(e.slice(m[0].length));
  } else if ((tag.dialect === 'erb' || tag.dialect === 'haml') && (m = /^render\s*\(?\s*(?:partial:\s*|:partial\s*=>\s*)?|\brender\s*\(\s*(?:partial:\s*|:partial\s*=>\s*)?(?=['"])/.exec(e))) {
    // ERB's `<%= render 'shared/footer' %>`, HAML's `= render partial: 'signature'` and `= render 'x', user: @user`;
    // also inside a call that converts what it renders (`HTMLToMarkdown.new.convert(render(partial: "x"))`).
    name = nameAt(e.slice(m.index + m[0].length));
    style = 'rails';
  } else if (tag.dialect === 'erb' && (m = /^include\s*\(\s*/.exec(e))) {
    name = nameAt(e.slice(m[0].length)); // EJS
  } else if (tag.dialect === 'smarty' && (m = /^include\s+file\s*=\s*/.exec(e))) {
    name = nameAt(e.slice(m[0].length));
  } else if (tag.dialect === 'dollar' && (m = /^include\s+/.exec(e))) {
    name = nameAt(e.slice(m[0].length)); // FreeMarker
  } else if (tag.dialect === 'tt' && (m = /^(?:INCLUDE|PROCESS|INSERT)\s+/.exec(e))) {
    name = nameAt(e.slice(m[0].length));
  }
  return name ? { start: tag.start, end: tag.end, name, style } : undefined;
}

/**
 * Blade's `@include('emails.footer')` (and `@includeIf`, `@includeWhen(cond, 'x')`, `@include("x", [...])`), where
 * a line starts: a directive of the view, not a tag the scanner reads.
 */
const BLADE_INCLUDE = /^[^\S\n]*@(?:include(?:If|When|Unless|First)?|extends)\s*\(\s*(?:[^,'"\n()]+,\s*)?(['"])([\w.:/-]{1,200})\1/gm;
/**
 * Blade components: `<x-emails.layout>` is `resources/views/components/emails/layout.blade.php`. Not `<x-slot>` (a
 * part of the component it sits in), `<x-dynamic-component>` (its name is a value) or a vendor's `<x-mail::message>`.
 */
const BLADE_COMPONENT = /<x-(?!slot\b|dynamic-component\b)([\w.-]{1,200})(?=[\s/>])/g;

/**
 * PHP templates: `include 'footer.php';`, `require_once('x.php')`, and a mailer's own include function named so
 * (b2evolution's `emailskin_include( '_email_footer.inc.txt.php', $params )`), with a file name as a literal.
 */
const PHP_INCLUDE = /\b(?:(?:include|require)(?:_once)?|\w+_include|include_\w+)\s*\(?\s*(['"])([\w./-]{1,200}\.[A-Za-z0-9]{1,6})\1/g;

/** Every partial the template includes visibly, in file order. */
/**
 * `components`: a React email's imported components where it uses them (formats/jsx.ts): `<Footer />` from
 * `import Footer from './components/footer'` shows the footer's text to the reader, as an include does.
 */
export function includesOf(tags: readonly TemplateTag[], text: string, filePath: string, components?: readonly { source: string; start: number; end: number }[]): IncludeRef[] {
  const found: IncludeRef[] = [];
  if (components?.length) {
    const seen = new Set<string>();
    for (const c of components) {
      if (seen.has(c.source)) continue;
      seen.add(c.source);
      found.push({ start: c.start, end: c.end, name: c.source, style: 'jsx' });
    }
  }
  for (const tag of tags) {
    const ref = includeOfTag(tag);
    if (ref) found.push(ref);
    else if (tag.dialect === 'php' && tag.kind === 'statement' && /include|require/.test(tag.expr)) {
      PHP_INCLUDE.lastIndex = 0;
      for (let m = PHP_INCLUDE.exec(tag.expr); m; m = PHP_INCLUDE.exec(tag.expr)) found.push({ start: tag.start, end: tag.end, name: m[2], style: 'plain' });
    }
  }
  if (/\.blade\.php$/i.test(filePath)) {
    let more = false;
    if (text.includes('@include') || text.includes('@extends')) {
      BLADE_INCLUDE.lastIndex = 0;
      for (let m = BLADE_INCLUDE.exec(text); m; m = BLADE_INCLUDE.exec(text)) {
        // A vendor component (`mail::footer`) lives in a package, not in the project's views.
        if (!m[2].includes('::')) found.push({ start: m.index, end: m.index + m[0].length, name: m[2], style: 'blade' });
        more = true;
      }
    }
    if (text.includes('<x-')) {
      const seen = new Set<string>();
      BLADE_COMPONENT.lastIndex = 0;
      for (let m = BLADE_COMPONENT.exec(text); m; m = BLADE_COMPONENT.exec(text)) {
        if (seen.has(m[1])) continue;
        seen.add(m[1]);
        found.push({ start: m.index, end: m.index + m[0].length, name: `components.${m[1]}`, style: 'blade' });
        more = true;
      }
    }
    if (more) found.sort((a, b) => a.start - b.start);
  }
  return found;
}

// ---- paths --------------------------------------------------------------------------------------------------

function sepOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i <= 0 ? (i === 0 ? path.slice(0, 1) : '.') : path.slice(0, i);
}

/** `a/b` + `../c/d` → `a/c/d`; segments `.` and `..` folded; never above the first segment of an absolute path. */
export function joinPath(base: string, rel: string): string {
  const sep = sepOf(base);
  const absolute = /^(?:[\\/]|[A-Za-z]:[\\/])/.test(base);
  const out: string[] = [];
  for (const part of `${base}/${rel}`.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > (absolute && /^[A-Za-z]:$/.test(out[0] ?? '') ? 1 : 0)) out.pop();
      continue;
    }
    out.push(part);
  }
  const joined = out.join(sep);
  return absolute && !/^[A-Za-z]:/.test(joined) ? sep + joined : joined;
}

/** Whether `path` lies inside the folder `root` (both already folded by joinPath). */
export function isInside(path: string, root: string): boolean {
  const norm = (p: string) => p.replace(/[\\/]+$/, '').replace(/\\/g, '/');
  const p = norm(path);
  const r = norm(root);
  return p === r || p.startsWith(`${r}/`);
}

/** `welcome.html.erb` → `.html.erb`; `footer.tpl` → `.tpl`; `README` → ``. */
function extensionsOf(path: string): string {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.indexOf('.', 1);
  return dot < 0 ? '' : base.slice(dot);
}

/** Extensions a partial of this style may have besides the including template's own. */
const STYLE_EXTENSIONS: Partial<Record<IncludeRef['style'], string[]>> = {
  // A Rails view may render a partial written in the other template language (a HAML mailer, an ERB footer), of
  // the same format: `welcome.text.haml` renders `_closing.text.erb`, never `_closing.html.haml` (see railsExtensions).
  rails: ['.haml', '.erb'],
  handlebars: ['.hbs', '.handlebars', '.mustache', '.html'],
  go: ['.tmpl', '.gohtml', '.html', '.txt'],
  // `import Footer from './footer'`: a module, `footer.tsx` or `footer/index.tsx`.
  jsx: ['.tsx', '.jsx', '/index.tsx', '/index.jsx', '.ts', '.js'],
};

/** A Rails partial's extensions: the template's format (`.html`, `.text`) with each handler, then each handler alone. */
function railsExtensions(own: string): string[] {
  const format = /^(\.[A-Za-z0-9]+)\.[A-Za-z0-9]+$/.exec(own)?.[1];
  const handlers = STYLE_EXTENSIONS.rails ?? [];
  return [...(format ? handlers.map((h) => format + h) : []), ...handlers];
}

/** Folders below a project or a template folder where the template languages keep their views and partials. */
const VIEW_FOLDERS = ['', 'templates', 'views', 'resources/views', 'app/views', '_includes', 'includes', 'include', 'partials', '_partials', 'snippets', 'shared', 'common', 'application', 'templates/partials', 'views/partials'];
/** How far up from the template a name is looked for: far enough for `app/views/mailer/x` to find `app/views/shared`. */
const MAX_UP = 6;

/**
 * The paths a name may mean, most likely first, all inside `root`: the name relative to the template's folder, then
 * to each folder above it up to the root, each also under the usual view folders; with the template's own
 * extensions when the name has none; Rails' `_` before a partial's file name; Blade's dots as folders.
 */
export function partialCandidates(ref: IncludeRef, fromFile: string, root: string): string[] {
  const from = dirOf(fromFile);
  let name = ref.name.replace(/^@[\w-]+\//, ''); // Twig's `@App/footer.html.twig` namespace: its folder is unknown
  if (ref.style === 'blade') name = name.replace(/\./g, '/');
  const own = extensionsOf(fromFile);
  const hasExtension = ref.style !== 'blade' && /\.[A-Za-z0-9]{1,6}$/.test(name.slice(name.lastIndexOf('/') + 1));
  const extensions = ref.style === 'blade' ? ['.blade.php'] : hasExtension ? [''] : [...new Set([own, own.slice(own.lastIndexOf('.')), ...(ref.style === 'rails' ? railsExtensions(own) : STYLE_EXTENSIONS[ref.style] ?? [])])];
  const slash = name.lastIndexOf('/');
  const names = ref.style === 'rails' ? [`${name.slice(0, slash + 1)}_${name.slice(slash + 1)}`, name] : [name];
  const bases: string[] = [];
  // A name that starts with `./` or `../` is relative to the template only.
  if (/^\.\.?[\\/]/.test(name)) bases.push(from);
  else {
    let dir = from;
    for (let up = 0; up <= MAX_UP && isInside(dir, root); up++) {
      for (const folder of VIEW_FOLDERS) bases.push(folder ? joinPath(dir, folder) : dir);
      if (dir === dirOf(dir)) break;
      dir = dirOf(dir);
    }
  }
  const out: string[] = [];
  const seen = new Set<string>([joinPath(fromFile, '')]);
  for (const base of bases)
    for (const n of names)
      for (const ext of extensions) {
        const path = joinPath(base, n + ext);
        if (!seen.has(path) && isInside(path, root)) {
          seen.add(path);
          out.push(path);
        }
      }
  return out;
}
