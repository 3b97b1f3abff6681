import type { StaffField, StaffMember, StaffProblem } from './types';

/**
 * Staff rows from a table (the CSV's records or the Сотрудники tab's values), header first.
 * Columns are found by header text, in Russian or English; lists inside a cell are separated by
 * ";" (or new lines). Every non-empty row becomes a member — a row with problems is kept and
 * reported, never dropped.
 */
const HEADERS: { key: Exclude<StaffField, null>; re: RegExp; title: string }[] = [
  { key: 'name', re: /^(фио|ф\.и\.о\.?|сотрудник|имя|name|full name)$/i, title: 'ФИО' },
  { key: 'positions', re: /^(должность|должности|роль|position|role)$/i, title: 'Должность' },
  { key: 'email', re: /^(e-?mail|эл\.? ?почта|электронная почта|почта|адрес)$/i, title: 'Email' },
  { key: 'groups', re: /^(группы|группа|groups?)$/i, title: 'Группы' },
  { key: 'aliases', re: /^(псевдонимы|псевдоним|aliases?)$/i, title: 'Псевдонимы' },
  { key: 'active', re: /^(активен|активна|активный|active)$/i, title: 'Активен' },
];

const YES = /^(да|yes|true|1|активен|активна|\+|y|д)$/i;
const NO = /^(нет|no|false|0|неактивен|неактивна|уволен|уволена|-|n|н)$/i;

export function splitList(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function staffFromTable(
  table: readonly (readonly unknown[])[],
  firstRow = 1,
): { staff: StaffMember[]; problems: StaffProblem[] } {
  const problems: StaffProblem[] = [];
  const header = (table[0] ?? []).map((h) =>
    String(h ?? '')
      .trim()
      .replace(/\s+/g, ' '),
  );
  const col: Partial<Record<Exclude<StaffField, null>, number>> = {};
  header.forEach((h, i) => {
    const found = HEADERS.find((c) => col[c.key] === undefined && c.re.test(h));
    if (found) col[found.key] = i;
  });
  for (const c of HEADERS.filter((c) => c.key === 'name' || c.key === 'email')) {
    if (col[c.key] === undefined)
      problems.push({
        row: firstRow,
        field: c.key,
        kind: 'missing-column',
        message: `Строка ${firstRow}: нет столбца «${c.title}» (заголовки: ${header.filter(Boolean).join(', ') || 'пусто'}).`,
      });
  }
  const staff: StaffMember[] = [];
  table.slice(1).forEach((cells, k) => {
    const row = firstRow + 1 + k;
    const text = cells.map((c) => String(c ?? '').trim());
    if (!text.some(Boolean)) return;
    const get = (key: Exclude<StaffField, null>) => (col[key] === undefined ? '' : (text[col[key] as number] ?? ''));
    if (header.length && text.length > header.length && text.slice(header.length).some(Boolean))
      problems.push({
        row,
        field: null,
        kind: 'extra-cells',
        message: `Строка ${row}: больше значений, чем столбцов (лишнее: «${text.slice(header.length).filter(Boolean).join('», «')}»). Возможно, в значении есть запятая без кавычек.`,
      });
    const activeText = get('active');
    let active = true;
    if (NO.test(activeText)) active = false;
    else if (activeText && !YES.test(activeText))
      problems.push({
        row,
        field: 'active',
        kind: 'bad-active',
        message: `Строка ${row}: в столбце «Активен» непонятное значение «${activeText}» — считаем сотрудника активным. Напишите «да» или «нет».`,
      });
    staff.push({
      name: get('name').replace(/\s+/g, ' '),
      positions: splitList(get('positions')),
      email: get('email').trim(),
      groups: splitList(get('groups')),
      aliases: splitList(get('aliases')),
      active,
      row,
    });
  });
  return { staff, problems };
}

/** A staff member as the tab's cells, in the order of `STAFF_TITLES`. */
export const STAFF_TITLES = HEADERS.map((h) => h.title);

export function staffRowCells(
  m: Pick<StaffMember, 'name' | 'positions' | 'email' | 'groups' | 'aliases' | 'active'>,
): string[] {
  return [m.name, m.positions.join('; '), m.email, m.groups.join('; '), m.aliases.join('; '), m.active ? 'да' : 'нет'];
}
