/**
 * The playground's department example (issue 18 part 6) on the built dist/rollup/Code.js: five
 * organisations distributed by the add-on's own «Разослать…», four marked, one not shared with the
 * department; «Обновить свод» from the page's menu gives each its row, the unshared one «нет доступа…».
 */
import { DEPARTMENT, DEPARTMENT_ORGS } from '../../tools/playground/department';
import { Playground } from '../../tools/playground/playground';

jest.setTimeout(30_000);

type State = ReturnType<Playground['state']>;
const tab = (s: State, name: string) => s.workbook.sheets.find((x) => x.name === name);

describe('the department example', () => {
  const pg = new Playground();
  let loaded: State;
  beforeAll(() => {
    loaded = pg.loadSeed(DEPARTMENT);
  });

  it('loads the department add-on, its menu, and the five organisations distributed by it', () => {
    expect(loaded.kind).toBe('department');
    expect(loaded.today).toBe('2020-11-02');
    expect(loaded.examples.map((e) => e.value)).toContain(DEPARTMENT);
    const items = JSON.stringify(loaded.menu);
    expect(loaded.menu[0].title).toBe('План-график: Свод');
    for (const c of ['Разослать план организациям…', 'Обновить свод']) expect(items).toContain(c);
    // The distribution ran as a menu click.
    const sent = loaded.actions.find((a) => a.fn === 'menuDistribute')!;
    expect(sent.ok).toBe(true);
    // 6 spreadsheet calls an organisation, 5 of the department's and 4 more to read it again under
    // the lock (rollup-bundle.test.ts), the 2 alerts.
    expect(sent.byService.SpreadsheetApp + sent.byService.Sheets).toBe(5 + 4 + 6 * 5);
    expect(sent.byService.Ui).toBe(2);
    expect(pg.addon.emu.ui.alerts.find((a) => a.buttons === 'YES_NO_CANCEL')?.answer).toBe('YES');
    expect(loaded.documents.map((d) => d.role)).toEqual(['own', ...DEPARTMENT_ORGS.map(() => 'organisation')]);
    expect(loaded.documents.filter((d) => d.note).map((d) => d.name)).toEqual([
      `План-график: ${DEPARTMENT_ORGS[4].name}`,
    ]);
    const orgs = tab(loaded, 'Организации')!.displayValues;
    expect(orgs.slice(1, 6).map((r) => [r[0], r[3]])).toEqual(DEPARTMENT_ORGS.map((o) => [o.name, 'Разослано']));
  });

  it('«Обновить свод» writes one row per organisation: done and late as typed, the unshared one «нет доступа»', () => {
    const r = pg.menu('menuRollup');
    expect(r.ok).toBe(true);
    expect(r.ui.map((u) => u.text)).toContain('Свод готов: прочитано 5 из 5 организаций.');
    // One read per organisation (the unshared one refused) and the department's own, one write.
    const act = r.state.actions.at(-1)!;
    expect(act.fn).toBe('menuRollup');
    expect(pg.addon.emu.calls.byMethod()).toMatchObject({
      'Spreadsheets.Values.batchGet': 6,
      'Spreadsheets.batchUpdate': 1,
    });
    const names = r.state.workbook.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Свод по организациям', 'Свод по мероприятиям', 'Свод: Просрочено']));
    const rows = tab(r.state, 'Свод по организациям')!.displayValues;
    const head = rows.findIndex((x) => x[1] === 'Организация');
    const col = (label: string) => rows[head].indexOf(label);
    const body = rows.slice(head + 1, head + 6);
    expect(body.map((x) => x[1])).toEqual(DEPARTMENT_ORGS.map((o) => o.name));
    expect(body.map((x) => x[col('Выполнено')])).toEqual(['14', '4', '0', '30', '']);
    // The plan's first two activities were due 22.10.2020: late where not done by 02.11.2020 —
    // «В работе» too (organisation 2's second), as the school add-on's Просрочено counts it.
    expect(body.map((x) => x[col('В работе')])).toEqual(['2', '0', '0', '1', '']);
    expect(body.map((x) => x[col('Просрочено')])).toEqual(['0', '1', '2', '0', '']);
    expect(body.map((x) => x[col('Состояние')]).slice(0, 4)).toEqual(Array(4).fill('прочитано'));
    expect(body[4][col('Состояние')]).toMatch(/^нет доступа к таблице/);
    const overdue = tab(r.state, 'Свод: Просрочено')!.displayValues.flat().join(' ');
    expect(overdue).toContain('Просрочено: 3');
    // The chart the add-on sent is there for the page to draw.
    expect(tab(r.state, 'Свод по организациям')!.charts.map((c) => !!c.sent)).toEqual([true]);
  });

  it("shows an organisation's spreadsheet, read-only, and comes back to the department's on a menu click", () => {
    const ds1 = pg.state().documents[1];
    const s = pg.viewDocument(ds1.id);
    expect(s.viewing).toBe(ds1.id);
    const plan = tab(s, 'План')!.displayValues;
    expect(plan[1][plan[0].indexOf('Статус')]).toBe('Выполнено');
    expect(() => pg.edit('План', 'A2', 'x')).toThrow('только для просмотра');
    pg.menu('menuRollup');
    expect(pg.state().viewing).toBe(pg.state().documents[0].id);
  });

  it('an answer given in the page for the Да/Нет/Отмена question is not pressed on an alert that has only OK', () => {
    pg.queueAnswer({ kind: 'alert', buttons: 'YES_NO_CANCEL', button: 'NO' });
    const r = pg.menu('menuDistribute');
    expect(r.ok).toBe(true);
    expect(r.ui.at(-1)?.text).toContain('рассылать некому');
    expect(pg.addon.pending).toEqual([]);
  });

  it('«Подтвердить сопоставления»: distributed plans match by ID, so there is nothing to confirm', () => {
    const r = pg.menu('menuConfirmMatches');
    expect(r.ok).toBe(true);
    expect(r.ui.at(-1)?.text).toContain('Ответов нет');
  });

  it('«Запустить триггер» fires the continuation trigger when there is one; with five organisations there is none', () => {
    const r = pg.fireDailyTrigger();
    expect(r).toMatchObject({ ok: true, ran: 0 });
    expect(pg.state().triggers).toEqual([]);
  });
  it('«Напоминания организациям…» turned on in the page: «Запустить триггер» rolls up and e-mails the late organisations and the department', () => {
    pg.queueAnswer({ kind: 'prompt', buttons: 'OK_CANCEL', button: 'OK', text: 'ruo@orsk.example.org' });
    const on = pg.menu('menuDaily');
    expect(on.ok).toBe(true);
    expect(on.ui.at(-1)?.text).toContain('Включено');
    expect(pg.state().dailyOn).toBe(true);
    const r = pg.fireDailyTrigger();
    expect(r).toMatchObject({ ok: true, ran: 1 });
    const to = r.state.outbox.map((m) => m.to).sort();
    // Organisations 2 and 3 are late (1 and 2 activities); 1 and 4 are not; 5 was not read. Monday: the summary.
    expect(to).toEqual([DEPARTMENT_ORGS[1].email, DEPARTMENT_ORGS[2].email, 'ruo@orsk.example.org'].sort());
    // Turned off in the page: Да.
    pg.queueAnswer({ kind: 'alert', buttons: 'YES_NO', button: 'YES' });
    expect(pg.menu('menuDaily').ui.at(-1)?.text).toContain('Выключено');
    expect(pg.state().dailyOn).toBe(false);
    expect(pg.state().triggers).toEqual([]);
  });
});
