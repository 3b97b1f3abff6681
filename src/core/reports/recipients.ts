/**
 * Who each activity names, for the report tabs: the people found in Сотрудники (by name) and the
 * parts of the text that reach nobody, each with its kind so Качество данных and Сводка word it as
 * «Проверить список…» does. Without a staff list every responsible text is unknown.
 */
import { responsibleProblems, unknownProblems } from '../people/problem-words';
import { createResolver } from '../people/resolve';
import type { StaffMember } from '../people/types';
import type { TrackedActivity } from '../tracking/types';
import type { ReportRecipients } from './types';

export function reportRecipientsFromStaff(
  staff: readonly StaffMember[] | null,
): (a: TrackedActivity) => ReportRecipients {
  const resolve = staff ? createResolver(staff) : null;
  return (a) => {
    if (!a.responsible) return { names: [], unresolved: [] };
    if (!resolve) return { names: [], unresolved: [a.responsible], problems: unknownProblems([a.responsible]) };
    const r = resolve(a.responsible);
    const problems = responsibleProblems(r);
    return { names: r.people.map((p) => p.name), unresolved: problems.map((p) => p.text), problems };
  };
}
