/**
 * What the .docx reader accepts, and what it says when a file goes past it.
 *
 * A .docx is a zip of XML: a few kilobytes can declare a cell spanning a million columns, a list
 * numbered from 10^15 or tables nested thousands deep. Every count the reader trusts is bounded
 * here. Two kinds of answer (see docs/docx.md, «Пределы чтения»):
 *
 * - a value merely out of range in an otherwise readable file (a gridSpan wider than the grid, a
 *   list starting at 10^15) is CLAMPED and reported as a warning — a real user's odd file imports;
 * - a file whose size or shape cannot be read safely (too deep, too many rows or characters) is
 *   REFUSED with a UserError naming the limit, before the reader builds anything large.
 *
 * The limits sit one to two orders of magnitude above the largest real plans we have read
 * (182,000 XML nodes, nesting depth 17, 276 rows, 4,434 paragraphs in a 20-table document).
 */

import { UserError } from '../errors';
import { shorten } from '../shorten';

export const DOCX_LIMITS = {
  /** The largest file accepted (a plan with pictures is rarely over 2 MB). */
  maxFileBytes: 10 * 1024 * 1024,
  /** The largest total unpacked size of the parts read (document, numbering, styles). */
  maxUnpackedBytes: 50 * 1024 * 1024,
  /** XML elements nested in one another (real documents: under 20). */
  maxDepth: 256,
  /**
   * XML elements, attributes and text pieces in all parts read (real documents: about 70 per KB of
   * XML, 182,000 in the largest we have read; this is about 14 MB of Word's XML, ~100 MB of memory).
   */
  maxXmlNodes: 1_000_000,
  /** Tables in the body (nested tables are part of their cell). */
  maxTables: 1_000,
  /** Rows in all tables together; the import itself takes at most 20,000 activities. */
  maxRows: 20_000,
  /**
   * Columns of a table: Word itself will not open a table of more than 63 columns
   * (docs.devexpress.com/OfficeFileAPI/…/Table.IsWordCompatible).
   */
  maxColumns: 63,
  /** Non-empty lines of text (a paragraph, or a line after a line break), in and out of tables. */
  maxParagraphs: 100_000,
  /** Characters in one cell, or one paragraph outside the tables (the import's longest text field). */
  maxCellChars: 50_000,
  /** Characters of text in the whole document. */
  maxTextChars: 5_000_000,
  /** Numbering values (w:start, w:startOverride) are clamped to 0 … this. */
  maxNumber: 32_767,
  /** Numbering levels are 0 … 8 (Word has nine); other levels are ignored. */
  maxLevel: 8,
  /** A number label longer than this is cut (Word itself allows 31 characters). */
  maxLabelChars: 255,
};

export type DocxLimits = typeof DOCX_LIMITS;

/** A value the reader changed to read the file: shown with the preview, never silently. */
export interface ReadWarning {
  code: string;
  /** Russian. */
  message: string;
  en: string;
}

/** 1 000 000 (thin spaces are not used: the dialog's fonts may lack them). */
const group = (n: number, by: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, by);
export const thousands = (n: number) => group(n, ' ');
const thousandsEn = (n: number) => group(n, ',');

/** An attribute value as written, shortened for a message (`999…` of 400 digits). */
export const shown = (raw: string) => shorten(raw, 20);

const FIX_RU = 'Оставьте в файле только таблицу плана (Word: скопируйте её в новый документ) или вставьте её текстом.';
const FIX_EN = 'Keep only the plan table in the file (in Word, copy it into a new document) or paste it as text.';

function refused(code: string, ru: string, en: string): UserError {
  return new UserError(code, `${ru} ${FIX_RU}`, `${en} ${FIX_EN}`);
}

/** «В документе больше N …, а импорт читает не больше N.» */
const tooMany = (code: string, ru: string, en: string) => (limit: number) =>
  refused(
    code,
    `В документе больше ${thousands(limit)} ${ru}, а импорт читает не больше ${thousands(limit)}.`,
    `The document has more than ${thousandsEn(limit)} ${en}; the import reads at most ${thousandsEn(limit)}.`,
  );

export const limitErrors = {
  tooDeep: (part: string, limit: number) =>
    refused(
      'docx-too-deep',
      `Файл .docx устроен слишком сложно: в части ${part} элементы вложены глубже ${limit} уровней (в обычном документе — меньше 20).`,
      `The .docx file is too complex: elements in part ${part} are nested deeper than ${limit} levels (ordinary documents: under 20).`,
    ),
  tooManyNodes: (part: string, limit: number) =>
    refused(
      'docx-too-many-nodes',
      `Файл .docx слишком велик: в его разметке (часть ${part}) больше ${thousands(limit)} элементов — больше, чем в документе на сотни страниц.`,
      `The .docx file is too large: its markup (part ${part}) has more than ${thousandsEn(limit)} elements, more than a document of hundreds of pages.`,
    ),
  tooManyTables: tooMany('docx-too-many-tables', 'таблиц', 'tables'),
  tooManyRows: tooMany('docx-too-many-rows', 'строк в таблицах', 'table rows'),
  tooManyParagraphs: tooMany('docx-too-many-paragraphs', 'абзацев и строк', 'paragraphs and lines'),
  tooMuchText: tooMany('docx-too-much-text', 'знаков текста', 'characters'),
  tooWide: (table: number, row: number, limit: number) =>
    refused(
      'docx-too-wide',
      `Таблица ${table}, строка ${row}: в строке больше ${limit} столбцов — больше, чем бывает в таблице Word.`,
      `Table ${table}, row ${row}: the row has more than ${limit} columns, more than a Word table has.`,
    ),
  cellTooLong: (table: number, row: number, column: number, limit: number) =>
    new UserError(
      'docx-cell-too-long',
      `Таблица ${table}, строка ${row}, столбец ${column}: в ячейке больше ${thousands(limit)} знаков, а импорт читает не больше ${thousands(limit)}. Сократите текст ячейки или разделите его на несколько строк.`,
      `Table ${table}, row ${row}, column ${column}: the cell has more than ${thousandsEn(limit)} characters; the import reads at most ${thousandsEn(limit)}. Shorten the cell or split it over several rows.`,
    ),
  paragraphTooLong: (start: string, limit: number) =>
    new UserError(
      'docx-paragraph-too-long',
      `Абзац вне таблицы («${start}…») длиннее ${thousands(limit)} знаков, а импорт читает не больше ${thousands(limit)}. Сократите его или разбейте на несколько абзацев.`,
      `A paragraph outside the tables ("${start}…") is longer than ${thousandsEn(limit)} characters; the import reads at most ${thousandsEn(limit)}. Shorten it or split it into several paragraphs.`,
    ),
};

/** The counters of one read: each `add…` throws the limit's UserError when it is passed. */
export interface ReadBudget {
  readonly limits: DocxLimits;
  readonly warnings: ReadWarning[];
  table(): void;
  row(): void;
  lines(n: number): void;
  text(chars: number): void;
  /** Records a warning; repeats of one code are counted into the first one's message. */
  warn(w: ReadWarning): void;
}

export function createBudget(limits: DocxLimits = DOCX_LIMITS): ReadBudget {
  let tables = 0;
  let rows = 0;
  let lines = 0;
  let chars = 0;
  const warnings: ReadWarning[] = [];
  const first = new Map<string, { w: ReadWarning; ru: string; en: string; more: number }>();
  return {
    limits,
    warnings,
    table() {
      if (++tables > limits.maxTables) throw limitErrors.tooManyTables(limits.maxTables);
    },
    row() {
      if (++rows > limits.maxRows) throw limitErrors.tooManyRows(limits.maxRows);
    },
    lines(n) {
      lines += n;
      if (lines > limits.maxParagraphs) throw limitErrors.tooManyParagraphs(limits.maxParagraphs);
    },
    text(n) {
      chars += n;
      if (chars > limits.maxTextChars) throw limitErrors.tooMuchText(limits.maxTextChars);
    },
    warn(w) {
      const seen = first.get(w.code);
      if (!seen) {
        const copy = { ...w };
        first.set(w.code, { w: copy, ru: w.message, en: w.en, more: 0 });
        warnings.push(copy);
        return;
      }
      seen.more++;
      const place = seen.more % 10 === 1 && seen.more % 100 !== 11 ? 'месте' : 'местах';
      seen.w.message = `${seen.ru} (то же ещё в ${thousands(seen.more)} ${place})`;
      seen.w.en = `${seen.en} (and ${thousandsEn(seen.more)} more)`;
    },
  };
}
