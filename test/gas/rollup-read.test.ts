/**
 * The roll-up's reading side in the emulator: src/gas/rollup/read.ts run with the emulator's services as
 * globals (it is not in the built bundle until the menu «Свод» is built), on a department's
 * spreadsheet and its organisations' spreadsheets.
 */
import { chooseActivities, organisationPlan } from '../../src/core/rollup/distribute';
import type { Organisation } from '../../src/core/rollup/organisations';
import { rollUp } from '../../src/core/rollup/rollup';
import { readOrganisationPlans } from '../../src/gas/rollup/read';
import { createEmulator } from '../../tools/emulator';
import { planValues, seedPlan } from '../core/rollup/fixture';

describe('readOrganisationPlans', () => {
  const emu = createEmulator();
  const { activities: municipal } = seedPlan('plan-orsk-mkdo-2020.txt');
  const plan = organisationPlan(chooseActivities(municipal, 'organisations'));

  beforeAll(() => emu.install());
  afterAll(() => emu.uninstall());

  /** A spreadsheet with `values` typed into a tab `tab`, as the organisation's coordinator would have it. */
  function orgSpreadsheet(values: unknown[][] | null, tab = 'План'): string {
    const id = emu.addSpreadsheet();
    if (values)
      emu.inDocument(id, () => {
        const sheet = SpreadsheetApp.getActive().insertSheet(tab);
        sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
      });
    return id;
  }
  const org = (name: string, spreadsheetId: string | null, row: number): Organisation => ({
    name,
    email: `${row}@example.org`,
    spreadsheetId,
    sheetText: spreadsheetId ?? '',
    method: 'distributed',
    status: '',
    row,
  });

  it('reads each organisation with one batchGet, and turns every failure into a row in words', () => {
    const marked = plan.map((a, i) => (i < 10 ? { ...a, status: 'done' as const, doneDate: '2020-10-12' } : a));
    const orgs = [
      org('Детский сад № 1', orgSpreadsheet(planValues(marked)), 2),
      org('Детский сад № 2', orgSpreadsheet(planValues(plan)), 3),
      org('Детский сад № 3', orgSpreadsheet([['что-то', 'другое']], 'Лист2'), 4),
      org('Детский сад № 4', '1DeletedSpreadsheetIdxxxxxxxxxxxxxxxxxxxxxxx', 5),
      org('Детский сад № 5', null, 6),
    ];
    emu.calls.reset();
    const read = readOrganisationPlans(orgs);
    // Four spreadsheets named, four calls: one read per organisation, none for the one with no link.
    expect(emu.calls.byMethod()).toEqual({ 'Spreadsheets.Values.batchGet': 4 });
    expect(read.map((r) => (r.read.kind === 'error' ? r.read.message : r.read.kind))).toEqual([
      'values',
      'values',
      'вкладка «План» не найдена в таблице организации',
      'таблица не найдена: она удалена или ссылка в «Организации» неверна',
      'не подключена: во вкладке «Организации» (строка 6) нет ссылки на её таблицу',
    ]);
    const r = rollUp({ today: '2020-11-01', municipal, activityIds: plan.map((a) => a.id), organisations: read });
    expect(r.organisations.map((o) => [o.total, o.counts.done, o.counts.overdue, o.lastChange])).toEqual([
      [49, 10, 0, '2020-10-12'],
      [49, 0, 2, null],
      [0, 0, 0, null],
      [0, 0, 0, null],
      [0, 0, 0, null],
    ]);
  });
});
