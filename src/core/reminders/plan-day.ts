import { addDays, diffDays, type IsoDate, weekday } from '../dates/calendar';
import { nameFromAddress } from '../people/display-name';
import { isClosed } from '../periods/done';
import { type Occurrence, occurrencesOf } from '../periods/occurrences';
import type { TrackedActivity } from '../tracking/types';
import { byGroupThenDate } from './groups';
import { currentStep, isSendingDay, type Step, stepsOf } from './schedule';
import type { ReminderSettings } from './settings';
import { subjectOf } from './subject';
import type { Digest, DigestItem, Recipient, RecipientsOf, WeeklySummary } from './types';

export interface PlanDayInput {
  activities: readonly TrackedActivity[];
  recipientsOf: RecipientsOf;
  settings: ReminderSettings;
  /** Today in the spreadsheet's time zone. */
  today: IsoDate;
  /** Ledger keys already sent. */
  ledger: ReadonlySet<string>;
  /** The plan's horizon year: recurring activities without `until` run to its end. */
  horizonYear?: number | null;
  /** Display name of a coordinator or the head (they are configured as bare addresses). */
  nameOf?: (email: string) => string | null;
}

export function ledgerKey(
  activity: string,
  email: string,
  kind: string,
  period: string,
  step: string | number,
): string {
  return `${activity}|${email}|${kind}|${period}|${step}`;
}

/** The weekly day of the week `today` is in (weeks start on Monday). */
export function weekOf(today: IsoDate, weeklyWeekday: number): IsoDate {
  const sinceMonday = (weekday(today) + 6) % 7;
  return addDays(today, -sinceMonday + (weeklyWeekday - 1));
}

const norm = (email: string) => email.trim().toLowerCase();

/**
 * The digests to send on `today`: one per person with something to say, every item not yet in
 * the ledger. Pure: the same input gives the same digests, so a rerun after recording the keys
 * of what was sent gives nothing new.
 */
export function planDay(input: PlanDayInput): Digest[] {
  const { settings: s, today, ledger } = input;
  if (!isSendingDay(today, s)) return [];
  const tomorrow = addDays(today, 1);
  const tomorrowSends = isSendingDay(tomorrow, s);
  const coordinators = s.coordinators.length ? s.coordinators.map(norm) : s.head ? [norm(s.head)] : [];
  const maxBefore = Math.max(0, ...s.daysBefore);
  const window = {
    today,
    horizonYear: input.horizonYear ?? null,
    lookBack: 400,
    lookAhead: 400 + maxBefore,
    undatedLookBack: Math.max(s.overdueEveryDays * s.overdueTimes, s.escalateAfterDays ?? 0),
  };

  // The weekly summary is as of its day, so a copy caught up later in the week says the same.
  const wk = weekOf(today, s.weeklyWeekday);
  const boxes = new Map<string, Box>();
  const box = (email: string, name: string | null) => {
    let b = boxes.get(email);
    if (!b) {
      // A person is greeted by name: Сотрудники, else the name part of the address, never the address.
      b = new Box(name || input.nameOf?.(email) || nameFromAddress(email));
      boxes.set(email, b);
    }
    return b;
  };
  // For the weekly summary: every open period that is overdue or due within a week.
  const watch: { a: TrackedActivity; o: Occurrence; nobody: boolean }[] = [];

  for (const a of input.activities) {
    if (a.status === 'cancelled') continue;
    const occs = relevant(occurrencesOf(a, window), today).filter((o) => !isClosed(a, o.period));
    if (!occs.length) continue;
    const r = input.recipientsOf(a);
    const people = uniquePeople(r.people);
    const nobody = people.length === 0;
    for (const o of occs) {
      if (o.end && o.end < addDays(wk, 7)) watch.push({ a, o, nobody });
      const steps = stepsOf(o, s);
      const cur = currentStep(steps, today, s);
      const later = tomorrowSends ? currentStep(steps, tomorrow, s) : null;
      const item = (kind: DigestItem['kind'], key: string): DigestItem => ({
        activity: a.id,
        kind,
        period: o.period,
        key,
        title: a.title,
        number: a.number,
        deadlineText: a.deadline.text,
        end: o.end,
        start: o.start,
        daysLeft: o.end ? diffDays(today, o.end) : null,
        responsible: a.responsible,
      });
      if (cur && !nobody) {
        for (const p of people) {
          const key = ledgerKey(a.id, p.email, cur.kind, o.period, cur.step);
          if (ledger.has(key)) continue;
          // Not the same thing two days running: tomorrow's step says it again.
          const keyOf = (st: Step) => ledgerKey(a.id, p.email, st.kind, o.period, st.step);
          const hold = holdFor(steps, cur, later, keyOf, ledger, false);
          if (hold === 'tomorrow') continue;
          box(p.email, p.name).add(item(cur.kind, key), hold);
        }
      }
      if (cur && nobody) {
        const stepId = (st: Step) => `${st.kind}${st.step}`;
        for (const c of coordinators) {
          const key = ledgerKey(a.id, c, 'no-recipient', o.period, stepId(cur));
          if (ledger.has(key)) continue;
          // Every step is "no-recipient" for a coordinator, so any other step tomorrow repeats it.
          const keyOf = (st: Step) => ledgerKey(a.id, c, 'no-recipient', o.period, stepId(st));
          const hold = holdFor(steps, cur, later, keyOf, ledger, true);
          if (hold === 'tomorrow') continue;
          box(c, null).add(
            { ...item('no-recipient', key), unresolved: r.unresolved, problems: r.problems, about: cur.kind },
            hold,
          );
        }
      }
      // Escalation: once per period, K days after the deadline, to coordinators not already told.
      if (!nobody && o.end && s.escalateAfterDays !== null) {
        const day = addDays(o.end, s.escalateAfterDays);
        if (day <= today && (!o.nextEnd || day < o.nextEnd)) {
          for (const c of coordinators) {
            if (people.some((p) => p.email === c)) continue;
            const key = ledgerKey(a.id, c, 'escalation', o.period, s.escalateAfterDays);
            if (!ledger.has(key)) box(c, null).add(item('escalation', key));
          }
        }
      }
    }
  }

  const weekly = new Map<string, WeeklySummary>();
  if (s.weeklySummary) {
    const audience = [...new Set([...coordinators, ...(s.head ? [norm(s.head)] : [])])];
    if (wk <= today) {
      for (const email of audience) {
        const key = ledgerKey('*', email, 'weekly', '*', wk);
        if (ledger.has(key) || !watch.length) continue;
        const b = box(email, null);
        const shown = new Set(b.items.map((i) => `${i.activity}|${i.period}`));
        for (const { a, o } of watch) {
          if (shown.has(`${a.id}|${o.period}`)) continue;
          b.add({
            activity: a.id,
            kind: 'weekly',
            period: o.period,
            key: ledgerKey(a.id, email, 'weekly', o.period, wk),
            title: a.title,
            number: a.number,
            deadlineText: a.deadline.text,
            end: o.end,
            start: o.start,
            daysLeft: o.end ? diffDays(today, o.end) : null,
            responsible: a.responsible,
          });
        }
        weekly.set(email, {
          weekOf: wk,
          open: input.activities.filter((a) => a.status !== 'done' && a.status !== 'cancelled').length,
          overdue: watch.filter((w) => w.o.end! < wk).length,
          dueThisWeek: watch.filter((w) => w.o.end! >= wk).length,
          noRecipient: watch.filter((w) => w.nobody).length,
          key,
        });
      }
    }
  }

  const digests: Digest[] = [];
  for (const [to, b] of boxes) {
    if (!b.items.length) continue; // nothing empty
    const items = [...b.items].sort(byGroupThenDate);
    const w = weekly.get(to);
    digests.push({
      to,
      name: b.name,
      date: today,
      items,
      subject: subjectOf(items, s.language),
      ...(w ? { weekly: w } : {}),
      keys: [...items.map((i) => i.key), ...b.merged, ...(w ? [w.key] : [])],
    });
  }
  return digests.sort((x, y) => (x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
}

/**
 * One person's items for the day. Two periods of one recurring activity with the same kind become
 * one line (the earlier period, naming the other): the same thing twice in one e-mail is noise,
 * and leaving one for tomorrow would say it two days running.
 */
class Box {
  readonly items: DigestItem[] = [];
  /** Keys of items folded into another line: told, so recorded with the digest. */
  readonly merged: string[] = [];
  constructor(readonly name: string) {}
  /** `alsoCovers`: the key of tomorrow's step, told by this item already (see `holdFor`). */
  add(it: DigestItem, alsoCovers: string | null = null): void {
    if (alsoCovers) this.merged.push(alsoCovers);
    const same = this.items.find((x) => x.activity === it.activity && x.kind === it.kind);
    if (!same) {
      this.items.push(it);
      return;
    }
    const [keep, fold] = (same.end ?? '') <= (it.end ?? '') ? [same, it] : [it, same];
    if (keep === it) this.items[this.items.indexOf(same)] = it;
    keep.otherPeriods = [...(keep.otherPeriods ?? []), fold.period, ...(fold.otherPeriods ?? [])];
    this.merged.push(fold.key);
  }
}

/**
 * A recurring activity is nagged for its latest past period and the ones to come, not for every
 * year it was ever missed: the report tab holds the history.
 */
function relevant(occs: Occurrence[], today: IsoDate): Occurrence[] {
  let lastPast = -1;
  occs.forEach((o, i) => {
    if (o.end && o.end < today) lastPast = i;
  });
  return occs.filter((o, i) => !o.end || o.end >= today || i === lastPast);
}

function uniquePeople(people: readonly Recipient[]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const p of people) {
    const email = norm(p.email ?? '');
    if (email && !seen.has(email)) seen.set(email, { email, name: p.name });
  }
  return [...seen.values()];
}

/**
 * Would the same kind of item go to the same person again tomorrow (a later step of this period
 * not yet sent)? Then today's is left out (`'tomorrow'`) — unless the person was never told about
 * this period at all (first run after reminders were turned on, or the trigger was down): an item
 * nobody was told about goes out today, and its key stands for tomorrow's step too (the returned
 * key, recorded with the digest), so tomorrow does not say it again. A due-day reminder is never
 * left out. null: send today, nothing more to record.
 */
export function holdFor(
  steps: readonly Step[],
  cur: Step,
  later: Step | null,
  keyOf: (st: Step) => string,
  ledger: ReadonlySet<string>,
  anyKind: boolean,
): 'tomorrow' | string | null {
  if (cur.kind === 'due' || !later || later === cur) return null;
  if (!anyKind && later.kind !== cur.kind) return null;
  if (ledger.has(keyOf(later))) return null;
  const told = steps.some((st) => st !== cur && ledger.has(keyOf(st)));
  return told ? 'tomorrow' : keyOf(later);
}
