/**
 * Stable activity IDs: derived from what the activity says (stage, number, title), so importing
 * the same text again gives the same IDs and the План tab can keep statuses across re-imports.
 * Identical activities get a suffix in document order ("-2", "-3"), which is stable as long as
 * their order is.
 */
import { fold } from '../people/text';

/** FNV-1a, 32 bit: tiny, deterministic, the same in Node, browsers and Apps Script. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const canon = (s: string | null | undefined) => fold(s ?? '');

export function activityKey(a: { stage: string | null; number: string | null; title: string }): string {
  return `${canon(a.stage)}|${canon(a.number)}|${canon(a.title)}`;
}

export function baseId(key: string): string {
  return `a${fnv1a(key).toString(36).padStart(7, '0')}`;
}

/**
 * IDs for activities in document order, unique in the plan. Linear: each base ID counts its own
 * copies, so 72,000 identical rows cost 72,000 steps, not a search per row. A suffixed ID cannot
 * be another activity's base ID (base IDs have no "-"), so the count alone keeps IDs unique.
 */
export function assignIds(keys: readonly string[]): string[] {
  const copies = new Map<string, number>();
  return keys.map((key) => {
    const base = baseId(key);
    const n = (copies.get(base) ?? 0) + 1;
    copies.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
