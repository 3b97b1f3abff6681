/**
 * The scan of issue 16's "Done when": the words of the other language in an interface's text.
 * The plan's own data is taken out first (a Russian plan stays Russian in an English document),
 * then e-mail addresses and links (names, not words); what is left must be the page's language.
 *
 * Allowed, and why:
 * - in English: the workbook's own names, which stay Russian in every document because the add-on
 *   finds its tabs and columns by them (src/core/workbook/schema.ts: «План», «Сотрудники», «Журнал»
 *   and the column headers; a re-import's undo copy «План (до импорта …)»), the menu, which onOpen builds before any setting can be read
 *   (src/gas/menu.ts), and the add-on's name «План-график»;
 * - in Russian: the names of formats, products and keys a Russian text writes in Latin letters —
 *   .docx/.doc/.txt/.tsv, Word, Google, Ctrl+V / Ctrl+Enter, and the calendar feed's URL, iCal,
 *   .ics and Outlook.
 */
import type { Language } from '../../src/core/language';
import {
  JOURNAL_SHEET_NAME,
  PLAN_COLUMNS,
  PLAN_SHEET_NAME,
  STAFF_COLUMNS,
  STAFF_SHEET_NAME,
} from '../../src/core/workbook/schema';
import { MENU } from '../../src/gas/menu';
import { APP_TITLE } from '../../src/gas/ui';

const menuCaptions = (): string[] =>
  MENU.flatMap((e) =>
    e === 'separator' ? [] : 'items' in e ? [e.caption, ...e.items.map((i) => i.caption)] : [e.caption],
  );

/** Russian names an English interface may quote (longest first, so a longer name is taken out whole). */
export const RUSSIAN_NAMES: readonly string[] = [
  APP_TITLE,
  PLAN_SHEET_NAME,
  STAFF_SHEET_NAME,
  JOURNAL_SHEET_NAME,
  ...PLAN_COLUMNS.map((c) => c.headers[0]),
  ...STAFF_COLUMNS.map((c) => c.headers[0]),
  ...menuCaptions(),
].sort((a, b) => b.length - a.length);

/** Latin words a Russian interface writes as they are (lower case). */
export const LATIN_IN_RUSSIAN: ReadonlySet<string> = new Set([
  'docx',
  'doc',
  'txt',
  'tsv',
  'word',
  'google',
  'ctrl',
  'enter',
  // The calendar block of the e-mail link's page: the feed's format and the calendars it names.
  'url',
  'ical',
  'ics',
  'outlook',
]);

const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` without the data strings (whole occurrences), addresses and links. */
export function withoutData(text: string, data: Iterable<string>): string {
  let t = text;
  const list = [...new Set([...data].map((d) => d.trim()).filter((d) => d.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  for (const d of list) t = t.split(d).join(' ');
  return t.replace(/https?:\/\/\S+/g, ' ').replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ');
}

/** The words of the other language left in `text` once the data is out. */
export function foreignWords(text: string, lang: Language, data: Iterable<string> = []): string[] {
  let t = withoutData(text, data);
  if (lang === 'en') {
    // The undo copy of a re-import is a tab too, found again by its name (src/core/sheet/undo-copies.ts).
    t = t.replace(/План \(до импорта [\d.: ]+\)/g, ' ');
    for (const n of RUSSIAN_NAMES) t = t.replace(new RegExp(asPattern(n), 'g'), ' ');
    return [...new Set(t.match(/[А-Яа-яЁё][А-Яа-яЁё-]*/g) ?? [])];
  }
  const words = t.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  // One letter is a variable or a key (N days, Ctrl+V), not a word.
  return [...new Set(words.filter((w) => w.length > 1 && !LATIN_IN_RUSSIAN.has(w.toLowerCase())))];
}
