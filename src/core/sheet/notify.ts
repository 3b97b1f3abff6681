/**
 * The computed "Кому напоминать" column and the highlight on responsibles that did not resolve:
 * what the coordinator sees in the План tab after every import or staff change.
 */

import { problemLine, responsibleProblems } from '../people/problem-words';
import type { Resolution } from '../people/types';
import type { Activity } from '../plan/types';

export interface NotifyColumn {
  notify: Map<string, string>;
  /** Activity id → Russian reason, for the highlighted cells' notes. */
  unresolved: Map<string, string>;
}

export function resolutionProblems(r: Resolution): string[] {
  return responsibleProblems(r).map((p) => problemLine(p, 'ru', true));
}

export function notifyColumn(
  activities: readonly Activity[],
  resolve: (text: string | null) => Resolution,
): NotifyColumn {
  const notify = new Map<string, string>();
  const unresolved = new Map<string, string>();
  for (const a of activities) {
    if (!a.responsible) continue;
    const r = resolve(a.responsible);
    notify.set(a.id, r.people.map((p) => `${p.name} <${p.email}>`).join(', '));
    const problems = resolutionProblems(r);
    if (problems.length) unresolved.set(a.id, `Не удалось определить адресатов:\n${problems.join('\n')}`);
  }
  return { notify, unresolved };
}
