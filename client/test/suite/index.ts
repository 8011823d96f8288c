/**
 * Entry point @vscode/test-electron loads in the extension host: runs every case in order and fails the run if
 * any fails. (A small runner of our own instead of mocha: the suite is a handful of sequential cases.)
 */
import { writeFileSync } from 'node:fs';
import { cases } from './extension.cases';

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of cases) {
    const started = Date.now();
    try {
      await fn();
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failures.push(name);
      console.error(`not ok - ${name}\n${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  console.log(`${cases.length - failures.length} passed, ${failures.length} failed`);
  // In code-server nobody reads the extension host's console: the harness asks for a report file instead.
  const report = process.env.WARMLY_SUITE_REPORT;
  if (report) writeFileSync(report, JSON.stringify({ passed: cases.length - failures.length, failures }));
  if (failures.length) throw new Error(`${failures.length} VS Code API test(s) failed: ${failures.join('; ')}`);
}
