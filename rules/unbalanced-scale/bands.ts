/**
 * Numeric answer bands ("18–25", "Under 18", "65+", «۱۸ تا ۲۵ سال», «بیشتر از ۱۰»), read from folded labels (digits
 * already ASCII): where each band starts and ends, so overlaps ("1–5", "5–10") and gaps ("18–25", "27–35") show.
 */
export interface Band {
  lo: number;
  hi: number;
  /** The smallest step the labels write (1, or 0.1 for "1.5"): bands that meet leave no gap of one step. */
  step: number;
  unit: string;
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const LEAD = String.raw`[^\d]{0,3}?`; // a currency sign or "$"
const RANGE = new RegExp(String.raw`^${LEAD}${NUM}\s*${LEAD}\s*(?:-|to|until|through|تا|الی)\s*${LEAD}${NUM}\s*(.*)$`);
const UNDER = new RegExp(String.raw`^(?:under|less than|below|fewer than|younger than|up to|<|زیر|کمتر از|کم تر از|پایین تر از|تا)\s*${LEAD}${NUM}\s*(.*)$`);
const OVER = new RegExp(String.raw`^(?:over|more than|above|greater than|older than|>|بیشتر از|بیش از|بالای|بالاتر از)\s*${LEAD}${NUM}\s*(.*)$`);
const PLUS = new RegExp(String.raw`^${LEAD}${NUM}\s*(?:\+|or (?:more|older|above|over)|and (?:over|above|up|older)|و بیشتر|و بالاتر|به بالا)\s*(.*)$`);

function decimals(n: string): number {
  const dot = n.indexOf('.');
  return dot < 0 ? 0 : n.length - dot - 1;
}

/** The band a label names, or undefined when it names none (or uses k/m multipliers this reader does not scale). */
export function bandOf(folded: string): Band | undefined {
  const s = folded.replace(/(\d),(?=\d{3}\b)/g, '$1').replace(/[٬،]/g, '').replace(/\s+/g, ' ').trim();
  if (/\d\s*[km]\b/i.test(s)) return undefined;
  const unit = (rest: string) => rest.replace(/[^a-z\u0600-\u06ff ]/g, '').trim().split(' ')[0] ?? '';
  let m = RANGE.exec(s);
  if (m) {
    const step = 10 ** -Math.max(decimals(m[1]), decimals(m[2]));
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a <= b ? { lo: a, hi: b, step, unit: unit(m[3]) } : undefined;
  }
  m = UNDER.exec(s);
  if (m) {
    const step = 10 ** -decimals(m[1]);
    const inclusive = /^(?:up to|تا)\b/.test(s);
    return { lo: -Infinity, hi: inclusive ? Number(m[1]) : Number(m[1]) - step, step, unit: unit(m[2]) };
  }
  m = OVER.exec(s);
  if (m) {
    const step = 10 ** -decimals(m[1]);
    return { lo: Number(m[1]) + step, hi: Infinity, step, unit: unit(m[2]) };
  }
  m = PLUS.exec(s);
  if (m) return { lo: Number(m[1]), hi: Infinity, step: 10 ** -decimals(m[1]), unit: unit(m[2]) };
  return undefined;
}

export type BandFault = { kind: 'overlap' | 'gap'; index: number; previous: number; missing?: [number, number] };

/**
 * Faults between neighbouring bands, in the order listed (ascending or descending; anything else is not a band
 * scale and is left alone). Units must agree ("6 months" beside "1–2 years" is not compared).
 */
export function bandFaults(bands: Band[]): BandFault[] {
  const units = new Set(bands.map((b) => b.unit).filter(Boolean));
  if (units.size > 1 || bands.length < 2) return [];
  const ascending = bands.every((b, i) => i === 0 || b.lo >= bands[i - 1].lo);
  const descending = bands.every((b, i) => i === 0 || b.lo <= bands[i - 1].lo);
  if (ascending === descending) return [];
  const order = bands.map((_, i) => i);
  if (descending) order.reverse();
  // Bands meant to cover every answer have an open end ("Under 18", "65+") or start at zero or one; a quiz's
  // periods ("1796–1803", "1810–1814") are separate answers, and their gaps are no fault.
  const exhaustive = bands.some((b) => b.lo === -Infinity || b.hi === Infinity || b.lo === 0 || b.lo === 1);
  const faults: BandFault[] = [];
  for (let k = 1; k < order.length; k++) {
    const a = bands[order[k - 1]];
    const b = bands[order[k]];
    const step = Math.min(a.step, b.step);
    // The later-listed band is the one to correct.
    const [index, previous] = descending ? [order[k - 1], order[k]] : [order[k], order[k - 1]];
    if (b.lo <= a.hi) faults.push({ kind: 'overlap', index, previous });
    else if (exhaustive && b.lo - a.hi > step + 1e-9) faults.push({ kind: 'gap', index, previous, missing: [round(a.hi + step), round(b.lo - step)] });
  }
  return faults;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
