/**
 * Where an organisation's row is when «Разослать план» writes its link: a person may sort or insert
 * rows of «Организации» between the read and the write (the script's lock does not stop a person),
 * so each write reads the name column back in the same call (src/gas/sheets-api.ts
 * batchUpdateReading) and this decides, from what the column says now, whether the link landed on
 * its organisation's row — and, when not, what the row it hit held before, so nothing of another
 * organisation is lost. Rows are found by the organisation's name (unique in the tab: the reader
 * reports duplicates).
 */

const key = (v: unknown) => String(v ?? '').trim();

/** The 1-based row holding `name` in a name column (index 0 = row 1), or null when none or several do. */
export function rowOfName(names: readonly unknown[], name: string): number | null {
  let found: number | null = null;
  for (let i = 0; i < names.length; i++)
    if (key(names[i]) === key(name)) {
      if (found !== null) return null;
      found = i + 1;
    }
  return found;
}

export interface Misplaced {
  /** The row the link belongs on now, or null when the organisation's row is gone (or not one). */
  to: number | null;
  /** The row it hit and its cells (in the written columns) as they were before: written back. */
  restore: { row: number; values: unknown[] };
}

/**
 * Null when row `aimed` of the name column `after` (read in the write's own call) is `name`'s.
 * Otherwise where it belongs, and the hit row's cells from `before` — the cells each
 * organisation's row held, by name (this run's own writes included) — or blanks for a row that
 * held no organisation.
 */
export function misplaced(
  after: readonly unknown[],
  aimed: number,
  name: string,
  before: ReadonlyMap<string, readonly unknown[]>,
  width: number,
): Misplaced | null {
  const there = key(after[aimed - 1]);
  if (there === key(name)) return null;
  return {
    to: rowOfName(after, name),
    restore: { row: aimed, values: [...(before.get(there) ?? Array(width).fill(''))] },
  };
}
