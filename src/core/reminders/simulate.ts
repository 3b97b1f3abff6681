import { addDays, type IsoDate } from '../dates/calendar';
import type { TrackedActivity } from '../tracking/types';
import { runDay } from './run-day';
import type { ReminderSettings } from './settings';
import type { Digest, RecipientsOf } from './types';

export interface SimulatedEmail {
  date: IsoDate;
  to: string;
  subject: string;
  items: { activity: string; kind: string; period: string; daysLeft: number | null }[];
}

export interface SimulationInput {
  activities: readonly TrackedActivity[];
  recipientsOf: RecipientsOf;
  settings: ReminderSettings;
  from: IsoDate;
  days: number;
  /** Recipients per day (MailApp's daily quota), reset every day. */
  quota: number;
  horizonYear?: number | null;
  nameOf?: (email: string) => string | null;
  /** The ledger to start from (shared between runs to show that reruns send nothing new). */
  ledger?: Set<string>;
  /** Runs per day: more than one shows that a rerun on the same day sends nothing. */
  runsPerDay?: number;
  /** Test hook: may throw to fail one send. */
  send?: (d: Digest) => void;
}

export interface SimulationResult {
  emails: SimulatedEmail[];
  /** Per day: digests deferred by the quota and owner notices. */
  log: { date: IsoDate; sent: number; deferred: number; deferredTo: string[]; failed: number; notice: string | null }[];
  ledger: Set<string>;
}

/**
 * The daily trigger, day after day, as the add-on runs it: every run plans from the ledger,
 * sends within the day's quota and records the keys of what went out.
 */
export function simulateDays(input: SimulationInput): SimulationResult {
  const ledger = input.ledger ?? new Set<string>();
  const emails: SimulatedEmail[] = [];
  const log: SimulationResult['log'] = [];
  for (let i = 0; i < input.days; i++) {
    const today = addDays(input.from, i);
    let quota = input.quota;
    for (let run = 0; run < (input.runsPerDay ?? 1); run++) {
      const res = runDay({
        activities: input.activities,
        recipientsOf: input.recipientsOf,
        settings: input.settings,
        today,
        ledger,
        horizonYear: input.horizonYear,
        nameOf: input.nameOf,
        remainingQuota: quota,
        send: (d) => {
          input.send?.(d);
          emails.push({
            date: d.date,
            to: d.to,
            subject: d.subject,
            items: d.items.map((it) => ({
              activity: it.activity,
              kind: it.kind,
              period: it.period,
              daysLeft: it.daysLeft,
            })),
          });
        },
        onSent: (keys) => {
          for (const k of keys) ledger.add(k);
        },
      });
      quota -= res.emails;
      if (res.noticeKey) ledger.add(res.noticeKey);
      if (res.emails || res.deferred || res.failed.length || res.notice)
        log.push({
          date: today,
          sent: res.emails,
          deferred: res.deferred,
          deferredTo: res.deferredTo,
          failed: res.failed.length,
          notice: res.notice,
        });
    }
  }
  return { emails, log, ledger };
}
