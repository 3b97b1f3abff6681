/**
 * Stable activity IDs: derived from what the activity says (stage, number, title), so importing
 * the same text again gives the same IDs and the План tab can keep statuses across re-imports.
 * Identical activities get a suffix in document order ("-2", "-3"), which is stable as long as
 * their order is.
 */

/** FNV-1a, 32 bit: tiny, deterministic, the same in Node, browsers and Apps Script. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const canon = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

export function activityKey(a: { stage: string | null; number: string | null; title: string }): string {
  return `${canon(a.stage)}|${canon(a.number)}|${canon(a.title)}`;
}

export function baseId(key: string): string {
  return `a${fnv1a(key).toString(36).padStart(7, '0')}`;
}

/** IDs for activities in document order, unique in the plan. */
export function assignIds(keys: string[]): string[] {
  const used = new Set<string>();
  return keys.map((key) => {
    const base = baseId(key);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
