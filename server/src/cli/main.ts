/**
 * `warmly lint [files|dirs...]`: the command-line shell over the engine.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isKnownTemplate, LineIndex, lint, type Finding } from '../engine';

interface FileResult {
  filePath: string;
  findings: Finding[];
  text: string;
}

const USAGE = `Usage: warmly lint [options] <files or directories...>

Options:
  --format stylish|json   output format (default: stylish)
  -h, --help              show this help
`;

export function main(argv: string[]): void {
  const args = [...argv];
  if (args[0] === '-h' || args[0] === '--help' || args.length === 0) {
    process.stdout.write(USAGE);
    process.exitCode = args.length === 0 ? 2 : 0;
    return;
  }
  const command = args.shift();
  if (command !== 'lint') return usageError(`unknown command "${command}"`);
  let format = 'stylish';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a === '-f') format = args[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a.startsWith('-')) return usageError(`unknown option "${a}"`);
    else paths.push(a);
  }
  if (format !== 'stylish' && format !== 'json') return usageError(`unknown format "${format}"`);
  if (paths.length === 0) return usageError('no files or directories given');

  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      process.stderr.write(`warmly: ${p}: no such file or directory\n`);
      process.exitCode = 2;
      return;
    }
    if (st.isDirectory()) walk(p, files);
    else files.push(p);
  }
  const results: FileResult[] = [];
  for (const file of files.sort()) {
    const text = readFileSync(file, 'utf8');
    results.push({ filePath: file, text, findings: lint(text, { filePath: file }).findings });
  }
  process.stdout.write(format === 'json' ? formatJson(results) : formatStylish(results));
  process.exitCode = results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function usageError(message: string): void {
  process.stderr.write(`warmly: ${message}\n\n${USAGE}`);
  process.exitCode = 2;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (isKnownTemplate(entry.name)) out.push(full);
  }
}

const ESLINT_SEVERITY = { error: 2, warning: 1, info: 1, hint: 1 } as const;

function formatJson(results: FileResult[]): string {
  return JSON.stringify(results.map((r) => {
    const lines = new LineIndex(r.text);
    const messages = r.findings.map((f) => {
      const s = lines.positionAt(f.range.start);
      const e = lines.positionAt(f.range.end);
      return {
        ruleId: f.ruleId,
        severity: ESLINT_SEVERITY[f.severity],
        message: f.message,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        suggestions: f.suggestions.map((sg) => ({ desc: sg.title, fix: { range: [sg.edits[0].range.start, sg.edits[0].range.end], text: sg.edits[0].text } })),
      };
    });
    return {
      filePath: resolve(r.filePath),
      messages,
      errorCount: r.findings.filter((f) => f.severity === 'error').length,
      warningCount: r.findings.filter((f) => f.severity !== 'error').length,
    };
  }), null, 2) + '\n';
}

function formatStylish(results: FileResult[]): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (!r.findings.length) continue;
    const lines = new LineIndex(r.text);
    out += `\n${relative(process.cwd(), r.filePath) || r.filePath}\n`;
    for (const f of r.findings) {
      const p = lines.positionAt(f.range.start);
      if (f.severity === 'error') errors++;
      else warnings++;
      out += `  ${p.line + 1}:${p.character + 1}  ${f.severity.padEnd(7)}  ${f.message}  ${f.ruleId}\n`;
    }
  }
  const total = errors + warnings;
  out += total ? `\n✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n` : '';
  return out;
}
