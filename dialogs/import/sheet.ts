/**
 * The dialog opened by «Распознать таблицу на этом листе»: the menu puts the sheet's name in a
 * <meta> of the page (src/gas/convert-sheet.ts), the dialog asks the server for the sheet's
 * displayed text and reads it here like a pasted table — with the same preview and column roles.
 */
import { gridToDocument } from '../../src/core/table/sheet-grid';
import type { SourceDocument } from '../../src/core/table/source';
import { importSheetSource } from './api';

/** Must match SHEET_META in src/gas/convert-sheet.ts (a test checks the built pair). */
export const SHEET_META = 'plan-grafik-sheet';

/** The sheet this dialog was opened on, or null for a plain «Импорт плана…». */
export function sheetOfPage(doc: Document = document): string | null {
  return doc.querySelector(`meta[name="${SHEET_META}"]`)?.getAttribute('content') || null;
}

export async function readSheet(name: string): Promise<{ name: string; doc: SourceDocument }> {
  const r = await importSheetSource(name);
  return { name: r.sheet, doc: gridToDocument(r.values) };
}
