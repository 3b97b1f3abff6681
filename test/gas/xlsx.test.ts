/**
 * tools/export/xlsx.ts on a seeded workbook (the built add-on in the emulator, reports refreshed):
 * the file opens with exceljs and holds what the sheet shows — every tab, values with their
 * formats (dates read back as дд.мм.гггг), colours, widths, frozen panes, hidden ID column,
 * notes, the status drop-down and the conditional colours of the План tab.
 */
import ExcelJS from 'exceljs';
import { pxToChars, workbookToXlsx, xlsxSheetName } from '../../tools/export/xlsx';
import { seeded } from './helpers';

const serialToRu = (n: number) => {
  const d = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
};

/** What Excel shows for a cell, for the formats the add-on uses. */
function shown(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && cell.numFmt === 'dd.mm.yyyy') return serialToRu(v);
  if (typeof v === 'number' && cell.numFmt === '0%') return `${Math.round(v * 100)}%`;
  if (v instanceof Date) return serialToRu(Math.round((v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000));
  return String(v);
}

async function exported(seed: string) {
  const addon = seeded(seed, { now: '2020-03-02T06:00:00Z' });
  addon.emu.runMenuItem('menuReports');
  const snap = addon.emu.snapshot();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await workbookToXlsx(snap)) as unknown as ArrayBuffer);
  return { snap, wb };
}

describe('workbookToXlsx', () => {
  let snap: Awaited<ReturnType<typeof exported>>['snap'];
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ snap, wb } = await exported('plan-school-vsoko-2020'));
  }, 30_000);

  test('every tab is there, in order, under a name Excel accepts', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(snap.sheets.map((s) => xlsxSheetName(s.name)));
    expect(wb.getWorksheet('Отчёт - Сводка')).toBeDefined();
    expect(snap.sheets.some((s) => s.name === 'Отчёт: Сводка')).toBe(true);
  });

  test('every cell reads as the sheet displays it (dates дд.мм.гггг, percentages)', () => {
    let dates = 0;
    for (const s of snap.sheets) {
      const ws = wb.getWorksheet(xlsxSheetName(s.name)) as ExcelJS.Worksheet;
      for (const [i, r] of s.displayValues.entries())
        for (const [j, text] of r.entries()) {
          const cell = ws.getRow(i + 1).getCell(j + 1);
          if (cell.numFmt === 'dd.mm.yyyy' && text) dates++;
          expect(`${s.name}!R${i + 1}C${j + 1}=${shown(cell)}`).toBe(`${s.name}!R${i + 1}C${j + 1}=${text}`);
        }
    }
    expect(dates).toBeGreaterThan(5);
  });

  test('dates stay dates: serials with the дд.мм.гггг format', () => {
    const plan = snap.sheets.find((s) => s.name === 'План')!;
    const ws = wb.getWorksheet('План')!;
    const col = plan.displayValues[0].indexOf('Окончание') + 1;
    expect(col).toBeGreaterThan(0);
    const cell = ws.getRow(2).getCell(col);
    // Stored as a serial number with a date format: exceljs (like Excel) reads it back as a date.
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('dd.mm.yyyy');
    expect(shown(cell)).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  });

  test('backgrounds, bold and tab colours are kept', () => {
    for (const s of snap.sheets) {
      const ws = wb.getWorksheet(xlsxSheetName(s.name))!;
      if (s.tabColor) expect(ws.properties.tabColor).toEqual({ argb: `FF${s.tabColor.slice(1).toUpperCase()}` });
      for (const [i, r] of s.backgrounds.entries())
        for (const [j, bg] of r.entries()) {
          const fill = ws.getRow(i + 1).getCell(j + 1).fill as ExcelJS.FillPattern | undefined;
          const got = fill?.fgColor?.argb ?? null;
          const want = bg && bg.toLowerCase() !== '#ffffff' ? `FF${bg.slice(1).toUpperCase()}` : null;
          expect(`${s.name}!R${i + 1}C${j + 1} ${got}`).toBe(`${s.name}!R${i + 1}C${j + 1} ${want}`);
          const bold = ws.getRow(i + 1).getCell(j + 1).font?.bold === true;
          expect(bold).toBe(s.fontWeights[i][j] === 'bold');
        }
    }
    // The Gantt calendar is painted: more than white and one colour.
    const cal = snap.sheets.find((s) => s.name === 'Отчёт: Календарь')!;
    const ws = wb.getWorksheet(xlsxSheetName(cal.name))!;
    const colours = new Set<string>();
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const f = c.fill as ExcelJS.FillPattern | undefined;
        if (f?.fgColor?.argb) colours.add(f.fgColor.argb);
      }),
    );
    expect(colours.size).toBeGreaterThanOrEqual(4);
  });

  test('column widths, the hidden ID column and frozen panes', () => {
    for (const s of snap.sheets) {
      const ws = wb.getWorksheet(xlsxSheetName(s.name))!;
      s.columnWidths.forEach((px, j) => {
        expect(ws.getColumn(j + 1).width).toBeCloseTo(pxToChars(px), 1);
        expect(!!ws.getColumn(j + 1).hidden).toBe(!!s.hiddenColumns[j]);
      });
      const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
      if (s.frozenRows || s.frozenColumns) {
        expect(view?.state).toBe('frozen');
        expect(view?.ySplit ?? 0).toBe(s.frozenRows);
        expect(view?.xSplit ?? 0).toBe(s.frozenColumns);
      }
    }
    const plan = wb.getWorksheet('План')!;
    expect(plan.getRow(1).getCell(1).value).toBe('ID');
    expect(plan.getColumn(1).hidden).toBe(true);
    // 160 px in Sheets is 22 characters in Excel.
    expect(pxToChars(160)).toBeCloseTo(22.14, 2);
  });

  test('notes, the status drop-down and the План colours by rule travel with the file', () => {
    const plan = snap.sheets.find((s) => s.name === 'План')!;
    const ws = wb.getWorksheet('План')!;
    const notes = plan.notes.flatMap((r, i) => r.map((n, j) => ({ n, i, j }))).filter((x) => x.n);
    expect(notes.length).toBeGreaterThan(0);
    for (const { n, i, j } of notes) {
      const note = ws.getRow(i + 1).getCell(j + 1).note;
      const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
      expect(text).toBe(n);
    }
    const status = plan.displayValues[0].indexOf('Статус') + 1;
    const dv = ws.getRow(2).getCell(status).dataValidation;
    expect(dv?.type).toBe('list');
    expect(dv?.formulae?.[0]).toContain('Выполнено');
    const rules = (
      ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }
    ).conditionalFormattings;
    expect(rules.length).toBe(plan.conditionalFormatRules.length);
    expect(rules.map((r) => r.rules[0].formulae[0])).toEqual(
      plan.conditionalFormatRules.map((r) => String(r.values[0]).replace(/^=/, '')),
    );
  });
});

describe('xlsxSheetName', () => {
  test('replaces what Excel forbids and keeps names unique and short', () => {
    const taken = new Set<string>();
    expect(xlsxSheetName('Отчёт: Сводка', taken)).toBe('Отчёт - Сводка');
    expect(xlsxSheetName('Отчёт - Сводка', taken)).toBe('Отчёт - Сводка~2');
    expect(xlsxSheetName('a/b?c*[d]', taken)).toBe('a_b_c__d_');
    expect(xlsxSheetName('x'.repeat(40), taken)).toHaveLength(31);
  });
});
