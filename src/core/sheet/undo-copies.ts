/**
 * The undo copies a re-import leaves: the previous План renamed «План (до импорта дд.мм.гггг чч:мм)».
 * Only the newest UNDO_COPIES_KEPT are kept — every re-import used to add one more tab, and a
 * coordinator who imports weekly ended with dozens. Which copies go is decided here, from the tab
 * names alone (the date is in the name), so the adapter deletes them in the same batch.
 */
import { PLAN_SHEET_NAME } from '../workbook/schema';

/** Undo copies kept after an import: the one just made from the replaced План. */
export const UNDO_COPIES_KEPT = 1;

const PREFIX = `${PLAN_SHEET_NAME} (до импорта `;
const escaped = PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COPY = new RegExp(`^${escaped}(\\d\\d)\\.(\\d\\d)\\.(\\d{4}) (\\d\\d):(\\d\\d)\\)(?: (\\d+))?$`);

/** The copy's name: the date and time of the import (in the spreadsheet's zone), numbered if taken. */
export function undoCopyName(date: string, time: string, existing: readonly string[]): string {
  const base = `${PREFIX}${date} ${time})`;
  let name = base;
  for (let n = 2; existing.includes(name); n++) name = `${base} ${n}`;
  return name;
}

/** A sortable key of an undo copy's name ("2026-12-01 17:05 0002"), or null for any other tab. */
function copyKey(title: string): string | null {
  const m = COPY.exec(title);
  if (!m) return null;
  return `${m[3]}-${m[2]}-${m[1]} ${m[4]}:${m[5]} ${(m[6] ?? '1').padStart(4, '0')}`;
}

/**
 * The existing copies to delete when a new one is about to be made: all but the newest
 * `keep - 1`, so that with the new one `keep` remain. Other tabs are never named.
 */
export function undoCopiesToDelete(titles: readonly string[], keep = UNDO_COPIES_KEPT): string[] {
  const copies = titles
    .map((t) => ({ t, k: copyKey(t) }))
    .filter((c): c is { t: string; k: string } => c.k !== null)
    .sort((a, b) => (a.k < b.k ? 1 : a.k > b.k ? -1 : 0));
  return copies.slice(Math.max(0, keep - 1)).map((c) => c.t);
}
