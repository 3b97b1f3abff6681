/**
 * A published add-on's daily run with no document (issue 13): the trigger finds its spreadsheet in
 * the sender's registry (user properties, trigger UID → spreadsheet ID), opens it by ID and reads
 * the document's state from its developer metadata — the one store every context uses. On the built
 * add-on, with the emulator's 'detached' mode: no active spreadsheet, no document properties, no
 * document lock in the time-driven run.
 */
import { addDays } from '../../src/core/dates/calendar';
import { KEYS } from '../../src/core/workbook/schema';
import type { EmulatorOptions } from '../../tools/emulator';
import { type Addon, loadAddon } from '../../tools/playground/addon';
import { COORDINATOR, docState, seeded, seedInAnotherSpreadsheet, sheetValues } from './helpers';

const SEED = 'plan-dou-vsoko-2021';
const FROM = '2021-01-11';
const at = (day: string) => `${day}T03:20:00Z`;
const OPTS: EmulatorOptions = { spreadsheetTimeZone: 'Asia/Yekaterinburg', now: at(FROM) };
const DETACHED: EmulatorOptions = { ...OPTS, addonTimeTriggers: 'detached' };
const dailyTriggers = (addon: Addon) => addon.emu.triggers.filter((t) => t.functionName === 'onDailyReminders');
const registry = (addon: Addon) =>
  Object.fromEntries([...addon.emu.properties.userStore(COORDINATOR)].filter(([k]) => k.startsWith('daily.trigger.')));

function enable(addon: Addon, id = addon.emu.documents[0]): void {
  addon.emu.inDocument(id, () => addon.call('menuRemindersOn'));
}

/** Every e-mail of `days` daily runs: day (spreadsheet zone), recipient, subject. */
function mailOverDays(addon: Addon, days: number): string[] {
  for (let i = 0; i < days; i++) {
    addon.emu.setNow(at(addDays(FROM, i)));
    addon.emu.fireTimeTrigger('onDailyReminders');
  }
  return addon.emu.outbox.map(
    (m) =>
      `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Yekaterinburg' }).format(m.at)}|${m.to}|${m.subject}|${m.name}`,
  );
}

const seedSecond = (addon: Addon) => seedInAnotherSpreadsheet(addon, SEED);

describe('the daily run with no active spreadsheet', () => {
  it('sends exactly the e-mails the bound run sends (same days, same people, same letters) over 45 days', () => {
    const bound = seeded(SEED, OPTS);
    enable(bound);
    const detached = seeded(SEED, DETACHED);
    enable(detached);
    const expected = mailOverDays(bound, 45);
    expect(expected.length).toBeGreaterThan(20);
    expect(mailOverDays(detached, 45)).toEqual(expected);
    // It really ran without a document: the state and the status were reached by ID.
    expect(JSON.parse(docState(detached)[KEYS.status]).result).toMatch(/ok|partial/);
    expect(detached.emu.logs.filter((l) => l.startsWith('warn'))).toEqual([]);
  });

  it('registers the trigger in the sender’s user properties, and «Выключить» removes the entry with the trigger', () => {
    const addon = seeded(SEED, DETACHED);
    enable(addon);
    const [t] = dailyTriggers(addon);
    expect(registry(addon)).toEqual({
      [`daily.trigger.${t.id}`]: expect.stringContaining(`"spreadsheetId":"${addon.emu.documents[0]}"`),
    });
    addon.call('menuRemindersOff');
    expect(dailyTriggers(addon)).toHaveLength(0);
    expect(registry(addon)).toEqual({});
  });

  it('two spreadsheets of one sender, each with its own trigger: each run reads its own settings and plan', () => {
    const addon = seeded(SEED, DETACHED);
    const second = seedSecond(addon);
    const [first] = addon.emu.documents;
    addon.call('remindersSettingsSave', { senderName: 'Детский сад № 1', weekdaysOnly: false });
    addon.emu.inDocument(second, () => addon.call('remindersSettingsSave', { senderName: 'Школа № 2' }));
    // The second plan keeps only its first 10 activities: its run reminds of those only.
    addon.emu.inDocument(second, () => {
      const plan = addon.emu.spreadsheet.getSheetByName('План')!;
      plan.deleteRows(12, plan.getLastRow() - 11);
    });
    enable(addon, first);
    enable(addon, second);
    expect(Object.keys(registry(addon))).toHaveLength(2);
    const mails = mailOverDays(addon, 21);
    const of = (name: string) => addon.emu.outbox.filter((m) => m.name === name);
    const weekend = (m: { at: Date }) => [0, 6].includes(new Date(m.at.getTime() + 5 * 3600_000).getUTCDay());
    expect(of('Детский сад № 1').length + of('Школа № 2').length).toBe(mails.length);
    for (const m of of('Детский сад № 1')) expect(m.body).toContain(first);
    for (const m of of('Школа № 2')) expect(m.body).toContain(second);
    for (const m of of('Школа № 2')) expect(m.body).not.toContain(first);
    // Its own settings: weekends only in the first; its own plan: fewer e-mails in the second.
    expect(of('Детский сад № 1').some(weekend)).toBe(true);
    expect(of('Школа № 2').some(weekend)).toBe(false);
    expect(of('Школа № 2').length).toBeGreaterThan(0);
    expect(of('Школа № 2').length).toBeLessThan(of('Детский сад № 1').length);
  });

  it('a registry entry whose spreadsheet the sender can no longer open: logged, the trigger and the entry removed, no loop', () => {
    const addon = seeded(SEED, DETACHED);
    enable(addon);
    addon.emu.revokeAccess(addon.emu.documents[0], COORDINATOR);
    addon.emu.setNow(at('2021-02-01'));
    expect(addon.emu.fireTimeTrigger('onDailyReminders')).toBe(1);
    expect(addon.emu.outbox).toHaveLength(0);
    expect(addon.emu.logs.at(-1)).toMatch(/рассылка остановлена — таблица .* не открывается/);
    expect(dailyTriggers(addon)).toHaveLength(0);
    expect(registry(addon)).toEqual({});
    expect(addon.emu.fireTimeTrigger('onDailyReminders')).toBe(0);
  });

  it('a hand-over: the old sender’s trigger retires in its run with no document and takes its entry along', () => {
    const B = 'second@example.org';
    const addon = seeded(SEED, DETACHED);
    addon.call('remindersSettingsSave', { coordinators: [COORDINATOR, B] });
    enable(addon);
    addon.emu.ui.answer('YES');
    addon.emu.runAs({ email: B }, () => addon.call('menuRemindersTakeOver'));
    expect(
      dailyTriggers(addon)
        .map((t) => t.owner)
        .sort(),
    ).toEqual([B, COORDINATOR].sort());
    mailOverDays(addon, 10);
    expect(dailyTriggers(addon).map((t) => t.owner)).toEqual([B]);
    expect(registry(addon)).toEqual({});
    const ofB = [...addon.emu.properties.userStore(B).keys()].filter((k) => k.startsWith('daily.trigger.'));
    expect(ofB).toEqual([`daily.trigger.${dailyTriggers(addon)[0].id}`]);
    expect(addon.emu.outbox.length).toBeGreaterThan(0);
    expect(new Set(addon.emu.outbox.map((m) => m.from))).toEqual(new Set([B]));
  });

  it('a trigger with no registry entry (made by an earlier version) stops the same way', () => {
    const addon = seeded(SEED, DETACHED);
    enable(addon);
    addon.emu.properties.userStore(COORDINATOR).clear();
    addon.emu.fireTimeTrigger('onDailyReminders');
    expect(addon.emu.outbox).toHaveLength(0);
    expect(addon.emu.logs.at(-1)).toMatch(/нет в реестре/);
    expect(dailyTriggers(addon)).toHaveLength(0);
  });
});

describe('the document state', () => {
  it('is read within the Spreadsheets.get every action makes: no document properties in any action', () => {
    const addon = seeded(SEED, OPTS);
    addon.emu.calls.reset();
    addon.call('sidebarLoad', {});
    const sidebar = addon.emu.calls.log.map((c) => c.method);
    expect(sidebar).not.toContain('PropertiesService.getDocumentProperties');
    expect(addon.emu.calls.count('Spreadsheets.get')).toBe(1);
    addon.emu.calls.reset();
    addon.call('menuRemindersOn');
    addon.emu.fireTimeTrigger('onDailyReminders');
    addon.emu.userEdit('План', 'A2', 'x');
    expect(addon.emu.calls.count('PropertiesService.getDocumentProperties')).toBe(0);
  });

  it('moves an earlier version’s document properties once, in the document, and never reads them again', () => {
    const addon = loadAddon({ ...OPTS, activeUser: COORDINATOR, effectiveUser: COORDINATOR });
    const old = {
      [KEYS.owner]: JSON.stringify({
        email: COORDINATOR,
        how: 'drive-owner',
        since: '2020-09-01T00:00:00.000Z',
        pending: null,
      }),
      [KEYS.settings]: JSON.stringify({ coordinators: ['i.kovaleva@dou1.example.org'], senderName: 'Старое имя' }),
      [KEYS.planMeta]: JSON.stringify({ title: 'План 2020', horizonYear: 2021, importedAt: null }),
    };
    for (const [k, v] of Object.entries(old)) addon.emu.properties.document.set(k, v);
    addon.call('sidebarLoad', {});
    const state = docState(addon);
    for (const [k, v] of Object.entries(old)) expect(state[k]).toBe(v);
    expect(state['state.migrated']).toBeTruthy();
    expect([...addon.emu.properties.document.keys()]).toEqual([]);
    // Written there again by hand (an old copy of the script): never read again.
    addon.emu.properties.document.set(KEYS.settings, JSON.stringify({ senderName: 'Подмена' }));
    addon.emu.calls.reset();
    addon.call('sidebarLoad', {});
    expect(addon.emu.calls.count('PropertiesService.getDocumentProperties')).toBe(0);
    expect(JSON.parse(docState(addon)[KEYS.settings]).senderName).toBe('Старое имя');
  });

  it('a staff editor cannot change the owner, the coordinators or the sender — not by cells, not by their own metadata', () => {
    const addon = seeded(SEED, OPTS);
    addon.call('remindersSettingsSave', { coordinators: ['i.kovaleva@dou1.example.org'] });
    addon.call('menuRemindersOn');
    const before = docState(addon);
    const STAFF = 'o.smirnova@dou1.example.org';
    // Every cell they can type into: Сотрудники (a role typed in), a new tab named like a store.
    addon.emu.runAs({ email: STAFF }, () => {
      addon.emu.userEdit('Сотрудники', 'A2', STAFF);
      const ss = addon.emu.spreadsheet;
      ss.insertSheet('access.owner')
        .getRange('A1:B1')
        .setValues([['owner', STAFF]]);
    });
    // Their own script or API client: another developer project, with our keys.
    addon.emu.runAs({ email: STAFF }, () =>
      addon.emu.asProject('someone-else', () => {
        const { Sheets } = addon.emu.globals;
        const forged = JSON.stringify({ email: STAFF, how: 'drive-owner', since: '2000-01-01T00:00:00.000Z' });
        Sheets.Spreadsheets!.batchUpdate(
          {
            requests: [KEYS.owner, KEYS.sender, KEYS.settings].flatMap((key) =>
              (['DOCUMENT', 'PROJECT'] as const).map((visibility) => ({
                createDeveloperMetadata: {
                  developerMetadata: {
                    metadataKey: key,
                    metadataValue: key === KEYS.settings ? JSON.stringify({ coordinators: [STAFF] }) : forged,
                    location: { spreadsheet: true },
                    visibility,
                  },
                },
              })),
            ),
          },
          addon.emu.documents[0],
        );
        // Our PROJECT entries are invisible to them: nothing of ours to update or delete.
        const seen = Sheets.Spreadsheets!.get(addon.emu.documents[0], { fields: 'developerMetadata' });
        expect(seen.developerMetadata?.every((m) => m.metadataValue?.includes(STAFF))).toBe(true);
      }),
    );
    expect(docState(addon)).toEqual(before);
    const refusal = addon.emu.runAs({ email: STAFF }, () =>
      addon.call('remindersSettingsSave', { coordinators: [STAFF] }),
    ) as { ok: boolean; kind: string };
    expect(refusal).toMatchObject({ ok: false, kind: 'forbidden' });
    addon.emu.ui.answer('OK');
    addon.emu.runAs({ email: STAFF }, () => addon.call('menuRemindersTakeOver'));
    expect(addon.emu.ui.alerts.at(-1)?.prompt).toMatch(/только координатор/);
    expect(docState(addon)).toEqual(before);
    expect(sheetValues(addon, 'Сотрудники').length).toBeGreaterThan(1);
  });
});
