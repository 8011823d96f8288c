export function median(xs) {
  return quantile(xs, 0.5);
}

/** Linear-interpolated quantile of an unsorted sample. */
export function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** Median plus the spread a reader needs on a noisy machine: min, max and (max-min)/median. */
export function summarize(xs) {
  const med = median(xs);
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  return { runs: xs.length, median: round(med), min: round(min), max: round(max), spreadPct: round(((max - min) / med) * 100, 0) };
}

export function round(x, digits = 1) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
