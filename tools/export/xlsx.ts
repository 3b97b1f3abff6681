/**
 * "Скачать .xlsx": the emulated workbook as an Excel file with exceljs, so a person without a
 * Google account can open what the add-on produced in LibreOffice or Excel and see it as Sheets
 * shows it: values with their number formats (dates as дд.мм.гггг, percentages), backgrounds,
 * font colours, bold and italics, wrapping, column widths, frozen rows and columns, hidden
 * columns, rows and sheets, tab colours, merged cells, notes, drop-down lists, and the
 * conditional formatting rules (the План tab's overdue / this week / done colours), which Excel
 * evaluates itself. Charts are not written: exceljs cannot write them.
 */
import ExcelJS from 'exceljs';
import type { SheetSnapshot, WorkbookSnapshot } from '../emulator';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase().padStart(6, '0')}`;
const isWhite = (hex: string | null | undefined) => !hex || /^#?f{6}$/i.test(hex);
const isBlack = (hex: string | null | undefined) => !hex || /^#?0{6}$/i.test(hex);

/** Sheets' pixel widths to Excel's character widths (a character of the default font ≈ 7 px). */
export const pxToChars = (px: number) => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);

/**
 * Excel refuses `* ? : \ / [ ]` in sheet names and more than 31 characters; Sheets allows them
 * («Отчёт: Сводка»). The colon becomes " -", the rest "_", and names stay unique.
 */
export function xlsxSheetName(name: string, taken: Set<string> = new Set()): string {
  const base =
    name
      .replace(/\s*:\s*/g, ' - ')
      .replace(/[*?\\/[\]]/g, '_')
      .replace(/^'|'$/g, '_')
      .slice(0, 31)
      .trim() || 'Лист';
  let out = base;
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === out.toLowerCase()); n++)
    out = `${base.slice(0, 31 - String(n).length - 1)}~${n}`;
  taken.add(out);
  return out;
}

/** Sheets number formats that Excel reads differently; everything else is the same pattern. */
function excelFormat(fmt: string | null | undefined): string | undefined {
  if (!fmt || fmt === 'General') return undefined;
  return fmt;
}

const HALIGN: Partial<Record<string, ExcelJS.Alignment['horizontal']>> = {
  left: 'left',
  center: 'center',
  right: 'right',
};

function writeCells(ws: ExcelJS.Worksheet, s: SheetSnapshot): void {
  s.values.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      const cell = row.getCell(j + 1);
      const fmt = s.numberFormats?.[i]?.[j];
      // Values go in raw with their format, so Excel shows what Sheets showed (15.01.2020, 25%)
      // and dates stay dates: sortable, filterable. Text formatted '@' stays text.
      if (v !== '' && v !== null && v !== undefined) cell.value = v as ExcelJS.CellValue;
      const nf = excelFormat(fmt);
      if (nf) cell.numFmt = nf;
      const bg = s.backgrounds?.[i]?.[j];
      if (!isWhite(bg)) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(bg as string) } };
      const bold = s.fontWeights?.[i]?.[j] === 'bold';
      const italic = s.fontStyles?.[i]?.[j] === 'italic';
      const fc = s.fontColors?.[i]?.[j];
      // Arial 10 is what a new Google sheet uses; Excel's Calibri 11 would change every width.
      cell.font = {
        name: 'Arial',
        size: 10,
        ...(bold ? { bold } : {}),
        ...(italic ? { italic } : {}),
        ...(!isBlack(fc) ? { color: { argb: argb(fc as string) } } : {}),
      };
      const wrap = s.wraps?.[i]?.[j] === 'WRAP';
      const h = HALIGN[String(s.horizontalAlignments?.[i]?.[j] ?? 'normal').toLowerCase()];
      if (wrap || h)
        cell.alignment = { vertical: 'bottom', ...(wrap ? { wrapText: true } : {}), ...(h ? { horizontal: h } : {}) };
      const note = s.notes?.[i]?.[j];
      if (note) cell.note = note;
      const dv = s.dataValidations?.[i]?.[j];
      // A list longer than Excel's 255-character formula limit is left out rather than cut.
      if (dv?.type === 'VALUE_IN_LIST') {
        const list = `"${dv.values.map((x) => String(x).replace(/"/g, '""')).join(',')}"`;
        if (list.length <= 255)
          cell.dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [list],
            showErrorMessage: !dv.allowInvalid,
            errorStyle: dv.allowInvalid ? 'warning' : 'stop',
            ...(dv.helpText ? { prompt: dv.helpText, showInputMessage: true } : {}),
          };
      }
    });
  });
}

/** Sheets' custom-formula rules as Excel expression rules: same formula, same anchor cell. */
function writeConditionalFormats(ws: ExcelJS.Worksheet, s: SheetSnapshot): void {
  let priority = 1;
  for (const rule of s.conditionalFormatRules ?? []) {
    if (rule.type !== 'CUSTOM_FORMULA') continue;
    const formula = String(rule.values[0] ?? '').replace(/^=/, '');
    const style: Partial<ExcelJS.Style> = {};
    if (rule.format.background)
      style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.format.background) } };
    if (rule.format.fontColor || rule.format.bold || rule.format.italic)
      style.font = {
        ...(rule.format.fontColor ? { color: { argb: argb(rule.format.fontColor) } } : {}),
        ...(rule.format.bold ? { bold: true } : {}),
        ...(rule.format.italic ? { italic: true } : {}),
      };
    for (const range of rule.ranges)
      ws.addConditionalFormatting({
        ref: range.replace(/^.*!/, ''),
        // Sheets applies the first matching rule; in Excel the rule of higher priority wins a
        // conflicting format, so keeping the order keeps the colour.
        rules: [{ type: 'expression', formulae: [formula], style, priority: priority++ }],
      });
  }
}

/** Pixels of sheet one landscape A4 page takes at the smallest still-legible scale (≈ 65 %). */
const PAGE_PX = 1600;

export function pagesAcross(s: SheetSnapshot): number {
  const px = (s.columnWidths ?? []).slice(0, s.columns).reduce((sum, w, j) => sum + (s.hiddenColumns?.[j] ? 0 : w), 0);
  return Math.max(1, Math.ceil(px / PAGE_PX));
}

export async function workbookToXlsx(snap: WorkbookSnapshot): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'План-график';
  const taken = new Set<string>();
  for (const s of snap.sheets) {
    const frozen = s.frozenRows || s.frozenColumns;
    const ws = wb.addWorksheet(xlsxSheetName(s.name, taken), {
      views: frozen
        ? [{ state: 'frozen', xSplit: s.frozenColumns || 0, ySplit: s.frozenRows || 0, activeCell: 'A1' }]
        : undefined,
      properties: s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : undefined,
      state: s.hidden ? 'hidden' : 'visible',
      // Printed or turned into PDF, a wide plan is only readable landscape, fitted to as few
      // pages across as keep the text legible, with gridlines and the frozen header repeated.
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: pagesAcross(s),
        fitToHeight: 0,
        showGridLines: true,
        ...(s.frozenRows ? { printTitlesRow: `1:${s.frozenRows}` } : {}),
      },
    });
    writeCells(ws, s);
    (s.columnWidths ?? []).forEach((w, j) => {
      const col = ws.getColumn(j + 1);
      col.width = pxToChars(w);
      if (s.hiddenColumns?.[j]) col.hidden = true;
    });
    (s.hiddenRows ?? []).forEach((h, i) => {
      if (h) ws.getRow(i + 1).hidden = true;
    });
    for (const m of s.merges ?? []) ws.mergeCells(m.replace(/^.*!/, ''));
    writeConditionalFormats(ws, s);
  }
  if (snap.activeSheet) {
    const idx = snap.sheets.findIndex((s) => s.name === snap.activeSheet);
    if (idx >= 0 && !snap.sheets[idx].hidden) wb.views = [{ activeTab: idx } as ExcelJS.WorkbookView];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
