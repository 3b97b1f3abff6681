/** The Сотрудники tab: ФИО, Должность, E-mail, Группы, Псевдонимы, Активен — found by header text. */
import type { StaffMember } from '../people/types';
import type { CellOut } from './cells';

export type StaffColumnKey = 'name' | 'positions' | 'email' | 'groups' | 'aliases' | 'active';

export const STAFF_COLUMNS: readonly { key: StaffColumnKey; headers: string[]; width: number }[] = [
  { key: 'name', headers: ['ФИО', 'Name', 'Сотрудник'], width: 240 },
  { key: 'positions', headers: ['Должность', 'Position', 'Роль'], width: 260 },
  { key: 'email', headers: ['E-mail', 'Email', 'Эл. почта', 'Почта'], width: 220 },
  { key: 'groups', headers: ['Группы', 'Groups'], width: 220 },
  { key: 'aliases', headers: ['Псевдонимы', 'Aliases'], width: 200 },
  { key: 'active', headers: ['Активен', 'Active'], width: 80 },
];

const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-.]+/g, '')
    .trim();

export function locateStaffColumns(header: readonly unknown[]): Partial<Record<StaffColumnKey, number>> {
  const out: Partial<Record<StaffColumnKey, number>> = {};
  header.forEach((h, i) => {
    const t = norm(h);
    const col = STAFF_COLUMNS.find((c) => out[c.key] === undefined && c.headers.some((a) => norm(a) === t));
    if (col) out[col.key] = i;
  });
  return out;
}

const list = (v: unknown) =>
  String(v ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** "нет", "no", "false", "0" → inactive; anything else (or empty) → active. */
export function activeFromCell(v: unknown): boolean {
  if (v === false) return false;
  return !/^(нет|no|false|0|неактивен|уволен)$/i.test(String(v ?? '').trim());
}

/** Staff rows from the tab's values (header first). Empty rows are skipped; row numbers are 1-based. */
export function staffFromValues(values: readonly (readonly unknown[])[]): StaffMember[] {
  if (!values.length) return [];
  const cols = locateStaffColumns(values[0]);
  const get = (r: readonly unknown[], k: StaffColumnKey) => (cols[k] === undefined ? '' : r[cols[k] as number]);
  const out: StaffMember[] = [];
  values.slice(1).forEach((r, i) => {
    if (!r.some((c) => String(c ?? '').trim())) return;
    out.push({
      name: String(get(r, 'name') ?? '').trim(),
      positions: list(get(r, 'positions')),
      email: String(get(r, 'email') ?? '').trim(),
      groups: list(get(r, 'groups')),
      aliases: list(get(r, 'aliases')),
      active: activeFromCell(get(r, 'active')),
      row: i + 2,
    });
  });
  return out;
}

export function staffToRow(m: StaffMember): CellOut[] {
  return [m.name, m.positions.join('; '), m.email, m.groups.join('; '), m.aliases.join('; '), m.active ? 'да' : 'нет'];
}
