/**
 * The Журнал as the reminder ledger, under faults, for 60 days on the built add-on: the run is
 * killed right after each e-mail in turn (the 6-minute limit strikes between a send and its
 * ledger row), every ledger write fails once, the report tabs fail. Each faulty day is rerun until
 * it completes and compared with a clean twin: at most one repeated e-mail per kill, nothing
 * missed, no ledger key recorded twice.
 */
import { addDays } from '../../src/core/dates/calendar';
import { type Faults, failBatches, faults } from '../../tools/emulator/faults';
import type { Addon } from '../../tools/playground/addon';
import { displayed, journalMachine, seeded } from './helpers';

const DAYS = 60;
const ZONE = 'Asia/Yekaterinburg';
const START: Record<string, string> = {
  'plan-dou-vsoko-2021': '2021-01-11',
  'plan-school-vsoko-2020': '2020-01-09',
};
const at = (day: string) => `${day}T03:20:00Z`;
const localDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(d);

function start(name: string): Addon {
  const addon = seeded(name, { spreadsheetTimeZone: ZONE, scriptTimeZone: 'Europe/Moscow', now: at(START[name]) });
  addon.emu.ui.answer('OK');
  addon.call('menuRemindersOn');
  return addon;
}

const fire = (addon: Addon): boolean => {
  try {
    addon.emu.fireTimeTrigger('onDailyReminders');
    return true;
  } catch {
    return false;
  }
};

/** E-mails per recipient and day (reminders only; the quota notice is not a reminder). */
function perDay(addon: Addon): Map<string, number> {
  const m = new Map<string, number>();
  for (const mail of addon.emu.outbox) {
    if (/не все напоминания/.test(mail.subject)) continue;
    const k = `${String(mail.to)}|${localDay(mail.at)}`;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
const repeats = (m: Map<string, number>) => [...m.values()].reduce((n, c) => n + c - 1, 0);
const ledgerKeys = (addon: Addon) =>
  journalMachine(displayed(addon, 'Журнал'))
    .filter((r) => r[3] === 'напоминание')
    .map((r) => r[5]);

function compare(clean: Addon, faulty: Addon) {
  const c = perDay(clean);
  const f = perDay(faulty);
  const missed = [...c.keys()].filter((k) => !f.has(k));
  const extra = [...f.keys()].filter((k) => !c.has(k));
  const keys = ledgerKeys(faulty);
  return {
    emails: [...c.values()].length,
    missed,
    extra,
    repeats: repeats(f),
    keysTwice: keys.length - new Set(keys).size,
    sameLedger: JSON.stringify([...new Set(keys)].sort()) === JSON.stringify([...new Set(ledgerKeys(clean))].sort()),
  };
}

/**
 * A clean twin and a faulty one, day by day for DAYS days: the clean one runs once a day, the
 * faulty one as `faultyDay` says (with its faults hook).
 */
function twins(name: string, faultyDay: (faulty: Addon, f: Faults) => void) {
  const clean = start(name);
  const faulty = start(name);
  const f = faults(faulty.emu);
  for (let i = 0; i < DAYS; i++) {
    const day = addDays(START[name], i);
    clean.emu.setNow(at(day));
    faulty.emu.setNow(at(day));
    fire(clean);
    faultyDay(faulty, f);
  }
  return { r: compare(clean, faulty), f };
}

/** Reruns the day until a run completes: the first dies at its 1st e-mail, each rerun at its 2nd. */
function killedAtEachEmail(kill: (f: Faults, nth: number) => void) {
  return (faulty: Addon, f: Faults) => {
    // The 1st e-mail of a rerun is the one the last kill left unrecorded: so every e-mail of the
    // day is, once, the one a kill strikes.
    for (let nth = 1, runs = 0; runs < 40; runs++, nth = 2) {
      const kills = f.kills;
      kill(f, nth);
      fire(faulty);
      f.clear();
      if (f.kills === kills) break;
    }
  };
}

describe.each(Object.keys(START))('the ledger of %s over 60 days', (name) => {
  it('killed right after each e-mail in turn: at most one repeated e-mail per kill, none missed', () => {
    const { r, f } = twins(
      name,
      killedAtEachEmail((f, nth) => f.killAfter('MailApp.sendEmail', nth)),
    );
    console.log(
      `${name}: ${r.emails} e-mails in ${DAYS} days, ${f.kills} kills, ${r.repeats} repeated, ${r.missed.length} missed`,
    );
    expect(f.kills).toBeGreaterThan(20);
    expect(r.repeats).toBeLessThanOrEqual(f.kills);
    expect(r.missed).toEqual([]);
    expect(r.extra).toEqual([]);
    expect(r.keysTwice).toBe(0);
    expect(r.sameLedger).toBe(true);
  });

  it('killed just before each e-mail in turn: nothing repeated, none missed', () => {
    const { r, f } = twins(
      name,
      killedAtEachEmail((f, nth) => f.killBefore('MailApp.sendEmail', nth)),
    );
    expect(f.kills).toBeGreaterThan(20);
    expect(r.repeats).toBe(0);
    expect(r.missed).toEqual([]);
    expect(r.sameLedger).toBe(true);
  });

  it('every write of every run fails once: nothing repeated, none missed', () => {
    let failed = 0;
    const { r } = twins(name, (faulty, f) => {
      // Each write's first attempt fails: the odd-numbered batchUpdate calls of the run.
      const writes = f.count('Spreadsheets.batchUpdate');
      for (let n = 1; n <= 99; n += 2) f.fail('Spreadsheets.batchUpdate', n);
      fire(faulty);
      failed += Math.ceil((f.count('Spreadsheets.batchUpdate') - writes) / 2);
      f.clear();
      // A run that had to stop is followed by another the same day (as a rerun would be).
      fire(faulty);
    });
    console.log(`${name}: ${failed} failed writes, ${r.repeats} repeated, ${r.missed.length} missed`);
    expect(failed).toBeGreaterThan(20);
    expect(r.repeats).toBe(0);
    expect(r.missed).toEqual([]);
    expect(r.sameLedger).toBe(true);
  });

  it('a ledger write that fails twice stops the run: at most one repeated e-mail per stop, none missed', () => {
    let stops = 0;
    const { r } = twins(name, (faulty, f) => {
      const sent = faulty.emu.outbox.length;
      f.fail('Spreadsheets.batchUpdate', 1).fail('Spreadsheets.batchUpdate', 2);
      fire(faulty);
      f.clear();
      if (faulty.emu.outbox.length > sent) stops++;
      fire(faulty);
    });
    expect(stops).toBeGreaterThan(10);
    expect(r.repeats).toBeLessThanOrEqual(stops);
    expect(r.missed).toEqual([]);
    expect(r.sameLedger).toBe(true);
  });

  it('the report tabs failing every day never loses the ledger', () => {
    const reports = (rs: { addSheet?: { properties?: { title?: string } } }[]) =>
      rs.some((x) => x.addSheet?.properties?.title?.startsWith('Отчёт'));
    const armed = new Set<Addon>();
    const { r } = twins(name, (faulty) => {
      if (!armed.has(faulty)) failBatches(faulty.emu, reports, 'Invalid requests[3].addSheet: index out of range');
      armed.add(faulty);
      fire(faulty);
    });
    expect(r.repeats).toBe(0);
    expect(r.missed).toEqual([]);
    expect(r.sameLedger).toBe(true);
  });
});
