/**
 * Sending a run's e-mails one by one: the one loop of the school's reminders (run-day.ts) and of
 * the department's reminders to organisations (src/core/rollup/org-reminders.ts). A failed send is
 * noted and the rest still go; `stop` (time nearly up, the ledger cannot be written) leaves the
 * rest for the next run, counted as deferred, not failed. `send` is the adapter's: this stays pure.
 */
export interface Delivery {
  /** How many went out (each one was passed to `onSent`). */
  emails: number;
  failed: { to: string; error: string }[];
  /** Not tried (`stop`), added to what the caller deferred already (the quota). */
  deferred: number;
  deferredTo: string[];
}

/** Adds to `out`; `onSent` runs right after each successful send — if it throws, the loop stops there. */
export function deliver<T extends { to: string }>(
  mails: readonly T[],
  send: (m: T) => void,
  out: Delivery,
  onSent: (m: T) => void,
  stop?: () => boolean,
): void {
  for (let i = 0; i < mails.length; i++) {
    const m = mails[i];
    if (stop?.()) {
      for (const left of mails.slice(i)) out.deferredTo.push(left.to);
      out.deferred += mails.length - i;
      break;
    }
    try {
      send(m);
    } catch (e) {
      out.failed.push({ to: m.to, error: e instanceof Error ? e.message : String(e) });
      continue;
    }
    out.emails++;
    onSent(m);
  }
}
