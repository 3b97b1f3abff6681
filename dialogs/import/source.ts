/**
 * The dialog's inputs turned into a plan, all in the browser: pasted text, a .txt file, or a .docx
 * read with the core reader (nothing but the finished plan crosses google.script.run). Failures are
 * UserErrors with a Russian message; nothing is sent to the server for bad input.
 */
import { pickPlanTables } from '../../src/core/docx/pick';
import { DOCX_LIMITS, readDocx } from '../../src/core/docx/read';
import { UserError } from '../../src/core/errors';
import { buildPlan } from '../../src/core/plan/build';
import { keepLeftovers } from '../../src/core/plan/import-docx';
import { importText } from '../../src/core/plan/import-text';
import type { PlanImport } from '../../src/core/plan/types';
import type { SourceDocument } from '../../src/core/table/source';
import { texts } from './i18n';

export const MAX_FILE_MB = DOCX_LIMITS.maxFileBytes / (1024 * 1024);

const ru = texts('ru');
const en = texts('en');

export function planFromText(text: string): PlanImport {
  if (!text.trim()) throw new UserError('empty', ru.empty, en.empty);
  return importText(text);
}

/** Checked on `file.size` before a single byte is read: a huge file must not stall the dialog. */
export function checkSize(size: number): void {
  if (size <= DOCX_LIMITS.maxFileBytes) return;
  const mb = (size / (1024 * 1024)).toFixed(1);
  throw new UserError('docx-too-big', ru.tooBig(mb.replace('.', ','), MAX_FILE_MB), en.tooBig(mb, MAX_FILE_MB));
}

/** A plain-text file (a table saved as .txt/.tsv) goes through the text reader; everything else is a .docx candidate. */
export function isTextFile(file: { name: string; type: string }): boolean {
  return /\.(txt|tsv|csv)$/i.test(file.name) || file.type === 'text/plain';
}

export function readDocxBytes(bytes: Uint8Array): SourceDocument {
  return readDocx(bytes);
}

/** The plan from a read .docx; `index` is the user's choice of table (undefined: automatic). */
export function planFromDoc(doc: SourceDocument, index?: number): PlanImport {
  return keepLeftovers(buildPlan(pickPlanTables(doc, index)), doc);
}

export interface TableChoice {
  /** 0-based index into the document's tables (what pickPlanTables takes). */
  index: number;
  rows: number;
  /** The first non-empty row's text, shortened: enough to recognise the table. */
  first: string;
}

export function tableChoices(doc: SourceDocument): TableChoice[] {
  return doc.tables.map((tbl, index) => {
    const row = tbl.rows.find((r) => r.cells.some((c) => c.text.trim()));
    const text = row
      ? row.cells
          .map((c) => c.text.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join(' | ')
      : '';
    return { index, rows: tbl.rows.length, first: text.length > 70 ? `${text.slice(0, 69)}…` : text };
  });
}

/** Which table the automatic pick started from: its first row's cells are carried over unchanged. */
export function autoTableIndex(doc: SourceDocument): number {
  if (doc.tables.length <= 1) return 0;
  const first = pickPlanTables(doc).tables[0]?.rows[0]?.cells;
  const i = doc.tables.findIndex((t) => t.rows[0]?.cells === first);
  return Math.max(0, i);
}
