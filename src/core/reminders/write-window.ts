/**
 * When the reminder run may write its next ledger append. The Sheets API takes 60 write requests
 * per minute per user per project ("Usage limits", developers.google.com/sheets/api/limits; the
 * advanced Sheets service counts against it) and answers "Quota exceeded for quota metric 'Write
 * requests'" beyond them — a run of more than ~60 e-mails, one append each, met it.
 *
 * The rule: while fewer than BURST = 20 appends went out in the last WINDOW_MS = 60 s, each
 * e-mail's rows are written at once; beyond, one append per GAP_MS = 2 s, the rows of the e-mails
 * sent meanwhile waiting for it (they go together). In any 60 s that is at most 20 + 29 = 49 appends (after the last
 * append made under BURST, the window held ≤ 20; the later ones are ≥ 2 s apart within < 60 s),
 * leaving 11 of the 60 for the run's other writes (the report tabs' batch, the status written
 * alone when that fails) and for the difference between the script's clock and Google's. Why not
 * 50 at once and then wait for the minute: the rows of up to 46 s of e-mails (~165) would wait,
 * and a run killed then repeats them all; paced, at most the last 2 s of e-mails (~7) wait.
 */

/**
 * Milliseconds until the next append may go, after the appends made at `times` (ascending, by the
 * same clock as `now`): 0 now. Drops the times that have left the window from `times` (the
 * caller's list, kept short so).
 */
export function writeWait(times: number[], now: number): number {
  // WINDOW_MS, BURST and GAP_MS written out: named constants cost the add-on's bundle bytes. (An
  // empty list ends the loop too: undefined <= x is false.)
  while (times[0] <= now - 60_000) times.shift();
  return times.length < 20 ? 0 : Math.max(0, times.at(-1)! + 2_000 - now);
}
