/**
 * SpreadsheetApp.create and who can open which spreadsheet: the owner, editors added by
 * addEditor, a restricted file refusing anyone else, a deleted file refusing everybody.
 */
import { createEmulator, OTHER_SPREADSHEET_MS } from '../../tools/emulator';

describe('SpreadsheetApp.create', () => {
  it('makes a new file owned by the effective user, one sheet «Лист1» of 1000 × 26, not the active one', () => {
    const emu = createEmulator({ spreadsheetTimeZone: 'Asia/Yekaterinburg' });
    const { SpreadsheetApp } = emu.globals;
    const active = emu.spreadsheet.getId();
    // The owner changed the active spreadsheet's zone: a new file still gets the account's default.
    emu.spreadsheet.setSpreadsheetTimeZone('Europe/Moscow');
    emu.calls.reset();
    const ss = SpreadsheetApp.create('План ДОУ №5');
    expect(emu.calls.byMethod()).toEqual({ 'SpreadsheetApp.create': 1 });
    expect(ss.getId()).not.toBe(active);
    expect(emu.documents).toContain(ss.getId());
    expect(emu.spreadsheet.getId()).toBe(active);
    expect(ss.getName()).toBe('План ДОУ №5');
    expect(ss.getOwner()?.getEmail()).toBe('owner@example.org');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect([ss.getSheets()[0].getMaxRows(), ss.getSheets()[0].getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Yekaterinburg');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
    expect(emu.sharing(ss.getId())).toEqual({
      owner: 'owner@example.org',
      editors: [],
      restricted: true,
      noAccess: [],
      deleted: false,
    });
  });

  it('create(name, rows, columns) sizes the sheet; an English account gets «Sheet1»; the owner is the effective user', () => {
    const emu = createEmulator({ locale: 'en_US', effectiveUser: 'dept@example.org' });
    const ss = emu.globals.SpreadsheetApp.create('Plan', 50, 5);
    const sheet = ss.getSheets()[0];
    expect([sheet.getName(), sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual(['Sheet1', 50, 5]);
    expect(ss.getOwner()?.getEmail()).toBe('dept@example.org');
    expect(() => emu.globals.SpreadsheetApp.create('Plan', 0, 5)).toThrow('Invalid argument');
  });

  it('costs OTHER_SPREADSHEET_MS more than a call inside the active spreadsheet', () => {
    const emu = createEmulator();
    emu.calls.reset();
    emu.globals.SpreadsheetApp.getActive();
    const inside = emu.executionMs;
    emu.calls.reset();
    emu.globals.SpreadsheetApp.create('x');
    expect(emu.executionMs - inside).toBe(OTHER_SPREADSHEET_MS);
  });

  it('the new file is reachable by openById, openByUrl and the Sheets API with its id, and keeps what is written', () => {
    const emu = createEmulator();
    const { SpreadsheetApp, Sheets } = emu.globals;
    const ss = SpreadsheetApp.create('План');
    ss.getSheets()[0]
      .getRange('A1:B1')
      .setValues([['Мероприятие', 'Срок']]);
    Sheets.Spreadsheets.Values.update({ values: [['Педсовет', '01.03.2021']] }, ss.getId(), 'Лист1!A2:B2', {
      valueInputOption: 'RAW',
    });
    expect(SpreadsheetApp.openById(ss.getId()).getSheetByName('Лист1')?.getRange('A1:B2').getValues()).toEqual([
      ['Мероприятие', 'Срок'],
      ['Педсовет', '01.03.2021'],
    ]);
    expect(SpreadsheetApp.openByUrl(ss.getUrl()).getId()).toBe(ss.getId());
    const got = Sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['Лист1!A1:B2'] });
    expect(got.valueRanges?.[0].values).toEqual([
      ['Мероприятие', 'Срок'],
      ['Педсовет', '01.03.2021'],
    ]);
    expect(Sheets.Spreadsheets.get(ss.getId()).properties?.title).toBe('План');
  });
});

describe('who can open a spreadsheet', () => {
  const other = { email: 'school5@example.org' };

  it('a created file: only its owner, until addEditor shares it; removeEditor takes it back', () => {
    const emu = createEmulator();
    const { SpreadsheetApp, Sheets } = emu.globals;
    const id = SpreadsheetApp.create('План школы №5').getId();
    emu.runAs(other, () => {
      expect(() => SpreadsheetApp.openById(id)).toThrow(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
      expect(() => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1'] })).toThrow(
        'API call to sheets.spreadsheets.values.batchGet failed with error: The caller does not have permission',
      );
    });
    emu.calls.reset();
    SpreadsheetApp.openById(id).addEditor(other.email);
    expect(emu.calls.byMethod()).toEqual({ 'SpreadsheetApp.openById': 1, 'Spreadsheet.addEditor': 1 });
    expect(emu.sharing(id).editors).toEqual([other.email]);
    emu.runAs(other, () => {
      expect(SpreadsheetApp.openById(id).getName()).toBe('План школы №5');
      expect(Sheets.Spreadsheets.get(id).properties?.title).toBe('План школы №5');
      expect(
        SpreadsheetApp.openById(id)
          .getEditors()
          .map((u) => u.getEmail()),
      ).toEqual(['owner@example.org', other.email]);
    });
    SpreadsheetApp.openById(id).removeEditor(other.email);
    emu.runAs(other, () => expect(() => SpreadsheetApp.openById(id)).toThrow('openById'));
  });

  it('addEditor gives back access that revokeAccess removed', () => {
    const emu = createEmulator();
    const id = emu.addSpreadsheet();
    emu.revokeAccess(id, other.email);
    emu.runAs(other, () => expect(() => emu.globals.SpreadsheetApp.openById(id)).toThrow('openById'));
    emu.globals.SpreadsheetApp.openById(id).addEditors([other.email]);
    emu.runAs(other, () => expect(emu.globals.SpreadsheetApp.openById(id).getId()).toBe(id));
    expect(emu.sharing(id).noAccess).toEqual([]);
  });

  it('addSpreadsheet({ owner, editors, restricted }): a test makes an organisation’s file shared with the department', () => {
    const emu = createEmulator({ effectiveUser: 'dept@example.org' });
    const id = emu.addSpreadsheet({
      name: 'План ДОУ №1',
      owner: 'dou1@example.org',
      editors: ['dept@example.org'],
      restricted: true,
    });
    const { SpreadsheetApp } = emu.globals;
    expect(SpreadsheetApp.openById(id).getOwner()?.getEmail()).toBe('dou1@example.org');
    emu.runAs({ email: 'stranger@example.org' }, () => expect(() => SpreadsheetApp.openById(id)).toThrow('openById'));
    emu.runAs({ email: 'dou1@example.org' }, () => expect(SpreadsheetApp.openById(id).getName()).toBe('План ДОУ №1'));
    emu.revokeAccess(id, 'dept@example.org');
    expect(() => SpreadsheetApp.openById(id)).toThrow('openById');
    expect(emu.sharing(id).editors).toEqual([]);
  });

  it('a deleted file: openById fails and the Sheets API does not find it, for its owner too', () => {
    const emu = createEmulator();
    const id = emu.addSpreadsheet();
    emu.deleteSpreadsheet(id);
    expect(() => emu.globals.SpreadsheetApp.openById(id)).toThrow('openById');
    expect(() => emu.globals.Sheets.Spreadsheets.Values.get(id, 'A1')).toThrow(
      'API call to sheets.spreadsheets.values.get failed with error: Requested entity was not found.',
    );
    expect(() => emu.deleteSpreadsheet(emu.spreadsheet.getId())).toThrow('not the active');
  });
});
