/**
 * Two coordinators in one spreadsheet and one coordinator in two spreadsheets, on the built add-on
 * as an editor add-on (the emulator's default: one trigger of each kind per user per document,
 * getUserTriggers per document, nobody sees or deletes another account's triggers). The daily run
 * with no active spreadsheet (a published add-on's) is test/gas/doc-state.test.ts.
 */
import type { Addon } from '../../tools/playground/addon';
import { scriptRunClone } from '../../tools/playground/addon';
import { journalMachine, seeded, seedInAnotherSpreadsheet, seedPlan, sheetValues } from './helpers';

const A = 'coordinator@example.org';
const B = 'second@example.org';
const SEED = 'plan-dou-vsoko-2021';
const OPTS = { spreadsheetTimeZone: 'Asia/Yekaterinburg', now: '2021-02-01T03:20:00Z' };

const triggersOf = (addon: Addon, fn: string, owner?: string) =>
  addon.emu.triggers.filter((t) => t.functionName === fn && (!owner || t.owner === owner));
const journal = (addon: Addon) => journalMachine(sheetValues(addon, 'Журнал')).slice(1);
const statusCol = (addon: Addon) => String.fromCharCode(65 + sheetValues(addon, 'План')[0].indexOf('Статус'));
const lastAlert = (addon: Addon) => addon.emu.ui.alerts.at(-1)?.prompt ?? '';
const as = <T>(addon: Addon, email: string, fn: () => T): T => addon.emu.runAs({ email }, fn);

const seedSecond = (addon: Addon) => seedInAnotherSpreadsheet(addon, SEED);

/** Both coordinators named in the settings (so both may take sending over). */
function twoCoordinators(addon: Addon): void {
  addon.call('remindersSettingsSave', { coordinators: [A, B], hour: 8 });
}

describe('two coordinators, one spreadsheet', () => {
  it("a second coordinator's re-import adds no second edit trigger: an edit is journalled once", () => {
    const addon = seeded(SEED, OPTS);
    twoCoordinators(addon);
    expect(triggersOf(addon, 'onPlanEdit')).toHaveLength(1);
    as(addon, B, () => addon.call('importApply', scriptRunClone({ plan: seedPlan(SEED) }, 'importApply')));
    expect(triggersOf(addon, 'onPlanEdit').map((t) => t.owner)).toEqual([A]);
    const before = journal(addon).length;
    addon.emu.userEdit('План', `${statusCol(addon)}3`, 'Выполнено', undefined, { user: 'teacher@example.org' });
    expect(journal(addon).length - before).toBe(1);
  });

  it('turning reminders on again from another account adds no second daily trigger and names the sender', () => {
    const addon = seeded(SEED, OPTS);
    twoCoordinators(addon);
    addon.call('menuRemindersOn');
    expect(triggersOf(addon, 'onDailyReminders').map((t) => t.owner)).toEqual([A]);
    as(addon, B, () => addon.call('menuRemindersOn'));
    expect(triggersOf(addon, 'onDailyReminders')).toHaveLength(1);
    expect(lastAlert(addon)).toContain(`Их отправляет ${A}`);
    as(addon, B, () => addon.call('menuRemindersStatus'));
    expect(lastAlert(addon)).toContain(`Отправитель: ${A}`);
    addon.call('menuRemindersStatus');
    expect(lastAlert(addon)).toContain(`Отправитель: вы (${A})`);
    // One run a day sends each digest once, from the sender's account.
    addon.emu.fireTimeTriggers();
    expect(addon.emu.outbox.length).toBeGreaterThan(0);
    expect(new Set(addon.emu.outbox.map((m) => m.from))).toEqual(new Set([A]));
  });

  it('a coordinator takes sending over; the old sender’s triggers notice it and remove themselves', () => {
    const addon = seeded(SEED, OPTS);
    twoCoordinators(addon);
    addon.call('menuRemindersOn');
    addon.emu.ui.answer('YES');
    as(addon, B, () => addon.call('menuRemindersTakeOver'));
    const question = addon.emu.ui.alerts.at(-2)!;
    expect(question.buttons).toBe('YES_NO');
    expect(question.prompt).toContain(`Сейчас напоминания отправляет ${A}`);
    expect(question.prompt).toContain('удалят себя сами');
    expect(lastAlert(addon)).toContain(`с вашего адреса (${B})`);
    // A's triggers are still there: B could not delete them.
    expect(
      triggersOf(addon, 'onDailyReminders')
        .map((t) => t.owner)
        .sort(),
    ).toEqual([A, B]);
    expect(
      triggersOf(addon, 'onPlanEdit')
        .map((t) => t.owner)
        .sort(),
    ).toEqual([A, B]);
    expect(journal(addon).at(-1)?.slice(3)).toEqual(['отправитель напоминаний', A, B]);
    // The next daily run: A's trigger finds B recorded, does nothing and deletes itself.
    addon.emu.fireTimeTriggers();
    expect(triggersOf(addon, 'onDailyReminders').map((t) => t.owner)).toEqual([B]);
    expect(addon.emu.outbox.length).toBeGreaterThan(0);
    expect(new Set(addon.emu.outbox.map((m) => m.from))).toEqual(new Set([B]));
    // The next edit: journalled once, by B's trigger; A's edit trigger is gone.
    const before = journal(addon).length;
    addon.emu.userEdit('План', `${statusCol(addon)}4`, 'Выполнено', undefined, { user: 'teacher@example.org' });
    expect(journal(addon).length - before).toBe(1);
    expect(triggersOf(addon, 'onPlanEdit').map((t) => t.owner)).toEqual([B]);
  });

  it('only a coordinator or the plan owner may take sending over', () => {
    const addon = seeded(SEED, OPTS);
    addon.call('menuRemindersOn');
    // Refused before the question is asked: one alert with OK.
    as(addon, 'teacher@example.org', () => addon.call('menuRemindersTakeOver'));
    expect(addon.emu.ui.alerts.at(-1)?.buttons).toBe('OK');
    expect(lastAlert(addon)).toContain('это может только координатор или владелец таблицы');
    expect(triggersOf(addon, 'onDailyReminders').map((t) => t.owner)).toEqual([A]);
  });

  it('«Выключить» from another account stops the sending without touching the sender’s trigger', () => {
    const addon = seeded(SEED, OPTS);
    twoCoordinators(addon);
    addon.call('menuRemindersOn');
    as(addon, B, () => addon.call('menuRemindersOff'));
    expect(lastAlert(addon)).toContain(`Ежедневный триггер ${A} остаётся`);
    addon.emu.fireTimeTriggers();
    expect(addon.emu.outbox).toHaveLength(0);
    // B turns them on again: A's trigger sends again, still no trigger of B's.
    as(addon, B, () => addon.call('menuRemindersOn'));
    expect(triggersOf(addon, 'onDailyReminders').map((t) => t.owner)).toEqual([A]);
    addon.emu.fireTimeTriggers();
    expect(addon.emu.outbox.length).toBeGreaterThan(0);
  });

  it('«Выключить» answers in the document’s language: English in an English document', () => {
    const addon = seeded(SEED, OPTS);
    addon.call('remindersSettingsSave', { coordinators: [A, B], hour: 8, language: 'en' });
    addon.call('menuRemindersOn');
    as(addon, B, () => addon.call('menuRemindersOff'));
    expect(lastAlert(addon)).toBe(
      `Reminders are off. The daily trigger of ${A} stays in that account (no one else can delete it), but sends nothing while reminders are off.`,
    );
    addon.call('menuRemindersOn');
    addon.call('menuRemindersOff');
    expect(lastAlert(addon)).toBe('Reminders are off, the daily trigger is deleted.');
    addon.call('menuRemindersOff');
    expect(lastAlert(addon)).toBe('Reminders were off already.');
  });

  it('a spreadsheet from before senders were recorded, with two edit triggers: one journal row, the extra trigger retires', () => {
    const addon = seeded(SEED, OPTS);
    // The sender's entry removed from the document's state (the add-on's developer metadata).
    const wb = addon.emu.library.byId(addon.emu.documents[0])!.wb;
    wb.metadata = wb.metadata?.filter((m) => m.key !== 'triggers.sender');
    const { ScriptApp, SpreadsheetApp } = addon.emu.globals;
    as(addon, B, () => ScriptApp.newTrigger('onPlanEdit').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create());
    expect(triggersOf(addon, 'onPlanEdit')).toHaveLength(2);
    const before = journal(addon).length;
    addon.emu.userEdit('План', `${statusCol(addon)}5`, 'Выполнено', undefined, { user: 'teacher@example.org' });
    expect(journal(addon).length - before).toBe(1);
    expect(triggersOf(addon, 'onPlanEdit').map((t) => t.owner)).toEqual([A]);
  });
});

describe('one coordinator, two spreadsheets', () => {
  it('each spreadsheet gets its own daily trigger; «Выключить» in one leaves the other alone', () => {
    const addon = seeded(SEED, OPTS);
    addon.call('menuRemindersOn');
    const second = seedSecond(addon);
    addon.emu.inDocument(second, () => addon.call('menuRemindersOn'));
    expect(
      triggersOf(addon, 'onDailyReminders')
        .map((t) => t.sourceId)
        .sort(),
    ).toEqual([addon.emu.documents[0], second].sort());
    expect(triggersOf(addon, 'onPlanEdit')).toHaveLength(2);
    addon.emu.inDocument(second, () => addon.call('menuRemindersOff'));
    expect(triggersOf(addon, 'onDailyReminders').map((t) => t.sourceId)).toEqual([addon.emu.documents[0]]);
  });

  it('«Кто вы?» is remembered per spreadsheet, not for every spreadsheet of the user', () => {
    const addon = seeded(SEED, { ...OPTS, activeUser: '' });
    const staff = (addon.call('sidebarLoad', {}) as { staff: { email: string }[] }).staff;
    addon.call('sidebarSetIdentity', { email: staff[0].email });
    expect((addon.call('sidebarLoad', {}) as { needIdentity: boolean }).needIdentity).toBe(false);
    const second = seedSecond(addon);
    addon.emu.inDocument(second, () =>
      expect((addon.call('sidebarLoad', {}) as { needIdentity: boolean }).needIdentity).toBe(true),
    );
  });
});

describe('the menu', () => {
  it('is an add-on menu under Extensions, built in AuthMode.NONE without touching anything else', () => {
    const addon = seeded(SEED, OPTS);
    addon.emu.calls.reset();
    addon.emu.open(undefined, { authMode: 'NONE' });
    const menu = addon.emu.ui.menus.at(-1)!;
    expect(menu).toMatchObject({ addon: true, title: 'План-график' });
    expect(Object.keys(addon.emu.calls.byMethod()).sort()).toEqual([
      'Menu.addToUi',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      'Ui.createMenu',
    ]);
    addon.call('onInstall', { authMode: 'NONE' });
    expect(addon.emu.ui.menus.at(-1)).toEqual(menu);
  });
});

it('in an English document, «Включить напоминания» answers in English', () => {
  const addon = seeded(SEED, OPTS);
  addon.call('remindersSettingsSave', { language: 'en' });
  addon.call('menuRemindersOn');
  expect(lastAlert(addon)).toBe(
    `Reminders are on: every day at about 8:00 (Asia/Yekaterinburg), on working days. The letters go out from your address (${A}). Google runs the trigger at a random minute of that hour.`,
  );
});
