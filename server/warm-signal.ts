/**
 * Tells the launcher (server/bin/compile-cache.js) that this process is warm: its first lint has run, so the
 * functions a lint needs are compiled and V8's code cache written now holds them. Emitted once; a process event,
 * so the bundle needs nothing from the launcher and runs the same without it (tests, tsx).
 */
export const WARM_EVENT = 'warmly:warm';

let signalled = false;

export function signalWarm(): void {
  if (signalled) return;
  signalled = true;
  (process as NodeJS.EventEmitter).emit(WARM_EVENT);
}
