import { createEmulator } from '../../tools/emulator';
import { failBatches, faults, KILLED_MESSAGE } from '../../tools/emulator/faults';

describe('faults between service calls', () => {
  it('runs another person’s action just before the Nth call, uncounted', () => {
    const emu = createEmulator();
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A2').setValues([['b'], ['a']]);
    const f = faults(emu);
    f.before('Range.getValues', 2, () => sheet.getRange('A1:A2').sort(1));
    emu.calls.reset();
    const first = sheet.getRange('A1:A2').getValues();
    const second = sheet.getRange('A1:A2').getValues();
    expect([first, second]).toEqual([
      [['b'], ['a']],
      [['a'], ['b']],
    ]);
    expect(emu.calls.count('Range.sort')).toBe(0);
  });

  it('fails one call once; several rules may count the same call', () => {
    const emu = createEmulator();
    const { PropertiesService } = emu.globals;
    const f = faults(emu);
    f.fail('Properties.setProperty', 1, 'boom').fail('Properties.setProperty', 3);
    const p = PropertiesService.getScriptProperties();
    expect(() => p.setProperty('a', '1')).toThrow('boom');
    expect(() => p.setProperty('a', '2')).not.toThrow();
    expect(() => p.setProperty('a', '3')).toThrow(/injected/);
    expect(p.getProperty('a')).toBe('2');
  });

  it('a kill ends the execution: every later call of it throws; the next execution runs', () => {
    const emu = createEmulator();
    const { PropertiesService } = emu.globals;
    const f = faults(emu);
    f.killAfter('Properties.setProperty', 1);
    emu.runAs({ email: 'x@example.org' }, () => {
      const p = PropertiesService.getScriptProperties();
      p.setProperty('a', '1');
      expect(() => p.getProperty('a')).toThrow(KILLED_MESSAGE);
      expect(() => p.setProperty('b', '2')).toThrow(KILLED_MESSAGE);
    });
    expect(f.kills).toBe(1);
    expect(emu.runAs({ email: 'x@example.org' }, () => PropertiesService.getScriptProperties().getProperty('a'))).toBe(
      '1',
    );
  });

  it('failBatches refuses a whole batchUpdate by its content', () => {
    const emu = createEmulator();
    const { Sheets } = emu.globals;
    const stop = failBatches(emu, (rs) => rs.some((r) => r.addSheet), 'no new tabs');
    const id = emu.spreadsheet.getId();
    expect(() =>
      Sheets.Spreadsheets!.batchUpdate({ requests: [{ addSheet: { properties: { title: 'X' } } }] }, id),
    ).toThrow(/no new tabs/);
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1']);
    stop();
    Sheets.Spreadsheets!.batchUpdate({ requests: [{ addSheet: { properties: { title: 'X' } } }] }, id);
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1', 'X']);
  });
});
