/**
 * Someone deletes the Журнал tab: the next status edit, sidebar mark or reminder run recreates it
 * (header included) in the same write — nothing crashes, no row is lost, and the reminder ledger
 * is kept, so nothing is sent twice. A missing Сотрудники tab reads as empty, with a clear note.
 */
import type { MarkResult, SidebarData } from '../../src/shared/sidebar-contract';
import { type Addon, scriptRunClone } from '../../tools/playground/addon';
import { COORDINATOR, journalMachine, seeded, sheetValues } from './helpers';

const SEED = 'plan-dou-vsoko-2021';
const OPTS = { spreadsheetTimeZone: 'Asia/Yekaterinburg', now: '2021-02-01T03:20:00Z' };

function deleteTab(addon: Addon, name: string): void {
  const ss = addon.emu.spreadsheet;
  ss.deleteSheet(ss.getSheetByName(name)!);
}
const journal = (addon: Addon) => journalMachine(sheetValues(addon, 'Журнал'));
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

describe('the Журнал a person reads, and one already in use in the old layout (issue 16)', () => {
  /** Turns the Журнал back into the six-column layout the add-on wrote before, keeping every row. */
  function toOldLayout(addon: Addon): unknown[][] {
    const old = journal(addon);
    deleteTab(addon, 'Журнал');
    const s = addon.emu.spreadsheet.insertSheet('Журнал');
    s.deleteColumns(7, s.getMaxColumns() - 6);
    s.getRange(1, 1, old.length, 6).setValues(old);
    return old;
  }

  it('a mark is written with who, № and title and what happened; the ID and values sit in hidden columns', () => {
    const addon = seeded(SEED, OPTS);
    const d = scriptRunClone(addon.call('sidebarLoad', {}), 'sidebarLoad') as SidebarData;
    if (d.needIdentity) throw new Error('identity');
    const card = d.all![0];
    addon.call('sidebarMark', { activityId: card.id, status: 'done', expectedVersion: card.version });
    const tab = addon.emu.snapshot().sheets.find((s) => s.name === 'Журнал')!;
    const [header, ...rows] = tab.displayValues;
    expect(header.slice(0, 5)).toEqual(['Время', 'Кто', '№', 'Мероприятие', 'Что произошло']);
    const last = rows.at(-1)!;
    expect(last.slice(1, 4)).toEqual([`Coordinator (${COORDINATOR})`, card.number ?? '', card.title]);
    expect(last[4]).toMatch(/^Статус \(боковая панель\): «Не начато» → «Выполнено/);
    expect(tab.hiddenColumns.slice(0, 10)).toEqual([false, false, false, false, false, true, true, true, true, true]);
  });

  it('in an English document «Что произошло» is English; the hidden columns keep their form, so a mark made in Russian still undoes', () => {
    const addon = seeded(SEED, OPTS);
    const sidebar = () => scriptRunClone(addon.call('sidebarLoad', {}), 'sidebarLoad') as SidebarData;
    const cards = () => {
      const d = sidebar();
      if (d.needIdentity) throw new Error('identity');
      return d.all!;
    };
    const shown = () =>
      addon.emu
        .snapshot()
        .sheets.find((s) => s.name === 'Журнал')!
        .displayValues.slice(1);
    const [a, b] = cards();
    const planRow = (id: string) => sheetValues(addon, 'План').find((r) => r[0] === id);
    const before = planRow(a.id);
    // Marked while the document was Russian, with a comment («Было»/«Стало» hold it)…
    const r = addon.call('sidebarMark', {
      activityId: a.id,
      status: 'done',
      comment: 'готово',
      expectedVersion: a.version,
    });
    expect(r).toMatchObject({ ok: true });
    expect(shown().at(-1)?.[4]).toBe('Статус (боковая панель): «Не начато» → «Выполнено — готово»');
    // …then the document is made English: that mark is still offered for undo, and undone.
    expect(addon.call('remindersSettingsSave', { language: 'en' })).toMatchObject({ warnings: [] });
    expect(cards().find((c) => c.id === a.id)?.canUndo).toBe(true);
    expect(addon.call('sidebarUndo', { activityId: a.id })).toMatchObject({ ok: true });
    // As it was, the status written in the document's language now.
    const st = sheetValues(addon, 'План')[0].indexOf('Статус');
    expect(planRow(a.id)).toEqual(before!.map((v, i) => (i === st ? 'Not started' : v)));
    expect(shown().at(-1)?.[4]).toBe('Status (undo): «Done — готово» → «Not started»');
    // A mark made in English: shown in English, written below in the same form as ever, undone too.
    const b2 = cards().find((c) => c.id === b.id)!;
    addon.call('sidebarMark', { activityId: b.id, status: 'done', comment: 'ready', expectedVersion: b2.version });
    expect(shown().at(-1)?.[4]).toBe('Status (sidebar): «Not started» → «Done — ready»');
    expect(journal(addon).at(-1)?.slice(2, 6)).toEqual([
      b.id,
      'Статус (боковая панель)',
      'Не начато',
      'Выполнено — ready',
    ]);
    expect(addon.call('sidebarUndo', { activityId: b.id })).toMatchObject({ ok: true });
    expect(journal(addon).at(-1)?.slice(2, 6)).toEqual([b.id, 'Статус (отмена)', 'Выполнено — ready', 'Не начато']);
  });

  it('an old Журнал keeps its ledger (nothing sent twice) and is upgraded by the next write, its rows kept', () => {
    const addon = seeded(SEED, OPTS);
    addon.call('menuRemindersOn');
    addon.emu.fireTimeTriggers();
    const sent = addon.emu.outbox.length;
    expect(sent).toBeGreaterThan(0);
    const old = toOldLayout(addon);
    expect(sheetValues(addon, 'Журнал')[0]).toEqual(HEADER);
    addon.emu.fireTimeTriggers(); // the same day: every key is in the old layout's ledger
    expect(addon.emu.outbox.length).toBe(sent);
    // A write upgrades it: the old rows read the same, the new row is in the new layout.
    addon.emu.userEdit('План', `${statusCol(addon)}3`, 'Выполнено', undefined, { user: 'x@example.org' });
    const now = sheetValues(addon, 'Журнал');
    expect(now[0].slice(0, 5)).toEqual(['Время', 'Кто', '№', 'Мероприятие', 'Что произошло']);
    const past = (rows: unknown[][]) => rows.slice(1, old.length).map((r) => r.slice(1)); // the time cell aside
    expect(past(journal(addon))).toEqual(past(old));
    expect(journal(addon).at(-1)?.slice(3)).toEqual(['Статус', 'Не начато', 'Выполнено']);
    addon.emu.fireTimeTriggers();
    expect(addon.emu.outbox.length).toBe(sent);
    const keys = journal(addon)
      .filter((r) => r[3] === 'напоминание')
      .map((r) => r[5]);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
