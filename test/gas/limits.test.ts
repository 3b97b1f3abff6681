/**
 * Limits at scale on the built add-on: properties hold 9 KB a value (emulated as strictly as
 * Apps Script: «Argument too large»), a spreadsheet 10 million cells. Nothing that was written is
 * followed by an error; an import too large is refused in Russian before anything is written.
 */
import { addDays, formatRu } from '../../src/core/dates/calendar';
import { staffToRow } from '../../src/core/people/staff-table';
import type { StaffMember } from '../../src/core/people/types';
import type { Activity, PlanImport } from '../../src/core/plan/types';
import { STAFF_COLUMNS } from '../../src/core/workbook/schema';
import type { MarkResult, SidebarData } from '../../src/shared/sidebar-contract';
import { initials, syntheticStaff } from '../../tools/bench/synthetic';
import { PROPERTY_VALUE_LIMIT } from '../../tools/emulator';
import { faults } from '../../tools/emulator/faults';
import { type Addon, loadAddon, scriptRunClone } from '../../tools/playground/addon';
import { displayed, docState, refused, seeded, sheetValues } from './helpers';

const bytes = (s: string) => new TextEncoder().encode(s).length;
function call<T>(addon: Addon, fn: string, req: unknown): T {
  return scriptRunClone(addon.call(fn, scriptRunClone(req, fn)), fn) as T;
}
const docProp = (addon: Addon, key: string) => docState(addon)[key] ?? '';
const allProps = (addon: Addon) => [
  ...Object.values(docState(addon)),
  ...[...addon.emu.properties.user.values()].flatMap((m) => [...m.values()]),
];

function writeStaff(addon: Addon, staff: StaffMember[]): void {
  const ss = addon.emu.spreadsheet;
  const sh = ss.insertSheet('Сотрудники');
  const rows = [STAFF_COLUMNS.map((c) => c.headers[0]), ...staff.map((m) => staffToRow(m).map((v) => String(v ?? '')))];
  if (rows.length > sh.getMaxRows()) sh.insertRowsAfter(sh.getMaxRows(), rows.length - sh.getMaxRows());
  sh.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
}

/** One activity per person, all due on `day`: a digest for everybody that day. */
function dueFor(staff: StaffMember[], day: string, title = (i: number) => `Мероприятие ${i + 1}`): PlanImport {
  return {
    title: 'План на всех',
    horizonYear: null,
    unrecognized: [],
    warnings: [],
    activities: staff.map(
      (m, i): Activity => ({
        id: `p${i}`,
        number: String(i + 1),
        stage: null,
        section: null,
        group: null,
        title: title(i),
        result: null,
        tools: null,
        responsible: initials(m),
        deadline: { text: formatRu(day), start: null, end: day, recurrence: 'none', inherited: false, problem: null },
      }),
    ),
  };
}

function manyPeople(n: number, opts: { mailQuota?: number } = {}): { addon: Addon; people: number } {
  const day = '2021-03-01';
  const addon = loadAddon({ now: `${day}T05:30:00Z`, mailQuota: opts.mailQuota ?? 100_000 });
  // Everyone reachable: the synthetic list's namesakes (same initials) and leavers are left out.
  const all = syntheticStaff(n);
  const count = new Map<string, number>();
  for (const m of all) count.set(initials(m), (count.get(initials(m)) ?? 0) + 1);
  const staff = all.filter((m) => m.active && count.get(initials(m)) === 1).slice(0, n);
  writeStaff(addon, staff);
  call(addon, 'importApply', { plan: dueFor(staff, day) });
  call(addon, 'remindersSettingsSave', { enabled: true, weekdaysOnly: false });
  return { addon, people: staff.length };
}

describe('the run status is bounded by size', () => {
  it('a quota notice naming 1,500 and more deferred people does not overflow the status', () => {
    const { addon, people } = manyPeople(1700, { mailQuota: 2 });
    expect(people).toBeGreaterThanOrEqual(1500);
    expect(() => addon.emu.fireTimeTrigger('onDailyReminders')).not.toThrow();
    const raw = docProp(addon, 'reminders.status');
    expect(bytes(raw)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    const s = JSON.parse(raw);
    expect(s.deferred).toBeGreaterThanOrEqual(people - 1);
    expect(s.message).toMatch(/отложено/);
  });

  it('1,500 and more failed sends are counted in full, listed in part', () => {
    const { addon, people } = manyPeople(1700);
    const f = faults(addon.emu);
    for (let n = 1; n <= people; n++)
      f.fail('MailApp.sendEmail', n, `Недопустимый адрес электронной почты: ${'x'.repeat(40)}`);
    expect(() => addon.emu.fireTimeTrigger('onDailyReminders')).not.toThrow();
    const raw = docProp(addon, 'reminders.status');
    expect(bytes(raw)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    const s = JSON.parse(raw);
    expect(s.failedCount ?? s.failed.length).toBe(people);
    expect(s.message).toContain(`ошибок: ${people}`);
  });
});

describe('the undo history is bounded by size, and never fails a mark that was made', () => {
  it('marks with long comments and links all succeed, written and answered ok; the newest stays undoable', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const cards = () => {
      const d = call<SidebarData>(addon, 'sidebarLoad', {});
      if (d.needIdentity || !d.all) throw new Error('owner expected');
      return d.all;
    };
    const comment = (k: number) =>
      `${k}: ${'Протокол заседания рабочей группы, приложения. '.repeat(40)}`.slice(0, 2000);
    const link = `https://example.org/${'a'.repeat(1970)}`;
    for (let k = 0; k < 8; k++) {
      const card = cards()[k % 3];
      const r = call<MarkResult>(addon, 'sidebarMark', {
        activityId: card.id,
        status: k % 2 ? 'in-progress' : 'done',
        comment: comment(k),
        link,
        expectedVersion: card.version,
      });
      expect([k, r.ok]).toEqual([k, true]);
      if (!r.ok) continue;
      expect(r.card.canUndo).toBe(true);
      const row = sheetValues(addon, 'План').find((x) => x[0] === card.id)!;
      expect(String(row.find((c) => String(c).startsWith(`${k}: `)))).toContain(link);
    }
    for (const v of allProps(addon)) expect(bytes(v)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    // The newest mark is undone in full: the previous long comment comes back exactly.
    const last = cards()[7 % 3];
    const before = sheetValues(addon, 'План').find((x) => x[0] === last.id)!;
    const u = call<MarkResult>(addon, 'sidebarUndo', { activityId: last.id });
    expect(u.ok).toBe(true);
    const after = sheetValues(addon, 'План').find((x) => x[0] === last.id)!;
    expect(after.join('|')).toContain(`${comment(4).trim()}\n${link}`);
    expect(after).not.toEqual(before);
  });
});

describe('imports too large for properties or the spreadsheet', () => {
  it('a 5,000-character plan title imports; the property holds it cut, the Журнал in full', () => {
    const addon = loadAddon();
    const plan = dueFor(syntheticStaff(3), '2021-03-01');
    plan.title = `План ${'мероприятий по внедрению внутренней системы оценки качества образования '.repeat(80)}`.slice(
      0,
      5000,
    );
    expect(() => call(addon, 'importApply', { plan })).not.toThrow();
    for (const v of allProps(addon)) expect(bytes(v)).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    expect(displayed(addon, 'Журнал').some((r) => r.some((c) => c.includes(plan.title!)))).toBe(true);
  });

  it('50,000 activities are refused in Russian before anything is written', () => {
    const addon = loadAddon();
    const plan = dueFor(syntheticStaff(50_000), '2021-03-01');
    const message = refused(call(addon, 'importApply', { plan }), 'invalid');
    expect(message).toMatch(/50 000/);
    expect(message).toMatch(/не больше 20 000/);
    expect(message).not.toMatch(/Too big|expected/);
    expect(addon.emu.snapshot().sheets.map((s) => s.name)).toEqual(['Лист1']);
  });

  it('an import that would pass the 10-million-cell limit is refused before anything is written', () => {
    const addon = loadAddon();
    const big = addon.emu.spreadsheet.insertSheet('Архив');
    big.insertRowsAfter(big.getMaxRows(), 384_000 - big.getMaxRows()); // 384,000 × 26 = 9,984,000 cells
    const before = addon.emu.snapshot().sheets.map((s) => s.name);
    const message = refused(call(addon, 'importApply', { plan: dueFor(syntheticStaff(50), addDays('2021-03-01', 0)) }));
    expect(message).toMatch(/10 000 000|10 млн/);
    expect(addon.emu.snapshot().sheets.map((s) => s.name)).toEqual(before);
  });
});
