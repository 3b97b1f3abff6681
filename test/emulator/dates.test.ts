/**
 * Date round trips: the spreadsheet in Yekaterinburg (+5), the script in Moscow (+3), the Node
 * process in whatever TZ jest runs under (the suite runs with TZ=UTC and TZ=Asia/Yekaterinburg).
 * Nothing here may depend on the process zone.
 */
import { createEmulator, formatJavaDate } from '../../tools/emulator';

function setup() {
  const emu = createEmulator({ spreadsheetTimeZone: 'Asia/Yekaterinburg', scriptTimeZone: 'Europe/Moscow' });
  const { SpreadsheetApp, Utilities, Session } = emu.globals;
  const sheet = SpreadsheetApp.getActive().getActiveSheet();
  return { emu, sheet, Utilities, Session };
}

describe('dates between scripts and cells', () => {
  it('stores a Date as the wall-clock time in the spreadsheet zone and reads back the same instant', () => {
    const { sheet } = setup();
    const instant = new Date('2021-03-01T00:00:00+05:00');
    sheet.getRange('A1').setValue(instant);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back).toBeInstanceOf(Date);
    expect(back.getTime()).toBe(instant.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.03.2021 0:00:00');
  });

  it('a Date built from local fields lands on the wall clock of its instant in the spreadsheet zone', () => {
    const { sheet } = setup();
    const local = new Date(2021, 2, 1); // midnight in the PROCESS zone
    sheet.getRange('A1').setValue(local);
    expect(sheet.getRange('A1').getDisplayValue()).toBe(
      formatJavaDate(local, 'Asia/Yekaterinburg', 'dd.MM.yyyy H:mm:ss'),
    );
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(local.getTime());
  });

  it('a typed date is midnight in the spreadsheet zone, which is the previous evening in Moscow', () => {
    const { sheet, Utilities, Session } = setup();
    sheet.getRange('B2').setValue('01.03.2021');
    const d = sheet.getRange('B2').getValue() as Date;
    expect(d.toISOString()).toBe('2021-02-28T19:00:00.000Z');
    expect(Utilities.formatDate(d, 'Asia/Yekaterinburg', 'dd.MM.yyyy')).toBe('01.03.2021');
    // The classic bug: formatting with the script's zone shows the wrong day.
    expect(Utilities.formatDate(d, Session.getScriptTimeZone(), 'dd.MM.yyyy')).toBe('28.02.2021');
  });

  it('changing the spreadsheet zone keeps the wall-clock time and moves the instant', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue('01.03.2021');
    emu.spreadsheet.setSpreadsheetTimeZone('Europe/Moscow');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.03.2021');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2021-02-28T21:00:00.000Z');
  });

  it('round-trips across a daylight-saving change', () => {
    const emu = createEmulator({ spreadsheetTimeZone: 'Europe/Berlin' });
    const sheet = emu.globals.SpreadsheetApp.getActive().getActiveSheet();
    const instants = ['2021-03-28T00:30:00Z', '2021-03-28T01:30:00Z', '2021-10-31T00:30:00Z', '2021-10-31T01:30:00Z'];
    sheet.getRange(1, 1, 4, 1).setValues(instants.map((i) => [new Date(i)]));
    const back = sheet
      .getRange(1, 1, 4, 1)
      .getValues()
      .map((r) => (r[0] as Date).toISOString());
    // 02:30 on 31.10 happens twice in Berlin: a wall clock cannot tell them apart, so both read as the first.
    expect(back).toEqual([
      '2021-03-28T00:30:00.000Z',
      '2021-03-28T01:30:00.000Z',
      '2021-10-31T00:30:00.000Z',
      '2021-10-31T00:30:00.000Z',
    ]);
    expect(sheet.getRange('A4').getDisplayValue()).toBe('31.10.2021 2:30:00');
    // 02:30 on 28.03 never happens in Berlin: typed, it moves forward by the gap.
    sheet.getRange('B1').setValue('28.03.2021 2:30');
    expect((sheet.getRange('B1').getValue() as Date).toISOString()).toBe('2021-03-28T01:30:00.000Z');
  });

  it('a number in a date-formatted cell reads back as a Date', () => {
    const { sheet } = setup();
    sheet.getRange('C1').setNumberFormat('dd.mm.yyyy').setValue(44256);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('01.03.2021');
    expect((sheet.getRange('C1').getValue() as Date).toISOString()).toBe('2021-02-28T19:00:00.000Z');
  });
});
