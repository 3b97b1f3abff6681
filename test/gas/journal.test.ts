/**
 * Someone deletes the Журнал tab: the next status edit, sidebar mark or reminder run recreates it
 * (header included) in the same write — nothing crashes, no row is lost, and the reminder ledger
 * is kept, so nothing is sent twice. A missing Сотрудники tab reads as empty, with a clear note.
 */
import type { MarkResult, SidebarData } from '../../src/shared/sidebar-contract';
import { type Addon, scriptRunClone } from '../../tools/playground/addon';
import { COORDINATOR, seeded, sheetValues } from './helpers';

const SEED = 'plan-dou-vsoko-2021';
const OPTS = { spreadsheetTimeZone: 'Asia/Yekaterinburg', now: '2021-02-01T03:20:00Z' };

function deleteTab(addon: Addon, name: string): void {
  const ss = addon.emu.spreadsheet;
  ss.deleteSheet(ss.getSheetByName(name)!);
}
const journal = (addon: Addon) => sheetValues(addon, 'Журнал');
const statusCol = (addon: Addon) => String.fromCharCode(65 + sheetValues(addon, 'План')[0].indexOf('Статус'));
const HEADER = ['Время', 'Пользователь', 'ID мероприятия', 'Поле', 'Было', 'Стало'];

describe('a deleted Журнал tab is recreated', () => {
  it('by a status edit in the План tab', () => {
    const addon = seeded(SEED, OPTS);
    deleteTab(addon, 'Журнал');
    addon.emu.calls.reset();
    expect(addon.emu.userEdit('План', `${statusCol(addon)}3`, 'Выполнено', undefined, { user: 'x@example.org' })).toBe(
      true,
    );
    expect(journal(addon)[0]).toEqual(HEADER);
    expect(
      journal(addon)
        .slice(1)
        .map((r) => r.slice(1, 6)),
    ).toEqual([['x@example.org', sheetValues(addon, 'План')[2][0], 'Статус', 'Не начато', 'Выполнено']]);
    expect(addon.emu.calls.count('Spreadsheets.batchUpdate')).toBe(1);
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(9);
  });

  it('by a mark from the sidebar', () => {
    const addon = seeded(SEED, OPTS);
    deleteTab(addon, 'Журнал');
    const d = scriptRunClone(addon.call('sidebarLoad', {}), 'sidebarLoad') as SidebarData;
    if (d.needIdentity) throw new Error('identity');
    const card = d.all![0];
    const r = addon.call('sidebarMark', {
      activityId: card.id,
      status: 'done',
      expectedVersion: card.version,
    }) as MarkResult;
    expect(r.ok).toBe(true);
    expect(journal(addon)[0]).toEqual(HEADER);
    expect(journal(addon)[1].slice(2, 4)).toEqual([card.id, 'Статус (боковая панель)']);
  });

  it('by the reminder run, keeping its ledger: a second run that day sends nothing more', () => {
    const addon = seeded(SEED, OPTS);
    addon.call('menuRemindersOn');
    deleteTab(addon, 'Журнал');
    addon.emu.fireTimeTriggers();
    const sent = addon.emu.outbox.length;
    expect(sent).toBeGreaterThan(0);
    expect(journal(addon)[0]).toEqual(HEADER);
    expect(
      journal(addon)
        .slice(1)
        .every((r) => r[3] === 'напоминание'),
    ).toBe(true);
    addon.emu.fireTimeTriggers();
    expect(addon.emu.outbox.length).toBe(sent);
  });
});

describe('a missing Сотрудники tab reads as empty, with a clear note', () => {
  it('in «Состояние напоминаний», the settings dialog and the sidebar', () => {
    const addon = seeded(SEED, { ...OPTS, activeUser: '' });
    deleteTab(addon, 'Сотрудники');
    const asCoordinator = (fn: string) => addon.emu.runAs({ email: COORDINATOR }, () => addon.call(fn));
    asCoordinator('menuRemindersOn');
    addon.emu.fireTimeTriggers();
    expect(addon.emu.outbox).toHaveLength(0);
    asCoordinator('menuRemindersStatus');
    expect(addon.emu.ui.alerts.at(-1)!.prompt).toContain('Вкладки «Сотрудники» нет');
    asCoordinator('menuRemindersSettings');
    expect(addon.emu.ui.dialogs.at(-1)!.html).toContain('Вкладки «Сотрудники» нет');
    const d = addon.call('sidebarLoad', {}) as SidebarData;
    expect(d).toMatchObject({ needIdentity: true, staff: [] });
    expect(d.needIdentity && d.reason).toContain('Вкладки «Сотрудники» нет');
  });
});
