/**
 * What a column's header says about its role. Plans put their columns in any order and name them
 * in many ways ("Срок выполнения", "Сроки", "Дата (сроки проведения)", "Периодичность", "Месяц",
 * "Время проведения"); some add columns that are neither the activity nor its deadline nor its
 * responsible ("Участники", "Классы", "Место проведения", "Цели"): those are known `extra`
 * columns, kept by their header, never taken for another role by their content.
 * The content's say (roles.ts) comes on top of this.
 */
export type ColumnRole = 'number' | 'stage' | 'title' | 'result' | 'tools' | 'responsible' | 'deadline' | 'extra';

/** Where a column's role came from: its header, its cells, or the user's choice in the preview. */
export type RoleSource = 'header' | 'content' | 'user';

export interface Column {
  index: number;
  header: string;
  role: ColumnRole;
  from: RoleSource;
}

export const COLUMN_ROLES: readonly ColumnRole[] = [
  'title',
  'stage',
  'deadline',
  'responsible',
  'number',
  'result',
  'tools',
  'extra',
];

import { fold } from '../people/text';
import { looksLikeDeadline } from './align';

const norm = fold;

/** Ordered: the first rule that matches a header wins (a title header may also mention "этап"). */
const RULES: [ColumnRole, RegExp][] = [
  ['number', /^(№|n|no\.?|nn)(\s*п\s*\/\s*п)?\.?$|^№\s*\S{0,6}$|^п\s*\/\s*п$|^номер/],
  [
    'title',
    /мероприят|содержани|наименовани|перечень|название|действи|вид\S* (работ|деятельност)|форм\S* работы|(^|\s)тема/,
  ],
  ['result', /результат/],
  ['tools', /инструмент/],
  ['responsible', /ответствен|исполнител|кто проводит|^отв(\.|-|етств)/],
  ['deadline', /срок|^дата|дата проведени|дата и время|периодичн|когда|^месяц|^время|время проведени|^период/],
  ['stage', /этап|направлени|раздел/],
  // Columns every plan family adds: known, so their content is never read as another role.
  [
    'extra',
    /участник|место|класс|групп|возраст|цел[ьи]|форм\S* (проведения|контроля)|примечани|отметк|охват|контингент|количеств|основани|документ|финансир|показател|методическ|индикатор|ресурс|адрес/,
  ],
];

export function roleOfHeader(header: string): ColumnRole | null {
  const h = norm(header);
  if (!h || h.length > 80) return null;
  for (const [role, rx] of RULES) if (rx.test(h)) return role;
  return null;
}

/**
 * How squarely a header names its role, when two headers name the same one: "Ответственный" is the
 * responsible beside "Исполнитель" (the one who does the work), whichever comes first.
 */
function strength(role: ColumnRole, header: string): number {
  if (role === 'responsible') return /ответствен/.test(norm(header)) ? 2 : 1;
  return 1;
}

/**
 * Columns for a header row, by header alone. Two headers naming one role: the stronger one takes
 * it (the first of equals), the other is an `extra` kept by its header — no column is lost and no
 * role is doubled.
 */
export function columnsFromHeader(headers: string[]): Column[] {
  const roles = headers.map((h) => roleOfHeader(h) ?? 'extra');
  const winner = new Map<ColumnRole, number>();
  roles.forEach((role, i) => {
    if (role === 'extra') return;
    const w = winner.get(role);
    if (w === undefined || strength(role, headers[i]) > strength(role, headers[w])) winner.set(role, i);
  });
  return headers.map((header, index) => {
    const role = roles[index] !== 'extra' && winner.get(roles[index]) === index ? roles[index] : 'extra';
    return { index, header: header.trim(), role, from: 'header' };
  });
}

/**
 * A header row names known columns in short cells, and holds no date or number of its own: the
 * activity and one more named column, or the deadline and the responsible, or three known columns
 * of which one is named («Мероприятие / Участники / Дата и время»). A data row that mentions
 * "мероприятие" in a long sentence, or has a date or a № in it, is not a header.
 */
export function isHeaderRow(texts: string[]): boolean {
  const roles: ColumnRole[] = [];
  for (const raw of texts) {
    const t = raw.trim();
    if (!t) continue;
    if (/^\d{1,3}(\.\d{1,3})*\.?$/.test(t) || (t.length <= 40 && looksLikeDeadline(t))) return false;
    const r = t.length <= 80 ? roleOfHeader(t) : null;
    if (r) roles.push(r);
  }
  if (roles.length < 2) return false;
  const named = new Set(roles.filter((r) => r !== 'extra'));
  if (named.has('title') && (named.size >= 2 || roles.length >= 3)) return true;
  if (named.has('deadline') && named.has('responsible')) return true;
  return roles.length >= 3 && named.size >= 2;
}

/** A row of column numbers under the header ("1 2 3 4 5"), as Word tables often have. */
export function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t.trim() !== '');
  return filled.length >= 2 && filled.every((t, i) => t.trim().replace(/\.$/, '') === String(i + 1));
}
