/**
 * The department's reminders to its organisations (issue 18, part 4), planned from a roll-up with
 * the school's planner (src/core/reminders): the same overdue steps (`stepsOf`/`currentStep`,
 * every 3 days, 3 times by default, weekends skipped), the same «not two days running» rule
 * (`holdFor`), the same ledger key shape (`ledgerKey`), the same quota order (`applyQuota`).
 *
 * Who gets what:
 * - each organisation with a municipal activity due a reminder today: ONE digest to its
 *   coordinator (the «Организации» row's e-mail), listing those activities (№, title, deadline,
 *   days late, its own responsible) — an escalation, worded as the school's coordinators get them;
 * - the department: a weekly summary (which organisations are late with what, which could not be
 *   read, which have no coordinator's address), on the weekly day or the first run after it that
 *   week, from a completed roll-up only;
 * - an organisation not read yet (a partial roll-up) gets nothing, nor one whose spreadsheet could
 *   not be read: the roll-up has no activities of theirs, and the summary tells the department.
 *
 * Ledger keys, and why per activity + period + step (like the school's) and not per organisation
 * + day: a key per organisation and day would tell a kindergarten the same late activities every
 * working day — 300 organisations' e-mails a day against a daily quota of 100 (consumer) or 1,500
 * (Workspace), and a coordinator who learns to ignore them. Per step, an activity is told 3 days
 * late, then 6, then 9 (the school's `overdueEveryDays` × `overdueTimes`), and after that the
 * weekly summary keeps the department aware. A rerun the same day finds every key and sends
 * nothing; a digest the quota deferred keeps its keys unrecorded and goes out on the next run.
 * On top, each digest records the key of its organisation and day, so a second run the same day
 * (after a fresh roll-up) never sends a second digest to that organisation even with a new step.
 *   `${activity}|${organisation}|org-overdue|${period}|${step}` — organisation = its spreadsheet ID
 *     (two organisations may share one coordinator's address; the ID is one per organisation),
 *     period = the period key or `once`, step = the overdue count (1, 2, 3);
 *   `*|${organisation}|org-digest|*|${day}`, `*|${department}|org-weekly|*|${ISO week}`,
 *   `*|${department}|org-quota|*|${day}` (the department told that the quota was short).
 */
import { addDays, type IsoDate } from '../dates/calendar';
import type { Language } from '../language';
import { isValidEmail } from '../people/email';
import { keyOfIndex, periodIndex } from '../periods/calendar';
import { ONCE } from '../periods/occurrences';
import { holdFor, ledgerKey, weekOf } from '../reminders/plan-day';
import { applyQuota } from '../reminders/quota';
import { currentStep, isSendingDay, type Step, stepsOf } from '../reminders/schedule';
import { DEFAULT_SETTINGS, type ReminderSettings } from '../reminders/settings';
import type { Digest, DigestItem } from '../reminders/types';
import type { JournalRow } from '../sheet/journal-tab';
import { orgDigestSubject } from './org-reminders-render';
import type { Organisation } from './organisations';
import type { OverdueItem, Rollup } from './rollup';

/** When organisations are told: the school's overdue steps and weekly day, its defaults. */
export type OrgSchedule = Pick<
  ReminderSettings,
  'weekdaysOnly' | 'overdueEveryDays' | 'overdueTimes' | 'weeklyWeekday'
>;

export const ORG_SCHEDULE: Readonly<OrgSchedule> = Object.freeze({
  weekdaysOnly: DEFAULT_SETTINGS.weekdaysOnly,
  overdueEveryDays: DEFAULT_SETTINGS.overdueEveryDays,
  overdueTimes: DEFAULT_SETTINGS.overdueTimes,
  weeklyWeekday: DEFAULT_SETTINGS.weeklyWeekday,
});

export interface Department {
  /** «Отдел образования администрации …»: signs the e-mails. */
  name: string;
  /** Gets the weekly summary; the organisations' replies go to it. */
  email: string;
}

export interface OrgRemindersInput {
  rollup: Rollup;
  /** Today in the department spreadsheet's time zone. */
  today: IsoDate;
  /** Ledger keys already sent (`orgLedger`). */
  ledger: ReadonlySet<string>;
  department: Department;
  language: Language;
  schedule?: Partial<OrgSchedule>;
}

/** One organisation's digest: a school `Digest` (so the quota and the item wording are the school's). */
export interface OrgDigest extends Digest {
  organisation: Organisation;
  /** All the organisation's overdue municipal activities in the roll-up; `items` are those due a reminder today. */
  overdue: number;
}

export interface LateOrganisation {
  organisation: Organisation;
  /** The most late first. */
  items: OverdueItem[];
}

/** The department's weekly summary, as of today's roll-up. */
export interface DepartmentSummary {
  to: string;
  date: IsoDate;
  /** The weekly day of this week (the summary speaks of the week from it). */
  weekOf: IsoDate;
  /** The ISO week («2023-W11»): the ledger key's step. */
  week: string;
  keys: string[];
  read: number;
  total: number;
  late: LateOrganisation[];
  unreadable: { organisation: Organisation; error: string }[];
  /** Late organisations whose coordinator's address is missing or not an address: nobody there is told. */
  noEmail: Organisation[];
}

/** Why the weekly summary is or is not in this run. */
export type SummaryState =
  | 'planned'
  | 'not-sending-day'
  | 'not-yet'
  | 'sent-this-week'
  /** Waits for a completed roll-up: a summary of half the organisations would stand for the whole week. */
  | 'partial-rollup'
  | 'no-department-email';

export interface SkippedOrganisation {
  organisation: Organisation;
  /** `no-email`: no usable coordinator's address; `told-today`: a digest went to it today already. */
  reason: 'no-email' | 'told-today';
}

export interface OrgRemindersPlan {
  /** In the order of «Организации». */
  digests: OrgDigest[];
  summary: DepartmentSummary | null;
  summaryState: SummaryState;
  /** Organisations with something due a reminder today that get no digest. */
  skipped: SkippedOrganisation[];
}

const KIND = 'org-overdue';
const norm = (email: string) => email.trim().toLowerCase();

/** What stands for the organisation in its keys: its spreadsheet (every organisation read has one). */
const orgRef = (o: Organisation) => o.spreadsheetId ?? `row${o.row}`;

/** The school's settings with only the overdue steps: the organisation's own add-on tells before and on the day. */
function settingsOf(s: OrgSchedule): ReminderSettings {
  return { ...DEFAULT_SETTINGS, ...s, daysBefore: [], onTheDay: false, remindOnStart: false, escalateAfterDays: null };
}

/** A roll-up's overdue row as a digest line: the organisation's № and title (what its coordinator finds in its plan). */
function itemOf(x: OverdueItem, period: string, key: string): DigestItem {
  return {
    activity: x.activity.id,
    kind: 'escalation',
    period,
    key,
    title: x.row.title,
    number: x.row.number,
    deadlineText: x.row.deadline.text,
    end: x.due,
    start: null,
    daysLeft: -x.daysLate,
    responsible: x.row.responsible,
  };
}

/** The overdue rows per organisation, in the roll-up's order (the most late first). */
export function lateByOrganisation(r: Rollup): LateOrganisation[] {
  const by = new Map<Organisation, OverdueItem[]>();
  for (const x of r.overdue) {
    const list = by.get(x.org);
    if (list) list.push(x);
    else by.set(x.org, [x]);
  }
  return r.organisations.flatMap((o) => {
    const items = by.get(o.org);
    return items ? [{ organisation: o.org, items }] : [];
  });
}

/**
 * The e-mails of `today`. Pure: the same roll-up and ledger give the same plan, so a rerun after
 * the keys of what was sent are recorded plans nothing new.
 */
export function planOrgReminders(input: OrgRemindersInput): OrgRemindersPlan {
  const { rollup, today, ledger } = input;
  const sched: OrgSchedule = { ...ORG_SCHEDULE, ...input.schedule };
  const s = settingsOf(sched);
  const plan: OrgRemindersPlan = { digests: [], summary: null, summaryState: 'not-sending-day', skipped: [] };
  if (!isSendingDay(today, s)) return plan;
  const tomorrow = addDays(today, 1);
  const tomorrowSends = isSendingDay(tomorrow, s);
  const late = lateByOrganisation(rollup);

  for (const { organisation: org, items: rows } of late) {
    const ref = orgRef(org);
    const items: DigestItem[] = [];
    const alsoCovered: string[] = [];
    for (const x of rows) {
      const period = x.periodKey ?? ONCE;
      const steps = stepsOf({ period, start: null, end: x.due, prevEnd: null, nextEnd: null }, s);
      const cur = currentStep(steps, today, s);
      if (!cur) continue; // less than `overdueEveryDays` late: the organisation's own reminders have it
      const keyOf = (st: Step) => ledgerKey(x.activity.id, ref, KIND, period, st.step);
      const key = keyOf(cur);
      if (ledger.has(key)) continue;
      const later = tomorrowSends ? currentStep(steps, tomorrow, s) : null;
      const hold = holdFor(steps, cur, later, keyOf, ledger, false);
      if (hold === 'tomorrow') continue;
      if (hold) alsoCovered.push(hold);
      items.push(itemOf(x, period, key));
    }
    if (!items.length) continue;
    const dayKey = ledgerKey('*', ref, 'org-digest', '*', today);
    const to = norm(org.email);
    if (ledger.has(dayKey)) plan.skipped.push({ organisation: org, reason: 'told-today' });
    else if (!isValidEmail(to)) plan.skipped.push({ organisation: org, reason: 'no-email' });
    else
      plan.digests.push({
        to,
        name: org.name,
        date: today,
        items,
        subject: orgDigestSubject(org.name, items.length, input.language),
        keys: [...items.map((i) => i.key), ...alsoCovered, dayKey],
        organisation: org,
        overdue: rows.length,
      });
  }

  const dept = norm(input.department.email);
  const wk = weekOf(today, sched.weeklyWeekday);
  const week = keyOfIndex('weekly', periodIndex('weekly', today));
  const key = ledgerKey('*', dept, 'org-weekly', '*', week);
  plan.summaryState =
    wk > today
      ? 'not-yet'
      : ledger.has(key)
        ? 'sent-this-week'
        : rollup.read < rollup.total
          ? 'partial-rollup'
          : !isValidEmail(dept)
            ? 'no-department-email'
            : 'planned';
  if (plan.summaryState === 'planned')
    plan.summary = {
      to: dept,
      date: today,
      weekOf: wk,
      week,
      keys: [key],
      read: rollup.read,
      total: rollup.total,
      late,
      unreadable: rollup.organisations.flatMap((o) =>
        o.error !== null && !o.pending ? [{ organisation: o.org, error: o.error }] : [],
      ),
      noEmail: late.filter((l) => !isValidEmail(norm(l.organisation.email))).map((l) => l.organisation),
    };
  return plan;
}

/** The department told that the quota was short: once a day. */
export interface QuotaNotice {
  to: string;
  keys: string[];
  /** Digests planned and sent in this run, and the organisations left for the next one. */
  planned: number;
  sent: number;
  deferred: string[];
  /** The weekly summary did not fit either. */
  summaryDeferred: boolean;
}

export interface OrgMailRun {
  /** To send, in this order: the summary, the digests (the most urgent first), the notice. */
  summary: DepartmentSummary | null;
  digests: OrgDigest[];
  notice: QuotaNotice | null;
  /** Left for the next run by the quota (their keys stay unrecorded). */
  overQuota: OrgDigest[];
  summaryOverQuota: boolean;
}

/**
 * Fits the plan into the remaining daily quota (the mail service counts recipients; each e-mail has one).
 * The department's summary goes first — one e-mail, and the one that tells about everybody; the
 * digests by the school's order (applyQuota). When some do not fit, one e-mail is kept for telling
 * the department so (once a day): what does not fit is reported, never dropped silently.
 */
export function fitOrgQuota(
  plan: OrgRemindersPlan,
  remaining: number,
  ledger: ReadonlySet<string>,
  today: IsoDate,
  department: Department,
): OrgMailRun {
  let room = Math.max(0, Math.floor(Number.isFinite(remaining) ? remaining : 0));
  const summary = plan.summary && room > 0 ? plan.summary : null;
  if (summary) room--;
  const all = plan.digests.length <= room;
  const { send, deferred } = applyQuota(plan.digests, all ? room : room - 1);
  const dept = norm(department.email);
  const key = ledgerKey('*', dept, 'org-quota', '*', today);
  const short = deferred.length > 0 || (!!plan.summary && !summary);
  const notice =
    short && room - send.length > 0 && isValidEmail(dept) && !ledger.has(key)
      ? {
          to: dept,
          keys: [key],
          planned: plan.digests.length,
          sent: send.length,
          deferred: deferred.map((d) => d.organisation.name),
          summaryDeferred: !!plan.summary && !summary,
        }
      : null;
  return { summary, digests: send, notice, overQuota: deferred, summaryOverQuota: !!plan.summary && !summary };
}

/** The Журнал's field of these rows: not the school's `напоминание`, so its ledger never reads them. */
export const ORG_LEDGER_FIELD = 'напоминание организации';

/** Ledger keys already recorded by `orgLedgerRows` (one row per e-mail, its keys one a line). */
export function orgLedger(rows: readonly JournalRow[]): Set<string> {
  return new Set(rows.filter((r) => r.field === ORG_LEDGER_FIELD).flatMap((r) => r.newValue.split('\n')));
}

export type SentOrgMail = OrgDigest | DepartmentSummary | QuotaNotice;

/** What happened, in the Журнал's words (Russian, as every Журнал row). */
function journalWords(m: SentOrgMail): string {
  if ('organisation' in m)
    return `Отправлено письмо организации «${m.organisation.name}»: просроченных мероприятий — ${m.items.length}, кому: ${m.to}`;
  if ('week' in m) return `Отправлен еженедельный свод отделу (неделя ${m.week}), кому: ${m.to}`;
  return `Отправлено письмо отделу: не все напоминания организациям отправлены (дневной лимит писем), кому: ${m.to}`;
}

/**
 * One Журнал row per e-mail sent, its keys one a line in «Стало» (a cell holds 50,000 characters):
 * a row per key, as the school writes, would be thousands of rows a month for 300 organisations.
 */
export function orgLedgerRows(sent: readonly SentOrgMail[], user: string, time: string): JournalRow[] {
  return sent.map((m) => ({
    time,
    user,
    activityId: '',
    field: ORG_LEDGER_FIELD,
    oldValue: '',
    newValue: m.keys.join('\n'),
    title: 'organisation' in m ? m.organisation.name : null,
    what: journalWords(m),
  }));
}
