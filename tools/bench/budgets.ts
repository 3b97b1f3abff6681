/**
 * Today's service calls against the goals of issue 15, per action and size: the sidebar opens in
 * ≤ 6 calls and marks done in ≤ 10 at any size; a reminder run costs ≤ 12 plus, per e-mail, its
 * send and at most one ledger write. Calls are counted as the emulator counts them, leaving out
 * only the in-process services (Session, Utilities, Logger). Printed here at every size; asserted on
 * the seed plans by test/gas/sidebar.test.ts (open, mark, undo) and test/gas/reminders.test.ts.
 */
import type { Run } from './actions';

export interface Goal {
  action: string;
  /** The most calls allowed besides the per-e-mail ones. */
  fixed: number;
  /** Calls allowed per e-mail (its send and at most one ledger write); 0: no e-mail. */
  perEmail: number;
  text: string;
}

export const GOALS: readonly Goal[] = [
  { action: 'open sidebar', fixed: 6, perEmail: 0, text: '≤ 6' },
  { action: 'mark done', fixed: 10, perEmail: 0, text: '≤ 10' },
  { action: 'reminder run', fixed: 12, perEmail: 2, text: '≤ 12 + per e-mail: send + ≤ 1 ledger write' },
];

export interface BudgetRow {
  action: string;
  goal: string;
  activities: number;
  /** Our service calls. */
  calls: number;
  emails: number;
  /** Calls besides the e-mails' own: sends, and ledger writes up to one per e-mail. */
  fixed: number;
  /** `fixed` over the goal's fixed part (0 when within it). */
  surplus: number;
  ok: boolean;
  byService: Record<string, number>;
  /** Our calls in order (tools/bench/actions.ts `sequence`), to find where each comes from. */
  sequence: string[];
}

/**
 * Ledger writes as the goal grants them: a Spreadsheets.batchUpdate right after a send (one per
 * e-mail at most; a reminder run appends the e-mail's Журнал row after each send).
 */
function ledgerWrites(sequence: readonly string[]): number {
  return sequence.filter(
    (m, i) => m.startsWith('Spreadsheets.batchUpdate') && sequence[i - 1]?.startsWith('MailApp.sendEmail'),
  ).length;
}

/** Our calls besides what the goal grants per e-mail: each send, and one ledger write per e-mail at most. */
function fixedPart(run: Run): number {
  const sends = run.ours.byMethod['MailApp.sendEmail'] ?? 0;
  return run.ours.serviceCalls - sends - Math.min(sends, ledgerWrites(run.ours.sequence ?? []));
}

export function budgets(runs: readonly Run[]): BudgetRow[] {
  return GOALS.flatMap((g) =>
    runs
      .filter((r) => r.action === g.action)
      .map((r) => {
        const fixed = g.perEmail ? fixedPart(r) : r.ours.serviceCalls;
        return {
          action: g.action,
          goal: g.text,
          activities: r.activities,
          calls: r.ours.serviceCalls,
          emails: r.ours.emails,
          fixed,
          surplus: Math.max(0, fixed - g.fixed),
          ok: fixed <= g.fixed,
          byService: r.ours.byService,
          sequence: r.ours.sequence ?? [],
        };
      }),
  );
}

export function printBudgets(rows: readonly BudgetRow[]): string {
  const services = (b: Record<string, number>) =>
    Object.entries(b)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ');
  return [
    'action        acts  calls  e-mails  fixed  goal (fixed part)                            surplus  by service',
    ...rows.map((r) =>
      [
        r.action.padEnd(12),
        String(r.activities).padStart(6),
        String(r.calls).padStart(6),
        String(r.emails).padStart(8),
        String(r.fixed).padStart(6),
        ` ${r.goal}`.padEnd(46),
        (r.ok ? 'ok' : `+${r.surplus}`).padStart(7),
        ` ${services(r.byService)}`,
      ].join(' '),
    ),
    '',
    'fixed = service calls less one MailApp.sendEmail per e-mail and the ledger write after it.',
    '',
    ...GOALS.flatMap((g) => {
      // The largest run over its goal: every call it makes, in order.
      const over = rows.filter((r) => r.action === g.action && !r.ok).pop();
      return over
        ? [`${g.action} at ${over.activities} activities, in order:`, ...over.sequence.map((c) => `  ${c}`), '']
        : [];
    }),
  ].join('\n');
}
