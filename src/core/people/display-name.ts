/**
 * How a person is named to people (greetings, the sidebar, the Журнал): the ФИО from Сотрудники,
 * and for someone not in the list (a coordinator named only by address) the name part of the
 * address — «t.lebedeva@school.ru» is «T. Lebedeva», never the bare address.
 */
import type { StaffMember } from './types';

const norm = (email: string) => email.trim().toLowerCase();

/** «t.lebedeva@school.ru» → «T. Lebedeva»; «ivanova_anna2@…» → «Ivanova Anna». */
export function nameFromAddress(email: string): string {
  const local = email.trim().split('@')[0] ?? '';
  const words = local
    .split(/[._+\-\s]+/)
    .map((w) => w.replace(/\d+/g, ''))
    .filter(Boolean)
    .map((w) => (w.length === 1 ? `${w.toUpperCase()}.` : w.charAt(0).toUpperCase() + w.slice(1)));
  return words.join(' ') || local || email.trim();
}

/**
 * Who did something, for a record (Отметил, the Журнал): the ФИО, or for someone not in Сотрудники
 * the name with the address beside it — «Coordinator (coordinator@school.ru)» — since a name read
 * off an address is not unique and the record must still say who it was.
 */
export function recordedName(email: string, staff: readonly StaffMember[] | null): string {
  const e = norm(email);
  const known = (staff ?? []).find((s) => norm(s.email) === e && s.name.trim());
  return known ? known.name.trim() : `${nameFromAddress(email)} (${e})`;
}

/** The name of whoever has this address: Сотрудники first (an inactive row still names them), else the address. */
export function namesByEmail(staff: readonly StaffMember[] | null): (email: string) => string {
  const byEmail = new Map<string, string>();
  for (const s of staff ?? []) {
    const e = norm(s.email);
    if (e && s.name.trim() && (!byEmail.has(e) || s.active)) byEmail.set(e, s.name.trim());
  }
  return (email) => byEmail.get(norm(email)) ?? nameFromAddress(email);
}
