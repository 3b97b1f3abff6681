/**
 * The installable edit trigger onPlanEdit on the built add-on: a person sets Статус in the План
 * tab → Дата выполнения (today in the SPREADSHEET's zone), Отметил and a Журнал row; back → cleared;
 * recurring activities close one period; concurrency; rows found after a sort.
 */
import { isoToSerial } from '../../src/core/sheet/serial';
import type { Addon } from '../../tools/playground/addon';
import { journalMachine, seeded, sheetValues } from './helpers';

// 20:30 UTC on 1 March is already 01:30 on 2 March in Yekaterinburg (UTC+5) — and 23:30 on 1 March
// in Moscow (the script's zone): a date taken from the wrong zone shows as 01.03.
const NEAR_MIDNIGHT = {
  spreadsheetTimeZone: 'Asia/Yekaterinburg',
  scriptTimeZone: 'Europe/Moscow',
  now: '2021-03-01T20:30:00Z',
};

const col = (addon: Addon, header: string) => {
  const i = sheetValues(addon, 'План')[0].indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
};
const letter = (i: number) => String.fromCharCode(65 + i);
const planRow = (addon: Addon, row: number) => sheetValues(addon, 'План')[row - 1];
const journal = (addon: Addon) => journalMachine(sheetValues(addon, 'Журнал')).slice(1);

function statusCell(addon: Addon, row: number): string {
  return `${letter(col(addon, 'Статус'))}${row}`;
}

describe('Статус typed in the План tab (installable onPlanEdit)', () => {
  it('the import installed exactly one edit trigger', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    expect(addon.emu.triggers.filter((t) => t.functionName === 'onPlanEdit' && t.type === 'ON_EDIT')).toHaveLength(1);
  });

  it('«Выполнено» fills the date (spreadsheet zone), Отметил and a journal row; ≤ 8 calls', () => {
    const addon = seeded('plan-dou-vsoko-2021', NEAR_MIDNIGHT);
    const id = planRow(addon, 5)[col(addon, 'ID')];
    const journalBefore = journal(addon).length;
    addon.emu.calls.reset();
    expect(addon.emu.userEdit('План', statusCell(addon, 5), 'Выполнено', undefined, { user: 'x@example.org' })).toBe(
      true,
    );
    // 6 as before, plus the whole tab read (rows are found again by ID) and the read-back check.
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(8);
    expect(addon.emu.calls.count('Spreadsheets.batchUpdate')).toBe(1);
    const row = planRow(addon, 5);
    expect(row[col(addon, 'Дата выполнения')]).toBe(isoToSerial('2021-03-02'));
    expect(row[col(addon, 'Отметил')]).toBe('x@example.org');
    const j = journal(addon);
    expect(j).toHaveLength(journalBefore + 1);
    // «Время» in the spreadsheet's zone (Yekaterinburg, UTC+5): 20:30 UTC is 01:30 the next day.
    expect(j.at(-1)).toEqual(['02.03.2021 01:30', 'x@example.org', id, 'Статус', 'Не начато', 'Выполнено']);
  });

  it('a person on the staff list is named by their ФИО in Отметил and the Журнал’s «Кто», as the sidebar names them', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    addon.emu.calls.reset();
    // n.ostapenko is Остапенко Наталья Михайловна in the seed's Сотрудники (and types her address in capitals).
    addon.emu.userEdit('План', statusCell(addon, 2), 'Выполнено', undefined, { user: 'N.Ostapenko@dou1.example.org' });
    // Сотрудники is read in the same batchGet as the plan: no call more.
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(8);
    expect(planRow(addon, 2)[col(addon, 'Отметил')]).toBe('Остапенко Наталья Михайловна');
    const shown = sheetValues(addon, 'Журнал');
    expect(shown.at(-1)?.[shown[0].indexOf('Кто')]).toBe('Остапенко Наталья Михайловна');
    // The account stays the key the add-on compares.
    expect(journal(addon).at(-1)?.[1]).toBe('N.Ostapenko@dou1.example.org');
  });

  it('setting it back clears the date and Отметил, and is journalled too', () => {
    const addon = seeded('plan-school-vsoko-2020', NEAR_MIDNIGHT);
    const cell = statusCell(addon, 3);
    addon.emu.userEdit('План', cell, 'Выполнено', undefined, { user: 'x@example.org' });
    addon.emu.calls.reset();
    addon.emu.userEdit('План', cell, 'В работе', undefined, { user: 'y@example.org' });
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(8);
    const row = planRow(addon, 3);
    expect(row[col(addon, 'Статус')]).toBe('В работе');
    expect(row[col(addon, 'Дата выполнения')]).toBe('');
    expect(row[col(addon, 'Отметил')]).toBe('');
    expect(journal(addon).at(-1)?.slice(1)).toEqual([
      'y@example.org',
      row[col(addon, 'ID')],
      'Статус',
      'Выполнено',
      'В работе',
    ]);
  });

  it('an edit elsewhere (a title, another tab) changes nothing and writes nothing', () => {
    const addon = seeded('plan-orsk-mkdo-2020');
    const before = sheetValues(addon, 'План');
    const journalBefore = journal(addon);
    addon.emu.calls.reset();
    addon.emu.userEdit('План', `${letter(col(addon, 'Мероприятие'))}4`, 'Новое название', undefined, {
      user: 'x@example.org',
    });
    addon.emu.userEdit('Сотрудники', 'C2', 'new@example.org', undefined, { user: 'x@example.org' });
    expect(addon.emu.calls.count('Spreadsheets.batchUpdate')).toBe(0);
    const after = sheetValues(addon, 'План');
    after[3][col(addon, 'Мероприятие')] = before[3][col(addon, 'Мероприятие')];
    expect(after).toEqual(before);
    expect(journal(addon)).toEqual(journalBefore);
  });

  it('a recurring activity ("ежегодно") closes only the current period', () => {
    const addon = seeded('roadmap-okhansk-2021-2024', { now: '2022-05-01T09:00:00Z' });
    const rows = sheetValues(addon, 'План');
    const r = rows.findIndex((x) => x[col(addon, 'Повтор')] === 'ежегодно') + 1;
    expect(r).toBeGreaterThan(1);
    addon.emu.userEdit('План', statusCell(addon, r), 'Выполнено', undefined, { user: 'x@example.org' });
    expect(planRow(addon, r)[col(addon, 'Выполнено за периоды')]).toBe('2022');
    // A year later the same row is marked again: 2023 is added, 2022 stays closed.
    addon.emu.setNow('2023-05-02T09:00:00Z');
    addon.emu.userEdit('План', statusCell(addon, r), 'В работе', undefined, { user: 'x@example.org' });
    addon.emu.userEdit('План', statusCell(addon, r), 'Выполнено', undefined, { user: 'x@example.org' });
    expect(String(planRow(addon, r)[col(addon, 'Выполнено за периоды')]).split(/,\s*/)).toContain('2023');
  });

  // Known bug in src/core/sheet/status-edit.ts (reported): un-marking a recurring activity computes
  // the period to reopen AFTER the mark closed it, so it reopens the next one and the closed period
  // stays in «Выполнено за периоды». Flip to `it` once fixed.
  it('un-marking a recurring activity reopens the period it closed', () => {
    const addon = seeded('roadmap-okhansk-2021-2024', { now: '2022-05-01T09:00:00Z' });
    const r = sheetValues(addon, 'План').findIndex((x) => x[col(addon, 'Повтор')] === 'ежегодно') + 1;
    addon.emu.userEdit('План', statusCell(addon, r), 'Выполнено', undefined, { user: 'x@example.org' });
    addon.emu.userEdit('План', statusCell(addon, r), 'Не начато', undefined, { user: 'x@example.org' });
    expect(planRow(addon, r)[col(addon, 'Выполнено за периоды')]).toBe('');
  });

  it('two users one after the other: each row gets its own user, nothing lost', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    addon.emu.runAs({ email: 'a@example.org' }, () =>
      addon.emu.userEdit('План', statusCell(addon, 2), 'Выполнено', undefined, { user: 'a@example.org' }),
    );
    addon.emu.runAs({ email: 'b@example.org' }, () =>
      addon.emu.userEdit('План', statusCell(addon, 3), 'Выполнено', undefined, { user: 'b@example.org' }),
    );
    expect(planRow(addon, 2)[col(addon, 'Отметил')]).toBe('a@example.org');
    expect(planRow(addon, 3)[col(addon, 'Отметил')]).toBe('b@example.org');
    const j = journal(addon).slice(-2);
    expect(j.map((x) => [x[1], x[2]])).toEqual([
      ['a@example.org', planRow(addon, 2)[col(addon, 'ID')]],
      ['b@example.org', planRow(addon, 3)[col(addon, 'ID')]],
    ]);
  });

  it('the lock held by another execution: a clear Russian failure, shown to the editor, no write anywhere', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const before = sheetValues(addon, 'План');
    const journalBefore = journal(addon);
    addon.emu.holdLock('document');
    expect(() =>
      addon.emu.userEdit('План', statusCell(addon, 4), 'Выполнено', undefined, { user: 'x@example.org' }),
    ).toThrow(/изменяет другой пользователь/);
    expect(addon.emu.ui.events.filter((e) => e.kind === 'toast').at(-1)?.text).toMatch(/выберите другой статус/);
    const after = sheetValues(addon, 'План');
    // Only the typed cell changed: no date, no Отметил, no journal row — and no other row touched.
    after[3][col(addon, 'Статус')] = before[3][col(addon, 'Статус')];
    expect(after).toEqual(before);
    expect(journal(addon)).toEqual(journalBefore);
    // Once the other execution is done, setting the status again works.
    addon.emu.releaseHeldLock();
    addon.emu.userEdit('План', statusCell(addon, 4), 'В работе', undefined, { user: 'x@example.org' });
    addon.emu.userEdit('План', statusCell(addon, 4), 'Выполнено', undefined, { user: 'x@example.org' });
    expect(planRow(addon, 4)[col(addon, 'Отметил')]).toBe('x@example.org');
  });

  it('after the plan is sorted, the edited row is the one written and journalled (by its ID)', () => {
    const addon = seeded('plan-school-vsoko-2020');
    const titleCol = col(addon, 'Мероприятие');
    const n = sheetValues(addon, 'План').length;
    const plan = addon.emu.spreadsheet.getSheetByName('План')!;
    plan.getRange(2, 1, n - 1, plan.getLastColumn()).sort({ column: titleCol + 1, ascending: false });
    const sorted = sheetValues(addon, 'План');
    const r = 2;
    const id = sorted[r - 1][col(addon, 'ID')];
    addon.emu.userEdit('План', statusCell(addon, r), 'Выполнено', undefined, { user: 'x@example.org' });
    const after = sheetValues(addon, 'План');
    expect(after[r - 1][col(addon, 'ID')]).toBe(id);
    expect(after[r - 1][col(addon, 'Отметил')]).toBe('x@example.org');
    expect(after.filter((x) => x[col(addon, 'Отметил')] === 'x@example.org')).toHaveLength(1);
    expect(journal(addon).at(-1)?.[2]).toBe(id);
  });
});
