/**
 * The one reader of the «Организации» tab: the organisations a department rolls up, each with its
 * coordinator's e-mail and the spreadsheet of its plan. Columns are found by header text
 * (src/core/workbook/schema.ts). Every non-empty row becomes an organisation — a row with a bad
 * address or a link that is not a spreadsheet is kept, with its problems in Russian (row number and
 * what is wrong), and rolled up as «не подключена» instead of disappearing.
 */
import * as z from 'zod/mini';
import { isValidEmail } from '../people/email';
import { locateByHeaders, ORG_COLUMNS, type OrgColumnKey } from '../workbook/schema';
import { spreadsheetIdOf } from './spreadsheet-id';

/** Created by «Разослать план» from the municipal plan, or the organisation's own plan linked by URL. */
export type LinkMethod = 'distributed' | 'linked';

export const METHOD_LABELS: Record<LinkMethod, string> = {
  distributed: 'Разослано',
  linked: 'Подключено по ссылке',
};

export interface Organisation {
  name: string;
  /** The coordinator's address as written (checked: see `problems`). */
  email: string;
  /** The spreadsheet's ID, or null when the cell holds none that is usable. */
  spreadsheetId: string | null;
  /** What the cell holds, verbatim. */
  sheetText: string;
  method: LinkMethod;
  /** The last roll-up's status as the tab shows it (written by the roll-up). */
  status: string;
  /** 1-based row in the tab. */
  row: number;
}

export interface OrgProblem {
  row: number;
  field: OrgColumnKey | null;
  message: string;
}

const cell = z.pipe(
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]),
  z.transform((v) => (v === null || v === undefined ? '' : String(v).trim().replace(/\s+/g, ' '))),
);
const OrgRow = z.object({
  name: cell,
  email: cell,
  sheet: cell,
  method: cell,
  status: cell,
  checkedOn: cell,
});

const TITLE = Object.fromEntries(ORG_COLUMNS.map((c) => [c.key, c.headers[0]])) as Record<OrgColumnKey, string>;

export function locateOrgColumns(header: readonly unknown[]): Partial<Record<OrgColumnKey, number>> {
  return locateByHeaders(header, ORG_COLUMNS);
}

/** «Способ» in words; empty means the add-on made the plan (the usual way), anything unclear is asked. */
export function methodWord(text: string): LinkMethod | null {
  const t = text.toLowerCase().replace(/ё/g, 'е');
  if (!t || /^(разослан|создан|distributed|created)/.test(t)) return 'distributed';
  if (/(ссылк|подключ|своя|свой|собствен|linked|link)/.test(t)) return 'linked';
  return null;
}

/** Organisations from the tab's values (header first), with what is wrong in each row. */
export function organisationsFromTable(table: readonly (readonly unknown[])[]): {
  organisations: Organisation[];
  problems: OrgProblem[];
} {
  const header = table[0] ?? [];
  const col = locateByHeaders(header, ORG_COLUMNS);
  const problems: OrgProblem[] = [];
  for (const key of ['name', 'sheet'] as const)
    if (col[key] === undefined)
      problems.push({
        row: 1,
        field: key,
        message: `Строка 1: нет столбца «${TITLE[key]}» (заголовки: ${
          header
            .map((h) => String(h ?? '').trim())
            .filter(Boolean)
            .join(', ') || 'пусто'
        }).`,
      });
  const organisations: Organisation[] = [];
  const seenIds = new Map<string, number>();
  const seenNames = new Map<string, number>();
  table.slice(1).forEach((raw, i) => {
    const row = i + 2;
    const get = (k: OrgColumnKey) => (col[k] === undefined ? null : raw[col[k] as number]);
    const parsed = z.safeParse(OrgRow, {
      name: get('name'),
      email: get('email'),
      sheet: get('sheet'),
      method: get('method'),
      status: get('status'),
      checkedOn: get('checkedOn'),
    });
    // A cell of another type (a date, an error value) is read as its text rather than lost.
    const r = parsed.success
      ? parsed.data
      : {
          name: String(get('name') ?? ''),
          email: String(get('email') ?? ''),
          sheet: String(get('sheet') ?? ''),
          method: '',
          status: '',
          checkedOn: '',
        };
    if (!r.name && !r.email && !r.sheet) return;
    const say = (field: OrgColumnKey | null, what: string) =>
      problems.push({ row, field, message: `Строка ${row}${r.name ? ` («${r.name}»)` : ''}: ${what}.` });
    if (!r.name) say('name', 'не указано название организации');
    if (!r.email) say('email', 'не указан e-mail координатора');
    else if (!isValidEmail(r.email)) say('email', `«${r.email}» — не адрес электронной почты`);
    const ref = spreadsheetIdOf(r.sheet);
    if (!ref.ok) say('sheet', ref.message);
    const method = methodWord(r.method);
    if (method === null)
      say(
        'method',
        `непонятный способ «${r.method}»: укажите «${METHOD_LABELS.distributed}» или «${METHOD_LABELS.linked}»`,
      );
    const id = ref.ok ? ref.id : null;
    if (id) {
      const first = seenIds.get(id);
      if (first !== undefined) say('sheet', `та же таблица, что в строке ${first}: организация будет учтена один раз`);
      else seenIds.set(id, row);
    }
    const nameKey = r.name.toLowerCase().replace(/ё/g, 'е');
    if (nameKey) {
      const first = seenNames.get(nameKey);
      if (first !== undefined) say('name', `то же название, что в строке ${first}`);
      else seenNames.set(nameKey, row);
    }
    organisations.push({
      name: r.name || `Организация в строке ${row}`,
      email: r.email,
      spreadsheetId: id && seenIds.get(id) === row ? id : null,
      sheetText: r.sheet,
      method: method ?? 'linked',
      status: r.status,
      row,
    });
  });
  return { organisations, problems };
}
