import { type Language, sayIn } from '../language';
import { isValidEmail } from './email';
import { normalizeName } from './names';
import { fold } from './text';
import type { StaffMember, StaffProblem } from './types';

/**
 * What is wrong or worth knowing in the staff list: missing or bad e-mails, the same person or
 * address twice, people marked inactive. Each is a message naming the row, in the document's
 * language; the list itself is left as it is (nothing dropped, nothing merged).
 */
export function checkStaff(staff: readonly StaffMember[], lang: Language = 'ru'): StaffProblem[] {
  const say = sayIn(lang);
  const problems: StaffProblem[] = [];
  const byName = new Map<string, StaffMember>();
  const byEmail = new Map<string, StaffMember>();
  staff.forEach((m, i) => {
    const row = m.row ?? i + 2;
    const who = label(m, lang);
    const at = `${say('Строка', 'Row')} ${row}: `;
    /** «в строке 2», "in row 2": where the first of a pair is. */
    const inRow = (f: StaffMember) => `${say('в строке', 'in row')} ${f.row ?? '?'}`;
    if (!m.name && !m.positions.length && !m.groups.length && !m.aliases.length)
      problems.push({
        row,
        field: 'name',
        kind: 'no-name',
        message: `${at}${say('не указаны ни ФИО, ни должность, ни группа — непонятно, кто это', 'no ФИО, post or group — unclear who this is')}${m.email ? ` (${m.email})` : ''}.`,
      });
    if (!m.email) {
      if (m.active)
        problems.push({
          row,
          field: 'email',
          kind: 'email-empty',
          message: `${at}${say('не указан e-mail', 'no e-mail')} (${who}) — ${say('напоминания не придут', 'no reminders will reach them')}.`,
        });
    } else if (!isValidEmail(m.email)) {
      problems.push({
        row,
        field: 'email',
        kind: 'email-invalid',
        message: `${at}«${m.email}» — ${say('неправильный адрес e-mail', 'not a valid e-mail address')} (${who}).`,
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
          message: `${at}«${m.name}» ${say('уже есть', 'is already')} ${inRow(first)} («${first.name}»). ${say('Если это разные люди, уточните ФИО; если один — удалите лишнюю строку.', 'Different people: give the full ФИО; one person: delete the extra row.')}`,
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
          message: `${at}${say('адрес', 'the address')} ${m.email} ${say('уже указан', 'is already')} ${inRow(first)} (${label(first, lang)}) — ${say('оба получат одно письмо на этот адрес', 'both get one e-mail at it')}.`,
        });
      else byEmail.set(key, m);
    }
    if (!m.active)
      problems.push({
        row,
        field: 'active',
        kind: 'inactive',
        message: `${at}${who} — ${say('неактивен(на): напоминания не отправляются, в отчётах отмечается', 'inactive: no reminders are sent, the reports say so')}.`,
      });
  });
  return problems;
}

/** How a row is named in messages: the name, else its role or group. */
export function label(m: StaffMember, lang: Language = 'ru'): string {
  // An organisation row (proposed from the plan) is known by its name, kept in Псевдонимы.
  if (!m.name && m.positions[0] === 'Организация' && m.aliases[0]) return m.aliases[0];
  return (
    m.name ||
    m.positions[0] ||
    m.groups[0] ||
    m.aliases[0] ||
    m.email ||
    `${sayIn(lang)('строка', 'row')} ${m.row ?? '?'}`
  );
}
