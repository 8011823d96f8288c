/**
 * Array helpers that stay safe at any size. `a.push(...b)` and `Math.max(...b)` pass every element as a call
 * argument, and V8 throws `RangeError: Maximum call stack size exceeded` somewhere past ~100,000 of them (the
 * limit depends on the thread's stack, so a worker and the main thread fail at different sizes). Input-sized
 * arrays (tags, comments, links, findings, edits) go through these loops instead.
 */

/** Appends every element of `items` to `target`, in order; returns `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** The smallest and largest of `values` by `key`; undefined for an empty list. */
export function extent<T>(values: readonly T[], key: (v: T) => number): { min: number; max: number } | undefined {
  if (values.length === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    const k = key(v);
    if (k < min) min = k;
    if (k > max) max = k;
  }
  return { min, max };
}
