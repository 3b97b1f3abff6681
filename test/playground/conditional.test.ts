/**
 * The playground's evaluator of conditional-format formulas (tools/playground/conditional.ts):
 * the page paints the План colours with it, and the .xlsx test checks the exported rules with it.
 */
import { createEmulator } from '../../tools/emulator';
import { formulaHolds, isoToSerial, paintConditional } from '../../tools/playground/conditional';

function sheetWith(values: unknown[][]) {
  const emu = createEmulator();
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  return { emu, sheet };
}

test('relative references count from the range’s first cell; `;` and `,` both separate arguments', () => {
  const { emu } = sheetWith([
    ['Выполнено', 5],
    ['Не начато', 20],
  ]);
  const s = emu.snapshot().sheets[0];
  const comma = formulaHolds('=AND($A1<>"Выполнено",$B1>10)', s, '2021-01-01');
  const semi = formulaHolds('=AND($A1<>"Выполнено";$B1>10)', s, '2021-01-01');
  expect([comma(0, 0), comma(1, 0), comma(1, 1)]).toEqual([false, true, true]);
  expect([semi(0, 0), semi(1, 0)]).toEqual([false, true]);
});

test('TODAY() is the day given; DATE(y,m,d) is that day', () => {
  const { emu } = sheetWith([[isoToSerial('2021-03-01')], [isoToSerial('2021-03-09')]]);
  const s = emu.snapshot().sheets[0];
  const weekAhead = formulaHolds('=AND($A1>=TODAY(),$A1<=TODAY()+7)', s, '2021-03-01');
  expect([weekAhead(0, 0), weekAhead(1, 0)]).toEqual([true, false]);
  const pinned = formulaHolds('=$A1<DATE(2021,3,5)', s, '1999-01-01');
  expect([pinned(0, 0), pinned(1, 0)]).toEqual([true, false]);
  expect(isoToSerial('2021-03-01')).toBe(44256);
});

test('the first matching rule paints a cell, as in Sheets; a formula outside the language paints nothing', () => {
  const { emu, sheet } = sheetWith([[1], [2]]);
  const app = emu.globals.SpreadsheetApp;
  const range = sheet.getRange('A1:A2');
  sheet.setConditionalFormatRules([
    app.newConditionalFormatRule().whenFormulaSatisfied('=$A1>1').setBackground('#ff0000').setRanges([range]).build(),
    app.newConditionalFormatRule().whenFormulaSatisfied('=$A1>0').setBackground('#00ff00').setRanges([range]).build(),
    app.newConditionalFormatRule().whenFormulaSatisfied('=VLOOKUP($A1,X:Y,2)').setBold(true).setRanges([range]).build(),
  ]);
  const p = paintConditional(emu.snapshot().sheets[0], '2021-01-01');
  expect(p.backgrounds.map((r) => r[0])).toEqual(['#00ff00', '#ff0000']);
  expect(p.fontWeights.map((r) => r[0])).toEqual(['normal', 'normal']);
});
