import { isValidEmail } from './email';
import { normalizeName } from './names';
import { fold } from './text';
import type { StaffMember, StaffProblem } from './types';

/**
 * What is wrong or worth knowing in the staff list: missing or bad e-mails, the same person or
 * address twice, people marked inactive. Each is a Russian message naming the row; the list itself
 * is left as it is (nothing dropped, nothing merged).
 */
export function checkStaff(staff: readonly StaffMember[]): StaffProblem[] {
  const problems: StaffProblem[] = [];
  const byName = new Map<string, StaffMember>();
  const byEmail = new Map<string, StaffMember>();
  staff.forEach((m, i) => {
    const row = m.row ?? i + 2;
    const who = label(m);
    if (!m.name && !m.positions.length && !m.groups.length && !m.aliases.length)
      problems.push({
        row,
        field: 'name',
        kind: 'no-name',
        message: `Строка ${row}: не указаны ни ФИО, ни должность, ни группа — непонятно, кто это${m.email ? ` (${m.email})` : ''}.`,
      });
    if (!m.email) {
      if (m.active)
        problems.push({
          row,
          field: 'email',
          kind: 'email-empty',
          message: `Строка ${row}: не указан e-mail (${who}) — напоминания не придут.`,
        });
    } else if (!isValidEmail(m.email)) {
      problems.push({
        row,
        field: 'email',
        kind: 'email-invalid',
        message: `Строка ${row}: «${m.email}» — неправильный адрес e-mail (${who}).`,
      });
    }
    if (m.name) {
      // Same full name, or the same "Фамилия И.О." — "Ковалёва Ирина Сергеевна" and "Ковалева И.С." are one person.
      const key = fold(normalizeName(m.name) ?? m.name);
      const first = byName.get(key);
      if (first)
        problems.push({
          row,
          field: 'name',
          kind: 'duplicate-name',
          message: `Строка ${row}: «${m.name}» уже есть в строке ${first.row ?? '?'} («${first.name}»). Если это разные люди, уточните ФИО; если один — удалите лишнюю строку.`,
        });
      else byName.set(key, m);
    }
    if (m.email) {
      const key = m.email.trim().toLowerCase();
      const first = byEmail.get(key);
      if (first)
        problems.push({
          row,
          field: 'email',
          kind: 'duplicate-email',
          message: `Строка ${row}: адрес ${m.email} уже указан в строке ${first.row ?? '?'} (${label(first)}) — оба получат одно письмо на этот адрес.`,
        });
      else byEmail.set(key, m);
    }
    if (!m.active)
      problems.push({
        row,
        field: 'active',
        kind: 'inactive',
        message: `Строка ${row}: ${who} — неактивен(на): напоминания не отправляются, в отчётах отмечается.`,
      });
  });
  return problems;
}

/** How a row is named in messages: the name, else its role or group. */
export function label(m: StaffMember): string {
  // An organisation row (proposed from the plan) is known by its name, kept in Псевдонимы.
  if (!m.name && m.positions[0] === 'Организация' && m.aliases[0]) return m.aliases[0];
  return m.name || m.positions[0] || m.groups[0] || m.aliases[0] || m.email || `строка ${m.row ?? '?'}`;
}
