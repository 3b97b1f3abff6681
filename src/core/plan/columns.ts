/**
 * Column roles found by header text, never by position: plans put their columns in any order and
 * name them in many ways ("Срок выполнения", "Сроки", "Дата (сроки проведения)", "Периодичность").
 */
export type ColumnRole = 'number' | 'stage' | 'title' | 'result' | 'tools' | 'responsible' | 'deadline' | 'extra';

export interface Column {
  index: number;
  header: string;
  role: ColumnRole;
}

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** Ordered: the first rule that matches a header wins (a title header may also mention "этап"). */
const RULES: [ColumnRole, RegExp][] = [
  ['number', /^(№|n|no\.?|nn)(\s*п\s*\/\s*п)?\.?$|^№\s*\S{0,6}$|^п\s*\/\s*п$|^номер/],
  ['title', /мероприят|содержани|наименовани|перечень|название|действи|вид\S* работ|форм\S* работы|(^|\s)тема/],
  ['result', /результат/],
  ['tools', /инструмент/],
  ['responsible', /ответствен|исполнител|кто проводит/],
  ['deadline', /срок|^дата|дата проведени|периодичн|когда/],
  ['stage', /этап|направлени|раздел/],
];

export function roleOfHeader(header: string): ColumnRole | null {
  const h = norm(header);
  if (!h || h.length > 80) return null;
  for (const [role, rx] of RULES) if (rx.test(h)) return role;
  return null;
}

/**
 * Columns for a header row; a role taken by an earlier column makes the later one an `extra`
 * (kept by its header), so no column is lost and no role is doubled.
 */
export function columnsFromHeader(headers: string[]): Column[] {
  const taken = new Set<ColumnRole>();
  return headers.map((header, index) => {
    let role = roleOfHeader(header) ?? 'extra';
    if (role !== 'extra' && taken.has(role)) role = 'extra';
    taken.add(role);
    return { index, header: header.trim(), role };
  });
}

/**
 * A header row names at least two known roles in short cells, one of them the activity (or both
 * the deadline and the responsible): a data row that mentions "мероприятие" in a long sentence is not a header.
 */
export function isHeaderRow(texts: string[]): boolean {
  const roles = texts.map((t) => (t.length <= 80 ? roleOfHeader(t) : null)).filter((r) => r !== null);
  const distinct = new Set(roles);
  return distinct.size >= 2 && (distinct.has('title') || (distinct.has('deadline') && distinct.has('responsible')));
}

/** A row of column numbers under the header ("1 2 3 4 5"), as Word tables often have. */
export function isColumnNumberRow(texts: string[]): boolean {
  const filled = texts.filter((t) => t.trim() !== '');
  return filled.length >= 2 && filled.every((t, i) => t.trim().replace(/\.$/, '') === String(i + 1));
}
