/**
 * The ledger under the Sheets API's 60 write requests per minute per user (the emulator models it:
 * tools/emulator/quota.ts), on the built add-on: a school of 150 people all due on one day. One
 * append per e-mail met the quota after ~60 e-mails and stopped the run («Журнал не
 * записывается»); paced (src/core/reminders/write-window.ts), the run completes, records every
 * e-mail once, and a rerun sends nothing. Killed half way, it repeats at most the e-mails whose
 * rows waited for the next append (the last 2 s of e-mails), and misses none.
 */
import { formatRu } from '../../src/core/dates/calendar';
import { staffToRow } from '../../src/core/people/staff-table';
import type { StaffMember } from '../../src/core/people/types';
import type { Activity, PlanImport } from '../../src/core/plan/types';
import { STAFF_COLUMNS } from '../../src/core/workbook/schema';
import { initials, syntheticStaff } from '../../tools/bench/synthetic';
import { CALL_LATENCY_MS } from '../../tools/emulator/counter';
import { faults } from '../../tools/emulator/faults';
import { type Addon, loadAddon, scriptRunClone } from '../../tools/playground/addon';
import { displayed, docState, journalMachine } from './helpers';

const DAY = '2021-03-01';
const PEOPLE = 150;

function call(addon: Addon, fn: string, req: unknown): unknown {
  return addon.call(fn, scriptRunClone(req, fn));
}

/** 150 people in Сотрудники, one activity each due today: 150 digests in the day's run. */
function school(): { addon: Addon; staff: StaffMember[] } {
  const addon = loadAddon({ now: `${DAY}T05:30:00Z`, mailQuota: 100_000 });
  // Everyone reachable: the synthetic list's namesakes (same initials) and leavers are left out.
  const all = syntheticStaff(PEOPLE + 20);
  const count = new Map<string, number>();
  for (const m of all) count.set(initials(m), (count.get(initials(m)) ?? 0) + 1);
  const staff = all.filter((m) => m.active && count.get(initials(m)) === 1).slice(0, PEOPLE);
  const sh = addon.emu.spreadsheet.insertSheet('Сотрудники');
  const rows = [STAFF_COLUMNS.map((c) => c.headers[0]), ...staff.map((m) => staffToRow(m).map((v) => String(v ?? '')))];
  sh.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
  const plan: PlanImport = {
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
        title: `Мероприятие ${i + 1}`,
        result: null,
        tools: null,
        responsible: initials(m),
        deadline: { text: formatRu(DAY), start: null, end: DAY, recurrence: 'none', inherited: false, problem: null },
      }),
    ),
  };
  call(addon, 'importApply', { plan });
  call(addon, 'remindersSettingsSave', { enabled: true, weekdaysOnly: false });
  addon.emu.calls.reset();
  return { addon, staff };
}

const status = (addon: Addon) => JSON.parse(docState(addon)['reminders.status'] ?? '{}');
const ledgerKeys = (addon: Addon) =>
  journalMachine(displayed(addon, 'Журнал'))
    .filter((r) => r[3] === 'напоминание')
    .map((r) => String(r[5]));
/** E-mails per recipient. */
const perPerson = (addon: Addon) => {
  const m = new Map<string, number>();
  for (const mail of addon.emu.outbox) m.set(String(mail.to), (m.get(String(mail.to)) ?? 0) + 1);
  return m;
};

describe('the ledger of a run of 150 e-mails under the Sheets write quota', () => {
  it('completes, records every e-mail once in fewer appends than e-mails, and a rerun sends nothing', () => {
    const { addon, staff } = school();
    addon.emu.fireTimeTrigger('onDailyReminders');
    const s = status(addon);
    expect(s.warnings).toEqual([]);
    expect(s.result).toBe('ok');
    const sent = addon.emu.outbox.length;
    expect(sent).toBeGreaterThanOrEqual(PEOPLE);
    for (const m of staff) expect(perPerson(addon).get(m.email)).toBe(1);
    // Every e-mail's keys once: one per person's activity, none twice.
    const keys = ledgerKeys(addon);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 0; i < PEOPLE; i++) expect(keys.some((k) => k.startsWith(`p${i}|`))).toBe(true);
    // Far more than 60 e-mails in a minute: their rows went in fewer appends (the reports' batch is one more).
    const writes = addon.emu.calls.count('Spreadsheets.batchUpdate');
    expect(sent * CALL_LATENCY_MS.MailApp).toBeLessThan(60_000);
    console.log(`${sent} e-mails, ${writes} Sheets writes, ${addon.emu.calls.total} calls`);
    expect(writes).toBeLessThan(60);
    addon.emu.calls.reset();
    addon.emu.fireTimeTrigger('onDailyReminders');
    expect(addon.emu.outbox).toHaveLength(sent);
    expect(status(addon).result).toBe('ok');
  });

  it('killed after its 100th e-mail: the rerun sends the rest, repeats at most the rows that waited, misses none', () => {
    const { addon, staff } = school();
    const f = faults(addon.emu);
    f.killAfter('MailApp.sendEmail', 100);
    expect(() => addon.emu.fireTimeTrigger('onDailyReminders')).toThrow(/Exceeded maximum execution time/);
    expect(f.kills).toBe(1);
    expect(addon.emu.outbox).toHaveLength(100);
    const recorded = new Set(ledgerKeys(addon).map((k) => k.split('|')[1]));
    f.clear();
    addon.emu.fireTimeTrigger('onDailyReminders');
    expect(status(addon).result).toBe('ok');
    const got = perPerson(addon);
    for (const m of staff) expect(got.get(m.email)).toBeGreaterThanOrEqual(1);
    const repeated = [...got.values()].reduce((n, c) => n + c - 1, 0);
    // The repeated are exactly the e-mails sent but not yet recorded when the kill struck: the
    // rows of the last 2 s of e-mails at most (200 ms a send: 10, and the one being sent).
    console.log(`killed after 100 e-mails: ${recorded.size} recorded, ${repeated} repeated`);
    expect(repeated).toBe(100 - recorded.size);
    expect(repeated).toBeLessThanOrEqual(11);
    const keys = ledgerKeys(addon);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
