/**
 * The actions section of `npm run bench`: for synthetic plans of 100, 1,000 and 10,000 activities
 * with 20, 100 and 500 staff, each action of the add-on (create sheet, import, open sidebar, mark
 * done, reminder run, report refresh) run on the emulator — ours through the built Code.js, beside
 * the naive per-cell script (naive.ts) and the batched peer (peer.ts) — with service calls by
 * service, e-mails, CPU ms, a modelled Apps Script time (calls × per-service latency, see
 * tools/emulator/counter.ts) and, for the reminder runs, what the e-mails got right
 * (correctness.ts). Budgets are asserted in tests as call counts; times are only printed here.
 */
import { addDays } from '../../src/core/dates/calendar';
import { staffToRow } from '../../src/core/people/staff-table';
import { STAFF_COLUMNS } from '../../src/core/workbook/schema';
import { createEmulator, type Emulator, type SentMail } from '../emulator';
import { type Addon, loadAddon, scriptRunClone } from '../playground/addon';
import { type Correctness, measureCorrectness, responsibleByActivity, type Window } from './correctness';
import { naiveCreate, naiveImport, naiveMarkDone, naiveOpenSidebar, naiveReminders, naiveReports } from './naive';
import { copyTabsForPeer, NO_PEER, peerMarkDone, peerOpenSidebar, peerReminders, peerReports } from './peer';
import { initials, syntheticPlan, syntheticStaff } from './synthetic';

/** Services that run inside the script's own process: not round trips (issue 15). */
export const IN_PROCESS = new Set(['Session', 'Utilities', 'Logger']);

export interface Measure {
  /** Every call the emulator counted, in-process services included. */
  calls: number;
  spreadsheetCalls: number;
  /** Calls to services that leave the script: all but Session, Utilities, Logger. */
  serviceCalls: number;
  /** Those calls by service (a lock is 3 calls, the spreadsheet's ID 2, a property read 2). */
  byService: Record<string, number>;
  /** Those calls by `Class.method`. */
  byMethod: Record<string, number>;
  /** Ours only: those calls in order, a run of the same method written once with its count («MailApp.sendEmail ×18»). */
  sequence?: string[];
  emails: number;
  cpuMs: number;
  modelledMs: number;
  /** Reminder runs only: what the e-mails got right. */
  correctness?: Correctness;
}

export interface Run {
  activities: number;
  staff: number;
  action: string;
  ours: Measure;
  naive: Measure;
  /** The batched peer; null where no script people copy does this action (see `noPeer`). */
  peer: Measure | null;
  noPeer?: string;
  /** naive / ours on all calls (as before the peer existed). */
  ratio: { calls: number; emails: number };
  /** naive / ours and peer / ours on service calls (Session, Utilities, Logger left out). */
  ratios: { naive: { calls: number; emails: number }; peer: { calls: number; emails: number } | null };
}

export const SIZES: [number, number][] = [
  [100, 20],
  [1000, 100],
  [10000, 500],
];
export const TODAY = '2021-03-01';
const HOUR = 'T05:30:00Z';
/** The spreadsheet's zone (the emulator's default). */
const TIME_ZONE = 'Europe/Moscow';

/** Consecutive calls of one method as one entry with its count. */
function collapse(methods: readonly string[]): string[] {
  const out: { m: string; n: number }[] = [];
  for (const m of methods) {
    const last = out[out.length - 1];
    if (last?.m === m) last.n++;
    else out.push({ m, n: 1 });
  }
  return out.map(({ m, n }) => (n > 1 ? `${m} ×${n}` : m));
}

function measure(emu: Emulator, fn: () => void, opts: { sequence?: boolean } = {}): Measure {
  emu.calls.reset();
  const mails = emu.outbox.length;
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  const outside = (service: string) => !IN_PROCESS.has(service);
  const byService = Object.fromEntries(Object.entries(emu.calls.byService()).filter(([s]) => outside(s)));
  const byMethod: Record<string, number> = {};
  const log = emu.calls.log.filter((c) => outside(c.service)).map((c) => c.method);
  for (const m of log) byMethod[m] = (byMethod[m] ?? 0) + 1;
  return {
    calls: emu.calls.total,
    spreadsheetCalls: emu.calls.spreadsheet(),
    serviceCalls: Object.values(byService).reduce((a, b) => a + b, 0),
    byService,
    byMethod,
    emails: emu.outbox.length - mails,
    cpuMs: Math.round((d.user + d.system) / 1000),
    modelledMs: Math.round(emu.calls.executionMs),
    ...(opts.sequence ? { sequence: collapse(log) } : {}),
  };
}

/** Ours: with the order of the calls, to see where each one comes from. */
const traced = (emu: Emulator, fn: () => void) => measure(emu, fn, { sequence: true });

/** The Сотрудники tab typed in as text (setup, before any measure). */
export function writeStaff(emu: Emulator, staff: ReturnType<typeof syntheticStaff>): void {
  const sh = emu.spreadsheet.insertSheet('Сотрудники');
  const rows = [STAFF_COLUMNS.map((c) => c.headers[0]), ...staff.map((m) => staffToRow(m).map((v) => String(v ?? '')))];
  sh.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
}

const ratio = (a: number, b: number) => Math.round((a / Math.max(1, b)) * 10) / 10;

interface Trio {
  ours: Measure;
  naive: Measure;
  peer: Measure | null;
}

export function benchSize(n: number, s: number): Run[] {
  const staff = syntheticStaff(s);
  const plan = syntheticPlan(n, staff);
  const me = staff[1];
  const opts = { now: `${TODAY}${HOUR}`, mailQuota: 1_000_000, activeUser: me.email, effectiveUser: staff[0].email };
  // ours: one workbook carried through the actions, as a coordinator and a teacher would use it
  const ours: Addon = loadAddon(opts);
  const naive = createEmulator(opts);
  const out: Record<string, Trio> = {};
  // The coordinator's actions run as the spreadsheet's owner (staff[0]); the sidebar as the teacher.
  const asOwner = (a: Addon, fn: string, ...args: unknown[]) =>
    a.emu.runAs({ email: staff[0].email }, () => a.call(fn, ...args));
  out['create sheet'] = {
    ours: traced(ours.emu, () => asOwner(ours, 'menuCreatePlan')),
    naive: measure(naive, () => naiveCreate(naive)),
    peer: null,
  };
  // import into a fresh workbook (the naive one rebuilds its sheet)
  const ours2 = loadAddon(opts);
  writeStaff(ours2.emu, staff);
  const naive2 = createEmulator(opts);
  writeStaff(naive2, staff);
  out.import = {
    ours: traced(ours2.emu, () => asOwner(ours2, 'importApply', scriptRunClone({ plan }, 'importApply'))),
    naive: measure(naive2, () => naiveImport(naive2, plan)),
    peer: null,
  };
  // The peer works on the same tabs as ours, copied once imported (people paste the plan by hand).
  const peer = createEmulator(opts);
  copyTabsForPeer(ours2.emu, peer);
  let version = '';
  let myId = '';
  out['open sidebar'] = {
    ours: traced(ours2.emu, () => {
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
    peer: measure(peer, () => peerOpenSidebar(peer)),
  };
  const markId = myId || plan.activities[0].id;
  out['mark done'] = {
    ours: traced(ours2.emu, () => {
      if (myId) ours2.call('sidebarMark', { activityId: myId, status: 'done', expectedVersion: version });
    }),
    naive: measure(naive2, () => naiveMarkDone(naive2, markId, me.email)),
    peer: measure(peer, () => peerMarkDone(peer, markId, me.email)),
  };
  // reminders on, as the coordinator would set them
  ours2.emu.runAs({ email: staff[0].email }, () => ours2.call('remindersSettingsSave', { enabled: true }));
  const responsible = responsibleByActivity(plan, staff);
  const closed = new Set(myId ? [myId] : []);
  const runs: { emu: Emulator; day: (d: string) => void }[] = [
    { emu: ours2.emu, day: () => ours2.emu.fireTimeTrigger('onDailyReminders') },
    { emu: naive2, day: (d) => naiveReminders(naive2, staff, d) },
    { emu: peer, day: () => peerReminders(peer) },
  ];
  // The first run (reminders just turned on), then the same run again the same day.
  const first = runs.map(({ emu, day }, i) => {
    const from = emu.outbox.length;
    const m = (i === 0 ? traced : measure)(emu, () => day(TODAY));
    const mails = emu.outbox.slice(from);
    const again = emu.outbox.length;
    day(TODAY);
    const rerun = emu.outbox.slice(again);
    const window: Window = { days: [TODAY], firstRun: true };
    m.correctness = measureCorrectness({ plan, responsible, closed, window, mails, rerun, timeZone: TIME_ZONE });
    return m;
  });
  out['reminder run'] = { ours: first[0], naive: first[1], peer: first[2] };
  // A month of daily runs: where digests and the ledger pay off (the naive script re-sends daily).
  const days = Array.from({ length: 30 }, (_, i) => addDays(TODAY, i + 1));
  const month = runs.map(({ emu, day }) => {
    const from = emu.outbox.length;
    const m = measure(emu, () => {
      for (const d of days) {
        emu.setNow(`${d}${HOUR}`);
        day(d);
      }
    });
    const mails: SentMail[] = emu.outbox.slice(from);
    const window: Window = { days, firstRun: false };
    m.correctness = measureCorrectness({ plan, responsible, closed, window, mails, timeZone: TIME_ZONE });
    return m;
  });
  out['reminders, 30 days'] = { ours: month[0], naive: month[1], peer: month[2] };
  out['report refresh'] = {
    ours: traced(ours2.emu, () => asOwner(ours2, 'menuReports')),
    naive: measure(naive2, () => naiveReports(naive2)),
    peer: measure(peer, () => peerReports(peer)),
  };
  return Object.entries(out).map(([action, m]) => ({
    activities: n,
    staff: s,
    action,
    ...m,
    ...(m.peer ? {} : { noPeer: NO_PEER[action] }),
    ratio: { calls: ratio(m.naive.calls, m.ours.calls), emails: ratio(m.naive.emails, m.ours.emails) },
    ratios: {
      naive: {
        calls: ratio(m.naive.serviceCalls, m.ours.serviceCalls),
        emails: ratio(m.naive.emails, m.ours.emails),
      },
      peer: m.peer
        ? { calls: ratio(m.peer.serviceCalls, m.ours.serviceCalls), emails: ratio(m.peer.emails, m.ours.emails) }
        : null,
    },
  }));
}

/** The runs of the sizes `--sizes=100,1000` asks for (all by default), computed once per process. */
const cache = new Map<string, Run[]>();
export function actionRuns(argv: readonly string[]): Run[] {
  const sizesArg = argv.find((a) => a.startsWith('--sizes='))?.split('=')[1];
  const sizes = sizesArg ? SIZES.filter(([n]) => sizesArg.split(',').map(Number).includes(n)) : SIZES;
  const key = sizes.map(([n]) => n).join(',');
  let runs = cache.get(key);
  if (!runs) {
    runs = sizes.flatMap(([n, s]) => {
      // On stderr, so `--json` stays clean: a run of 10,000 activities takes minutes.
      const t = Date.now();
      const out = benchSize(n, s);
      process.stderr.write(
        `bench: ${n.toLocaleString('en-US')} activities: ${((Date.now() - t) / 1000).toFixed(0)} s\n`,
      );
      return out;
    });
    cache.set(key, runs);
  }
  return runs;
}

const frac = (c: Correctness | undefined) => (c ? `${c.onTime}/${c.due}` : '—');

/** A plain-text table: each column a header and how to read a run; right-aligned, `—` for nothing. */
function textTable(columns: [string, (r: Run) => unknown][], runs: readonly Run[]): string[] {
  const cells = runs.map((r) => columns.map(([, get]) => String(get(r) ?? '—')));
  const widths = columns.map(([h], k) => Math.max(h.length, ...cells.map((c) => c[k].length)));
  const row = (c: string[]) => c.map((x, k) => (k === 2 ? x.padEnd(widths[k]) : x.padStart(widths[k]))).join(' ');
  return [row(columns.map(([h]) => h)), ...cells.map(row)];
}

export function printRuns(runs: Run[]): string {
  const calls = textTable(
    [
      ['acts', (r) => r.activities],
      ['staff', (r) => r.staff],
      ['action', (r) => r.action],
      ['calls', (r) => r.ours.serviceCalls],
      ['naive', (r) => r.naive.serviceCalls],
      ['peer', (r) => r.peer?.serviceCalls],
      ['×naive', (r) => r.ratios.naive.calls],
      ['×peer', (r) => r.ratios.peer?.calls],
      ['mails', (r) => r.ours.emails],
      ['naive', (r) => r.naive.emails],
      ['peer', (r) => r.peer?.emails],
      ['model ms', (r) => r.ours.modelledMs],
      ['naive ms', (r) => r.naive.modelledMs],
      ['cpu ms', (r) => r.ours.cpuMs],
    ],
    runs,
  );
  const correct = textTable(
    [
      ['acts', (r) => r.activities],
      ['staff', (r) => r.staff],
      ['action', (r) => r.action],
      ['on time: ours', (r) => frac(r.ours.correctness)],
      ['naive', (r) => frac(r.naive.correctness)],
      ['peer', (r) => frac(r.peer?.correctness)],
      ['rerun dup: ours', (r) => r.ours.correctness?.rerunDuplicates],
      ['naive', (r) => r.naive.correctness?.rerunDuplicates],
      ['peer', (r) => r.peer?.correctness?.rerunDuplicates],
      ['not resp.: ours', (r) => r.ours.correctness?.notResponsible],
      ['naive', (r) => r.naive.correctness?.notResponsible],
      ['peer', (r) => r.peer?.correctness?.notResponsible],
    ],
    runs.filter((r) => r.ours.correctness),
  );
  const noPeer = [...new Map(runs.filter((r) => r.noPeer).map((r) => [r.action, r.noPeer])).entries()];
  return [
    ...calls,
    '',
    'calls = service calls (all but Session, Utilities, Logger); model ms = calls × per-call latency',
    '(tools/emulator/counter.ts); Apps Script stops an execution at 360,000 ms.',
    ...noPeer.map(([a, why]) => `no peer for ${a}: ${why}`),
    '',
    ...correct,
    '',
    'on time = (activity, responsible person) pairs reminded on the due day / pairs due (first run: all overdue too);',
    'rerun dup = e-mails of a same-day rerun repeating what the person already got; not resp. = e-mails reminding',
    'someone of an activity they are not responsible for. The reference of who is responsible is our people core.',
    '',
  ].join('\n');
}
