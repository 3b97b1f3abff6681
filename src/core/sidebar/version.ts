import type { TrackedActivity } from '../tracking/types';

/**
 * The version of an activity's row: a hash of everything the sidebar shows or writes. The page
 * sends back the version it loaded; the server recomputes it from the row it finds by ID and
 * refuses the write when they differ (someone else marked it, the coordinator edited the row).
 * The sheet row number is deliberately left out: sorting the plan moves rows but the write finds
 * the row by ID, so a sort alone is no conflict.
 */
export function activityVersion(a: TrackedActivity): string {
  const d = a.deadline;
  return hashString(
    JSON.stringify([
      a.id,
      a.number,
      a.stage,
      a.section,
      a.title,
      a.responsible,
      d.text,
      d.start,
      d.end,
      d.recurrence,
      a.status,
      a.doneDate,
      a.doneBy,
      a.comment,
      [...a.donePeriods].sort(),
    ]),
  );
}

/**
 * cyrb53: a fast 53-bit string hash (public domain, bryc). Not cryptographic — it only has to tell
 * two row contents apart — and it runs the same in Node, the browser and Apps Script (no
 * Apps Script's computeDigest, no `crypto`). 11 base-36 characters at most.
 */
export function hashString(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
