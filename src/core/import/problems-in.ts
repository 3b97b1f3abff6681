/**
 * A read plan with its deadline problems in the document's language: what the import dialog
 * previews and sends (the server writes each as the note of its «Срок» cell). The reader itself
 * writes them in Russian (src/core/deadline/messages.ts).
 */
import { problemIn } from '../deadline/messages';
import type { Language } from '../language';
import type { PlanImport } from '../plan/types';

export function problemsIn<P extends Pick<PlanImport, 'activities'>>(plan: P, lang: Language): P {
  if (lang === 'ru') return plan;
  return {
    ...plan,
    activities: plan.activities.map((a) =>
      a.deadline.problem ? { ...a, deadline: { ...a.deadline, problem: problemIn(a.deadline.problem, lang) } } : a,
    ),
  };
}
