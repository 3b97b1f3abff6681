import type { Person } from '../../shared/sidebar-contract';
import type { StaffMember } from '../people/types';

/**
 * Who is using the sidebar. Google often gives a blank e-mail (personal Gmail, another domain);
 * then the page asks «Кто вы?» once and the server remembers the answer in user properties. An
 * e-mail that is not in Сотрудники is never guessed into someone else.
 */
const norm = (e: string | null | undefined): string => (e ?? '').trim().toLowerCase();

export function findPerson(email: string | null | undefined, staff: readonly StaffMember[]): Person | null {
  const e = norm(email);
  if (!e) return null;
  const m = staff.find((s) => s.active && norm(s.email) === e);
  return m ? { email: norm(m.email), name: m.name } : null;
}

/** The choices of «Кто вы?»: active people with an e-mail, by name. */
export function identityChoices(staff: readonly StaffMember[]): Person[] {
  return staff
    .filter((s) => s.active && norm(s.email))
    .map((s) => ({ email: norm(s.email), name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

/** Why «Кто вы?» is asked (Russian first). */
export function identityReason(activeEmail: string | null | undefined): { ru: string; en: string } {
  const e = norm(activeEmail);
  return e
    ? {
        ru: `Адреса ${e} нет в списке «Сотрудники». Выберите себя из списка — ответ запомнится для этой таблицы.`,
        en: `${e} is not in the staff list. Choose yourself; the answer is remembered for this spreadsheet.`,
      }
    : {
        ru: 'Google не сообщил ваш адрес электронной почты. Выберите себя из списка — ответ запомнится для этой таблицы.',
        en: 'Google did not tell us your e-mail address. Choose yourself; the answer is remembered for this spreadsheet.',
      };
}
