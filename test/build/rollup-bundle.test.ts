/**
 * The department add-on on its built file (issue 18, "Done when" 1): the Орск plan distributed to
 * 5 organisations, different activities marked in each, rolled up; an organisation linked by the
 * URL of a spreadsheet not shared with the department and one whose spreadsheet was deleted each
 * give their row, the rest is right.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { chooseActivities, organisationPlan } from '../../src/core/rollup/distribute';
import { spreadsheetIdOf, spreadsheetUrl } from '../../src/core/rollup/spreadsheet-id';
import { STORE_TAB_NAME } from '../../src/core/rollup/store';
import { ROLLUP_MENU } from '../../src/gas/rollup/menu';
import { MAX_ROLLUP_CODE_BYTES } from '../../tools/build';
import { planValues } from '../core/rollup/fixture';
import {
  department,
  type Emu,
  fillTab,
  ORSK,
  rollupCode,
  SS,
  tabNames,
  tabValues,
  writeMunicipalPlan,
  writeOrganisations,
} from './rollup-helpers';

const ORGS: [string, string][] = [
  ['МДОАУ «Детский сад № 1»', 'ds1@example.org'],
  ['МДОАУ «Детский сад № 2»', 'ds2@example.org'],
  ['МДОАУ «Детский сад № 3»', 'ds3@example.org'],
  ['МДОАУ «Детский сад № 4»', 'ds4@example.org'],
  ['МДОАУ «Детский сад № 5»', 'ds5@example.org'],
];

describe('dist/rollup/Code.js', () => {
  const code = rollupCode();

  it(`is at most ${MAX_ROLLUP_CODE_BYTES / 1024} KB and declares its entry points as top-level functions`, () => {
    expect(statSync(join(__dirname, '../../dist/rollup/Code.js')).size).toBeLessThanOrEqual(MAX_ROLLUP_CODE_BYTES);
    const ast = parse(code, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as {
      body: { type: string; id?: { name: string } }[];
    };
    const declared = ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id!.name);
    expect(declared.sort()).toEqual(['onOpen', 'onInstall', 'rollupContinue', ...ROLLUP_MENU.map((i) => i.fn)].sort());
  });

  it('is not in the school bundle: dist/Code.js has none of its functions', () => {
    const school = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
    for (const s of ['rollupContinue', 'menuDistribute', STORE_TAB_NAME]) expect(school).not.toContain(s);
  });

  it('asks for the narrowest scopes: no Drive, no userinfo', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../dist/rollup/appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes.sort()).toEqual(
      [
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets',
      ].sort(),
    );
    expect(manifest.dependencies.enabledAdvancedServices[0].serviceId).toBe('sheets');
  });
});

describe('«Свод» on the built bundle: distribute the Орск plan to 5 organisations, mark, roll up', () => {
  let emu: Emu;
  let dept: string;
  const given = organisationPlan(chooseActivities(ORSK.activities, 'organisations'));
  let orgIds: string[] = [];

  beforeAll(() => {
    ({ emu, dept } = department());
    writeMunicipalPlan(emu, dept);
    writeOrganisations(emu, dept, ORGS);
  });

  it('adds the «Свод» menu on open, touching no properties', () => {
    emu.calls.reset();
    emu.open();
    const menu = emu.ui.menus.find((m) => m.title === 'План-график: Свод');
    expect(JSON.stringify(menu)).toContain('Разослать план организациям…');
    expect(JSON.stringify(menu)).toContain('Обновить свод');
    expect(emu.calls.byService().PropertiesService ?? 0).toBe(0);
  });

  it('«Разослать план организациям…» makes one plan spreadsheet per organisation, its coordinator an editor, its link in «Организации»', () => {
    const before = emu.documents.length;
    emu.ui.answer('YES'); // only the organisations' activities
    emu.calls.reset();
    emu.runMenuItem('menuDistribute');
    expect(emu.failedExecutions).toEqual([]);
    orgIds = emu.documents.slice(before);
    expect(orgIds).toHaveLength(5);
    // 2 reads of the department's spreadsheet, then 6 calls an organisation.
    expect(emu.calls.byMethod()).toMatchObject({
      'SpreadsheetApp.create': 5,
      'Spreadsheet.addEditor': 5,
      'Spreadsheets.batchUpdate': 10,
      // The department read for the question, and again under the lock once it is answered.
      'Spreadsheets.get': 2,
      'Spreadsheets.Values.batchGet': 2,
    });
    // Fixed: getUi, getActive, getId, the department's get and batchGet; then create, getId,
    // getSpreadsheetLocale, the ID's write, the plan's write and addEditor an organisation; under
    // the lock getActive, getId, get and batchGet again.
    expect(emu.calls.spreadsheet()).toBe(5 + 4 + 6 * 5);
    const rows = tabValues(emu, dept, 'Организации');
    orgIds.forEach((id, i) => {
      expect(rows[i + 1][2]).toBe(spreadsheetUrl(id));
      expect(rows[i + 1][3]).toBe('Разослано');
      const sharing = emu.sharing(id);
      expect(sharing.owner).toBe('owner@example.org');
      expect(sharing.editors).toEqual([ORGS[i][1]]);
      expect(tabNames(emu, id)).toEqual(['План']);
      const plan = tabValues(emu, id, 'План');
      expect(
        plan
          .slice(1)
          .filter((r) => r[0])
          .map((r) => r[0]),
      ).toEqual(given.map((a) => a.id));
    });
    const done = emu.ui.alerts.at(-1)!.prompt;
    expect(done).toContain('Создано таблиц: 5');
    expect(done).toContain(`мероприятий в каждой: ${given.length}`);
  });

  it('run again, it makes none: every organisation has its spreadsheet', () => {
    const n = emu.documents.length;
    emu.runMenuItem('menuDistribute');
    expect(emu.documents.length).toBe(n);
    expect(emu.ui.alerts.at(-1)!.prompt).toContain('рассылать некому');
  });

  it('«Обновить свод» reads each organisation once and writes the two roll-up tabs right; an unshared and a deleted spreadsheet are their rows', () => {
    // Different marks in each: org 1 the first 10 done, org 2 the first 3 and the 20th, org 3 the
    // 31st, org 5 the 6th and the 41st.
    const mark = (ids: number[]) =>
      given.map((a, i) => (ids.includes(i) ? { ...a, status: 'done' as const, doneDate: '2020-10-20' } : a));
    fillTab(emu, orgIds[0], 'План', planValues(mark([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])));
    fillTab(emu, orgIds[1], 'План', planValues(mark([0, 1, 2, 19])));
    fillTab(emu, orgIds[2], 'План', planValues(mark([30])));
    fillTab(emu, orgIds[4], 'План', planValues(mark([5, 40])));
    // Org 4's spreadsheet is deleted; a sixth organisation links its own plan, not shared with the department.
    emu.deleteSpreadsheet(orgIds[3]);
    const unshared = emu.addSpreadsheet({ owner: 'ds6@example.org', restricted: true });
    fillTab(emu, unshared, 'План', planValues(given));
    const rows = tabValues(emu, dept, 'Организации');
    fillTab(emu, dept, 'Организации', [
      ...rows,
      ['МДОАУ «Детский сад № 6»', 'ds6@example.org', spreadsheetUrl(unshared), 'Подключено по ссылке', '', ''],
    ]);
    emu.recordSheetsCalls();
    emu.calls.reset();
    emu.runMenuItem('menuRollup');
    expect(emu.failedExecutions).toEqual([]);
    // One read per organisation (six), two of the department's own, one write.
    const reads = emu.sheetsCalls.filter((c) => c.method === 'spreadsheets.values.batchGet');
    expect(reads.map((c) => c.params.spreadsheetId).sort()).toEqual([dept, ...orgIds, unshared].sort());
    expect(emu.calls.byMethod()).toMatchObject({ 'Spreadsheets.Values.batchGet': 7, 'Spreadsheets.batchUpdate': 1 });

    const byOrg = tabValues(emu, dept, 'Свод по организациям');
    const head = byOrg.findIndex((r) => r[1] === 'Организация');
    const header = byOrg[head];
    const col = (label: string) => header.indexOf(label);
    const body = byOrg.slice(head + 1, head + 7);
    expect(body.map((r) => r[1])).toEqual([...ORGS.map((o) => o[0]), 'МДОАУ «Детский сад № 6»']);
    expect(body.map((r) => r[col('Выполнено')])).toEqual([10, 4, 1, '', 2, '']);
    expect(body.map((r) => r[col('Мероприятий')])).toEqual([
      given.length,
      given.length,
      given.length,
      '',
      given.length,
      '',
    ]);
    const state = body.map((r) => String(r[col('Состояние')]));
    expect(state[0]).toBe('прочитано');
    expect(state[3]).toContain('таблица не найдена');
    expect(state[5]).toContain('нет доступа к таблице');
    expect(byOrg.flat().join(' ')).toContain('Прочитано организаций: 6 из 6');

    const byActivity = tabValues(emu, dept, 'Свод по мероприятиям');
    const aHead = byActivity.findIndex((r) => r[1] === 'Мероприятие');
    const aCol = (label: string) => byActivity[aHead].indexOf(label);
    const first = byActivity[aHead + 1];
    expect(first[1]).toBe(given[0].title);
    // Read and counted: organisations 1, 2, 3 and 5; 1 and 2 did the first activity.
    expect(first[aCol('Выполнено')]).toBe(2);
    expect(String(first[aCol('Выполнили')])).toBe(`${ORGS[0][0]}, ${ORGS[1][0]}`);
    const twentieth = byActivity[aHead + 20];
    expect(twentieth[1]).toBe(given[19].title);
    expect(twentieth[aCol('Выполнено')]).toBe(1);
    const sixth = byActivity[aHead + 6];
    expect(sixth[aCol('Выполнено')]).toBe(2); // orgs 1 and 5
    expect(String(sixth[aCol('Выполнили')])).toBe(`${ORGS[0][0]}, ${ORGS[4][0]}`);
    expect(byActivity[aHead + 31][aCol('Выполнено')]).toBe(1);
    expect(byActivity.length - aHead - 1).toBeGreaterThanOrEqual(given.length);
    // The overdue list across organisations, and the chart of «Свод по организациям».
    const overdue = tabValues(emu, dept, 'Свод: Просрочено');
    expect(overdue.flat().join(' ')).toMatch(/Просрочено: [1-9]\d*/);
    expect(
      emu.inDocument(dept, () => SS(emu).getActive().getSheetByName('Свод по организациям')!.getCharts().length),
    ).toBe(1);

    // Complete in one execution: no store left, no continuation trigger, statuses in «Организации».
    expect(tabNames(emu, dept)).not.toContain(STORE_TAB_NAME);
    expect(emu.triggers).toEqual([]);
    const orgRows = tabValues(emu, dept, 'Организации');
    expect(String(orgRows[4][4])).toContain('таблица не найдена');
    expect(orgRows[1][4]).toBe('прочитано');
    expect(orgRows[1][5]).toBe('02.11.2020');
    expect(spreadsheetIdOf(orgRows[1][2]).ok).toBe(true);
    expect(emu.ui.toasts.at(-1)?.message ?? '').toContain('прочитано 6 из 6');
  });
});

describe('an organisation linked by URL with its own plan: matches shown, confirmed once', () => {
  it('lists the proposals; «да» / «нет» written beside them and «Подтвердить сопоставления» make the next roll-up count them', () => {
    const { emu, dept } = department();
    writeMunicipalPlan(emu, dept);
    // Its own plan: no municipal IDs, the titles reworded.
    const own = ORSK.activities.slice(0, 8).map((a) => ({ ...a, id: '', title: `${a.title} в детском саду` }));
    const id = emu.addSpreadsheet();
    fillTab(emu, id, 'План', planValues(own.map((a, i) => (i < 2 ? { ...a, status: 'done' as const } : a))));
    writeOrganisations(emu, dept, [['МДОАУ «Детский сад № 9»', 'ds9@example.org', spreadsheetUrl(id)]]);
    emu.runMenuItem('menuRollup');
    const tab = () => tabValues(emu, dept, 'Свод по организациям');
    const rows = tab();
    const head = rows.findIndex((r) => r.includes('Ответ (да / нет)'));
    expect(head).toBeGreaterThan(0);
    expect(String(rows[0].join(' ') + rows.flat().join(' '))).toContain('ждут подтверждения сопоставления: 8');
    const answerCol = rows[head].indexOf('Ответ (да / нет)') + 1;
    // The department: the first two are those activities, the third is not in the municipal plan.
    const cell = (r: number) =>
      emu.inDocument(dept, () => SS(emu).getActive().getSheetByName('Свод по организациям')!.getRange(r, answerCol));
    cell(head + 2).setValue('да');
    cell(head + 3).setValue('да');
    cell(head + 4).setValue('нет');
    emu.calls.reset();
    emu.runMenuItem('menuConfirmMatches');
    expect(emu.failedExecutions).toEqual([]);
    expect(emu.ui.alerts.at(-1)!.prompt).toContain('Учтено ответов: 3');
    expect(emu.calls.byMethod()).toMatchObject({ 'Spreadsheets.Values.batchGet': 1, 'Spreadsheets.batchUpdate': 1 });
    emu.runMenuItem('menuRollup');
    const after = tab();
    const h = after.findIndex((r) => r[1] === 'Организация');
    const done = after[h].indexOf('Выполнено');
    const total = after[h].indexOf('Мероприятий');
    expect(after[h + 1][done]).toBe(2);
    expect(after[h + 1][total]).toBe(2);
    expect(after.flat().join(' ')).toContain('ждут подтверждения сопоставления: 5');
    // Answered once: a third roll-up keeps them.
    emu.runMenuItem('menuRollup');
    expect(tab()[h + 1][done]).toBe(2);
  });
});
