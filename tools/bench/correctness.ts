/**
 * What users get from a reminder run, measured from the e-mails themselves (the emulator's
 * outbox), the same way for ours, the naive script and the peer:
 *
 * - **Reminded on time.** A pair is an open activity and one person responsible for it. Who is
 *   responsible is what OUR people core says (`createResolver` on the Сотрудники rows): it is the
 *   reference, so ours cannot be wrong by it; a namesake or a role several people hold is nobody
 *   until the coordinator says who (ours mails the coordinators «нет адресата» instead). A pair is
 *   due on the deadline's day (DESIGN.md, "Conventions for reading a deadline": "до X" is X
 *   inclusive; docs/reminders.md: the due-day step is on the deadline's day, and with weekdays-only
 *   sending a Saturday or Sunday deadline is reminded on the Friday before). It is reminded on time
 *   when that person gets, on that day, an e-mail naming the activity. On the first run (reminders
 *   just turned on) everything already overdue is due that day too.
 * - **Duplicates on a same-day rerun.** The run repeated the same day (a trigger that fires twice,
 *   someone pressing the button again): the e-mails of the second run that name an activity the
 *   same person already got that day.
 * - **E-mails to someone not responsible.** E-mails that remind someone of an activity they are
 *   not responsible for by the reference. Items a coordinator gets *as* coordinator (ours: the
 *   sections «Просрочено у исполнителей», «Нет адресата», «Сводка за неделю») are not reminders to
 *   act and are not counted.
 */
import { addDays, isoInZone, weekday } from '../../src/core/dates/calendar';
import { createResolver } from '../../src/core/people/resolve';
import type { StaffMember } from '../../src/core/people/types';
import type { PlanImport } from '../../src/core/plan/types';
import type { SentMail } from '../emulator';
import { idOfTitleNumber, TITLE_PATTERN } from './synthetic';

export interface Correctness {
  /** Pairs (open activity, person responsible) due on the days measured. */
  due: number;
  /** Of those, reminded on the day. */
  onTime: number;
  /** E-mails of a same-day rerun naming an activity the person already got that day; null: not measured. */
  rerunDuplicates: number | null;
  /** E-mails reminding someone of an activity they are not responsible for. */
  notResponsible: number;
}

/** Headers of ours' plain-text body whose items go to a coordinator as coordinator (src/core/reminders/render.ts). */
const COORDINATOR_SECTIONS = new Set(['ПРОСРОЧЕНО У ИСПОЛНИТЕЛЕЙ', 'НЕТ АДРЕСАТА', 'СВОДКА ЗА НЕДЕЛЮ']);
const SECTION = /^(\S.*) \(\d+\)$/;

export interface Mention {
  to: string;
  day: string;
  activity: string;
  /** False when the item is in a coordinator's section. */
  asResponsible: boolean;
}

/** The activities an e-mail names, with the day it went out (in the spreadsheet's zone). */
export function mentionsOf(mail: SentMail, timeZone: string): Mention[] {
  const day = isoInZone(mail.at, timeZone);
  const to = mail.to.trim().toLowerCase();
  const found = new Map<string, boolean>();
  let asResponsible = true;
  for (const line of `${mail.subject}\n${mail.body}`.split('\n')) {
    const header = SECTION.exec(line);
    if (header && header[1] === header[1].toUpperCase() && /\p{Lu}/u.test(header[1])) {
      asResponsible = !COORDINATOR_SECTIONS.has(header[1]);
      continue;
    }
    for (const m of line.matchAll(TITLE_PATTERN)) {
      const id = idOfTitleNumber(m[1]);
      found.set(id, (found.get(id) ?? false) || asResponsible);
    }
  }
  return [...found].map(([activity, r]) => ({ to, day, activity, asResponsible: r }));
}

/** Who is responsible for each activity: the addresses our people core resolves its cell to. */
export function responsibleByActivity(plan: PlanImport, staff: readonly StaffMember[]): Map<string, Set<string>> {
  const resolve = createResolver(staff);
  return new Map(
    plan.activities.map((a) => [a.id, new Set(resolve(a.responsible).people.map((p) => p.email.toLowerCase()))]),
  );
}

/** The days a deadline's reminder counts as on time: the day, and the Friday before a weekend one. */
function onTimeDays(end: string): string[] {
  const w = weekday(end);
  return w === 6 ? [end, addDays(end, -1)] : w === 0 ? [end, addDays(end, -2)] : [end];
}

export interface Window {
  /** The days the runs covered, in order. */
  days: string[];
  /** True when the first day is the first run ever: activities overdue by then are due that day. */
  firstRun: boolean;
}

export function measureCorrectness(input: {
  plan: PlanImport;
  responsible: Map<string, Set<string>>;
  /** Activities closed (done) before the runs. */
  closed: ReadonlySet<string>;
  window: Window;
  mails: readonly SentMail[];
  /** The e-mails of a same-day rerun of the last day, when measured. */
  rerun?: readonly SentMail[];
  timeZone: string;
}): Correctness {
  const { plan, responsible, closed, window, timeZone } = input;
  const first = window.days[0];
  const last = window.days[window.days.length - 1];
  const told = new Set<string>();
  let notResponsible = 0;
  for (const mail of input.mails) {
    const ms = mentionsOf(mail, timeZone);
    for (const m of ms) told.add(`${m.to}|${m.activity}|${m.day}`);
    if (ms.some((m) => m.asResponsible && !responsible.get(m.activity)?.has(m.to))) notResponsible++;
  }
  let due = 0;
  let onTime = 0;
  for (const a of plan.activities) {
    const end = a.deadline.end;
    if (!end || closed.has(a.id) || end > last) continue;
    const overdueAtStart = end < first;
    if (overdueAtStart && !window.firstRun) continue;
    const days = overdueAtStart ? [first] : onTimeDays(end);
    for (const email of responsible.get(a.id) ?? []) {
      due++;
      if (days.some((d) => told.has(`${email}|${a.id}|${d}`))) onTime++;
    }
  }
  let rerunDuplicates: number | null = null;
  if (input.rerun) {
    rerunDuplicates = input.rerun.filter((mail) =>
      mentionsOf(mail, timeZone).some((m) => told.has(`${m.to}|${m.activity}|${m.day}`)),
    ).length;
  }
  return { due, onTime, rerunDuplicates, notResponsible };
}
