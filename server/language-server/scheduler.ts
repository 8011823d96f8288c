/**
 * Per-document debouncing with cancellation: every new request for a document makes older ones stale, and a
 * stale run never reaches its callback (so results for an old version are never published).
 */
export class Scheduler {
  private readonly tickets = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Tickets are unique across documents and time, so a forgotten document's old run can never match again. */
  private counter = 0;

  /** Starts a new run for `key`; earlier runs become stale. */
  begin(key: string): number {
    this.cancel(key);
    const ticket = ++this.counter;
    this.tickets.set(key, ticket);
    return ticket;
  }

  isCurrent(key: string, ticket: number): boolean {
    return this.tickets.get(key) === ticket;
  }

  /** Runs `run` after `delayMs` if `ticket` is still the newest for `key`. */
  after(key: string, ticket: number, delayMs: number, run: () => void): void {
    if (!this.isCurrent(key, ticket)) return;
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (this.isCurrent(key, ticket)) run();
    }, delayMs);
    this.timers.set(key, timer);
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.tickets.set(key, ++this.counter);
  }

  /** How many documents the scheduler remembers (pending timers or tickets). */
  get size(): number {
    return new Set([...this.tickets.keys(), ...this.timers.keys()]).size;
  }

  forget(key: string): void {
    this.cancel(key);
    this.tickets.delete(key);
  }
}
