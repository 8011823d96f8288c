/**
 * "Linting 120/900 files…" on one rewritten line, for people watching a long run in a terminal. Silent when
 * stderr is not a terminal or in CI, so logs stay clean.
 */
export interface Progress {
  update(done: number): void;
  end(): void;
}

const SILENT: Progress = { update() {}, end() {} };

export function progressLine(total: number, stream: NodeJS.WriteStream = process.stderr, env = process.env): Progress {
  if (!stream.isTTY || env.CI || total < 50) return SILENT;
  let last = 0;
  let shown = false;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      stream.write(`\r\u001b[KLinting ${done}/${total} files…`);
    },
    end() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
