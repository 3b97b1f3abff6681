import type { IsoDate } from '../../../src/core/dates/calendar';
import type { Recurrence } from '../../../src/core/deadline/types';
import { DEFAULT_SETTINGS, type ReminderSettings } from '../../../src/core/reminders/settings';
import type { RecipientsOf } from '../../../src/core/reminders/types';
import type { Status, TrackedActivity } from '../../../src/core/tracking/types';

/** A tracked activity with just what the planner reads. */
export function act(
  id: string,
  o: {
    start?: IsoDate | null;
    end?: IsoDate | null;
    recurrence?: Recurrence;
    until?: IsoDate | null;
    responsible?: string | null;
    status?: Status;
    doneDate?: IsoDate | null;
    donePeriods?: string[];
    title?: string;
    text?: string;
  },
): TrackedActivity {
  return {
    id,
    number: id,
    stage: null,
    section: null,
    group: null,
    title: o.title ?? `Мероприятие ${id}`,
    result: null,
    tools: null,
    responsible: o.responsible === undefined ? 'Иванов' : o.responsible,
    deadline: {
      text: o.text ?? '',
      start: o.start ?? null,
      end: o.end ?? null,
      recurrence: o.recurrence ?? 'none',
      inherited: false,
      problem: null,
      until: o.until ?? null,
    },
    status: o.status ?? 'not-started',
    doneDate: o.doneDate ?? null,
    doneBy: null,
    comment: null,
    donePeriods: o.donePeriods ?? [],
  };
}

/** Responsible text → people: "Иванов, Петров" names two; anything unknown is unresolved. */
export const PEOPLE: Record<string, string> = {
  Иванов: 'ivanov@x.org',
  Петров: 'petrov@x.org',
  Сидоров: 'sidorov@x.org',
  Коорд: 'coord@x.org',
};

export const recipientsOf: RecipientsOf = (a) => {
  const parts = (a.responsible ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    people: parts.filter((p) => PEOPLE[p]).map((p) => ({ email: PEOPLE[p], name: p })),
    unresolved: parts.filter((p) => !PEOPLE[p]),
  };
};

export function settings(over: Partial<ReminderSettings> = {}): ReminderSettings {
  return { ...DEFAULT_SETTINGS, enabled: true, coordinators: ['coord@x.org'], head: 'head@x.org', ...over };
}

/** The rules every simulated run must keep (the same ones the contract check applies). */
export function violations(emails: { date: IsoDate; to: string; items: { activity: string; kind: string }[] }[]) {
  const perDay = new Set<string>();
  const seen = new Set<string>();
  const out: string[] = [];
  const dayBefore = (d: string) => new Date(Date.parse(d) - 864e5).toISOString().slice(0, 10);
  for (const m of emails) {
    const k = `${m.date}|${m.to}`;
    if (perDay.has(k)) out.push(`second e-mail ${k}`);
    perDay.add(k);
    if (!m.items.length) out.push(`empty e-mail ${k}`);
    for (const it of m.items) {
      const s = `${m.to}|${it.activity}|${it.kind}`;
      if (seen.has(`${s}|${m.date}`) || seen.has(`${s}|${dayBefore(m.date)}`)) out.push(`repeat ${s} on ${m.date}`);
      seen.add(`${s}|${m.date}`);
    }
  }
  return out;
}
