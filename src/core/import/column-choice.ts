/**
 * The user's say on column roles: what the preview's drop-downs offer, the `--columns` flag of the
 * CLI ("title=2,deadline=3", columns counted from 1 as people count them). A choice names only
 * the columns the user changed; the others keep the roles read from their header and cells.
 * (The server's zod schema for a choice is in remembered-columns.ts: zod stays out of the dialog.)
 */
import { UserError } from '../errors';
import { COLUMN_ROLES, type ColumnRole } from '../plan/columns';
import type { ColumnChoice } from '../plan/roles';

export type ChoiceLocale = 'ru' | 'en';

/**
 * The drop-down's options, in this order (every role but «Инструментарий», which only a header names).
 * «Не импортировать» is none of them: no word is dropped.
 */
export const CHOOSABLE_ROLES: readonly ColumnRole[] = COLUMN_ROLES.filter((r) => r !== 'tools');

export const ROLE_NAMES: Record<ChoiceLocale, Record<ColumnRole, string>> = {
  ru: {
    title: 'Мероприятие',
    stage: 'Этап',
    deadline: 'Срок',
    responsible: 'Ответственные',
    number: '№',
    result: 'Результат',
    tools: 'Инструментарий',
    extra: 'другое',
  },
  en: {
    title: 'Activity',
    stage: 'Stage',
    deadline: 'Deadline',
    responsible: 'Responsible',
    number: 'No.',
    result: 'Result',
    tools: 'Tools',
    extra: 'other',
  },
};

/** Role words the flag accepts besides the codes: the drop-down's Russian names and a few synonyms. */
const WORDS: Record<string, ColumnRole> = {
  мероприятие: 'title',
  название: 'title',
  этап: 'stage',
  срок: 'deadline',
  сроки: 'deadline',
  дата: 'deadline',
  ответственные: 'responsible',
  ответственный: 'responsible',
  '№': 'number',
  номер: 'number',
  результат: 'result',
  инструментарий: 'tools',
  другое: 'extra',
  other: 'extra',
};

const MAX_COLUMN = 200;

function roleOf(word: string): ColumnRole | null {
  const w = word.trim().toLowerCase().replace(/ё/g, 'е');
  if ((COLUMN_ROLES as readonly string[]).includes(w)) return w as ColumnRole;
  return WORDS[w] ?? null;
}

/** `--columns "title=2,deadline=3"` → 0-based column index → role. Russian UserErrors on bad input. */
export function parseColumnsFlag(flag: string): ColumnChoice {
  const out: Record<number, ColumnRole> = {};
  const parts = flag
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) throw badFlag(flag, 'укажите хотя бы одну пару «роль=номер столбца»');
  for (const part of parts) {
    const m = /^([^=:\s]+)\s*[=:]\s*(\d{1,3})$/.exec(part);
    if (!m) throw badFlag(part, 'ожидалось «роль=номер столбца», например title=2');
    const role = roleOf(m[1]);
    if (!role) throw badFlag(part, `неизвестная роль «${m[1]}»; можно: ${COLUMN_ROLES.join(', ')}`);
    const n = Number(m[2]);
    if (n < 1 || n > MAX_COLUMN) throw badFlag(part, `номер столбца считается с 1 (не больше ${MAX_COLUMN})`);
    if (n - 1 in out && out[n - 1] !== role) throw badFlag(part, `столбцу ${n} уже задана роль «${out[n - 1]}»`);
    if (role !== 'extra' && Object.entries(out).some(([k, r]) => r === role && Number(k) !== n - 1))
      throw badFlag(part, `роль «${role}» уже отдана другому столбцу`);
    out[n - 1] = role;
  }
  return out;
}

function badFlag(part: string, why: string): UserError {
  return new UserError(
    'bad-columns',
    `--columns: не понято «${part}»: ${why}.`,
    `--columns: cannot read "${part}": ${why}.`,
  );
}

/** A choice as JSON (string keys), for the server and the dialog. */
export function choiceToJson(choice: ColumnChoice): Record<string, ColumnRole> {
  const out: Record<string, ColumnRole> = {};
  for (const [k, r] of Object.entries(choice)) out[String(k)] = r;
  return out;
}
