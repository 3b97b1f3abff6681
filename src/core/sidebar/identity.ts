import type { Person } from '../../shared/sidebar-contract';
import { SIGN_IN } from '../access/refusals';
import { type Authority, isPrivileged } from '../access/roles';
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

/**
 * The choices of «Кто вы?»: active staff with an e-mail, by name — never the owner or a
 * coordinator (the answer is not checked by Google, so it may give staff rights only).
 */
export function identityChoices(staff: readonly StaffMember[], auth?: Authority): Person[] {
  return staff
    .filter((s) => s.active && norm(s.email) && !(auth && isPrivileged(s.email, auth)))
    .map((s) => ({ email: norm(s.email), name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

const COORDINATOR_NOTE = {
  ru: ` Координаторы и владелец таблицы в этом списке не выбираются: их права даются только адресу, который сообщил Google, — ${SIGN_IN.ru}.`,
  en: ` Coordinators and the owner cannot pick themselves here: their rights need the address Google reports — ${SIGN_IN.en}.`,
};

/** Why «Кто вы?» is asked (Russian first), and that it never gives a coordinator's rights. */
export function identityReason(activeEmail: string | null | undefined): { ru: string; en: string } {
  const e = norm(activeEmail);
  // The request, the same in both cases: said once.
  const choose = {
    ru: ' Выберите себя из списка — ответ запомнится для этой таблицы.',
    en: ' Choose yourself; the answer is remembered for this spreadsheet.',
  };
  const why = e
    ? { ru: `Адреса ${e} нет в списке «Сотрудники».`, en: `${e} is not in the staff list.` }
    : { ru: 'Google не сообщил ваш адрес электронной почты.', en: 'Google did not tell us your e-mail address.' };
  return { ru: why.ru + choose.ru + COORDINATOR_NOTE.ru, en: why.en + choose.en + COORDINATOR_NOTE.en };
}

/** «Кто вы?» refuses an owner's or coordinator's address (Russian first). */
export function privilegedChoiceRefusal(email: string): { ru: string; en: string } {
  return {
    ru: `${norm(email)} — координатор или владелец таблицы: «Кто вы?» не даёт этих прав. Войдите в Google под этим адресом и откройте боковую панель снова.`,
    en: `${norm(email)} is a coordinator or the owner: «Кто вы?» cannot give those rights. Sign in to Google with that address.`,
  };
}
