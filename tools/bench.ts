/**
 * `npm run bench [-- --json] [-- --sizes 100,1000]`: for synthetic plans of 100, 1,000 and 10,000
 * activities with 20, 100 and 500 staff, each action of the add-on (create sheet, import, open
 * sidebar, mark done, reminder run, report refresh) run on the emulator — ours through the built
 * Code.js, beside a naive per-cell script — with service calls, e-mails, CPU ms and a modelled Apps
 * Script time (calls × per-service latency, see tools/emulator/counter.ts for the constants and
 * their source). Budgets are asserted in tests as call counts; times are only printed here.
 */
import { addDays } from '../src/core/dates/calendar';
import { STAFF_COLUMNS, staffToRow } from '../src/core/sheet/staff-tab';
import { naiveCreate, naiveImport, naiveMarkDone, naiveOpenSidebar, naiveReminders, naiveReports } from './bench/naive';
import { initials, syntheticPlan, syntheticStaff } from './bench/synthetic';
import { createEmulator, type Emulator } from './emulator';
import { type Addon, loadAddon, scriptRunClone } from './playground/addon';

interface Measure {
  calls: number;
  spreadsheetCalls: number;
  emails: number;
  cpuMs: number;
  modelledMs: number;
}

interface Run {
  activities: number;
  staff: number;
  action: string;
  ours: Measure;
  naive: Measure;
  ratio: { calls: number; emails: number };
}

const SIZES: [number, number][] = [
  [100, 20],
  [1000, 100],
  [10000, 500],
];
const TODAY = '2021-03-01';
const NOW = `${TODAY}T05:30:00Z`;

function measure(emu: Emulator, fn: () => void): Measure {
  emu.calls.reset();
  const mails = emu.outbox.length;
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return {
    calls: emu.calls.total,
    spreadsheetCalls: emu.calls.spreadsheet(),
    emails: emu.outbox.length - mails,
    cpuMs: Math.round((d.user + d.system) / 1000),
    modelledMs: Math.round(emu.calls.executionMs),
  };
}

function writeStaff(emu: Emulator, staff: ReturnType<typeof syntheticStaff>): void {
  const ss = emu.spreadsheet;
  const sh = ss.insertSheet('Сотрудники');
  const rows = [STAFF_COLUMNS.map((c) => c.headers[0]), ...staff.map((m) => staffToRow(m).map((v) => String(v ?? '')))];
  sh.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
}

function benchSize(n: number, s: number): Run[] {
  const staff = syntheticStaff(s);
  const plan = syntheticPlan(n, staff);
  const me = staff[1];
  const opts = { now: NOW, mailQuota: 1_000_000, activeUser: me.email, effectiveUser: staff[0].email };
  // ours: one workbook carried through the actions, as a coordinator and a teacher would use it
  const ours: Addon = loadAddon(opts);
  const naive = createEmulator(opts);
  const out: Record<string, { ours: Measure; naive: Measure }> = {};
  // The coordinator's actions run as the spreadsheet's owner (staff[0]); the sidebar as the teacher.
  const asOwner = (a: Addon, fn: string, ...args: unknown[]) =>
    a.emu.runAs({ email: staff[0].email }, () => a.call(fn, ...args));
  out['create sheet'] = {
    ours: measure(ours.emu, () => asOwner(ours, 'menuCreatePlan')),
    naive: measure(naive, () => naiveCreate(naive)),
  };
  // import into a fresh workbook (the naive one rebuilds its sheet)
  const ours2 = loadAddon(opts);
  writeStaff(ours2.emu, staff);
  const naive2 = createEmulator(opts);
  writeStaff(naive2, staff);
  out.import = {
    ours: measure(ours2.emu, () => asOwner(ours2, 'importApply', scriptRunClone({ plan }, 'importApply'))),
    naive: measure(naive2, () => naiveImport(naive2, plan)),
  };
  let version = '';
  let myId = '';
  out['open sidebar'] = {
    ours: measure(ours2.emu, () => {
      const d = ours2.call('sidebarLoad', {}) as {
        needIdentity: boolean;
        groups?: { cards: { id: string; version: string; canMark: boolean }[] }[];
      };
      // The teacher's activity nearest the middle of the plan: a row-by-row search pays for its position.
      const cards = d.groups?.flatMap((g) => g.cards).filter((c) => c.canMark) ?? [];
      const pos = (c: { id: string }) => Math.abs(Number(c.id.slice(1)) - n / 2);
      const card = [...cards].sort((a, b) => pos(a) - pos(b))[0];
      if (card) {
        myId = card.id;
        version = card.version;
      }
    }),
    naive: measure(naive2, () => naiveOpenSidebar(naive2, initials(me))),
  };
  out['mark done'] = {
    ours: measure(ours2.emu, () => {
      if (myId) ours2.call('sidebarMark', { activityId: myId, status: 'done', expectedVersion: version });
    }),
    naive: measure(naive2, () => naiveMarkDone(naive2, myId || plan.activities[0].id, me.email)),
  };
  // reminders on, as the coordinator would set them
  ours2.emu.runAs({ email: staff[0].email }, () => ours2.call('remindersSettingsSave', { enabled: true }));
  out['reminder run'] = {
    ours: measure(ours2.emu, () => ours2.emu.fireTimeTrigger('onDailyReminders')),
    naive: measure(naive2, () => naiveReminders(naive2, staff, TODAY)),
  };
  // A month of daily runs: where digests and the ledger pay off (the naive script re-sends daily).
  const days = Array.from({ length: 30 }, (_, i) => addDays(TODAY, i + 1));
  out['reminders, 30 days'] = {
    ours: measure(ours2.emu, () => {
      for (const d of days) {
        ours2.emu.setNow(`${d}T05:30:00Z`);
        ours2.emu.fireTimeTrigger('onDailyReminders');
      }
    }),
    naive: measure(naive2, () => {
      for (const d of days) {
        naive2.setNow(`${d}T05:30:00Z`);
        naiveReminders(naive2, staff, d);
      }
    }),
  };
  out['report refresh'] = {
    ours: measure(ours2.emu, () => asOwner(ours2, 'menuReports')),
    naive: measure(naive2, () => naiveReports(naive2)),
  };
  return Object.entries(out).map(([action, m]) => ({
    activities: n,
    staff: s,
    action,
    ...m,
    ratio: {
      calls: Math.round((m.naive.calls / Math.max(1, m.ours.calls)) * 10) / 10,
      emails: Math.round((m.naive.emails / Math.max(1, m.ours.emails)) * 10) / 10,
    },
  }));
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const sizesArg = argv.find((a) => a.startsWith('--sizes='))?.split('=')[1];
  const sizes = sizesArg ? SIZES.filter(([n]) => sizesArg.split(',').map(Number).includes(n)) : SIZES;
  const runs = sizes.flatMap(([n, s]) => benchSize(n, s));
  if (json) {
    process.stdout.write(`${JSON.stringify({ runs }, null, 2)}\n`);
    return;
  }
  const line = (r: Run) =>
    [
      String(r.activities).padStart(6),
      String(r.staff).padStart(4),
      r.action.padEnd(18),
      String(r.ours.calls).padStart(6),
      String(r.naive.calls).padStart(8),
      String(r.ratio.calls).padStart(8),
      String(r.ours.emails).padStart(6),
      String(r.naive.emails).padStart(6),
      String(r.ours.modelledMs).padStart(9),
      String(r.naive.modelledMs).padStart(10),
      String(r.ours.cpuMs).padStart(6),
    ].join(' ');
  process.stdout.write(
    `${['  acts', 'staff', 'action            ', ' calls', '   naive', ' ×fewer', ' mails', ' naive', ' model ms', '  naive ms', 'cpu ms'].join(' ')}\n`,
  );
  for (const r of runs) process.stdout.write(`${line(r)}\n`);
  process.stdout.write(
    '\nmodel ms = service calls × per-call latency (tools/emulator/counter.ts); Apps Script stops an execution at 360,000 ms.\n',
  );
}

main(process.argv.slice(2));
