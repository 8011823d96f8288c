/**
 * Starts the bundled language server (`server/dist/server.js`) over node IPC and keeps it running:
 * if it dies, it is restarted and the user is told once.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SETTING_KEYS, SETTINGS_SECTION, type InitializationOptions } from '../../shared/protocol';
import { CONFIG_FILE_GLOB, DOCUMENT_SELECTOR } from './languages';

export const CLIENT_ID = 'warmly';
const CLIENT_NAME = 'Warmly';

/**
 * The `warmly` section as the user set it, leaving out every value the workspace or folder sets. VS Code
 * already drops restricted settings (rules, personalization) of an untrusted folder; this drops the rest too,
 * so an untrusted folder cannot steer the server at all.
 */
function userSettingsOnly(scopeUri: string | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = config.inspect(key)?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** More crashes than this within the window and we stop restarting: something is deeply wrong. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60_000;

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  // The launcher, not the bundle itself: it loads server/dist/server.js through V8's code cache, kept in the
  // extension's own storage, so every start after the first skips compiling the bundle.
  const module = context.asAbsolutePath('server/bin/warmly-language-server.js');
  const env = { ...process.env, WARMLY_COMPILE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'compile-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };

  const crashes: number[] = [];
  let toldUser = false;

  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB),
    },
    diagnosticCollectionName: 'warmly',
    errorHandler: {
      error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const now = Date.now();
        crashes.push(now);
        while (crashes.length && crashes[0] < now - RESTART_WINDOW_MS) crashes.shift();
        if (crashes.length > MAX_RESTARTS) {
          return {
            action: CloseAction.DoNotRestart,
            message: 'Warmly\'s language server stopped 5 times in 3 minutes, so it stays off. Run "Warmly: Restart server" to try again.',
          };
        }
        if (!toldUser) {
          toldUser = true;
          void vscode.window
            .showWarningMessage('Warmly\'s language server stopped unexpectedly and was restarted.', 'Show log')
            .then((choice) => choice && output.show(true));
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
    middleware: {
      // In an untrusted folder the server gets the user's own settings only. (Granting trust restarts the
      // client, see extension.ts, so the server starts over trusted.)
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result) || vscode.workspace.isTrusted) return result;
          return result.map((value, i) => (params.items[i]?.section === SETTINGS_SECTION ? userSettingsOnly(params.items[i].scopeUri) : value));
        },
      },
      // `warmly.enable: false` hides findings at once, whatever the server does with the setting.
      handleDiagnostics: (uri, diagnostics, next) => {
        const enabled = vscode.workspace.getConfiguration(SETTINGS_SECTION, uri).get<boolean>('enable', true);
        next(uri, enabled ? diagnostics : []);
      },
    },
  };

  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
