/**
 * The staff menu on the built add-on in the emulator: open/create Сотрудники, "Заполнить из плана",
 * "Проверить список и ответственных" — on the four seeds, with bad staff input, with call counts.
 */
import { UNRESOLVED_BACKGROUND } from '../../src/core/sheet/plan-tab';
import { STAFF_COLUMNS } from '../../src/core/workbook/schema';
import { type Addon, loadAddon, scriptRunClone } from '../../tools/playground/addon';
import { SEEDS, seeded, seedPlan, sheetValues } from './helpers';

type Snap = ReturnType<Addon['emu']['snapshot']>['sheets'][number];
const tab = (addon: Addon, name: string): Snap | undefined => addon.emu.snapshot().sheets.find((s) => s.name === name);
const lastAlert = (addon: Addon) => addon.emu.ui.alerts.at(-1)?.prompt ?? '';
const batches = (addon: Addon) => addon.emu.calls.count('Spreadsheets.batchUpdate');
const HEADERS = STAFF_COLUMNS.map((c) => c.headers[0]);
const nonEmpty = (rows: unknown[][]) => rows.filter((r) => r.some((c) => String(c ?? '').trim()));

/** A plan imported with no Сотрудники tab at all. */
function planOnly(name: string): Addon {
  const addon = loadAddon({ activeUser: 'coordinator@example.org', effectiveUser: 'coordinator@example.org' });
  addon.call('importApply', scriptRunClone({ plan: seedPlan(name) }, 'importApply'));
  addon.emu.calls.reset();
  return addon;
}

/** The coordinator types into Сотрудники (a script write: no trigger fires). */
function typeStaff(addon: Addon, row: number, cells: string[]): void {
  const sheet = addon.emu.spreadsheet.getSheetByName('Сотрудники')!;
  sheet.getRange(row, 1, 1, cells.length).setNumberFormat('@').setValues([cells]);
}

function planColumn(addon: Addon, header: string): number {
  const i = sheetValues(addon, 'План')[0].indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
}

describe('«Открыть / создать вкладку «Сотрудники»»', () => {
  it('creates the tab in one batch (headers, bold, frozen, text cells, да/нет) and activates it', () => {
    const addon = planOnly('plan-dou-vsoko-2021');
    addon.call('menuStaff');
    expect(batches(addon)).toBe(1);
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(8);
    const s = tab(addon, 'Сотрудники')!;
    expect(s.values[0]).toEqual(HEADERS);
    expect(s.fontWeights[0].slice(0, HEADERS.length)).toEqual(HEADERS.map(() => 'bold'));
    expect(s.frozenRows).toBe(1);
    expect(s.columnWidths.slice(0, HEADERS.length)).toEqual(STAFF_COLUMNS.map((c) => c.width));
    expect(s.numberFormats[5].slice(0, HEADERS.length)).toEqual(HEADERS.map(() => '@'));
    const active = HEADERS.indexOf('Активен');
    expect(s.dataValidations[1][active]?.values).toEqual(['да', 'нет']);
    expect(s.dataValidations[1][0]).toBeNull();
    expect(addon.emu.snapshot().activeSheet).toBe('Сотрудники');
    expect(addon.emu.ui.toasts.length).toBe(1);
  });

  it('an existing tab is only activated: nothing written, nothing lost', () => {
    const addon = seeded('plan-school-vsoko-2020');
    addon.emu.spreadsheet.getSheetByName('План')!.activate();
    const before = sheetValues(addon, 'Сотрудники');
    addon.emu.calls.reset();
    addon.call('menuStaff');
    expect(batches(addon)).toBe(0);
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(6);
    expect(sheetValues(addon, 'Сотрудники')).toEqual(before);
    expect(addon.emu.snapshot().activeSheet).toBe('Сотрудники');
    expect(addon.emu.snapshot().sheets.filter((s) => s.name === 'Сотрудники')).toHaveLength(1);
  });
});

describe('«Заполнить из плана»', () => {
  it.each(SEEDS)('%s without a staff tab: creates it and adds every proposed row in one batch', (name) => {
    const addon = planOnly(name);
    addon.call('menuStaffFromPlan');
    expect(batches(addon)).toBe(1);
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(8);
    const s = tab(addon, 'Сотрудники')!;
    expect(s.values[0]).toEqual(HEADERS);
    const rows = nonEmpty(s.values.slice(1));
    expect(rows.length).toBeGreaterThan(0);
    expect(lastAlert(addon)).toContain(`Добавлено строк: ${rows.length}`);
    expect(lastAlert(addon)).toMatch(/вписать e-mail/);
    // Every row: an empty e-mail to type, active, a note saying what it is and where it came from.
    const email = HEADERS.indexOf('E-mail');
    rows.forEach((r, i) => {
      expect(r[email]).toBe('');
      expect(r[HEADERS.indexOf('Активен')]).toBe('да');
      expect(s.notes[i + 1][0]).toMatch(/Из плана: «/);
    });
    expect(addon.emu.snapshot().activeSheet).toBe('Сотрудники');
    // Filled in again: the rows already cover the plan, nothing is added twice.
    addon.emu.calls.reset();
    addon.call('menuStaffFromPlan');
    expect(batches(addon)).toBe(0);
    expect(lastAlert(addon)).toMatch(/Добавлять нечего/);
    expect(nonEmpty(sheetValues(addon, 'Сотрудники').slice(1))).toEqual(rows);
  });

  it('with the staff list filled: adds only what is missing, after the existing rows, keeping them', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const before = nonEmpty(sheetValues(addon, 'Сотрудники'));
    addon.call('menuStaffFromPlan');
    expect(lastAlert(addon)).toMatch(/Добавлять нечего/);
    expect(batches(addon)).toBe(0);
    // A responsible nobody in the list covers: one row is proposed for it.
    const s = addon.emu.spreadsheet.getSheetByName('План')!;
    const col = planColumn(addon, 'Ответственные') + 1;
    s.getRange(2, col).setValue('Учитель-логопед');
    addon.emu.calls.reset();
    addon.call('menuStaffFromPlan');
    expect(batches(addon)).toBe(1);
    const after = nonEmpty(sheetValues(addon, 'Сотрудники'));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(String(after.at(-1)?.[1])).toMatch(/логопед/i);
    expect(lastAlert(addon)).toContain('Добавлено строк: 1');
  });

  it('in an English document: «Заполнить из плана» and «Проверить список…» answer in English', () => {
    const addon = planOnly('plan-dou-vsoko-2021');
    expect(addon.call('remindersSettingsSave', { language: 'en' })).toMatchObject({ warnings: [] });
    addon.call('menuStaffFromPlan');
    const fill = lastAlert(addon);
    expect(fill).toMatch(
      /^The «Сотрудники» tab is created\. Rows added: 4 \(people 1, posts 2, groups 1\)\.\nOnly the e-mails/,
    );
    expect(fill).toMatch(/\nThen: «Сотрудники» → «Проверить список и ответственных»\.$/);
    addon.call('menuStaffFromPlan');
    expect(lastAlert(addon)).toMatch(/^Nothing to add: /);
    addon.call('menuStaffCheck');
    expect(addon.emu.ui.alerts.at(-1)?.title).toBe('Checking the staff and the responsibles');
    expect(lastAlert(addon)).toMatch(/^The «Сотрудники» list: 4 staff, 4 remarks\.\nNo e-mail \(4\):/);
  });

  it('in an English document a refusal of a menu item is English too (menuAction shows the error in the document’s language)', () => {
    const addon = planOnly('plan-dou-vsoko-2021');
    addon.call('menuStaffCheck');
    expect(lastAlert(addon)).toMatch(/^Вкладки «Сотрудники» нет\./);
    addon.call('remindersSettingsSave', { language: 'en' });
    addon.call('menuStaffCheck');
    expect(lastAlert(addon)).toBe('There is no Сотрудники tab yet.');
  });

  it('a reordered staff tab gets the values under the right headers', () => {
    const addon = planOnly('plan-school-vsoko-2020');
    addon.emu.spreadsheet.insertSheet('Сотрудники');
    typeStaff(addon, 1, ['Активен', 'E-mail', 'Должность', 'ФИО']);
    addon.call('menuStaffFromPlan');
    const v = sheetValues(addon, 'Сотрудники');
    expect(v[0].slice(0, 6)).toEqual(['Активен', 'E-mail', 'Должность', 'ФИО', 'Группы', 'Псевдонимы']);
    expect(v.slice(1).some((r) => r[2] === 'Директор' && r[0] === 'да' && r[1] === '')).toBe(true);
  });

  it('without a План tab: a Russian message, nothing written', () => {
    const addon = loadAddon();
    const before = addon.emu.snapshot().sheets;
    addon.emu.recordSheetsCalls();
    addon.call('menuStaffFromPlan');
    expect(lastAlert(addon)).toMatch(/Вкладки «План» нет/);
    // The one write is the owner of record in the document's state (its first coordinator action).
    const writes = addon.emu.sheetsCalls.filter((c) => c.method === 'spreadsheets.batchUpdate');
    const kinds = writes.flatMap((c) => (c.body as { requests: object[] }).requests.map((r) => Object.keys(r)[0]));
    expect(new Set(kinds)).toEqual(new Set(['createDeveloperMetadata']));
    expect(addon.emu.snapshot().sheets).toEqual(before);
  });
});

describe('«Проверить список и ответственных»', () => {
  it.each(SEEDS)('%s: reports, refreshes only Кому напоминать and the highlight, in one batch', (name) => {
    const addon = seeded(name);
    const before = tab(addon, 'План')!;
    const staffBefore = sheetValues(addon, 'Сотрудники');
    const notify = planColumn(addon, 'Кому напоминать');
    const resp = planColumn(addon, 'Ответственные');
    // The coordinator wiped the computed column: the check writes it back.
    const plan = addon.emu.spreadsheet.getSheetByName('План')!;
    plan.getRange(2, notify + 1, before.values.length - 1, 1).clearContent();
    addon.emu.calls.reset();
    addon.call('menuStaffCheck');
    expect(batches(addon)).toBe(1);
    // 6, and the read-back that checks the column landed on the rows it was computed for.
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(7);
    const after = tab(addon, 'План')!;
    expect(after.values.map((r) => r[notify])).toEqual(before.values.map((r) => r[notify]));
    const others = (s: Snap) => s.values.map((r) => r.filter((_, j) => j !== notify));
    expect(others(after)).toEqual(others(before));
    const fmt = (s: Snap) => s.backgrounds.map((r) => r.filter((_, j) => j !== resp));
    expect(fmt(after)).toEqual(fmt(before));
    expect(after.backgrounds.map((r) => r[resp])).toEqual(before.backgrounds.map((r) => r[resp]));
    expect(after.notes.map((r) => r[resp])).toEqual(before.notes.map((r) => r[resp]));
    expect(sheetValues(addon, 'Сотрудники')).toEqual(staffBefore);
    const report = lastAlert(addon);
    expect(report).toMatch(/^Список «Сотрудники»: сотрудников \d+/);
    expect(report).toMatch(/Ответственные в плане: /);
  });

  describe('bad staff input (dou plan)', () => {
    function broken(): { addon: Addon; staffBefore: unknown[][] } {
      const addon = seeded('plan-dou-vsoko-2021');
      // Row 3: Ковалёва, the head of the expert group, without an e-mail; row 4: a broken address.
      typeStaff(addon, 3, [
        'Ковалёва Ирина Сергеевна',
        'Старший воспитатель; Руководитель экспертной группы ВСОКО',
        '',
        'Экспертная группа ВСОКО',
        '',
        'да',
      ]);
      typeStaff(addon, 4, ['Смирнова Ольга Петровна', 'Воспитатель', 'o.smirnova(at)dou1', '', '', 'да']);
      const n = sheetValues(addon, 'Сотрудники').length;
      // The same name twice; a second "Остапенко Н.М." (ask, don't guess); an inactive person.
      typeStaff(addon, n + 1, ['Галиева Алсу Ринатовна', 'Педагог-психолог', 'alsu@example.org', '', '', 'да']);
      typeStaff(addon, n + 2, [
        'Остапенко Нина Максимовна',
        'Музыкальный руководитель',
        'nina@example.org',
        '',
        '',
        'да',
      ]);
      typeStaff(addon, n + 3, ['Орлова Вера Ильинична', 'Воспитатель', 'v.orlova@example.org', '', '', 'нет']);
      addon.emu.calls.reset();
      return { addon, staffBefore: sheetValues(addon, 'Сотрудники') };
    }

    it('each problem is in the Russian report with its row; Сотрудники is untouched', () => {
      const { addon, staffBefore } = broken();
      const n = staffBefore.length;
      addon.call('menuStaffCheck');
      const report = lastAlert(addon);
      expect(report).toContain('Строка 3: не указан e-mail (Ковалёва Ирина Сергеевна)');
      expect(report).toContain('Строка 4: «o.smirnova(at)dou1» — неправильный адрес e-mail');
      expect(report).toMatch(new RegExp(`Строка ${n - 2}: «Галиева Алсу Ринатовна» уже есть в строке 5`));
      expect(report).toContain(`Строка ${n}: Орлова Вера Ильинична — неактивен(на)`);
      expect(report).toMatch(
        /Подходят несколько сотрудников[^\n]*\n\s+• «[^»\n]*Остапенко Н\.М\.»: подходят [^\n]*Остапенко Наталья Михайловна/,
      );
      expect(report).toMatch(/Остапенко Нина Максимовна/);
      expect(report).toMatch(/Руководитель экспертной группы[^\n]*не указан e-mail/);
      expect(sheetValues(addon, 'Сотрудники')).toEqual(staffBefore);
      expect(batches(addon)).toBe(1);
    });

    it('the ambiguous responsible is highlighted with a note and nobody is guessed for it', () => {
      const { addon } = broken();
      addon.call('menuStaffCheck');
      const plan = tab(addon, 'План')!;
      const resp = planColumn(addon, 'Ответственные');
      const notify = planColumn(addon, 'Кому напоминать');
      const rows = plan.values
        .map((_r, i) => i)
        .filter((i) => i > 0 && /Остапенко Н\.М\./.test(String(plan.values[i][resp])));
      expect(rows.length).toBeGreaterThan(0);
      for (const i of rows) {
        expect(plan.backgrounds[i][resp]).toBe(UNRESOLVED_BACKGROUND);
        expect(plan.notes[i][resp]).toMatch(/подходят несколько сотрудников/);
        expect(String(plan.values[i][notify])).not.toMatch(/ostapenko|nina@/);
      }
    });

    it('fixing the list and checking again clears the highlight', () => {
      const { addon, staffBefore } = broken();
      addon.call('menuStaffCheck');
      typeStaff(addon, staffBefore.length - 1, ['', '', '', '', '', '']);
      addon.call('menuStaffCheck');
      const plan = tab(addon, 'План')!;
      const resp = planColumn(addon, 'Ответственные');
      const notify = planColumn(addon, 'Кому напоминать');
      const i = plan.values.findIndex((r) => /Остапенко Н\.М\./.test(String(r[resp])));
      expect(plan.backgrounds[i][resp]).not.toBe(UNRESOLVED_BACKGROUND);
      expect(plan.notes[i][resp]).toBe('');
      expect(String(plan.values[i][notify])).toContain('n.ostapenko@dou1.example.org');
      expect(lastAlert(addon)).not.toMatch(/Подходят несколько/);
    });
  });

  it('a long report is cut with «и ещё»', () => {
    const addon = seeded('plan-orsk-mkdo-2020');
    const s = addon.emu.spreadsheet.getSheetByName('Сотрудники')!;
    const n = s.getLastRow();
    const rows = Array.from({ length: 12 }, (_, i) => [`Сотрудник${i} Тест`, 'Воспитатель', '', '', '', 'да']);
    s.getRange(n + 1, 1, rows.length, 6)
      .setNumberFormat('@')
      .setValues(rows);
    addon.call('menuStaffCheck');
    expect(lastAlert(addon)).toMatch(/Нет e-mail \(1[2-9]\):[\s\S]*… и ещё \d+/);
  });

  it('without a Сотрудники tab: says how to create it, writes nothing', () => {
    const addon = planOnly('plan-dou-vsoko-2021');
    addon.call('menuStaffCheck');
    expect(lastAlert(addon)).toMatch(/Вкладки «Сотрудники» нет/);
    expect(batches(addon)).toBe(0);
  });
});
