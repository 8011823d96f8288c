/**
 * Runs the real, built CLI as a process (`node server/bin/warmly.js`), in temporary project folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const BIN = join(REPO, 'server', 'bin', 'warmly.js');

/** Builds the bundles unless they are newer than every source file (npm test has just built them). */
export function ensureBuilt(): void {
  const bundles = ['cli.js', 'worker.js'].map((f) => join(REPO, 'server', 'dist', f));
  const oldest = Math.min(...bundles.map((f) => { try { return statSync(f).mtimeMs; } catch { return 0; } }));
  if (oldest > newest([...['engine', 'config', 'cli', 'language-server', 'linter.ts'].map((p) => join(REPO, 'server', p)), join(REPO, 'shared'), join(REPO, 'rules')])) return;
  // Several test files may start at once: one build at a time.
  const r = spawnSync('flock', ['/tmp/warmly-build.lock', process.execPath, 'esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr || r.error}`);
}

function newest(dirs: string[]): number {
  let max = 0;
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) { for (const n of readdirSync(p)) walk(join(p, n)); } else max = Math.max(max, st.mtimeMs);
  };
  dirs.forEach(walk);
  return max;
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function warmly(args: string[], opts: { cwd: string; input?: string | Buffer; env?: Record<string, string | undefined> }): Run {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, CI: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd, input: opts.input ?? '', encoding: 'utf8', env: env as NodeJS.ProcessEnv, timeout: 120_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const roots: string[] = [];

/** A temporary project folder holding `files`; removed when the process exits. */
export function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'warmly-cli-'));
  roots.push(dir);
  write(dir, files);
  return dir;
}

export function write(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

process.on('exit', () => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

/** `--format json` output parsed, keyed by path relative to `dir`. */
export function byFile(stdout: string, dir: string): Record<string, { ruleId: string | null; line: number; severity: number }[]> {
  const out: Record<string, { ruleId: string | null; line: number; severity: number }[]> = {};
  for (const r of JSON.parse(stdout)) out[r.filePath.slice(dir.length + 1)] = r.messages;
  return out;
}

/** A cold email in each template format: a role greeting, a no-reply line and a faceless sign-off. */
export const COLD: Record<string, string> = {
  'welcome.hbs': '<p>Dear customer,</p>\n<p>Thank you for your order {{order.number}}.</p>\n<p>Please do not reply to this email.</p>\n<p>Best regards,<br>The Acme Team</p>\n',
  'shipped.liquid': '<p>Dear customer,</p>\n<p>Your order {{ order.name }} has shipped.</p>\n<p>Please do not reply to this email.</p>\n<p>Best regards,<br>The Acme Team</p>\n',
  'reminder.twig': '<p>Dear customer,</p>\n<p>Your booking {{ booking.id }} is tomorrow.</p>\n<p>Please do not reply to this email.</p>\n<p>Best regards,<br>The Acme Team</p>\n',
  'receipt.html.erb': '<p>Dear customer,</p>\n<p>Your receipt <%= @order.id %> is attached.</p>\n<p>Please do not reply to this email.</p>\n<p>Best regards,<br>The Acme Team</p>\n',
  'newsletter.mjml': '<mjml>\n  <mj-body>\n    <mj-section>\n      <mj-column>\n        <mj-text>Dear customer,</mj-text>\n        <mj-text>Please do not reply to this email.</mj-text>\n        <mj-text>Best regards,<br/>The Acme Team</mj-text>\n      </mj-column>\n    </mj-section>\n  </mj-body>\n</mjml>\n',
  'survey.md': '---\nsubject: Two minutes for us?\n---\n\nDear customer,\n\nHow did we do? Please do not reply to this email.\n\nBest regards,\nThe Acme Team\n',
  'outage.html': '<html><body>\n<p>Dear customer,</p>\n<p>The service was down this morning.</p>\n<p>Please do not reply to this email.</p>\n<p>Best regards,<br>The Acme Team</p>\n</body></html>\n',
  'notice.txt': 'Dear customer,\n\nYour plan renews next week.\n\nPlease do not reply to this email.\n\nBest regards,\nThe Acme Team\n',
  'نظرسنجی.txt': 'مشتری گرامی،\n\nلطفاً به این ایمیل پاسخ ندهید.\n\nبا احترام،\nتیم پشتیبانی\n',
};

/** A warm email: nothing to report. */
export const WARM = '<p>Hi {{first_name | default: "there"}},</p>\n<p>Your order has shipped. Questions? Just reply; I read every message.</p>\n<p>Maria Lopez<br>maria@acme.example</p>\n';
