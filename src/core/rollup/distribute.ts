/**
 * Which activities of a municipal plan go to the organisations' plans. «Только мероприятия
 * организаций» (the default) takes the activities whose responsible names the organisations as a
 * class (src/core/rollup/responsible-class.ts) — also when the department shares them («Отдел
 * образования, дошкольные образовательные организации»); «Все мероприятия» takes every one. The
 * department may then turn single activities on or off (`overrides`, by ID). Each choice carries
 * its reason in words, for the preview.
 *
 * The organisation's plan keeps each activity's stable ID: the roll-up finds it by that ID.
 */
import { splitResponsible } from '../people/split';
import { notStarted } from '../tracking/transition';
import type { TrackedActivity } from '../tracking/types';
import { classOfEntity, type ResponsibleClass } from './responsible-class';

export type DistributionMode = 'organisations' | 'all';

export interface Choice {
  activity: TrackedActivity;
  /** Goes to every organisation's plan. */
  distributed: boolean;
  /** The classes its responsible names, in the cell's order, each once. */
  classes: ResponsibleClass[];
  reason: string;
}

/** The classes a responsible cell names, with the entity text that named each. */
export function responsibleClasses(text: string | null): { cls: ResponsibleClass; text: string }[] {
  if (!text?.trim()) return [];
  const out: { cls: ResponsibleClass; text: string }[] = [];
  for (const e of splitResponsible(text)) {
    const cls = classOfEntity(e.text);
    if (!out.some((o) => o.cls === cls)) out.push({ cls, text: e.text });
  }
  return out;
}

export function chooseActivities(
  activities: readonly TrackedActivity[],
  mode: DistributionMode,
  overrides: ReadonlyMap<string, boolean> = new Map(),
): Choice[] {
  return activities.map((activity) => {
    const found = responsibleClasses(activity.responsible);
    const classes = found.map((f) => f.cls);
    const orgs = found.find((f) => f.cls === 'organisations');
    const chosen = overrides.get(activity.id);
    if (chosen !== undefined)
      return { activity, distributed: chosen, classes, reason: chosen ? 'включено вручную' : 'исключено вручную' };
    if (mode === 'all') return { activity, distributed: true, classes, reason: 'рассылаются все мероприятия' };
    if (orgs) return { activity, distributed: true, classes, reason: `ответственные — организации: «${orgs.text}»` };
    if (!found.length) return { activity, distributed: false, classes, reason: 'ответственный не указан' };
    const dept = found.find((f) => f.cls === 'department');
    if (dept) return { activity, distributed: false, classes, reason: `выполняет отдел образования: «${dept.text}»` };
    return { activity, distributed: false, classes, reason: `ответственные — не организации: «${found[0].text}»` };
  });
}

/**
 * The plan each organisation receives: the chosen activities as the municipal plan has them (ID,
 * №, stage, title, responsible, deadline), with tracking that starts from nothing.
 */
export function organisationPlan(choices: readonly Choice[]): TrackedActivity[] {
  return choices
    .filter((c) => c.distributed)
    .map((c) => {
      const { row: _row, ...rest } = notStarted(c.activity);
      return rest;
    });
}
