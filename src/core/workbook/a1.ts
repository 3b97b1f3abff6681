/**
 * A1 references as the edit event gives them (`Range.getA1Notation()`: "N5", "N5:P7"). One call
 * for the whole span, where getRow/getLastRow/getColumn/getLastColumn would be four.
 */
const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Rows and columns (1-based, inclusive) of an A1 range like "N5" or "N5:P7"; null for anything else. */
export function spanOfA1(a1: string): { r1: number; r2: number; c1: number; c2: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const [ca, ra, cb, rb] = [colNumber(m[1]), Number(m[2]), colNumber(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  return { r1: Math.min(ra, rb), r2: Math.max(ra, rb), c1: Math.min(ca, cb), c2: Math.max(ca, cb) };
}
