import type { IsoDate } from '../dates/calendar';
import type { ResponsibleProblem } from '../people/problem-words';
import type { TrackedActivity } from '../tracking/types';

/**
 * What an item says. `no-recipient`: the activity's responsibles resolve to nobody, so the
 * coordinators are told instead; `escalation`: somebody else's activity is overdue; `weekly`: the
 * Monday summary for coordinators and the head.
 */
export type ReminderKind = 'overdue' | 'due' | 'soon' | 'start' | 'escalation' | 'no-recipient' | 'weekly';

export interface Recipient {
  email: string;
  name: string;
}

/** Who an activity's reminders go to; `unresolved` are the parts of the responsible text that named nobody. */
export interface Recipients {
  people: Recipient[];
  unresolved: string[];
  /** The same parts, each with its kind (several match, nobody, inactive, no e-mail) for the wording. */
  problems?: ResponsibleProblem[];
}

export type RecipientsOf = (a: TrackedActivity) => Recipients;

/** One line of a digest. */
export interface DigestItem {
  /** Activity id (the import's `id`). */
  activity: string;
  kind: ReminderKind;
  /** Period key for recurring activities ("2022", "2022-Q1", "2022-03", "2022-W05"); "once" otherwise. */
  period: string;
  /** Ledger key `${activity}|${email}|${kind}|${period}|${step}`, recorded after a successful send. */
  key: string;
  title: string;
  number: string | null;
  /** The deadline as the document shows it. */
  deadlineText: string;
  /** End of this period's deadline, or null (an activity with only a start). */
  end: IsoDate | null;
  start: IsoDate | null;
  /** Days from the digest's date to `end` (negative when overdue), or null without an end. */
  daysLeft: number | null;
  /** For `no-recipient` and `escalation`: who the plan names (source text), so the coordinator can act. */
  responsible: string | null;
  /** For `no-recipient`: the parts of the responsible text nobody matched. */
  unresolved?: string[];
  /** For `no-recipient`: why each part reaches nobody, worded by `problem-words`. */
  problems?: ResponsibleProblem[];
  /** For `no-recipient`: what the item would have been for a person (`soon`, `due`, `overdue`…). */
  about?: Exclude<ReminderKind, 'no-recipient' | 'weekly' | 'escalation'>;
  /** Other periods of the same activity told in this line (a recurring activity late twice). */
  otherPeriods?: string[];
}

/** The Monday summary merged into a coordinator's (or the head's) digest. */
export interface WeeklySummary {
  /** The weekly day this summary belongs to (its ledger step). */
  weekOf: IsoDate;
  /** Activities (periods) open, overdue, due within 7 days, with nobody to remind. */
  open: number;
  overdue: number;
  dueThisWeek: number;
  noRecipient: number;
  /** Ledger key of the summary itself: it goes out once per week per person. */
  key: string;
}

/** One e-mail: everything one person is told on one day. */
export interface Digest {
  to: string;
  name: string;
  date: IsoDate;
  items: DigestItem[];
  subject: string;
  weekly?: WeeklySummary;
  /** Every ledger key this e-mail covers (items + weekly summary): record them all after sending. */
  keys: string[];
}
