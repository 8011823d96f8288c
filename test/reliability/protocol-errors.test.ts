/**
 * The LSP lifecycle over raw stdio bytes against the built server (npm run build): what a client sees when it
 * breaks the framing, asks before `initialize`, or keeps asking after `shutdown`.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { after, test } from 'node:test';

const SERVER = join(__dirname, '../../server/bin/warmly-language-server.js');
/** Every server started, killed at the end even when a test timed out waiting for it. */
const started: ChildProcess[] = [];
after(() => { for (const c of started) c.kill(); });

function frame(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

interface Response { id?: number; result?: unknown; error?: { code: number; message: string } }

/** A server process and the responses it writes, parsed from its stdout framing. */
class Raw {
  readonly child: ChildProcess;
  private buffer = Buffer.alloc(0);
  private readonly responses = new Map<number, Response>();
  private readonly waiting = new Map<number, (r: Response) => void>();
  readonly exited: Promise<number | null>;
  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    started.push(this.child);
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stdout!.on('data', (d: Buffer) => this.onData(d));
  }
  send(bytes: Buffer | string): void { this.child.stdin!.write(bytes); }
  request(id: number, method: string, params?: object): Promise<Response> {
    this.send(frame({ jsonrpc: '2.0', id, method, params }));
    return this.response(id);
  }
  response(id: number): Promise<Response> {
    const have = this.responses.get(id);
    if (have) return Promise.resolve(have);
    return new Promise((resolve) => this.waiting.set(id, resolve));
  }
  kill(): void { this.child.kill(); }
  private onData(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const sep = this.buffer.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, sep).toString('ascii'))?.[1]);
      if (this.buffer.length < sep + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(sep + 4, sep + 4 + length).toString('utf8')) as Response & { method?: string };
      this.buffer = this.buffer.subarray(sep + 4 + length);
      if (msg.method !== undefined || typeof msg.id !== 'number') continue; // notifications and server requests
      this.responses.set(msg.id, msg);
      this.waiting.get(msg.id)?.(msg);
    }
  }
}

const INIT = { processId: null, rootUri: null, capabilities: {} };
const HOVER = { textDocument: { uri: 'file:///tmp/x.txt' }, position: { line: 0, character: 0 } };

test('a malformed Content-Length header ends the server, so the client restarts it instead of talking to a deaf one', { timeout: 60_000 }, async () => {
  const raw = new Raw();
  try {
    raw.send('Content-Length: abc\r\n\r\n{}');
    // Before the fix the process stayed up and never answered again: this await timed the test out.
    const code = await raw.exited;
    assert.notEqual(code, 0, 'the server ends with a failure code');
  } finally {
    raw.kill();
  }
});

test('a request before initialize gets ServerNotInitialized (-32002), and initialize still works afterwards', { timeout: 60_000 }, async () => {
  const raw = new Raw();
  try {
    const early = await raw.request(1, 'textDocument/hover', HOVER);
    assert.equal(early.error?.code, -32002, `got ${JSON.stringify(early)}`);
    const init = await raw.request(2, 'initialize', INIT);
    assert.ok(init.result && !init.error, 'initialize is answered');
  } finally {
    raw.kill();
  }
});

test('requests after shutdown get InvalidRequest (-32600); exit then ends the server cleanly', { timeout: 60_000 }, async () => {
  const raw = new Raw();
  try {
    await raw.request(1, 'initialize', INIT);
    raw.send(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
    const down = await raw.request(2, 'shutdown');
    assert.equal(down.error, undefined);
    const late = await raw.request(3, 'textDocument/hover', HOVER);
    assert.equal(late.error?.code, -32600, `got ${JSON.stringify(late)}`);
    raw.send(frame({ jsonrpc: '2.0', method: 'exit' }));
    assert.equal(await raw.exited, 0);
  } finally {
    raw.kill();
  }
});
