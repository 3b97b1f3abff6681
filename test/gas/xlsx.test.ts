/**
 * tools/export/xlsx.ts on a seeded workbook (the built add-on in the emulator, reports refreshed):
 * the file opens with exceljs and holds what the sheet shows — every tab, values with their
 * formats (dates read back as дд.мм.гггг), colours, widths, frozen panes, hidden ID column,
 * notes, the status drop-down and the conditional colours of the План tab.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { createEmulator, type SheetSnapshot } from '../../tools/emulator';
import { parseA1 } from '../../tools/emulator/a1';
import { commaDecimal, ooxmlFormula } from '../../tools/export/ooxml-formula';
import { LINE_PT, textWidthPx } from '../../tools/export/row-heights';
import { pxToChars, workbookToXlsx, xlsxSheetName } from '../../tools/export/xlsx';
import { formulaHolds, paintConditional } from '../../tools/playground/conditional';
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

/** The playground's clock day: some activities overdue, some due this week, one marked done. */
const TODAY = '2020-03-26';

async function exported(seed: string) {
  const addon = seeded(seed, { now: `${TODAY}T06:00:00Z` });
  const plan = addon.emu.snapshot().sheets.find((s) => s.name === 'План')!;
  const status = plan.displayValues[0].indexOf('Статус');
  addon.emu.userEdit('План', `${String.fromCharCode(65 + status)}2`, 'Выполнено');
  addon.emu.runMenuItem('menuReports');
  const snap = addon.emu.snapshot();
  const file = await workbookToXlsx(snap, { today: TODAY });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  return { snap, wb, file };
}

type CfRule = { type: string; priority: number; formulae: string[]; style: Partial<ExcelJS.Style> };
const conditionalFormattings = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: CfRule[] }> }).conditionalFormattings;

/**
 * How Excel and LibreOffice paint a cell from OOXML rules: every matching rule applies, and where
 * two set the same property the rule of higher priority (lower number) wins.
 */
function officeFills(s: SheetSnapshot, cfs: Array<{ ref: string; rules: CfRule[] }>): Map<string, string> {
  const fills = new Map<string, { priority: number; argb: string }>();
  for (const cf of cfs)
    for (const rule of cf.rules) {
      const argb = (rule.style.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb;
      if (!argb) continue;
      const [first, ...more] = cf.ref.split(' ').map((r) => parseA1(r, s.maxRows, s.maxColumns));
      // Relative references count from the first range's first cell.
      const holds = formulaHolds(rule.formulae[0], s, '1999-01-01');
      for (const g of [first, ...more])
        for (let r = g.row; r < g.row + g.numRows! && r <= s.rows; r++)
          for (let c = g.col; c < g.col + g.numCols! && c <= s.columns; c++) {
            const key = `${r}:${c}`;
            const had = fills.get(key);
            if (holds(r - first.row, c - first.col) && (!had || had.priority > rule.priority))
              fills.set(key, { priority: rule.priority, argb });
          }
    }
  return new Map([...fills].map(([k, v]) => [k, v.argb]));
}

describe('workbookToXlsx', () => {
  let snap: Awaited<ReturnType<typeof exported>>['snap'];
  let wb: ExcelJS.Workbook;
  let file: Buffer;
  beforeAll(async () => {
    ({ snap, wb, file } = await exported('plan-school-vsoko-2020'));
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
    const rules = conditionalFormattings(ws);
    expect(rules.length).toBe(plan.conditionalFormatRules.length);
    // The sheet's formulas in the file's syntax, TODAY() pinned to the playground's day.
    expect(rules.map((r) => r.rules[0].formulae[0])).toEqual(
      plan.conditionalFormatRules.map((r) => ooxmlFormula(String(r.values[0]), { locale: snap.locale, today: TODAY })),
    );
    expect(rules.map((r) => r.rules[0].formulae[0]).join(' ')).toContain('DATE(2020,3,26)');
    expect(rules.map((r) => r.rules[0].formulae[0]).join(' ')).not.toMatch(/TODAY|;/);
  });

  test('the conditional rules colour the same cells as the sheet on the playground day', () => {
    const plan = snap.sheets.find((s) => s.name === 'План')!;
    const sheet = paintConditional(plan, TODAY).backgrounds;
    const office = officeFills(plan, conditionalFormattings(wb.getWorksheet('План')!));
    const colours = new Map<string, number>();
    const problems: string[] = [];
    for (let r = 1; r <= plan.rows; r++)
      for (let c = 1; c <= plan.columns; c++) {
        const want = sheet[r - 1][c - 1] === plan.backgrounds[r - 1][c - 1] ? null : sheet[r - 1][c - 1];
        const got = office.get(`${r}:${c}`) ?? null;
        const wantArgb = want ? `FF${want.slice(1).toUpperCase()}` : null;
        if (got !== wantArgb) problems.push(`R${r}C${c}: sheet ${wantArgb}, file ${got}`);
        if (got) colours.set(got, (colours.get(got) ?? 0) + 1);
      }
    expect(problems).toEqual([]);
    // Done (green), overdue (red) and due this week (yellow) all occur on that day.
    expect([...colours.keys()].sort()).toEqual(['FFD9EAD3', 'FFF4CCCC', 'FFFFF2CC']);
  });

  test('rows are as tall as their wrapped text, in Arial 10 (the default font)', () => {
    const styles = strFromU8(unzipSync(new Uint8Array(file))['xl/styles.xml']);
    expect(styles).toMatch(/<fonts\b[^>]*><font><sz val="10"\/><name val="Arial"\/>/);
    let tall = 0;
    for (const s of snap.sheets) {
      const ws = wb.getWorksheet(xlsxSheetName(s.name))!;
      for (const [r, row] of s.displayValues.entries()) {
        const height = ws.getRow(r + 1).height;
        // At least as many lines as the text has paragraphs, and as its width needs.
        let need = 1;
        for (const [c, text] of row.entries()) {
          if (s.wraps[r][c] !== 'WRAP' || s.hiddenColumns[c] || !text) continue;
          const bold = s.fontWeights[r][c] === 'bold';
          need = Math.max(need, text.split('\n').length, Math.ceil(textWidthPx(text, bold) / s.columnWidths[c]));
        }
        if (need > 1) {
          tall++;
          expect(`${s.name}!${r + 1} ${height >= need * LINE_PT}`).toBe(`${s.name}!${r + 1} true`);
        } else expect(`${s.name}!${r + 1} ${height ?? 'default'}`).toBe(`${s.name}!${r + 1} default`);
      }
    }
    expect(tall).toBeGreaterThan(5);
  });
});

describe('conditional rules that set different properties', () => {
  test('a later rule applies only where no earlier one matched, as Sheets paints the first match', async () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[2], [1], [0]]);
    const range = sheet.getRange('A1:A3');
    const app = emu.globals.SpreadsheetApp;
    const red = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A1>1')
      .setFontColor('#ff0000')
      .setRanges([range]);
    const yellow = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A1>0')
      .setBackground('#ffff00')
      .setRanges([range]);
    sheet.setConditionalFormatRules([red.build(), yellow.build()]);
    const snap = emu.snapshot();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookToXlsx(snap)) as unknown as ArrayBuffer);
    const cfs = conditionalFormattings(wb.worksheets[0]);
    expect(cfs.map((c) => c.rules[0].formulae[0])).toEqual(['$A1>1', 'AND(NOT($A1>1),$A1>0)']);
    // Yellow only on the row the red rule leaves alone (A2 = 1), not on A1 = 2 where both hold.
    const fills = officeFills(snap.sheets[0], cfs);
    expect([...fills.keys()]).toEqual(['2:1']);
    expect(paintConditional(snap.sheets[0], '2021-01-01').backgrounds.map((r) => r[0])).toEqual([
      null,
      '#ffff00',
      null,
    ]);
  });
});

describe('ooxmlFormula', () => {
  test('a ru_RU formula: `;` between arguments becomes `,`, decimal commas become points, text is kept', () => {
    expect(commaDecimal('ru_RU')).toBe(true);
    expect(commaDecimal('en_US')).toBe(false);
    expect(ooxmlFormula('=AND($L2<>"";$L2<=TODAY()+1,5;$N2<>"а;б,1,2")', { locale: 'ru_RU' })).toBe(
      'AND($L2<>"",$L2<=TODAY()+1.5,$N2<>"а;б,1,2")',
    );
  });
  test('a formula already in the invariant form is left alone, in any locale', () => {
    const f = '=AND($L2<>"",$L2<TODAY(),$N2<>"Выполнено")';
    expect(ooxmlFormula(f, { locale: 'ru_RU' })).toBe(f.slice(1));
    expect(ooxmlFormula(f, { locale: 'en_US' })).toBe(f.slice(1));
  });
  test('TODAY() pinned to a day, outside strings only', () => {
    expect(ooxmlFormula('=$L2<today()+7;"TODAY()"', { locale: 'ru_RU', today: '2021-01-08' })).toBe(
      '$L2<DATE(2021,1,8)+7,"TODAY()"',
    );
    expect(() => ooxmlFormula('=TODAY()', { locale: 'ru_RU', today: '08.01.2021' })).toThrow();
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
