/**
 * Reports that hold no file text. V8 makes a slice of 13 or more characters a view of the string it was cut from,
 * and a concatenation a tree of its parts: a finding's `actual` (sliced from the file's text) kept the whole file
 * alive for as long as its report lived, which in the CLI is the whole run. On the x50 corpus (52 MB of templates)
 * that was most of the single-threaded run's heap growth. (Reports from worker threads are copied when posted,
 * so they never held a text; on the main thread they did.)
 */

/** A copy of `s` that keeps no other string alive: slicing a fresh concatenation flattens it into a new string. */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** `value` (plain report data: objects, arrays, strings, numbers) with every string in it detached, in place. */
export function detachStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = detachOne(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = detachOne(record[key]);
  }
  return value;
}

function detachOne(v: unknown): unknown {
  if (typeof v === 'string') return detached(v);
  if (v !== null && typeof v === 'object') return detachStrings(v);
  return v;
}
