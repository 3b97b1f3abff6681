/**
 * The baselines of `npm run bench` do what the benchmark says they do: the peer reads each tab in
 * one getValues, mails one e-mail per row and person, and its «sent» column is its only memory;
 * the naive script reads cell by cell and re-sends on every run; the correctness measure tells
 * these behaviours apart. On the built add-on (dist/Code.js) and small synthetic plans; no timings.
 */
import { addDays, isoInZone } from '../../src/core/dates/calendar';
import { PLAN_SHEET_NAME } from '../../src/core/workbook/schema';
import { writeStaff } from '../../tools/bench/actions';
import { measureCorrectness, mentionsOf, responsibleByActivity } from '../../tools/bench/correctness';
import { naiveReminders } from '../../tools/bench/naive';
import {
  copyTabsForPeer,
  nameKey,
  PEER_DAYS_BEFORE,
  peerMarkDone,
  peerOpenSidebar,
  peerReminders,
  SENT_HEADER,
} from '../../tools/bench/peer';
import { initials, syntheticPlan, syntheticStaff } from '../../tools/bench/synthetic';
import { createEmulator, type Emulator, type SentMail } from '../../tools/emulator';
import { loadAddon, scriptRunClone } from '../../tools/playground/addon';

const TODAY = '2021-03-01';
const TZ = 'Europe/Moscow';
const at = (day: string) => `${day}T05:30:00Z`;

function setup(n = 120, s = 20) {
  const staff = syntheticStaff(s);
  const plan = syntheticPlan(n, staff);
  const opts = { now: at(TODAY), mailQuota: 1_000_000, activeUser: staff[1].email, effectiveUser: staff[0].email };
  const ours = loadAddon(opts);
  writeStaff(ours.emu, staff);
  // Imported by the owner (staff[0]); the sidebar then runs as the teacher (staff[1]).
  ours.emu.runAs({ email: staff[0].email }, () => ours.call('importApply', scriptRunClone({ plan }, 'importApply')));
  const peer = createEmulator(opts);
  copyTabsForPeer(ours.emu, peer);
  const naive = createEmulator(opts);
  copyTabsForPeer(ours.emu, naive);
  return { staff, plan, ours, peer, naive, opts };
}

/** Who got each activity, from the e-mails. */
function recipientsByActivity(mails: readonly SentMail[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of mails) for (const x of mentionsOf(m, TZ)) out.set(x.activity, [...(out.get(x.activity) ?? []), x.to]);
  return out;
}

const sentColumn = (emu: Emulator) => {
  const sheet = emu.spreadsheet.getSheetByName(PLAN_SHEET_NAME)!;
  const values = sheet.getDataRange().getValues();
  const col = values[0].indexOf(SENT_HEADER);
  return { sheet, col: col + 1, cells: values.slice(1).map((r) => r[col]) };
};

describe('the batched peer', () => {
  it('reads each tab in one getValues and writes its «sent» column in one setValues, at any size', () => {
    for (const n of [40, 120]) {
      const { peer } = setup(n);
      peer.calls.reset();
      const emails = peerReminders(peer);
      const m = peer.calls.byMethod();
      expect(emails).toBeGreaterThan(0);
      expect(m['Range.getValues']).toBe(2);
      expect(m['Range.setValues']).toBe(1);
      expect(m['Range.getValue'] ?? 0).toBe(0);
      expect(m['MailApp.sendEmail']).toBe(emails);
      // 9 spreadsheet calls whatever the size: getActiveSpreadsheet, 2 × (getSheetByName, getDataRange, getValues), getRange, setValues.
      expect(peer.calls.spreadsheet()).toBe(9);
    }
  });

  it('sends one e-mail per row and person named in the cell, and none for a role or a group', () => {
    const { peer, plan, staff } = setup();
    peerReminders(peer);
    expect(peer.outbox.every((m) => mentionsOf(m, TZ).length === 1)).toBe(true);
    const pairs = peer.outbox.map((m) => `${m.to}|${mentionsOf(m, TZ)[0].activity}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const got = recipientsByActivity(peer.outbox);
    const byKey = new Map(staff.map((p) => [nameKey(p.name), p]));
    let twoPeople = 0;
    let namesakes = 0;
    for (const a of plan.activities) {
      const to = got.get(a.id);
      if (!to) continue;
      const cell = a.responsible ?? '';
      if (
        /^(Рабочая группа \d+|Члены рабочей группы \d+|Социальные педагоги|Заместитель директора по УВР|Управление образования.*)$/.test(
          cell,
        )
      )
        throw new Error(`mailed «${cell}»`);
      const parts = cell.split(', ').filter((p) => byKey.has(p));
      if (parts.length === 2) twoPeople++;
      // A namesake's cell («Фамилия И.О.» two people share) goes to both.
      const sharing = staff.filter((p) => cell.includes(initials(p)));
      if (sharing.length > parts.length) namesakes++;
      expect([...to].sort()).toEqual(sharing.map((p) => p.email).sort());
    }
    expect(twoPeople).toBeGreaterThan(0);
    expect(namesakes).toBeGreaterThan(0);
  });

  it('sends nothing on a same-day rerun — and everything again once its «sent» column is cleared', () => {
    const { peer } = setup();
    peerReminders(peer);
    const first = peer.outbox.map((m) => `${m.to}|${m.subject}`).sort();
    const { cells } = sentColumn(peer);
    expect(cells.filter((c) => c instanceof Date)).toHaveLength(new Set(first.map((f) => f.split('|')[1])).size);
    expect(peerReminders(peer)).toBe(0);
    // The samples' way to send a row again: clear its «sent» cell.
    const { sheet, col } = sentColumn(peer);
    sheet.getRange(2, col, sheet.getLastRow() - 1, 1).clearContent();
    const from = peer.outbox.length;
    peerReminders(peer);
    expect(
      peer.outbox
        .slice(from)
        .map((m) => `${m.to}|${m.subject}`)
        .sort(),
    ).toEqual(first);
  });

  it('mails a row once, the first day it is in the window, so nothing goes out on its due day', () => {
    const { peer, plan, staff } = setup();
    const responsible = responsibleByActivity(plan, staff);
    // A one-person cell the peer can read, due in 9 to 20 days.
    const a = plan.activities.find((x) => {
      const who = [...(responsible.get(x.id) ?? [])];
      const end = x.deadline.end!;
      return (
        who.length === 1 &&
        x.responsible === initials(staff.find((p) => p.email === who[0])!) &&
        end > addDays(TODAY, PEER_DAYS_BEFORE + 1) &&
        end <= addDays(TODAY, 20)
      );
    })!;
    expect(a).toBeDefined();
    for (let d = 0; d <= 20; d++) {
      peer.setNow(at(addDays(TODAY, d)));
      peerReminders(peer);
    }
    const days = peer.outbox
      .filter((m) => mentionsOf(m, TZ).some((x) => x.activity === a.id))
      .map((m) => isoInZone(m.at, TZ));
    expect(days).toEqual([addDays(a.deadline.end!, -PEER_DAYS_BEFORE)]);
  });

  it('opens «my tasks» in one read per tab and marks done in one setValues on the row found by ID', () => {
    const { peer, plan } = setup();
    peer.calls.reset();
    expect(peerOpenSidebar(peer)).toBeGreaterThan(0);
    expect(peer.calls.spreadsheet()).toBe(7);
    const id = plan.activities[30].id;
    peer.calls.reset();
    expect(peerMarkDone(peer, id, 'user1@school.example.org')).toBe(true);
    expect(peer.calls.byMethod()['Range.setValues']).toBe(1);
    const values = peer.spreadsheet.getSheetByName(PLAN_SHEET_NAME)!.getDataRange().getValues();
    const row = values.find((r) => r[values[0].indexOf('ID')] === id)!;
    expect(row[values[0].indexOf('Статус')]).toBe('Выполнено');
    expect(row[values[0].indexOf('Отметил')]).toBe('user1@school.example.org');
  });
});

describe('the naive script', () => {
  it('reads one cell per call and sends everything again on a same-day rerun', () => {
    const { naive, staff, plan } = setup();
    naive.calls.reset();
    const first = naiveReminders(naive, staff, TODAY);
    expect(first).toBeGreaterThan(0);
    expect(naive.calls.count('Range.getValue') + naive.calls.count('Range.getDisplayValue')).toBeGreaterThanOrEqual(
      4 * plan.activities.length,
    );
    expect(naiveReminders(naive, staff, TODAY)).toBe(first);
    expect(naive.outbox.slice(first).map((m) => m.subject)).toEqual(naive.outbox.slice(0, first).map((m) => m.subject));
  });
});

describe('the correctness measure', () => {
  it('tells the three apart on a first run and its same-day rerun', () => {
    const { ours, peer, naive, plan, staff } = setup();
    const responsible = responsibleByActivity(plan, staff);
    const window = { days: [TODAY], firstRun: true };
    const closed = new Set<string>();
    ours.emu.runAs({ email: staff[0].email }, () => ours.call('remindersSettingsSave', { enabled: true }));
    const run = (emu: Emulator, fn: () => void) => {
      fn();
      const mails = emu.outbox.slice();
      fn();
      const rerun = emu.outbox.slice(mails.length);
      return measureCorrectness({ plan, responsible, closed, window, mails, rerun, timeZone: TZ });
    };
    const o = run(ours.emu, () => ours.emu.fireTimeTrigger('onDailyReminders'));
    const p = run(peer, () => peerReminders(peer));
    const n = run(naive, () => naiveReminders(naive, staff, TODAY));
    expect(o.due).toBeGreaterThan(0);
    expect([p.due, n.due]).toEqual([o.due, o.due]);
    expect(o).toEqual({ due: o.due, onTime: o.due, rerunDuplicates: 0, notResponsible: 0 });
    // Groups and roles: the peer and the naive script find nobody; namesakes and a person who left get mail.
    expect(p.onTime).toBeLessThan(p.due);
    expect(p.notResponsible).toBeGreaterThan(0);
    expect(p.rerunDuplicates).toBe(0);
    expect(n.rerunDuplicates).toBe(naive.outbox.length / 2);
    // Our coordinators' sections are read as such: «нет адресата» items are there, none counted against us.
    expect(ours.emu.outbox.flatMap((m) => mentionsOf(m, TZ)).some((x) => !x.asResponsible)).toBe(true);
  });

  it('counts a Saturday deadline reminded on the Friday before as on time, the Thursday before as not', () => {
    const staff = syntheticStaff(20);
    const plan = syntheticPlan(120, staff);
    const a = plan.activities.find((x) => new Date(`${x.deadline.end}T00:00:00Z`).getUTCDay() === 6)!;
    const who = [...responsibleByActivity(plan, staff).get(a.id)!][0];
    expect(who).toBeDefined();
    const mail = (day: string): SentMail => ({
      to: who,
      cc: '',
      bcc: '',
      replyTo: '',
      name: '',
      subject: 'Напоминание',
      body: `• ${a.title}`,
      htmlBody: '',
      from: '',
      at: new Date(at(day)),
    });
    const end = a.deadline.end!;
    const measure = (day: string) =>
      measureCorrectness({
        plan: { ...plan, activities: [a] },
        responsible: responsibleByActivity(plan, staff),
        closed: new Set(),
        window: { days: [addDays(end, -3), addDays(end, -2), addDays(end, -1), end], firstRun: false },
        mails: [mail(day)],
        timeZone: TZ,
      });
    const pairs = responsibleByActivity(plan, staff).get(a.id)!.size;
    expect(measure(addDays(end, -1))).toMatchObject({ due: pairs, onTime: 1, notResponsible: 0 });
    expect(measure(addDays(end, -2))).toMatchObject({ due: pairs, onTime: 0 });
  });
});
