/**
 * "Скачать .xlsx": the emulated workbook as an Excel file with exceljs, so a person without a
 * Google account can open what the add-on produced in LibreOffice or Excel and see it as Sheets
 * shows it: values with their number formats (dates as дд.мм.гггг, percentages), backgrounds,
 * font colours, bold and italics, wrapping, column widths, frozen rows and columns, hidden
 * columns, rows and sheets, tab colours, merged cells, notes, drop-down lists, and the
 * conditional formatting rules (the План tab's overdue / this week / done colours) as OOXML rules
 * that Excel and LibreOffice evaluate themselves, and row heights that fit wrapped text. Charts are
 * not written: exceljs cannot write them.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetSnapshot, WorkbookSnapshot } from '../emulator';
import { ooxmlFormula } from './ooxml-formula';
import { LINE_PT, rowHeightsPt } from './row-heights';

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

export interface XlsxOptions {
  /**
   * The day TODAY() means in the conditional-format rules (YYYY-MM-DD). The playground passes its
   * clock's day, so the file is coloured as the page is; without it, the application that opens
   * the file colours by the real calendar, as a live sheet would.
   */
  today?: string;
}

type RuleFormat = SheetSnapshot['conditionalFormatRules'][number]['format'];
const formatKeys = (f: RuleFormat) =>
  (['background', 'fontColor', 'bold', 'italic'] as const).filter(
    (k) => f[k] !== null && f[k] !== undefined && f[k] !== false,
  );

/**
 * Sheets' custom-formula rules as OOXML expression rules, in the invariant formula syntax, each
 * over all its ranges at once (a formula's relative references count from the first range's
 * first cell, in Sheets and in OOXML alike). Sheets paints a cell with the FIRST rule that matches;
 * Excel and LibreOffice let a higher-priority rule win only the properties both rules set, so a
 * rule that sets a property an earlier rule leaves alone also requires the earlier rule not to match.
 */
function writeConditionalFormats(ws: ExcelJS.Worksheet, s: SheetSnapshot, locale: string, opts: XlsxOptions): void {
  const rules = (s.conditionalFormatRules ?? []).filter((r) => r.type === 'CUSTOM_FORMULA');
  const formulas = rules.map((r) => ooxmlFormula(String(r.values[0] ?? ''), { locale, today: opts.today }));
  rules.forEach((rule, k) => {
    const own = formatKeys(rule.format);
    const earlier = formulas.filter((_, j) => j < k && own.some((key) => !formatKeys(rules[j].format).includes(key)));
    const formula = earlier.length
      ? `AND(${[...earlier.map((f) => `NOT(${f})`), formulas[k]].join(',')})`
      : formulas[k];
    const style: Partial<ExcelJS.Style> = {};
    if (rule.format.background)
      style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.format.background) } };
    if (rule.format.fontColor || rule.format.bold || rule.format.italic)
      style.font = {
        ...(rule.format.fontColor ? { color: { argb: argb(rule.format.fontColor) } } : {}),
        ...(rule.format.bold ? { bold: true } : {}),
        ...(rule.format.italic ? { italic: true } : {}),
      };
    ws.addConditionalFormatting({
      ref: rule.ranges.map((r) => r.replace(/^.*!/, '')).join(' '),
      rules: [{ type: 'expression', formulae: [formula], style, priority: k + 1 }],
    });
  });
}

/** The default font of a new Google sheet, as an OOXML `<font>`. */
const DEFAULT_FONT = '<font><sz val="10"/><name val="Arial"/><family val="2"/></font>';

/**
 * The workbook's default font (the Normal style, the first `<font>` of styles.xml) set to Arial
 * 10. A column's width is counted in the default font's digits (ECMA-376 Part 1, §18.3.1.13
 * "col": width = characters of the maximum digit width), so with exceljs' Calibri 11 — which
 * LibreOffice replaces by a wider font where Calibri is not installed — every column came out a
 * third wider than in Sheets. exceljs has no option for it, hence the edit of the written file.
 */
export function withDefaultFont(xlsx: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(xlsx));
  const styles = strFromU8(files['xl/styles.xml']);
  const patched = styles.replace(/(<fonts\b[^>]*>)<font>.*?<\/font>/, `$1${DEFAULT_FONT}`);
  if (patched === styles) throw new Error('xlsx: no default font in styles.xml');
  files['xl/styles.xml'] = strToU8(patched);
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** Pixels of sheet one landscape A4 page takes at the smallest still-legible scale (≈ 65 %). */
const PAGE_PX = 1600;

export function pagesAcross(s: SheetSnapshot): number {
  const px = (s.columnWidths ?? []).slice(0, s.columns).reduce((sum, w, j) => sum + (s.hiddenColumns?.[j] ? 0 : w), 0);
  return Math.max(1, Math.ceil(px / PAGE_PX));
}

export async function workbookToXlsx(snap: WorkbookSnapshot, opts: XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'План-график';
  const taken = new Set<string>();
  for (const s of snap.sheets) {
    const frozen = s.frozenRows || s.frozenColumns;
    const ws = wb.addWorksheet(xlsxSheetName(s.name, taken), {
      views: frozen
        ? [{ state: 'frozen', xSplit: s.frozenColumns || 0, ySplit: s.frozenRows || 0, activeCell: 'A1' }]
        : undefined,
      properties: {
        defaultRowHeight: LINE_PT,
        ...(s.tabColor ? { tabColor: { argb: argb(s.tabColor) } } : {}),
      },
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
    rowHeightsPt(s).forEach((pt, i) => {
      if (pt !== null) ws.getRow(i + 1).height = pt;
    });
    (s.hiddenRows ?? []).forEach((h, i) => {
      if (h) ws.getRow(i + 1).hidden = true;
    });
    for (const m of s.merges ?? []) ws.mergeCells(m.replace(/^.*!/, ''));
    writeConditionalFormats(ws, s, snap.locale, opts);
  }
  if (snap.activeSheet) {
    const idx = snap.sheets.findIndex((s) => s.name === snap.activeSheet);
    if (idx >= 0 && !snap.sheets[idx].hidden) wb.views = [{ activeTab: idx } as ExcelJS.WorkbookView];
  }
  return withDefaultFont(Buffer.from(await wb.xlsx.writeBuffer()));
}
