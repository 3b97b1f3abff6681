/**
 * The daily reminder trigger, run day after day by the emulator on the built add-on: one e-mail per
 * person per day, nothing twice across reruns and crashes, nothing due missed, the quota respected,
 * with the spreadsheet in Asia/Yekaterinburg and the script in Europe/Moscow.
 */
import { addDays } from '../../src/core/dates/calendar';
import type { Addon } from '../../tools/playground/addon';
import { displayed, journalMachine, seeded } from './helpers';

const START: Record<string, string> = {
  'plan-dou-vsoko-2021': '2021-01-01',
  'plan-school-vsoko-2020': '2020-01-01',
  'roadmap-okhansk-2021-2024': '2021-06-25',
};

/** 08:xx in Yekaterinburg (UTC+5) is 03:xx UTC: the trigger's hour in the spreadsheet's zone. */
const at = (day: string) => `${day}T03:20:00Z`;

function enable(addon: Addon): void {
  addon.emu.ui.answer('OK');
  addon.call('menuRemindersOn');
  expect(addon.emu.triggers.filter((t) => t.functionName === 'onDailyReminders')).toHaveLength(1);
}

function runDays(addon: Addon, from: string, days: number, perDay = 1, onDay?: (d: string) => void) {
  for (let i = 0; i < days; i++) {
    const d = addDays(from, i);
    addon.emu.setNow(at(d));
    onDay?.(d);
    for (let k = 0; k < perDay; k++) addon.emu.fireTimeTrigger('onDailyReminders');
  }
}

const mailKey = (m: { to: string | string[]; at: Date }, tz = 'Asia/Yekaterinburg') =>
  `${String(m.to)}|${new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(m.at)}`;

describe.each(Object.entries(START))('daily reminders for %s', (name, from) => {
  const opts = { spreadsheetTimeZone: 'Asia/Yekaterinburg', scriptTimeZone: 'Europe/Moscow', now: at(from) };

  it('sends one digest per person per day over 120 days, nothing twice even when run twice a day', () => {
    const addon = seeded(name, opts);
    enable(addon);
    runDays(addon, from, 120, 2);
    const out = addon.emu.outbox;
    expect(out.length).toBeGreaterThan(0);
    const keys = out.map((m) => mailKey(m));
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of out) expect(m.htmlBody).toMatch(/<table|<ul|<div/);
  });

  // 12, + 1 since issue 17: whether the web app is deployed (ScriptApp.getService: the e-mails'
  // links and the writers' lock both follow it); the guard's document lock is reused by the run.
  it('costs at most 13 calls per run plus, per e-mail, its send and one ledger write', () => {
    const addon = seeded(name, opts);
    enable(addon);
    let worst = 0;
    let mails = 0;
    for (let i = 0; i < 60; i++) {
      const d = addDays(from, i);
      addon.emu.setNow(at(d));
      addon.emu.calls.reset();
      const before = addon.emu.outbox.length;
      addon.emu.fireTimeTrigger('onDailyReminders');
      const sent = addon.emu.outbox.length - before;
      mails += sent;
      const by = addon.emu.calls.byService();
      // Calls that leave the script (issue 15's count: Session, Utilities and Logger are local).
      const calls = addon.emu.calls.total - (by.Session ?? 0) - (by.Utilities ?? 0) - (by.Logger ?? 0);
      expect(addon.emu.calls.count('MailApp.sendEmail')).toBe(sent);
      expect(addon.emu.calls.count('Spreadsheets.batchUpdate')).toBeLessThanOrEqual(sent + 1);
      worst = Math.max(worst, calls - 2 * sent);
    }
    expect(worst).toBeLessThanOrEqual(13);
    expect(mails).toBeGreaterThan(0);
  });

  it('resumes after a crash in the middle of the mailing without repeating anyone', () => {
    const clean = seeded(name, opts);
    enable(clean);
    runDays(clean, from, 90);
    const crashy = seeded(name, opts);
    enable(crashy);
    runDays(crashy, from, 90, 1, (d) => {
      if (Number(d.slice(8)) % 3 === 0) crashy.emu.failMailAfter(1);
    });
    // Nobody gets two e-mails on one day, no ledger key is recorded twice, and every activity the
    // clean run reminded of is reminded of in the crashing run too (the failed digest went out later).
    const perDay = crashy.emu.outbox.map((m) => mailKey(m));
    expect(new Set(perDay).size).toBe(perDay.length);
    const ledger = (a: Addon) =>
      journalMachine(displayed(a, 'Журнал'))
        .filter((r) => r[3] === 'напоминание')
        .map((r) => r[5]);
    const keys = ledger(crashy);
    expect(new Set(keys).size).toBe(keys.length);
    const activities = (ks: string[]) => new Set(ks.map((k) => k.split('|')[0]).filter((x) => x !== '*'));
    for (const id of activities(ledger(clean))) expect(activities(keys)).toContain(id);
  });
});

describe('quota', () => {
  it('with a small quota (3) the rest is deferred to the next day and the owner is told once', () => {
    const addon = seeded('plan-dou-vsoko-2021', {
      spreadsheetTimeZone: 'Asia/Yekaterinburg',
      now: at('2021-02-01'),
      mailQuota: 3,
    });
    enable(addon);
    const planned = (addon.call('remindersPreview', { date: '2021-02-01' }) as { to: string }[]).map((m) => m.to);
    expect(planned.length).toBeGreaterThan(3);
    runDays(addon, '2021-02-01', 1, 2);
    const day1 = addon.emu.outbox.map((m) => String(m.to));
    const notices = day1.filter((_, i) => addon.emu.outbox[i].subject.includes('не все напоминания'));
    expect(day1).toHaveLength(3);
    expect(notices).toEqual(['coordinator@example.org']);
    const deferred = planned.filter((to) => !day1.includes(to));
    expect(deferred.length).toBeGreaterThan(0);
    runDays(addon, '2021-02-02', 1);
    const day2 = addon.emu.outbox.slice(3).map((m) => String(m.to));
    for (const to of deferred.slice(0, 2)) expect(day2).toContain(to);
  });
});

describe('every e-mail greets a person by name (issue 16: coordinators were greeted by address)', () => {
  it('30 days of the kindergarten plan: staff by their ФИО, a coordinator not in Сотрудники by the name part of the address', () => {
    const addon = seeded('plan-dou-vsoko-2021', {
      spreadsheetTimeZone: 'Asia/Yekaterinburg',
      now: at('2021-01-01'),
    });
    enable(addon);
    addon.call('remindersSettingsSave', {
      enabled: true,
      coordinators: ['coordinator@example.org', 't.lebedeva@school.ru'],
    });
    runDays(addon, '2021-01-01', 30);
    const greetings = addon.emu.outbox.map((m) => String(m.body).split('\n')[0]);
    expect(greetings.length).toBeGreaterThan(0);
    for (const g of greetings) expect(g).toMatch(/^Здравствуйте, [^@]+!$/);
    expect(greetings).toContain('Здравствуйте, Coordinator!');
    expect(greetings).toContain('Здравствуйте, T. Lebedeva!');
    expect(greetings).toContain('Здравствуйте, Остапенко Наталья Михайловна!');
  });
});

describe("every e-mail's row link opens its activity's row (one index of the rows per run)", () => {
  it('30 days of the school plan: each link under «• title» points at the План row holding that title', () => {
    const addon = seeded('plan-school-vsoko-2020', {
      spreadsheetTimeZone: 'Asia/Yekaterinburg',
      now: at('2020-01-01'),
    });
    enable(addon);
    runDays(addon, '2020-01-01', 30);
    const plan = addon.emu.spreadsheet.getSheetByName('План');
    if (!plan) throw new Error('no План tab');
    const rows = plan.getDataRange().getDisplayValues();
    const [number, title] = ['№', 'Мероприятие'].map((h) => rows[0].indexOf(h));
    expect(title).toBeGreaterThanOrEqual(0);
    const links = addon.emu.outbox.flatMap((m) =>
      [...String(m.body).matchAll(/^• (.+)\n(?: {2}(?!https:).*\n)* {2}https:\S+#gid=(\d+)&range=A(\d+)$/gm)].map(
        ([, title, gid, row]) => ({ title, gid: Number(gid), row: Number(row) }),
      ),
    );
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) {
      expect(l.gid).toBe(plan.getSheetId());
      // The bullet is «№ title», shortened with «…» when long.
      const r = rows[l.row - 1];
      const bullet = l.title.replace(/…$/, '');
      expect(`${r[number]} ${r[title]}`.trim().startsWith(bullet) || r[title].startsWith(bullet)).toBe(true);
    }
  });
});
