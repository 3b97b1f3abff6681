/**
 * The Журнал tab: append-only history. Status changes and reminders sent are both rows here, so
 * the ledger of "what was already sent" survives in the workbook and any person can read it.
 */
import { type Language, sayIn } from '../language';
import { nameFromAddress } from '../people/display-name';
import { STATUS_LABELS } from '../tracking/types';
import type { CellOut } from './cells';

/**
 * The layout: what a person reads first — when, who, which activity (№ and title), what happened in
 * words — then the columns the add-on reads back, hidden: the address, the activity ID, the field,
 * the values before and after (a reminder's ledger key is «Стало»), and for a change made from the
 * sidebar what its undo needs («Отмена», src/core/sidebar/undo-history.ts). The hidden part is the
 * old layout moved right by the human columns, so an old Журнал becomes this one by inserting
 * columns B–E (journal-requests.ts), and its rows keep their meaning.
 */
export const JOURNAL_HEADERS = [
  'Время',
  'Кто',
  '№',
  'Мероприятие',
  'Что произошло',
  'Пользователь',
  'ID мероприятия',
  'Поле',
  'Было',
  'Стало',
  'Отмена',
] as const;
export const JOURNAL_WIDTHS = [130, 200, 60, 320, 420, 200, 110, 140, 220, 220, 160];
/**
 * The columns every row fills: all but «Отмена», which only the sidebar's rows fill. A Журнал made
 * before «Отмена» existed is this wide, and is widened by the first sidebar row written to it.
 */
export const JOURNAL_CORE_WIDTH = JOURNAL_HEADERS.length - 1;
/** The human columns (A–E) and the hidden ones after them. */
export const JOURNAL_VISIBLE = 5;

/** The layout of Журнал tabs written before issue 16, still read (a spreadsheet in use has it). */
export const OLD_JOURNAL_HEADERS = [
  JOURNAL_HEADERS[0],
  JOURNAL_HEADERS[5],
  JOURNAL_HEADERS[6],
  JOURNAL_HEADERS[7],
  JOURNAL_HEADERS[8],
  JOURNAL_HEADERS[9],
] as const;

/** The field name used for reminder ledger rows; `Стало` holds the ledger key. */
export const LEDGER_FIELD = 'напоминание';

export interface JournalRow {
  /** ISO instant, e.g. 2021-01-11T09:00:00.000Z. Written as text, so it reads the same in every zone. */
  time: string;
  /** The account (address) that did it: what the add-on compares. */
  user: string;
  activityId: string;
  field: string;
  oldValue: string;
  newValue: string;
  /** Who, as a person reads it (the ФИО); without it, the name part of `user`. */
  who?: string | null;
  /** The activity's № and title, for the reader (the ID stays the key). */
  number?: string | null;
  title?: string | null;
  /** What happened in words; without it, worded from the field and the values. */
  what?: string | null;
  /** «Отмена»: what undoing a sidebar change needs (JSON, src/core/sidebar/undo-history.ts). */
  undo?: string | null;
}

/** Each kind of letter, Russian and English; a reminder's words after «напоминание: », "reminder: ". */
const REMINDER_WORDS: Record<string, [string, string]> = {
  soon: ['срок скоро', 'due soon'],
  due: ['срок сегодня', 'due today'],
  overdue: ['срок прошёл', 'overdue'],
  start: ['мероприятие начинается', 'the activity starts'],
};
const OTHER_LETTERS: Record<string, [string, string]> = {
  escalation: ['координатору: мероприятие просрочено', 'to the coordinator: the activity is overdue'],
  'no-recipient': ['координатору: у мероприятия нет адресата', 'to the coordinator: the activity reaches nobody'],
  weekly: ['еженедельная сводка', 'weekly summary'],
  quota: ['не все напоминания отправлены: дневной лимит писем', 'not all reminders sent: the daily e-mail limit'],
};

/** A ledger key `${activity}|${email}|${kind}|${period}|${step}` in words; `to`: the recipient's name. */
export function ledgerWords(key: string, to?: string | null, lang: Language = 'ru'): string {
  const say = sayIn(lang);
  const [, email, kind, period] = key.split('|');
  const reminder = say('напоминание', 'reminder');
  const what = OTHER_LETTERS[kind]
    ? say(...OTHER_LETTERS[kind])
    : `${reminder}${REMINDER_WORDS[kind] ? `: ${say(...REMINDER_WORDS[kind])}` : ''}`;
  const of = period && period !== 'once' && period !== '*' ? ` (${say('период', 'period')} ${period})` : '';
  const whom = to || (email && email !== '*' ? nameFromAddress(email) : '');
  return `${say('Отправлено письмо', 'E-mail sent')} — ${what}${of}${whom ? `, ${say('кому', 'to')}: ${whom}` : ''}`;
}

/**
 * The words of the hidden «Поле» in English: the field is the machine's (undo and the ledger find
 * their rows by it, so it is written in Russian in every document, as it always was); only
 * «Что произошло» is worded in the document's language.
 */
const FIELD_WORDS: Record<string, string> = {
  Статус: 'Status',
  'боковая панель': 'sidebar',
  отмена: 'undo',
  'отмечено из письма': 'marked from an e-mail',
  'отмена отметки из письма': 'e-mail mark undone',
  исправление: 'correction',
  'отправитель напоминаний': 'reminder sender',
};

const fieldIn = (field: string, lang: Language) =>
  lang === 'en' ? field.replace(/[\p{L} ]*\p{L}/gu, (w) => FIELD_WORDS[w] ?? w) : field;

/** «Было»/«Стало» as shown: a status («Выполнено — комментарий») in the document's language, anything else as it is. */
function shown(v: string, lang: Language): string {
  if (lang === 'en')
    for (const l of Object.values(STATUS_LABELS))
      if (v === l.ru || v.startsWith(`${l.ru} — `)) v = l.en + v.slice(l.ru.length);
  return v.trim() ? `«${v}»` : sayIn(lang)('пусто', 'empty');
}

/**
 * What happened, in words, for the «Что произошло» column — in the document's language, beside
 * the hidden «Поле», «Было», «Стало» the add-on reads back, which keep their Russian form.
 */
export function journalWhat(r: JournalRow, lang: Language = 'ru'): string {
  if (r.what) return r.what;
  if (r.field === LEDGER_FIELD) return ledgerWords(r.newValue, null, lang);
  const field = fieldIn(r.field, lang);
  if (!r.oldValue && !r.newValue) return field;
  if (!r.oldValue) return `${field}: ${r.newValue}`;
  return `${field}: ${shown(r.oldValue, lang)} → ${shown(r.newValue, lang)}`;
}

export function journalRowCells(r: JournalRow, lang: Language = 'ru'): CellOut[] {
  return [
    r.time,
    r.who || (r.user.includes('@') ? nameFromAddress(r.user) : r.user),
    r.number ?? '',
    r.title ?? '',
    journalWhat(r, lang),
    r.user,
    r.activityId,
    r.field,
    r.oldValue,
    r.newValue,
    // Only a row that has one is written that wide (see JOURNAL_CORE_WIDTH).
    ...(r.undo ? [r.undo] : []),
  ];
}

/**
 * The rows of a Журнал tab, either layout: the columns are found by their headers (the old tab had
 * «Пользователь» second and no human columns), so an old journal keeps its ledger and its undo history.
 */
export function journalFromValues(values: readonly (readonly unknown[])[]): JournalRow[] {
  const header = (values[0] ?? []).map((h) => String(h ?? '').trim());
  const at = (name: string, fallback: number) => {
    const i = header.indexOf(name);
    return i >= 0 ? i : fallback;
  };
  const undo = header.indexOf('Отмена');
  // Found by the old layout's names (which the new layout keeps): either layout reads.
  const [time, user, activityId, field, oldValue, newValue] = OLD_JOURNAL_HEADERS.map((h, i) => at(h, i));
  const col = { time, user, activityId, field, oldValue, newValue };
  return values
    .slice(1)
    .filter((r) => r.some((c) => String(c ?? '').trim()))
    .map((r) => ({
      time: String(r[col.time] ?? ''),
      user: String(r[col.user] ?? ''),
      activityId: String(r[col.activityId] ?? ''),
      field: String(r[col.field] ?? ''),
      oldValue: String(r[col.oldValue] ?? ''),
      newValue: String(r[col.newValue] ?? ''),
      ...(undo >= 0 && String(r[undo] ?? '') ? { undo: String(r[undo]) } : {}),
    }));
}

/** Ledger keys already recorded (reminders sent). */
export function ledgerFromJournal(rows: readonly JournalRow[]): Set<string> {
  return new Set(rows.filter((r) => r.field === LEDGER_FIELD).map((r) => r.newValue));
}

/** The field of the rows that record a write put right after rows moved under it. */
export const CORRECTION_FIELD = 'Статус (исправление)';

/**
 * Журнал rows for a write that had to be put right (src/core/tracking/bound-write.ts): each row
 * that took cells meant for another activity and was put back, and each activity whose change
 * could not be saved (`field` is that change's own field; its first row already claimed it).
 */
export function correctionRows(
  fixes: readonly { intent: string; misplaced: { row: number; id: string } }[],
  failed: readonly { id: string }[],
  user: string,
  field: string,
  time: string,
  lang: Language = 'ru',
): JournalRow[] {
  // The hidden «Было»/«Стало» keep their Russian words in every document (as the other rows'); the
  // «Что произошло» column says it in the document's language.
  const say = sayIn(lang);
  const moved = say('строки плана сдвинули во время записи', "the plan's rows were moved during the write");
  return [
    ...fixes.map((f) => ({
      time,
      user,
      activityId: f.misplaced.id || `строка ${f.misplaced.row}`,
      field: CORRECTION_FIELD,
      oldValue: `сюда попала запись для ${f.intent}: строки плана сдвинули во время записи`,
      newValue: 'возвращено как было',
      what: `${fieldIn(CORRECTION_FIELD, lang)}: ${say(`сюда попала запись для ${f.intent}`, `a write meant for ${f.intent} landed here`)} (${moved}); ${say('возвращено как было', 'put back as it was')}`,
    })),
    ...failed.map((f) => ({
      time,
      user,
      activityId: f.id,
      field,
      oldValue: '',
      newValue: 'не сохранено: строки плана сдвинули во время записи',
      what: `${fieldIn(field, lang)}: ${say('не сохранено', 'not saved')} (${moved})`,
    })),
  ];
}
