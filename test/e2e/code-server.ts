/**
 * Runs a real VS Code for tests: code-server 4.100.3 (VS Code 1.100.3) on loopback with throwaway state, the
 * Warmly .vsix installed into it, and Debian's Chromium driven by playwright-core. See
 * ../shared/notes/real-editor.md for why each flag is there. Install the pieces with
 * `bash scripts/setup-code-server.sh`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const SETUP_COMMAND = 'bash scripts/setup-code-server.sh';
export const CODE_SERVER_VERSION = '4.100.3';
export const CHROMIUM = process.env.WARMLY_CHROMIUM ?? '/usr/bin/chromium';

export function codeServerBin(): string {
  if (process.env.WARMLY_CODE_SERVER) return process.env.WARMLY_CODE_SERVER;
  const cache = process.env.WARMLY_CACHE ?? join(homedir(), '.cache', 'warmly');
  return join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

/** What is missing to run the real-editor test, in words; empty when all is there. */
export function missingPieces(): string[] {
  const missing: string[] = [];
  if (!existsSync(codeServerBin())) missing.push(`code-server ${CODE_SERVER_VERSION} (looked for ${codeServerBin()})`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (looked for ${CHROMIUM})`);
  return missing;
}

/** Packages the extension exactly as `npm run package` does (minus the production build) into `dir`. */
export function packageVsix(dir: string): string {
  if (!existsSync(join(ROOT, 'client', 'dist', 'extension.js')) || !existsSync(join(ROOT, 'server', 'dist', 'server.js'))) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('Building the bundles failed: run "node esbuild.mjs"');
  }
  const out = join(dir, 'warmly.vsix');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vsce package failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface Editor {
  page: Page;
  context: BrowserContext;
  url: string;
  log: string;
  /** How long installing the .vsix took. */
  installMs: number;
  close(): Promise<void>;
}

export interface EditorOptions {
  workspace: string;
  /** A packaged extension to install, as a user would. */
  vsix?: string;
  /** Or: load the extension from its folder and run an extension test module in the extension host. */
  development?: { extensionPath: string; testsPath: string };
  userSettings: Record<string, unknown>;
  /** Extra environment for code-server and so for its extension host. */
  env?: Record<string, string>;
}

/** Starts code-server with the extension installed and opens `workspace` in headless Chromium. */
export async function openEditor(options: EditorOptions): Promise<Editor> {
  const state = mkdtempSync(join(tmpdir(), 'warmly-code-server-'));
  const userData = join(state, 'user-data');
  const extensions = join(state, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'chat.disableAIFeatures': true,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    ...options.userSettings,
  }, null, 2));
  const env = {
    ...process.env,
    ...options.env,
    XDG_CONFIG_HOME: join(state, 'config'),
    XDG_DATA_HOME: join(state, 'data'),
    XDG_CACHE_HOME: join(state, 'cache'),
  };
  const bin = codeServerBin();
  const t0 = Date.now();
  if (options.vsix) {
    const install = spawnSync(bin, ['--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', options.vsix], { env, encoding: 'utf8', timeout: 120_000 });
    if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
      throw new Error(`code-server could not install ${options.vsix}:\n${install.stdout}\n${install.stderr}`);
    }
  }
  const installMs = Date.now() - t0;
  const port = await freePort();
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = join(ARTIFACTS, 'code-server.log');
  const logStream = createWriteStream(log);
  const server: ChildProcess = spawn(bin, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userData, '--extensions-dir', extensions,
  ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.pipe(logStream);
  server.stderr!.pipe(logStream);
  const exited = new Promise<void>((r) => server.once('exit', () => r()));

  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close().catch(() => {});
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      // code-server can take a few seconds to stop; don't leave it behind.
      const killer = setTimeout(() => server.kill('SIGKILL'), 8000);
      await exited;
      clearTimeout(killer);
    }
  };

  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}; see ${log}`);
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch { /* not listening yet */ }
      if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s; see ${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }

    context = await chromium.launchPersistentContext(join(state, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1200, height: 720 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // The workbench reaches for an extension gallery and other hosts: only loopback may answer.
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    let url = `${base}/?folder=${encodeURIComponent(options.workspace)}`;
    if (options.development) {
      // The web workbench takes extension-development options from its `payload` parameter (as @vscode/test-web
      // does); paths live on the code-server side, hence vscode-remote URIs.
      const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
      const payload = [['extensionDevelopmentPath', remote(options.development.extensionPath)], ['extensionTestsPath', remote(options.development.testsPath)]];
      url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    }
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    return { page, context, url, log, installMs, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens a workspace file with Ctrl+P, as a person would. With `path` (absolute), the picker is given the path:
 * Quick Open then stats that file instead of relying on its file search, which may not have seen a file the test
 * created after the window opened. A picker that shows nothing is closed and asked again, up to three times.
 */
export async function openFile(page: Page, name: string, path?: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await input.waitFor({ timeout: 20_000 });
    await input.fill(path ?? name);
    try {
      await row.waitFor({ timeout: 20_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
}
