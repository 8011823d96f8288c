/**
 * The project's real import graph and function lengths, for the architecture test: every TypeScript file of tsconfig.json parsed by
 * the TypeScript compiler itself (its API over the native compiler), every `import`, `export … from`,
 * `import type`, `import('…')`, `require('…')` and `import('…').T` type collected, and relative specifiers
 * resolved to files the way the bundler resolves them. Type-only imports count: a type couples parts too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SyntaxKind, type Node, type SourceFile } from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';

export interface ImportEdge {
  /** Repository-relative path of the importing file, with `/` separators. */
  from: string;
  specifier: string;
  /** Repository-relative path of the imported file, for a relative specifier that resolves; else undefined. */
  to?: string;
  /** The npm package (or `node:` builtin) a bare specifier names. */
  packageName?: string;
  typeOnly: boolean;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];

function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function stringLiteral(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === SyntaxKind.StringLiteral || node.kind === SyntaxKind.NoSubstitutionTemplateLiteral) return (node as unknown as { text: string }).text;
  return undefined;
}

/** The module specifiers one parsed file names, with whether each is type-only. */
function specifiersOf(file: SourceFile): { specifier: string; typeOnly: boolean }[] {
  const out: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: Node): void => {
    const n = node as unknown as Record<string, any>;
    switch (node.kind) {
      case SyntaxKind.ImportDeclaration: {
        const s = stringLiteral(n.moduleSpecifier);
        const clause = n.importClause;
        const typeOnly = Boolean(clause && clause.phaseModifier === SyntaxKind.TypeKeyword);
        if (s !== undefined) out.push({ specifier: s, typeOnly });
        return;
      }
      case SyntaxKind.ExportDeclaration: {
        const s = stringLiteral(n.moduleSpecifier);
        if (s !== undefined) out.push({ specifier: s, typeOnly: Boolean(n.isTypeOnly) });
        return;
      }
      case SyntaxKind.ExternalModuleReference: {
        const s = stringLiteral(n.expression);
        if (s !== undefined) out.push({ specifier: s, typeOnly: false });
        return;
      }
      case SyntaxKind.CallExpression: {
        const callee = n.expression;
        const isRequire = callee.kind === SyntaxKind.Identifier && callee.text === 'require';
        const isImport = callee.kind === SyntaxKind.ImportKeyword;
        const s = stringLiteral(n.arguments?.[0]);
        if ((isRequire || isImport) && s !== undefined) out.push({ specifier: s, typeOnly: false });
        break;
      }
      case SyntaxKind.ImportType: {
        const literal = n.argument?.literal;
        const s = stringLiteral(literal);
        if (s !== undefined) out.push({ specifier: s, typeOnly: true });
        break;
      }
    }
    node.forEachChild(visit);
  };
  file.forEachChild(visit);
  return out;
}

export interface FunctionSpan {
  /** Repository-relative path, `/` separators. */
  file: string;
  /** 1-based first line. */
  line: number;
  name: string;
  /** Lines from the first to the last, inclusive. */
  lines: number;
}

const FUNCTION_KINDS = new Set<SyntaxKind>([
  SyntaxKind.FunctionDeclaration, SyntaxKind.FunctionExpression, SyntaxKind.ArrowFunction, SyntaxKind.MethodDeclaration,
  SyntaxKind.Constructor, SyntaxKind.GetAccessor, SyntaxKind.SetAccessor,
]);

/** Every function, method and arrow function of one parsed file, with its length in lines. */
function functionsOf(file: SourceFile, path: string, text: string): FunctionSpan[] {
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: FunctionSpan[] = [];
  const visit = (node: Node): void => {
    if (FUNCTION_KINDS.has(node.kind)) {
      let start = node.pos; // pos includes leading trivia (comments): count from the first token
      while (start < node.end && /\s/.test(text[start])) start++;
      while (text.startsWith('/*', start) || text.startsWith('//', start)) {
        start = text.startsWith('/*', start) ? text.indexOf('*/', start) + 2 : text.indexOf('\n', start) + 1;
        while (start < node.end && /\s/.test(text[start])) start++;
      }
      const name = (node as unknown as { name?: { text?: string } }).name?.text ?? '(anonymous)';
      out.push({ file: path, line: lineOf(start), name, lines: lineOf(node.end) - lineOf(start) + 1 });
    }
    node.forEachChild(visit);
  };
  file.forEachChild(visit);
  return out;
}

/** Every import edge of every TypeScript file of the project under `root` (node_modules and dist excluded). */
export function importGraph(root: string): ImportEdge[] {
  return analyseProject(root).edges;
}

/** The import edges and the functions of every TypeScript file of the project, from one compiler session. */
export function analyseProject(root: string): { edges: ImportEdge[]; functions: FunctionSpan[] } {
  const api = new API({ cwd: root });
  try {
    const snapshot = api.updateSnapshot({ openProject: join(root, 'tsconfig.json') });
    const project = snapshot.getProject(join(root, 'tsconfig.json'));
    if (!project) throw new Error('tsconfig.json did not open as a project');
    const edges: ImportEdge[] = [];
    const functions: FunctionSpan[] = [];
    const rel = (p: string) => relative(root, p).split(sep).join('/');
    for (const name of project.program.getSourceFileNames()) {
      const path = rel(name);
      if (path.startsWith('..') || path.includes('node_modules/') || path.endsWith('.d.ts')) continue;
      const file = project.program.getSourceFile(name);
      if (!file) throw new Error(`${path}: not parsed`);
      functions.push(...functionsOf(file, path, readFileSync(name, 'utf8')));
      for (const { specifier, typeOnly } of specifiersOf(file)) {
        if (specifier.startsWith('.')) {
          const target = resolveRelative(name, specifier);
          edges.push({ from: path, specifier, to: target ? rel(target) : undefined, typeOnly });
        } else {
          edges.push({ from: path, specifier, packageName: packageOf(specifier), typeOnly });
        }
      }
    }
    return { edges, functions };
  } finally {
    api.close();
  }
}
