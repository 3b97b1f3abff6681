/**
 * Who each activity's reminders go to, from the staff list: the people the responsible text
 * resolves to (active, with an e-mail), and the parts that named nobody — those go to the
 * coordinators as "нет адресата". Each distinct text is resolved once per run.
 */
import { problemLine, responsibleProblems } from '../people/problem-words';
import { createResolver } from '../people/resolve';
import type { StaffMember } from '../people/types';
import type { Recipients, RecipientsOf } from './types';

export function recipientsFromStaff(staff: readonly StaffMember[]): RecipientsOf {
  const resolve = createResolver(staff);
  const cache = new Map<string, Recipients>();
  return (a) => {
    const text = a.responsible ?? '';
    let r = cache.get(text);
    if (!r) {
      if (!text.trim()) r = { people: [], unresolved: [] };
      else {
        const res = resolve(text);
        const problems = responsibleProblems(res);
        r = {
          people: res.people.map((p) => ({ email: p.email, name: p.name })),
          unresolved: problems.map((p) => problemLine(p)),
          problems,
        };
      }
      cache.set(text, r);
    }
    return r;
  };
}
