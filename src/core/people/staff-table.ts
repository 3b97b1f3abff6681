/**
 * The one reader of the staff list: the Сотрудники tab's values (for reminders, the sidebar, the
 * reports and the staff check alike) and the records of a staff CSV. Columns are found by header
 * text (src/core/workbook/schema.ts); lists inside a cell are separated by ";" (or new lines).
 * Every non-empty row becomes a member — a row with problems is kept and reported, never dropped.
 */
import { locateByHeaders, STAFF_COLUMNS, type StaffColumnKey } from '../workbook/schema';
import type { StaffMember, StaffProblem } from './types';

const TITLE: Record<StaffColumnKey, string> = Object.fromEntries(
  STAFF_COLUMNS.map((c) => [c.key, c.headers[0]]),
) as Record<StaffColumnKey, string>;

/** How a missing column is named: as the staff CSV's documented header line spells it. */
const MISSING_TITLE = { name: 'ФИО', email: 'Email' } as const;

/** Column index per key (0-based) from the header row; the first column a key's header names wins. */
export function locateStaffColumns(header: readonly unknown[]): Partial<Record<StaffColumnKey, number>> {
  return locateByHeaders(header, STAFF_COLUMNS);
}

/**
 * «Активен» in words: the families a person writes — yes/no words and signs, the adjective in
 * either gender («активна», «неактивен»), and the ways of saying someone left («уволена», «не
 * работает»). A checkbox cell reads as true/false. Anything else is null (unclear).
 */
const YES = /^(да|д|yes|y|true|1|\+|активен|активн(ый|ая|а))$/;
const NO = /^(нет|н|no|n|false|0|-|не ?активен|не ?активн(ый|ая|а)|уволен(а|о)?|уволил(ся|ась)|не работает|выбыл(а)?)$/;

export function activeWord(cell: unknown): boolean | null {
  if (cell === true || cell === false) return cell;
  const t = String(cell ?? '')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ');
  if (!t || YES.test(t)) return true;
  if (NO.test(t)) return false;
  return null;
}

export function splitList(cell: unknown): string[] {
  return String(cell ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Staff rows from a table, header first. `firstRow`: the row number of the header (1 for the tab
 * and a CSV), so members and problems carry the row a person sees. An unclear «Активен» counts as
 * active and is reported.
 */
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
  const col = locateByHeaders(header, STAFF_COLUMNS);
  for (const key of ['name', 'email'] as const) {
    if (col[key] === undefined)
      problems.push({
        row: firstRow,
        field: key,
        kind: 'missing-column',
        message: `Строка ${firstRow}: нет столбца «${MISSING_TITLE[key]}» (заголовки: ${header.filter(Boolean).join(', ') || 'пусто'}).`,
        en: `Row ${firstRow}: no «${MISSING_TITLE[key]}» column (headers: ${header.filter(Boolean).join(', ') || 'none'}).`,
      });
  }
  const staff: StaffMember[] = [];
  table.slice(1).forEach((cells, k) => {
    const row = firstRow + 1 + k;
    const text = cells.map((c) => String(c ?? '').trim());
    if (!text.some(Boolean)) return;
    const raw = (key: StaffColumnKey) => (col[key] === undefined ? '' : cells[col[key] as number]);
    const get = (key: StaffColumnKey) => (col[key] === undefined ? '' : (text[col[key] as number] ?? ''));
    const extra = text.slice(header.length).filter(Boolean).join('», «');
    if (header.length && text.length > header.length && extra)
      problems.push({
        row,
        field: null,
        kind: 'extra-cells',
        message: `Строка ${row}: больше значений, чем столбцов (лишнее: «${extra}»). Возможно, в значении есть запятая без кавычек.`,
        en: `Row ${row}: more values than columns (extra: «${extra}»). Perhaps a value has a comma and no quotes.`,
      });
    const active = activeWord(raw('active'));
    if (active === null)
      problems.push({
        row,
        field: 'active',
        kind: 'bad-active',
        message: `Строка ${row}: в столбце «${TITLE.active}» непонятное значение «${get('active')}» — считаем сотрудника активным. Напишите «да» или «нет».`,
        en: `Row ${row}: the «${TITLE.active}» column has an unclear «${get('active')}» — the person counts as active. Write «yes» or «no».`,
      });
    staff.push({
      name: get('name').replace(/\s+/g, ' '),
      positions: splitList(get('positions')),
      email: get('email'),
      groups: splitList(get('groups')),
      aliases: splitList(get('aliases')),
      active: active ?? true,
      row,
    });
  });
  return { staff, problems };
}

/** The members of the Сотрудники tab's values (header first); its problems are the staff check's. */
export function staffFromValues(values: readonly (readonly unknown[])[]): StaffMember[] {
  return staffFromTable(values).staff;
}

/** A staff member as the tab's cells, in STAFF_COLUMNS order. */
export function staffToRow(
  m: Pick<StaffMember, 'name' | 'positions' | 'email' | 'groups' | 'aliases' | 'active'>,
): string[] {
  return [m.name, m.positions.join('; '), m.email, m.groups.join('; '), m.aliases.join('; '), m.active ? 'да' : 'нет'];
}
