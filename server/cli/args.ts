/** Command-line flags, checked up front so a typo is a usage error (exit 2), never a silent default. */
import { parseArgs } from 'node:util';
import type { RawConfig } from '../config';
import { SEVERITIES } from '../config';
import { UNUSED_DISABLE, type Severity } from '../engine';
import { rules } from '../linter';
import { UsageError } from './usage-error';
import { FORMATS, type FormatName } from './formatters';

export interface CliOptions {
  /** `lint` (the default) or `score` (the warmth score per file). */
  command: 'lint' | 'score';
  /** `warmly score --explain`: print each score's breakdown. */
  explain: boolean;
  /** Exit 1 when any file scores below this. */
  minScore?: number;
  /** Exit 1 when the average score is below this. */
  minAverage?: number;
  /** An earlier JSON run to compare with (--baseline). */
  baseline?: string;
  /** With --baseline: exit 1 only for new findings and/or a file's score going down, not for findings as such. */
  failOn?: FailOn[];
  help: boolean;
  version: boolean;
  patterns: string[];
  format: FormatName;
  outputFile?: string;
  fix?: 'write' | 'dry-run';
  fixRules?: string[];
  maxWarnings?: number;
  quiet: boolean;
  ruleFlags?: RawConfig;
  configFile?: string;
  noConfig: boolean;
  printConfig?: string;
  init: boolean;
  listRules: boolean;
  reportUnusedDisables: boolean;
  noInlineConfig: boolean;
  stdin: boolean;
  stdinFilename?: string;
  changedSince?: string;
  threads?: number;
  color?: boolean;
}

export const FAIL_ON = ['new', 'drop'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const USAGE = `Usage: warmly lint [options] [files, directories or globs...]
       warmly score [--explain] [options] [files, directories or globs...]

Lints customer email and survey templates for a personal, human voice. "score" prints each template's
warmth score (0-100) instead of its findings; --explain adds the points lost and earned, and what each fix gains.

Output:
  -f, --format NAME            stylish (default), json, sarif, github, junit, markdown (a summary for a
                               GitHub job summary) or html (one self-contained report file)
  --explain                    with "score": print each score's breakdown
  --min-score N                exit 1 when any template's warmth score is below N (0-100)
  --min-average N              exit 1 when the average warmth score is below N (0-100)
  --baseline FILE              compare with an earlier "--format json" run: new, fixed and unchanged
                               findings and each file's score change
  --fail-on new,drop           with --baseline: exit 1 only for new findings (new) and/or a file whose
                               score went down (drop), instead of for every error ("no worse than main")
  -o, --output-file PATH       write the report to a file instead of stdout
  --quiet                      report errors only
  --max-warnings N             exit 1 when there are more than N warnings
  --color, --no-color          force colors on or off (default: on for a terminal; NO_COLOR/FORCE_COLOR respected)

Fixing:
  --fix                        apply the preferred rewrites to the files
  --fix-dry-run                print the rewrites as a unified diff; change nothing
  --fix-type RULE[,RULE...]    only apply the rewrites of these rules

Configuration:
  -c, --config PATH            use this config file instead of looking for .warmlyrc files
  --no-config                  use no config file
  --rule ID:SEVERITY           set a rule's severity (off, hint, info, warning, error); repeatable
  --no-inline-config           ignore warmly-disable comments in templates
  --report-unused-disables     report warmly-disable comments that suppress nothing
  --print-config FILE          print the configuration that applies to FILE, and exit
  --init                       write a starter .warmlyrc.json here, and exit
  --list-rules                 list the rules, and exit

Input:
  --stdin                      lint text from standard input
  --stdin-filename NAME        the file name stdin stands for (picks format and config)
  --changed-since REF          only files changed since the git ref (e.g. origin/main)
  --threads N                  worker threads (default: automatic, 1 for small runs)

  -h, --help                   show this help
  -v, --version                print the version

Exit codes: 0 no errors, 1 errors found (or too many warnings, or a score below --min-score), 2 usage,
configuration or file error (a missing or malformed --baseline too). "warmly score" exits 1 only for
--min-score and --min-average; with --fail-on, only new findings or a lower score fail the run.
`;

export function parseCli(argv: string[]): CliOptions {
  const args = [...argv];
  const command = args[0] === 'score' ? 'score' : 'lint';
  if (args[0] === 'lint' || args[0] === 'score') args.shift();
  else if (args.length && !args[0].startsWith('-')) throw new UsageError(`unknown command "${args[0]}"; did you mean "warmly lint ${args[0]}"?`);

  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'fix-type': { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'print-config': { type: 'string' },
        init: { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        'report-unused-disables': { type: 'boolean' },
        'no-inline-config': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'changed-since': { type: 'string' },
        threads: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        explain: { type: 'boolean' },
        'min-score': { type: 'string' },
        'min-average': { type: 'string' },
        baseline: { type: 'string' },
        'fail-on': { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(String((err as Error).message).replace(/\. To specify a positional argument.*$/s, ''));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${v.format}"; expected one of ${FORMATS.join(', ')}`);
  if (v.fix && v['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (v['fix-type'] && !v.fix && !v['fix-dry-run']) throw new UsageError('--fix-type works together with --fix or --fix-dry-run');
  if (v.config !== undefined && v['no-config']) throw new UsageError('use either --config or --no-config, not both');
  if (v['stdin-filename'] !== undefined && !v.stdin) throw new UsageError('--stdin-filename works together with --stdin');
  if (v.stdin && parsed.positionals.length) throw new UsageError('--stdin reads standard input; do not also give files');
  if (v.stdin && v['changed-since'] !== undefined) throw new UsageError('use either --stdin or --changed-since, not both');
  if (v.explain && command !== 'score') throw new UsageError('--explain works with "warmly score"');
  if (command === 'score' && (v.fix || v['fix-dry-run'])) throw new UsageError('"warmly score" does not fix; run "warmly lint --fix" first');
  if (v.color && v['no-color']) throw new UsageError('use either --color or --no-color, not both');

  const ruleIds = [...rules.map((r) => r.id), UNUSED_DISABLE];
  let fixRules: string[] | undefined;
  if (v['fix-type']) {
    fixRules = v['fix-type'].flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    const unknown = fixRules.find((id) => !ruleIds.includes(id));
    if (unknown) throw new UsageError(`--fix-type: "${unknown}" is not a rule; see warmly --list-rules`);
  }

  let ruleFlags: RawConfig | undefined;
  if (v.rule) {
    const settings: Record<string, Severity> = {};
    for (const flag of v.rule) {
      const m = /^\s*([a-z][a-z0-9-]*)\s*[:=]\s*([a-z]+)\s*$/.exec(flag);
      if (!m) throw new UsageError(`--rule "${flag}": expected ID:SEVERITY, e.g. --rule no-reply:warning`);
      if (!(SEVERITIES as readonly string[]).includes(m[2])) throw new UsageError(`--rule "${flag}": severity must be one of ${SEVERITIES.join(', ')}`);
      settings[m[1]] = m[2] as Severity;
    }
    ruleFlags = { rules: settings };
  }

  if (v['fail-on'] !== undefined && v.baseline === undefined) throw new UsageError('--fail-on works together with --baseline');
  if (v.baseline === '') throw new UsageError('--baseline needs a file, e.g. --baseline main.json');
  let failOn: FailOn[] | undefined;
  if (v['fail-on'] !== undefined) {
    failOn = v['fail-on'].split(',').map((s) => s.trim()).filter(Boolean) as FailOn[];
    const unknown = failOn.find((f) => !FAIL_ON.includes(f));
    if (unknown !== undefined || !failOn.length) throw new UsageError(`--fail-on "${v['fail-on']}": expected ${FAIL_ON.join(', ')} or both (new,drop)`);
  }

  const minScore = scoreFlag('--min-score', v['min-score']);
  const minAverage = scoreFlag('--min-average', v['min-average']);
  return {
    command,
    explain: Boolean(v.explain),
    minScore,
    minAverage,
    baseline: v.baseline,
    failOn,
    help: Boolean(v.help),
    version: Boolean(v.version),
    patterns: parsed.positionals,
    format,
    outputFile: v['output-file'],
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : undefined,
    fixRules,
    maxWarnings: v['max-warnings'] === undefined ? undefined : count('--max-warnings', v['max-warnings'], 0),
    quiet: Boolean(v.quiet),
    ruleFlags,
    configFile: v.config,
    noConfig: Boolean(v['no-config']),
    printConfig: v['print-config'],
    init: Boolean(v.init),
    listRules: Boolean(v['list-rules']),
    reportUnusedDisables: Boolean(v['report-unused-disables']),
    noInlineConfig: Boolean(v['no-inline-config']),
    stdin: Boolean(v.stdin),
    stdinFilename: v['stdin-filename'],
    changedSince: v['changed-since'],
    threads: v.threads === undefined ? undefined : count('--threads', v.threads, 1),
    color: v.color ? true : v['no-color'] ? false : undefined,
  };
}

function scoreFlag(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 100) throw new UsageError(`${flag} needs a score from 0 to 100, not "${value}"`);
  return Number(value);
}

function count(flag: string, value: string, min: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} needs a whole number${min ? ` of at least ${min}` : ''}, not "${value}"`);
  return Number(value);
}
