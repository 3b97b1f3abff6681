/**
 * A spreadsheet holds at most 10 million cells, counted over every tab's grid (rows × columns,
 * empty cells included): Google Drive help, "Files you can store in Google Drive" → spreadsheets
 * (support.google.com/drive/answer/37603; raised from 5 million in March 2022). Past it, adding a
 * tab fails. An import adds a tab and keeps the old one as its backup copy, so it is checked first.
 */
import { thousands } from './import-size';

export const SPREADSHEET_CELL_LIMIT = 10_000_000;

export interface GridSize {
  rows: number;
  columns: number;
}

const cells = (g: GridSize) => Math.max(0, g.rows) * Math.max(0, g.columns);

/** A Russian message (English second) when adding `added` would pass the limit, else null. */
export function cellLimitProblem(
  existing: readonly GridSize[],
  added: readonly GridSize[],
): { ru: string; en: string } | null {
  const now = existing.reduce((n, g) => n + cells(g), 0);
  const more = added.reduce((n, g) => n + cells(g), 0);
  if (now + more <= SPREADSHEET_CELL_LIMIT) return null;
  return {
    ru: `В таблице уже ${thousands(now)} ячеек, импорт добавит ещё ${thousands(more)}, а Google Таблицы вмещают не больше ${thousands(SPREADSHEET_CELL_LIMIT)} ячеек на файл. Ничего не изменено. Удалите ненужные вкладки (например, старые копии «План (до импорта …)») или лишние пустые строки и столбцы и повторите.`,
    en: `The spreadsheet has ${now} cells, the import would add ${more}, and a spreadsheet holds at most ${SPREADSHEET_CELL_LIMIT}. Nothing was changed: delete unused tabs (old plan copies) or empty rows and columns, then retry.`,
  };
}

/** A cell holds at most 50,000 characters (the Sheets API refuses longer text in one cell). */
export const CELL_TEXT_LIMIT = 50_000;
