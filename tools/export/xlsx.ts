/**
 * "Скачать .xlsx": the emulated workbook as an Excel file (values, colours, bold, column widths,
 * frozen rows, hidden columns, notes) with exceljs, so a person without a Google account can open
 * what the add-on produced in LibreOffice or Excel.
 */
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../emulator';

const argb = (hex: string | null | undefined) =>
  hex ? `FF${hex.replace('#', '').toUpperCase().padStart(6, '0')}` : undefined;

/** Sheets' pixel widths to Excel's character widths (≈ 7 px per character at the default font). */
const toChars = (px: number) => Math.max(4, Math.round(px / 7));

export async function workbookToXlsx(snap: WorkbookSnapshot): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'План-график';
  for (const s of snap.sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), {
      views: s.frozenRows ? [{ state: 'frozen', ySplit: s.frozenRows }] : undefined,
      properties: s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : undefined,
    });
    const rows = s.values;
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        const cell = row.getCell(j + 1);
        const shown = s.displayValues[i]?.[j] ?? '';
        // Dates and numbers go in as they show (дд.мм.гггг), so the file reads like the sheet.
        cell.value = typeof v === 'number' && shown !== String(v) ? shown : (v as ExcelJS.CellValue);
        const bg = s.backgrounds?.[i]?.[j];
        if (bg && bg.toLowerCase() !== '#ffffff')
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(bg) } };
        const bold = s.fontWeights?.[i]?.[j] === 'bold';
        const fc = s.fontColors?.[i]?.[j];
        if (bold || (fc && fc !== '#000000')) cell.font = { bold, color: fc ? { argb: argb(fc) } : undefined };
        const note = s.notes?.[i]?.[j];
        if (note) cell.note = note;
        cell.alignment = { vertical: 'top', wrapText: typeof v === 'string' && v.length > 40 };
      });
    });
    (s.columnWidths ?? []).forEach((w, j) => {
      const col = ws.getColumn(j + 1);
      col.width = toChars(w);
      if (s.hiddenColumns?.[j]) col.hidden = true;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
