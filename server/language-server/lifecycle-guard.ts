/**
 * The LSP lifecycle rules the JSON-RPC library leaves to the server, enforced where messages arrive:
 * - a request before `initialize` gets ServerNotInitialized (-32002), a notification then is dropped (`exit` aside);
 * - a request after `shutdown` gets InvalidRequest (-32600), a notification then is dropped (`exit` aside);
 * - a broken header (no or non-numeric `Content-Length`) ends the process: after it the byte stream cannot be
 *   trusted to be in step, and a server that stays alive but never answers again is never restarted by the client.
 *   A body that is not JSON keeps its framing, so that is answered as a parse error and the server goes on.
 */
import {
  Disposable,
  ErrorCodes,
  type DataCallback,
  type Event,
  type Message,
  type MessageReader,
  type MessageWriter,
  type PartialMessageInfo,
  type RequestMessage,
} from 'vscode-languageserver/node';

type Phase = 'new' | 'initializing' | 'running' | 'shutdown';

export class LifecycleGuard implements MessageReader {
  private phase: Phase = 'new';
  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    /** Called on a framing error: ends the process (injectable for tests). */
    private readonly endConnection: (reason: string) => void,
  ) {
    inner.onError((error) => {
      // JSON.parse failing on a correctly framed body is a SyntaxError; anything else is the framing itself.
      if (!(error instanceof SyntaxError)) this.endConnection(`unreadable message header: ${error.message}`);
    });
  }

  get onError(): Event<Error> { return this.inner.onError; }
  get onClose(): Event<void> { return this.inner.onClose; }
  get onPartialMessage(): Event<PartialMessageInfo> { return this.inner.onPartialMessage; }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (this.admit(message)) callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }

  /** Whether `message` goes on to the server; refused requests are answered here. */
  private admit(message: Message): boolean {
    const m = message as Partial<RequestMessage>;
    if (typeof m.method !== 'string') return true; // responses and malformed messages: the library handles them
    const isRequest = m.id !== undefined && m.id !== null;
    if (m.method === 'exit') return true;
    if (this.phase === 'new') {
      if (m.method === 'initialize' && isRequest) { this.phase = 'initializing'; return true; }
      if (isRequest) this.refuse(m, ErrorCodes.ServerNotInitialized, 'the server is not initialized yet: send "initialize" first');
      return false;
    }
    if (this.phase === 'shutdown') {
      if (isRequest) this.refuse(m, ErrorCodes.InvalidRequest, 'the server is shut down: only "exit" is accepted');
      return false;
    }
    if (m.method === 'shutdown' && isRequest) this.phase = 'shutdown';
    else this.phase = 'running';
    return true;
  }

  private refuse(m: Partial<RequestMessage>, code: number, message: string): void {
    void this.writer.write({ jsonrpc: '2.0', id: m.id!, error: { code, message } } as Message).catch(() => undefined);
  }
}
