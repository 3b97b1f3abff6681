/**
 * Checks on a parsed plan, shown to the coordinator as warnings (in the import preview and in
 * reports). They never change the plan: they say what a careful reader would ask about.
 */

import { formatRu } from '../dates/calendar';
import { shorten } from '../shorten';
import type { Activity, PlanWarning } from './types';

const label = (a: Activity) => {
  const t = shorten(a.title, 60);
  return a.number ? `${a.number} «${t}»` : `«${t}»`;
};

function endBeforeStart(a: Activity): PlanWarning | null {
  const { start, end } = a.deadline;
  if (!start || !end || end >= start) return null;
  return {
    activity: a.id,
    kind: 'end-before-start',
    message: `Срок мероприятия ${label(a)} заканчивается (${formatRu(end)}) раньше, чем начинается (${formatRu(start)}).`,
  };
}

/**
 * A stage that ends before the stage above it ends: plans list stages in order, so this is most
 * likely a typo in a date (plan-dou: "Итоговый" 01-05.03.2021 after "Аналитический" 01-31.03.2021).
 */
function stageOrder(activities: Activity[]): PlanWarning[] {
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
        message: `Этап «${s.name}» заканчивается (${formatRu(s.end)}) раньше, чем предыдущий этап «${prev.name}» (${formatRu(prev.end)}). Проверьте сроки.`,
      });
    }
    if (s.end) prev = s;
  }
  return out;
}

function duplicateNumbers(activities: Activity[]): PlanWarning[] {
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
        message: `Номер ${a.number} повторяется в одном разделе: ${label(before)} и ${label(a)}.`,
      });
    } else seen.set(key, a);
  }
  return out;
}

export function checkPlan(activities: Activity[]): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const a of activities) {
    const d = a.deadline;
    if (!d.text) out.push({ activity: a.id, kind: 'no-deadline', message: `Не указан срок: ${label(a)}.` });
    else if (d.problem) {
      out.push({ activity: a.id, kind: 'deadline-problem', message: `Срок «${d.text}» у ${label(a)}: ${d.problem}` });
    }
    const bad = endBeforeStart(a);
    if (bad) out.push(bad);
    if (!a.responsible)
      out.push({ activity: a.id, kind: 'no-responsible', message: `Не указан ответственный: ${label(a)}.` });
  }
  return [...out, ...stageOrder(activities), ...duplicateNumbers(activities)];
}
