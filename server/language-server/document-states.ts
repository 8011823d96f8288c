/**
 * Everything the server remembers about open documents, in one place: the resolved config, the last good
 * config, the cached lint, the onSave snapshot and the version a document was opened at. One `forget` drops
 * all of it when a document closes, one `invalidate` makes every cached config and snapshot stale when settings
 * or config files change, and one `current` answers "is this still the version I started with?".
 */
import type { Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Format, LintOptions } from '../engine';
import type { ResolvedConfig } from './config-source';
import type { Scheduler } from './scheduler';
import type { ClientSettings } from './settings';
import type { Warmth } from './warmth';

/** The settings and config a document lints with, resolved at `generation`. */
export interface DocumentConfig {
  settings: ClientSettings;
  options: LintOptions;
  ignored: boolean;
  configFiles: string[];
  generation: number;
}

export interface LintState {
  version: number;
  generation: number;
  /** The text linted: findings are carried from it to a newer version while that one lints (carried-findings.ts). */
  text: string;
  findings: Finding[];
  format: Format;
}

/** onSave mode: what the last open/save found, returned to pulls until the next save. */
export interface SavedReport {
  version: number;
  generation: number;
  diagnostics: Diagnostic[];
}

export interface DocumentState {
  config?: Promise<DocumentConfig>;
  /** The last config that resolved without error: used while a config file is broken. */
  lastGood?: ResolvedConfig;
  lint?: LintState;
  /** The warmth for the code lens and the status bar, at the version and generation it was computed for. */
  warmth?: { version: number; generation: number; value: Warmth | null };
  /** The lint under way (on the lint thread for a big document): asked again for the same version, it is shared. */
  pending?: { version: number; generation: number; result: Promise<LintState> };
  saved?: SavedReport;
  /** The version the document was opened at: TextDocuments reports the opening as a content change too. */
  openedAt?: number;
}

/** What the server holds, for the `warmly/debug/documentStates` request (tests check that a close frees it). */
export interface DocumentStatesSnapshot {
  /** URIs with any remembered state. */
  uris: string[];
  /** Documents with a pending or remembered lint run in the scheduler. */
  scheduled: number;
}

export class DocumentStates {
  private readonly byUri = new Map<string, DocumentState>();
  /** Bumped whenever settings or config files change: every cached config or snapshot of an older generation is stale. */
  generation = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly scheduler: Scheduler,
  ) {}

  /**
   * The state of an open document. For a document that is not open (it closed while its config was being
   * fetched) a detached state is returned, so late writes never bring a closed document's memory back.
   */
  of(uri: string): DocumentState {
    const known = this.byUri.get(uri);
    if (known) return known;
    const state: DocumentState = {};
    if (this.documents.get(uri)) this.byUri.set(uri, state);
    return state;
  }

  /** The open document if it is still at `version`; undefined when it changed or closed meanwhile. */
  current(uri: string, version: number): TextDocument | undefined {
    const doc = this.documents.get(uri);
    return doc && doc.version === version ? doc : undefined;
  }

  /** Drops everything held for a closed document, including its scheduled lint. */
  forget(uri: string): void {
    this.scheduler.forget(uri);
    this.byUri.delete(uri);
  }

  /** Settings or config files changed: resolve every document's config again and drop onSave snapshots. */
  invalidate(): void {
    this.generation++;
    for (const state of this.byUri.values()) {
      state.config = undefined;
      state.saved = undefined;
    }
  }

  snapshot(): DocumentStatesSnapshot {
    return { uris: [...this.byUri.keys()], scheduled: this.scheduler.size };
  }
}
