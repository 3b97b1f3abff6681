/**
 * The computed "Кому напоминать" column and the highlight on responsibles that did not resolve:
 * what the coordinator sees in the План tab after every import or staff change.
 */

import { type Language, sayIn } from '../language';
import { problemLine, responsibleProblems } from '../people/problem-words';
import type { Resolution } from '../people/types';
import type { Activity } from '../plan/types';

export interface NotifyColumn {
  notify: Map<string, string>;
  /** Activity id → the reason in the document's language, for the highlighted cells' notes. */
  unresolved: Map<string, string>;
}

export function resolutionProblems(r: Resolution, lang: Language = 'ru'): string[] {
  return responsibleProblems(r).map((p) => problemLine(p, lang, true));
}

export function notifyColumn(
  activities: readonly Activity[],
  resolve: (text: string | null) => Resolution,
  lang: Language = 'ru',
): NotifyColumn {
  const notify = new Map<string, string>();
  const unresolved = new Map<string, string>();
  for (const a of activities) {
    if (!a.responsible) continue;
    const r = resolve(a.responsible);
    notify.set(a.id, r.people.map((p) => `${p.name} <${p.email}>`).join(', '));
    const problems = resolutionProblems(r, lang);
    const head = sayIn(lang)('Не удалось определить адресатов', 'Who to remind is not clear');
    if (problems.length) unresolved.set(a.id, `${head}:\n${problems.join('\n')}`);
  }
  return { notify, unresolved };
}
