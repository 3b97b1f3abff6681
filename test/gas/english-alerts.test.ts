/**
 * In an English document every alert, prompt, warning, cell note and e-mail the add-on words is
 * English (issue 16: one language per document, the same on every screen): «Состояние
 * напоминаний», taking sending over, the preview, the test letter, the settings' warnings, the
 * staff tab's read problems, the run's status and the highlighted responsibles' notes. What stays
 * Russian by design is quoted: the menu's items and the tabs' names («Напоминания → …», «Журнал»),
 * which the add-on finds its tabs by (README, «One language per document»).
 */
import type { Addon } from '../../tools/playground/addon';
import { foreignWords } from '../language/scan';
import { COORDINATOR, seeded, sheetValues } from './helpers';

const SEED = 'plan-dou-vsoko-2021';
const OPTS = { spreadsheetTimeZone: 'Asia/Yekaterinburg', now: '2021-02-01T03:20:00Z' };
const B = 'second@example.org';

const lastAlert = (addon: Addon) => addon.emu.ui.alerts.at(-1)?.prompt ?? '';
const as = <T>(addon: Addon, email: string, fn: () => T): T => addon.emu.runAs({ email }, fn);

/** Russian words in an English text, once the workbook's and menu's names and `data` are out (test/language/scan.ts). */
const russianWords = (text: string, ...data: string[]) => foreignWords(text, 'en', data);

function english(settings: Record<string, unknown> = {}): Addon {
  const addon = seeded(SEED, OPTS);
  expect(addon.call('remindersSettingsSave', { language: 'en', hour: 8, ...settings })).toMatchObject({
    warnings: [],
  });
  return addon;
}

describe('an English document: the reminder menu answers in English', () => {
  it('«Состояние напоминаний» before and after a run', () => {
    const addon = english();
    addon.call('menuRemindersStatus');
    const before = lastAlert(addon);
    expect(before).toMatch(
      /^Reminders: off\.\nSender: you \(coordinator@example\.org\), since 01\.02\.2021\. Your daily trigger: none\./,
    );
    expect(before).toMatch(/\nNo run yet\.\nLetters left for today from your address \(quota\): \d+\./);
    expect(russianWords(before)).toEqual([]);
    addon.call('menuRemindersOn');
    addon.emu.fireTimeTriggers();
    addon.call('menuRemindersStatus');
    const after = lastAlert(addon);
    expect(after).toMatch(/^Reminders: on, every day at about 8:00 \(Asia\/Yekaterinburg\), on working days\./);
    expect(after).toContain(`Sender: you (${COORDINATOR}), since `);
    expect(after).toMatch(/Your daily trigger: yes \(at about 8:00\)\./);
    expect(after).toMatch(/\nLast run: [\d.]+ [\d:]+ \([\d.]+\) — E-mails sent: [1-9]\d*; deferred: 0; errors: 0\./);
    expect(russianWords(after)).toEqual([]);
  });

  it('a Russian document still says it in Russian', () => {
    const addon = seeded(SEED, OPTS);
    addon.call('menuRemindersStatus');
    expect(lastAlert(addon)).toMatch(
      /^Напоминания: выключены\.\nОтправитель: вы \(coordinator@example\.org\), с 01\.02\.2021\./,
    );
  });

  it('another sender, the question of taking sending over and its answer', () => {
    const addon = english({ coordinators: [COORDINATOR, B] });
    addon.call('menuRemindersOn');
    as(addon, B, () => addon.call('menuRemindersOn'));
    expect(lastAlert(addon)).toMatch(new RegExp(`^Reminders are on: .*\\. ${COORDINATOR} sends them`));
    expect(russianWords(lastAlert(addon))).toEqual([]);
    as(addon, B, () => addon.call('menuRemindersStatus'));
    expect(lastAlert(addon)).toContain(`Sender: ${COORDINATOR}, since `);
    expect(russianWords(lastAlert(addon))).toEqual([]);
    addon.emu.ui.answer('YES');
    as(addon, B, () => addon.call('menuRemindersTakeOver'));
    const question = addon.emu.ui.alerts.at(-2)!.prompt;
    expect(question).toMatch(
      new RegExp(`^${COORDINATOR} sends the reminders now: .* Send them from your address \\(${B}\\)\\?`),
    );
    expect(russianWords(question)).toEqual([]);
    expect(lastAlert(addon)).toMatch(new RegExp(`^Done: reminders go out from your address \\(${B}\\), every day`));
    as(addon, B, () => addon.call('menuRemindersTakeOver'));
    expect(lastAlert(addon)).toBe(`Reminders go out from your address (${B}) already.`);
  });

  it('saving the settings while another account sends: the save’s notes are English', () => {
    const addon = english({ coordinators: [COORDINATOR, B] });
    addon.call('menuRemindersOn');
    // B saves a new hour: the sender's trigger takes it after its next run.
    const later = as(addon, B, () =>
      addon.call('remindersSettingsSave', { language: 'en', enabled: true, coordinators: [COORDINATOR, B], hour: 10 }),
    );
    expect(later).toMatchObject({
      warnings: [`The new hour takes effect after the sender's (${COORDINATOR}) next run.`],
    });
    // B sends; the owner saves a list without B: the owner sends from now on.
    addon.emu.ui.answer('YES');
    as(addon, B, () => addon.call('menuRemindersTakeOver'));
    const left = addon.call('remindersSettingsSave', {
      language: 'en',
      enabled: true,
      coordinators: [COORDINATOR],
      hour: 10,
    });
    expect(left).toMatchObject({
      warnings: [`${B} is no longer a coordinator: reminders go out from your address (${COORDINATOR}) now.`],
    });
  });

  it('the preview: the prompt, a date it cannot read, the list of e-mails', () => {
    const addon = english();
    addon.emu.ui.answerPrompt('завтра');
    addon.call('menuRemindersPreview');
    expect(addon.emu.ui.prompts.at(-1)?.prompt).toBe('Date of the mailing (dd.mm.yyyy):');
    expect(lastAlert(addon)).toBe('The date is not clear: type it as dd.mm.yyyy, e.g. 15.03.2021.');
    addon.emu.ui.answerPrompt('01.02.2021');
    addon.call('menuRemindersPreview');
    expect(addon.emu.ui.alerts.at(-1)?.title).toMatch(/^Mailing of 01\.02\.2021: \d+ e-mails$/);
    addon.emu.ui.answerPrompt('01.02.2031');
    addon.call('menuRemindersPreview');
    expect(lastAlert(addon)).toBe('No e-mails that day: nothing to remind of.');
  });

  it('the test letter and its alert', () => {
    const addon = english();
    addon.call('menuRemindersTest');
    expect(lastAlert(addon)).toBe(`A test letter was sent to ${COORDINATOR}.`);
    const mail = addon.emu.outbox.at(-1)!;
    expect(mail.subject).toMatch(/^\[test\] |^План-график: a test letter$/);
    expect(russianWords(mail.subject)).toEqual([]);
  });

  it('settings that will not do: every warning names the field and what it takes, in English', () => {
    const addon = english();
    const r = addon.call('remindersSettingsSave', {
      language: 'en',
      hour: -5,
      overdueTimes: 99,
      coordinators: [COORDINATOR, 'not an address'],
    }) as { warnings: string[] };
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        'Setting «Hour of sending»: «-5» will not do — it takes a whole number from 0 to 23; the default (8) is used.',
        'Setting «After the deadline: up to M times»: «99» will not do — it takes a whole number from 0 to 30; the default (3) is used.',
        'Coordinators: «not an address» is not an e-mail address and is left out.',
      ]),
    );
    for (const w of r.warnings) expect(russianWords(w)).toEqual([]);
  });

  it('«Проверить список…»: the staff tab’s own read problems are English', () => {
    const addon = english();
    const staff = sheetValues(addon, 'Сотрудники');
    const active = staff[0].indexOf('Активен');
    const cell = `${String.fromCharCode(65 + active)}2`;
    addon.emu.spreadsheet.getSheetByName('Сотрудники')!.getRange(cell).setValue('может быть');
    addon.call('menuStaffCheck');
    expect(
      russianWords(
        lastAlert(addon),
        'может быть',
        ...['Сотрудники', 'План'].flatMap((t) => sheetValues(addon, t).flat().map(String)),
      ),
    ).toEqual([]);
    expect(lastAlert(addon)).toContain(
      'Row 2: the «Активен» column has an unclear «может быть» — the person counts as active. Write «yes» or «no».',
    );
  });

  it('a responsible nobody matches: its note in the plan is English', () => {
    const addon = english();
    const plan = sheetValues(addon, 'План');
    const resp = plan[0].indexOf('Ответственные');
    const sheet = addon.emu.spreadsheet.getSheetByName('План')!;
    sheet.getRange(2, resp + 1).setValue('Незнакомцев П.П.');
    addon.call('menuStaffCheck');
    const note = sheet.getRange(2, resp + 1).getNote();
    expect(note).toMatch(/^Who to remind is not clear:\n/);
    expect(russianWords(note, 'Незнакомцев П.П.')).toEqual([]);
  });

  it('a status typed while the document is locked: the editor’s toast is English', () => {
    const addon = english();
    const status = String.fromCharCode(65 + sheetValues(addon, 'План')[0].indexOf('Статус'));
    addon.emu.holdLock('document');
    expect(() => addon.emu.userEdit('План', `${status}4`, 'Done', undefined, { user: 'x@example.org' })).toThrow();
    const toast = addon.emu.ui.events.filter((e) => e.kind === 'toast').at(-1)?.text ?? '';
    expect(toast).toMatch(/^Someone else is changing the spreadsheet right now\. .* in a minute choose another status/);
    expect(russianWords(toast)).toEqual([]);
  });

  it('«Открыть / создать вкладку «Сотрудники»» in a document without it: the toast is English', () => {
    const addon = english();
    addon.emu.spreadsheet.deleteSheet(addon.emu.spreadsheet.getSheetByName('Сотрудники')!);
    addon.call('menuStaff');
    const toast = addon.emu.ui.events.filter((e) => e.kind === 'toast').at(-1)?.text ?? '';
    expect(toast).toBe('The «Сотрудники» tab is created: type the staff in, or choose «Заполнить из плана».');
  });
});
