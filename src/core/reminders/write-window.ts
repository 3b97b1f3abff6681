/**
 * When the reminder run may write its next ledger row: the Sheets API takes 60 write requests per
 * minute per user per project ("Usage limits", developers.google.com/sheets/api/limits; the
 * advanced Sheets service counts against it), beyond them it answers "Quota exceeded for quota
 * metric 'Write requests'". A run writes one ledger append per e-mail while fewer than
 * LEDGER_WRITES appends went out in the last WINDOW_MS; when the window is full the rows wait and
 * go together in the next append the window allows. The 10 writes left over are the run's others
 * (the report tabs' batch, the status written alone when that fails) and a margin for the
 * difference between the script's clock and Google's.
 */

export const WINDOW_MS = 60_000;
export const LEDGER_WRITES = 50;

/**
 * Milliseconds until one more write fits after the writes made at `times` (ascending, by the
 * same clock as `now`): 0 when fewer than LEDGER_WRITES of them are within the window. Drops
 * the times that have left the window from `times` (the caller's list, kept short so).
 */
export function writeWait(times: number[], now: number): number {
  while (times.length && times[0] <= now - WINDOW_MS) times.shift();
  return times.length < LEDGER_WRITES ? 0 : times.at(-LEDGER_WRITES)! + WINDOW_MS - now;
}
