/**
 * `warmly`: the command-line shell over the engine, made for people at a terminal and for CI pipelines.
 * Exit codes: 0 clean, 1 errors found (or more warnings than --max-warnings), 2 usage, config or file error.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, ConfigResolver } from '../config';
import { parseCli, USAGE, type CliOptions } from './args';
import { colorEnabled, palette } from './color';
import { changedSince, collectFiles, lintedRoots, type WalkProblem } from './files';
import { formatters } from './formatters';
import { displayPath } from './formatters/context';
import { writeStarter } from './init';
import { describeIoError } from './io';
import type { LintJob } from './lint-file';
import { listRules } from './list-rules';
import { autoThreads, runJobs, startWorkersEarly } from './pool';
import { printable, stderrLine } from './printable';
import { progressLine } from './progress';
import { averageScore, belowMinScore, formatScoreText } from './formatters/score-text';
import { totals } from './report';
import { UsageError } from './usage-error';
import { VERSION } from './version';
import { ProjectRoots } from './project-root';
import { markSameInLocales } from './cross-locale';
import { BaselineError, compareWithBaseline, readBaseline, signedChange, type Baseline } from './baseline';
import { compileRegexpsOnce, compileRegexpsOptimized } from '../regexp-tuning';
import { loadPhraseSnapshot } from '../phrase-snapshot';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

/** Set when a walk had to skip a folder it could not read: the run then exits 2 after reporting the rest. */
let walkFailed = false;

/** Runs the CLI; sets process.exitCode. The returned promise settles when all output is written. */
export function main(argv: string[]): Promise<void> {
  compileRegexpsOnce();
  loadPhraseSnapshot();
  return run(argv).then(
    (code) => { process.exitCode = code; },
    (err) => {
      // The stack keeps its lines (people read it), but no line can carry escapes or a workflow command.
      const detail = String((err as Error)?.stack ?? err).split('\n').map(printable).join('\n');
      process.stderr.write(`warmly: internal error, please report it: ${detail}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}

const fail = (message: string, hint = '') => {
  // Messages name files and quote config values: escaped so they stay one printable line.
  process.stderr.write(stderrLine(message) + hint);
  return EXIT_FAILURE;
};

async function run(argv: string[]): Promise<number> {
  walkFailed = false;
  if (argv.length === 0) {
    process.stderr.write(USAGE);
    return EXIT_FAILURE;
  }
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message, 'Run "warmly --help" for the options.\n');
    throw err;
  }
  const cwd = process.cwd();
  const useColor = opts.color ?? (opts.outputFile ? false : colorEnabled(process.stdout));
  const color = palette(useColor);

  if (opts.help) { process.stdout.write(USAGE); return EXIT_OK; }
  if (opts.version) { process.stdout.write(`${VERSION}\n`); return EXIT_OK; }
  if (opts.listRules) return emit(opts, listRules(opts.format === 'json' ? 'json' : 'text', color));
  if (opts.init) {
    const result = writeStarter(cwd);
    if ('problem' in result) return fail(result.problem);
    process.stdout.write(`Wrote ${printable(displayPath(result.file, cwd))}. Tune rules there; your editor completes keys from the schema.\n`);
    return EXIT_OK;
  }

  let resolver: ConfigResolver;
  try {
    resolver = new ConfigResolver({ cwd, noConfig: opts.noConfig, configFile: opts.configFile, overrides: opts.ruleFlags, overridesName: '--rule' });
    if (opts.printConfig !== undefined) {
      const resolved = resolver.resolve(opts.printConfig);
      return emit(opts, JSON.stringify(resolved, null, 2) + '\n');
    }
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message);
    throw err;
  }

  // The baseline is read before any linting: a missing or malformed file is a one-line error, at once.
  let baseline: Baseline | undefined;
  if (opts.baseline !== undefined) {
    try {
      baseline = readBaseline(opts.baseline, cwd);
    } catch (err) {
      if (err instanceof BaselineError) return fail(err.message);
      throw err;
    }
    if (opts.failOn?.includes('drop') && !baseline.hasScores) {
      return fail(`${opts.baseline}: the baseline has no warmth scores, so --fail-on drop cannot compare them; make it with "warmly score --format json"`);
    }
  }

  // Which files, each with its configuration. Workers asked for by --threads start meanwhile (see startWorkersEarly).
  if (opts.threads !== undefined && opts.threads > 1 && !opts.stdin) startWorkersEarly(opts.threads - 1);
  let jobs: LintJob[];
  try {
    jobs = opts.stdin ? stdinJobs(opts, resolver, cwd) : fileJobs(opts, resolver, cwd);
  } catch (err) {
    if (err instanceof UsageError) return fail(err.message);
    if (err instanceof ConfigError) return fail(err.message);
    throw err;
  }

  const threads = opts.threads ?? autoThreads(jobs.length);
  if (threads > 1) compileRegexpsOptimized();
  const progress = progressLine(jobs.length);
  const reports = await runJobs(jobs, threads, (done) => progress.update(done));
  markSameInLocales(reports);
  progress.end();

  let status: number = walkFailed ? EXIT_FAILURE : EXIT_OK;
  for (const r of reports) {
    if (r.ioError) {
      process.stderr.write(stderrLine(`${displayPath(r.filePath, cwd)}: ${r.ioError}`));
      status = EXIT_FAILURE;
    }
  }

  const comparison = baseline ? compareWithBaseline(reports, baseline, cwd, opts.quiet) : undefined;

  let output: string | Iterable<string>;
  if (opts.stdin && opts.fix === 'write') output = reports[0]?.output ?? '';
  else if (opts.fix === 'dry-run') output = reports.map((r) => r.diff ?? '').join('');
  else if (opts.command === 'score' && opts.format === 'stylish') output = formatScoreText(reports, { cwd, color, explain: opts.explain, comparison });
  else output = formatters[opts.format](reports, { cwd, color, maxWarnings: opts.maxWarnings, comparison });
  const written = emit(opts, output);
  if (written !== EXIT_OK) return written;

  if (status !== EXIT_OK) return status;
  const below = belowMinScore(reports, opts.minScore);
  if (below.length) {
    const worst = below.map((r) => `${displayPath(r.filePath, cwd)} (${r.score!.score})`).slice(0, 5).join(', ');
    process.stderr.write(stderrLine(`${below.length} template${below.length === 1 ? '' : 's'} below --min-score ${opts.minScore}: ${worst}${below.length > 5 ? ', …' : ''}`));
    return EXIT_PROBLEMS;
  }
  const average = averageScore(reports);
  if (opts.minAverage !== undefined && average !== undefined && average < opts.minAverage) {
    process.stderr.write(stderrLine(`average warmth ${average} is below --min-average ${opts.minAverage}`));
    return EXIT_PROBLEMS;
  }
  if (comparison && opts.failOn) {
    // "No worse than the baseline": only what got worse fails the run, not the findings it already had.
    if (opts.failOn.includes('new') && comparison.totals.new) {
      const first = comparison.files.flatMap((c) => c.newFindings.map((m) => `${displayPath(c.report.filePath, cwd)}:${m.line}:${m.column} ${m.ruleId ?? ''}`.trim()));
      const n = comparison.totals.new;
      process.stderr.write(stderrLine(`${n} new finding${n === 1 ? '' : 's'} since ${opts.baseline}: ${first.slice(0, 3).join(', ')}${first.length > 3 ? ', …' : ''}`));
      return EXIT_PROBLEMS;
    }
    if (opts.failOn.includes('drop') && comparison.drops.length) {
      const n = comparison.drops.length;
      const worst = comparison.drops.map((c) => `${displayPath(c.report.filePath, cwd)} (${c.scoreBefore} → ${c.scoreAfter}, ${signedChange(c.scoreAfter! - c.scoreBefore!)})`);
      process.stderr.write(stderrLine(`${n} template${n === 1 ? '' : 's'} score${n === 1 ? 's' : ''} lower than in ${opts.baseline}: ${worst.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}`));
      return EXIT_PROBLEMS;
    }
    return EXIT_OK;
  }
  if (opts.command === 'score') return EXIT_OK;
  const t = totals(reports);
  if (t.errorCount > 0) return EXIT_PROBLEMS;
  if (opts.maxWarnings !== undefined && t.warningCount > opts.maxWarnings) {
    if (opts.format !== 'stylish' || opts.outputFile) process.stderr.write(`warmly: ${t.warningCount} warnings, more than --max-warnings ${opts.maxWarnings}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/** Writes the report to stdout or --output-file, piece by piece when it comes in pieces. */
function emit(opts: CliOptions, text: string | Iterable<string>): number {
  const pieces = typeof text === 'string' ? [text] : text;
  if (!opts.outputFile) {
    // Pipes and files are written synchronously on Linux, so pieces do not pile up in memory.
    for (const piece of pieces) process.stdout.write(piece);
    return EXIT_OK;
  }
  let fd: number | undefined;
  try {
    mkdirSync(dirname(resolve(opts.outputFile)), { recursive: true });
    fd = openSync(opts.outputFile, 'w');
    for (const piece of pieces) writeSync(fd, piece);
    return EXIT_OK;
  } catch (err) {
    return fail(`${opts.outputFile}: cannot write the report: ${describeIoError(err)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function baseJob(opts: CliOptions, filePath: string, resolver: ConfigResolver, roots: ProjectRoots): LintJob | undefined {
  const resolved = resolver.resolve(filePath);
  if (resolved.ignored) return undefined;
  const options = resolved.options;
  // The partials a template includes are read from its project, never from outside it.
  options.partialRoot ??= roots.of(dirname(resolve(filePath)));
  if (opts.reportUnusedDisables && !options.reportUnusedDisables) options.reportUnusedDisables = true;
  if (opts.noInlineConfig) options.inlineConfig = false;
  const score = opts.command === 'score' || opts.minScore !== undefined || opts.minAverage !== undefined || opts.baseline !== undefined || opts.format === 'markdown' || opts.format === 'html';
  return { filePath: options.filePath ?? filePath, options, fixRules: opts.fixRules, quiet: opts.quiet, fix: opts.fix, score };
}

function fileJobs(opts: CliOptions, resolver: ConfigResolver, cwd: string): LintJob[] {
  let patterns = opts.patterns;
  if (patterns.length === 0) {
    if (opts.changedSince === undefined) throw new UsageError('no files given; try "warmly lint ." or see "warmly --help"');
    patterns = ['.'];
  }
  const problems: WalkProblem[] = [];
  let files = collectFiles(patterns, cwd, problems);
  for (const p of problems) {
    process.stderr.write(`warmly: ${p.severity === 'warning' ? 'warning: ' : ''}${displayPath(p.path, cwd)}: ${p.problem}\n`);
    if (p.severity === 'error') walkFailed = true;
  }
  if (opts.changedSince !== undefined) {
    const changed = changedSince(opts.changedSince, cwd);
    files = files.filter((f) => changed.has(f));
  }
  const jobs: LintJob[] = [];
  const roots = opts.fix === 'write' ? lintedRoots(patterns, cwd) : undefined;
  const projects = new ProjectRoots(cwd);
  for (const file of files) {
    const job = baseJob(opts, file, resolver, projects);
    if (job) jobs.push({ ...job, displayPath: displayPath(file, cwd), roots });
  }
  return jobs;
}

function stdinJobs(opts: CliOptions, resolver: ConfigResolver, cwd: string): LintJob[] {
  const name = opts.stdinFilename ?? '<stdin>';
  let input: Buffer;
  try {
    input = readFileSync(0);
  } catch (err) {
    throw new UsageError(`cannot read standard input: ${describeIoError(err)}`);
  }
  const job = baseJob(opts, resolve(cwd, name), resolver, new ProjectRoots(cwd));
  if (!job) return [];
  return [{ ...job, input, displayPath: opts.stdinFilename ?? 'stdin', fix: opts.fix === 'write' ? 'stdout' : opts.fix }];
}
