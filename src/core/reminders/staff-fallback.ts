import type { StaffMember } from '../people/types';

/**
 * STOPGAP, only for the simulation CLI: the shared staff CSV reader (people/staff-csv.ts) and
 * resolver (people/resolve.ts) were not in the tree when the reminders were finished. This reads
 * the fixture columns (ФИО, Должность, Email, Группы, Псевдонимы, Активен) and resolves a
 * responsible text by surname, then by role/alias/group words. Delete it once the shared ones
 * exist and `tools/cli/simulate.ts` imports them.
 */

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') {
      // The fixtures separate columns by commas and list items by ";" inside a column: only the
      // header's separator splits columns.
      if (c === sep(src)) {
        row.push(cell);
        cell = '';
      } else cell += c;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((x) => x.trim())) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x.trim())) rows.push(row);
  return rows;
}

let sepCache: { src: string; sep: string } | null = null;
function sep(src: string): string {
  if (sepCache?.src === src) return sepCache.sep;
  const first = src.split(/\r?\n/, 1)[0];
  const counts = [',', ';', '\t'].map((s) => [s, first.split(s).length] as const).sort((a, b) => b[1] - a[1]);
  sepCache = { src, sep: counts[0][0] };
  return sepCache.sep;
}

const list = (s: string | undefined) =>
  (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

export function readStaffCsv(text: string): StaffMember[] {
  const [header, ...rows] = csvRows(text);
  if (!header) return [];
  const col = (re: RegExp) => header.findIndex((h) => re.test(h.trim()));
  const iName = col(/^(фио|имя|name)/i);
  const iPos = col(/^(должност|position)/i);
  const iMail = col(/(e-?mail|почта)/i);
  const iGroups = col(/^(групп|groups)/i);
  const iAliases = col(/^(псевдоним|alias)/i);
  const iActive = col(/^(активен|active)/i);
  return rows.map((r, n) => ({
    name: (r[iName] ?? '').trim(),
    positions: list(r[iPos]),
    email: (r[iMail] ?? '').trim().toLowerCase(),
    groups: list(r[iGroups]),
    aliases: list(r[iAliases]),
    active: !/^(нет|no|false|0)$/i.test((r[iActive] ?? '').trim()),
    row: n + 2,
  }));
}

const tokens = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^a-zа-я0-9]+/)
    .filter((t) => t.length >= 3 && !STOP.has(t))
    .map((t) => t.slice(0, 5));
const STOP = new Set(['член', 'члены', 'под', 'для', 'при', 'все', 'мбдоу', 'мбоу', 'маоу', 'мадоу']);

export interface FallbackResolution {
  people: StaffMember[];
  unresolved: string[];
}

export function fallbackResolver(staff: readonly StaffMember[]): (text: string | null) => FallbackResolution {
  const active = staff.filter((m) => m.active && m.email);
  const phrases = active.flatMap((m) => [...m.positions, ...m.aliases, ...m.groups].map((p) => ({ m, t: tokens(p) })));
  return (text) => {
    const people = new Set<StaffMember>();
    const unresolved: string[] = [];
    for (const part of (text ?? '').split(/[,;\n]+|\s+и\s+/).map((p) => p.trim())) {
      if (!part) continue;
      const words = new Set(
        part
          .toLowerCase()
          .replace(/ё/g, 'е')
          .split(/[^a-zа-я]+/),
      );
      let hit = active.filter((m) => words.has(m.name.split(/\s+/)[0].toLowerCase().replace(/ё/g, 'е')));
      if (!hit.length) {
        const pt = tokens(part);
        // The most specific phrase wins: "Зам. директора по УВР" is not every "Директор".
        const scored = phrases
          .filter(
            (p) => p.t.length && (p.t.every((t) => pt.includes(t)) || (pt.length && pt.every((t) => p.t.includes(t)))),
          )
          .map((p) => {
            const common = p.t.filter((t) => pt.includes(t)).length;
            // A phrase that is exactly the part ("Директор") beats one that only contains it.
            return { m: p.m, score: common + (common === p.t.length && common === pt.length ? 0.5 : 0) };
          });
        const best = Math.max(0, ...scored.map((x) => x.score));
        hit = scored.filter((x) => x.score === best).map((x) => x.m);
      }
      if (hit.length) for (const m of hit) people.add(m);
      else unresolved.push(part);
    }
    return { people: [...people], unresolved };
  };
}
