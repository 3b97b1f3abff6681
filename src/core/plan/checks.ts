/**
 * Checks on a parsed plan, shown to the coordinator as warnings (in the import preview and in
 * reports). They never change the plan: they say what a careful reader would ask about.
 */

import { formatRu } from '../dates/calendar';
import { type Language, sayIn } from '../language';
import { shorten } from '../shorten';
import type { Activity, PlanWarning } from './types';

const label = (a: Activity) => {
  const t = shorten(a.title, 60);
  return a.number ? `${a.number} «${t}»` : `«${t}»`;
};

type Say = ReturnType<typeof sayIn>;

/** The kinds `checkPlan` finds: a stored warning of one of them can be found again, in any language. */
export const CHECKED_KINDS: ReadonlySet<PlanWarning['kind']> = new Set([
  'no-deadline',
  'deadline-problem',
  'end-before-start',
  'no-responsible',
  'stage-order',
  'duplicate-number',
]);

function endBeforeStart(a: Activity, say: Say): PlanWarning | null {
  const { start, end } = a.deadline;
  if (!start || !end || end >= start) return null;
  const [s, e] = [formatRu(start), formatRu(end)];
  return {
    activity: a.id,
    kind: 'end-before-start',
    message: say(
      `Срок мероприятия ${label(a)} заканчивается (${e}) раньше, чем начинается (${s}).`,
      `The deadline of ${label(a)} ends (${e}) before it starts (${s}).`,
    ),
  };
}

/**
 * A stage that ends before the stage above it ends: plans list stages in order, so this is most
 * likely a typo in a date (plan-dou: "Итоговый" 01-05.03.2021 after "Аналитический" 01-31.03.2021).
 */
function stageOrder(activities: Activity[], say: Say): PlanWarning[] {
  const stages: { name: string; end: string | null; first: Activity }[] = [];
  for (const a of activities) {
    if (!a.stage) continue;
    let s = stages[stages.length - 1];
    if (!s || s.name !== a.stage) {
      if (stages.some((x) => x.name === a.stage)) continue; // the stage came back later: not a sequence
      s = { name: a.stage, end: null, first: a };
      stages.push(s);
    }
    if (a.deadline.recurrence === 'none' && a.deadline.end && (!s.end || a.deadline.end > s.end))
      s.end = a.deadline.end;
  }
  const out: PlanWarning[] = [];
  let prev: (typeof stages)[number] | null = null;
  for (const s of stages) {
    if (prev?.end && s.end && s.end < prev.end) {
      out.push({
        activity: s.first.id,
        kind: 'stage-order',
        message: say(
          `Этап «${s.name}» заканчивается (${formatRu(s.end)}) раньше, чем предыдущий этап «${prev.name}» (${formatRu(prev.end)}). Проверьте сроки.`,
          `The stage «${s.name}» ends (${formatRu(s.end)}) before the stage above it, «${prev.name}» (${formatRu(prev.end)}). Check the dates.`,
        ),
      });
    }
    if (s.end) prev = s;
  }
  return out;
}

function duplicateNumbers(activities: Activity[], say: Say): PlanWarning[] {
  const seen = new Map<string, Activity>();
  const out: PlanWarning[] = [];
  for (const a of activities) {
    if (!a.number) continue;
    const key = `${a.stage ?? ''}|${a.section ?? ''}|${a.group ?? ''}|${a.number.replace(/\.$/, '')}`;
    const before = seen.get(key);
    if (before) {
      out.push({
        activity: a.id,
        kind: 'duplicate-number',
        message: say(
          `Номер ${a.number} повторяется в одном разделе: ${label(before)} и ${label(a)}.`,
          `The number ${a.number} is used twice in one section: ${label(before)} and ${label(a)}.`,
        ),
      });
    } else seen.set(key, a);
  }
  return out;
}

/** The warnings in the document's language (the deadline reader's own explanation stays Russian). */
export function checkPlan(activities: Activity[], lang: Language = 'ru'): PlanWarning[] {
  const say = sayIn(lang);
  const out: PlanWarning[] = [];
  for (const a of activities) {
    const d = a.deadline;
    const what = label(a);
    if (!d.text)
      out.push({
        activity: a.id,
        kind: 'no-deadline',
        message: say(`Не указан срок: ${what}.`, `No deadline: ${what}.`),
      });
    else if (d.problem) {
      const message = say(
        `Срок «${d.text}» у ${what}: ${d.problem}`,
        `The deadline «${d.text}» of ${what}: ${d.problem}`,
      );
      out.push({ activity: a.id, kind: 'deadline-problem', message });
    }
    const bad = endBeforeStart(a, say);
    if (bad) out.push(bad);
    if (!a.responsible)
      out.push({
        activity: a.id,
        kind: 'no-responsible',
        message: say(`Не указан ответственный: ${what}.`, `No responsible: ${what}.`),
      });
  }
  return [...out, ...stageOrder(activities, say), ...duplicateNumbers(activities, say)];
}
