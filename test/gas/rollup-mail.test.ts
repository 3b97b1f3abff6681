/**
 * The department's reminders to organisations in the emulator: src/gas/rollup/mail.ts run with the
 * emulator's services as globals (it belongs to the department's project, not to the school
 * add-on's bundle), on the department's spreadsheet, with the emulator's MailApp catching the mail.
 */
import type { IsoDate } from '../../src/core/dates/calendar';
import { ORG_LEDGER_FIELD } from '../../src/core/rollup/org-reminders';
import { journalFromValues } from '../../src/core/sheet/journal-tab';
import { type OrgMailOptions, sendOrganisationReminders } from '../../src/gas/rollup/mail';
import { readSpreadsheet } from '../../src/gas/sheets-api';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../tools/emulator';
import { faults } from '../../tools/emulator/faults';
import { A, B, rollup } from '../core/rollup/late';

const DEPT = 'otdel@example.org';

function setUp(opts: EmulatorOptions = {}) {
  const emu = createEmulator({ spreadsheetTimeZone: 'Asia/Yekaterinburg', ...opts });
  emu.install();
  const id = emu.documents[0];
  const options = (today: IsoDate, more: Partial<OrgMailOptions> = {}): OrgMailOptions => ({
    today,
    timeZone: 'Asia/Yekaterinburg',
    language: 'ru',
    department: { name: 'Отдел образования г. Орска', email: DEPT },
    spreadsheetId: id,
    sender: 'specialist@example.org',
    ...more,
  });
  /** One run on `today`: the emulator's clock at 09:00 there, the calls counted from zero. */
  const run = (today: IsoDate, more: Partial<OrgMailOptions> = {}) => {
    emu.setNow(`${today}T04:00:00Z`);
    emu.calls.reset();
    return sendOrganisationReminders(rollup(today), options(today, more));
  };
  const journal = () => {
    const s = emu.snapshot().sheets.find((x) => x.name === 'Журнал');
    return s ? journalFromValues(s.values).filter((r) => r.field === ORG_LEDGER_FIELD) : [];
  };
  return { emu, id, run, journal, options };
}

let emu: Emulator | null = null;
afterEach(() => emu?.uninstall());

describe('sendOrganisationReminders', () => {
  it("sends each late organisation's digest and the Monday summary, and records them in one write", () => {
    const t = setUp();
    emu = t.emu;
    const r = t.run('2023-03-13');
    expect(r).toMatchObject({ sent: 3, skipped: 1, failed: 0, overQuota: 0, deferred: 0, summary: 'sent' });
    expect(r.skippedOrganisations).toEqual([{ name: 'МБДОУ № 5', reason: 'no-email' }]);
    // Budget: the spreadsheet's tabs (no `info` given), no Журнал yet to read, the quota once,
    // one send per e-mail, one ledger write (which creates the Журнал).
    expect(t.emu.calls.byMethod()).toEqual({
      'Spreadsheets.get': 1,
      'MailApp.getRemainingDailyQuota': 1,
      'MailApp.sendEmail': 3,
      'Spreadsheets.batchUpdate': 1,
    });
    const out = t.emu.outbox;
    expect(out.map((m) => [m.to, m.subject])).toEqual([
      [DEPT, 'План-график: свод за неделю — просрочено в 3 организациях из 5, не прочитано: 1'],
      ['coord1@example.org', 'План-график: 2 мероприятия муниципального плана просрочены — МБДОУ № 1'],
      ['coord2@example.org', 'План-график: 1 мероприятие муниципального плана просрочено — МБДОУ № 2'],
    ]);
    for (const m of out) expect(m).toMatchObject({ name: 'Отдел образования г. Орска', replyTo: DEPT });
    expect(out[1].htmlBody).toContain('Отчёт &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out[1].htmlBody).not.toContain('<script>');
    expect(out[1].body).toContain('просрочено на 7 дней (срок 06.03.2023)');
    const rows = t.journal();
    expect(rows.map((x) => x.newValue.split('\n').length)).toEqual([1, 3, 2]);
    expect(rows.every((x) => x.user === 'specialist@example.org')).toBe(true);
  });

  it('sends nothing on a rerun the same day, at the cost of two reads', () => {
    const t = setUp();
    emu = t.emu;
    t.run('2023-03-13');
    const again = t.run('2023-03-13');
    expect(again).toMatchObject({ sent: 0, failed: 0, overQuota: 0, summary: 'sent-this-week' });
    expect(t.emu.calls.byMethod()).toEqual({ 'Spreadsheets.get': 1, 'Spreadsheets.Values.batchGet': 1 });
    expect(t.emu.outbox).toHaveLength(3);
  });

  it("with the run's own `info`: one ledger read, the quota, the sends, one write — and no summary on Tuesday", () => {
    const t = setUp();
    emu = t.emu;
    t.run('2023-03-13');
    const info = readSpreadsheet(t.id).info;
    // Wednesday: m3 is not 3 days late yet, m2's 2nd step was recorded with Monday's digest; m1's
    // 3rd step (15.03) is new.
    const r = t.run('2023-03-15', { info });
    expect(r).toMatchObject({ sent: 1, summary: 'sent-this-week' });
    expect(t.emu.calls.byMethod()).toEqual({
      'Spreadsheets.Values.batchGet': 1,
      'MailApp.getRemainingDailyQuota': 1,
      'MailApp.sendEmail': 1,
      'Spreadsheets.batchUpdate': 1,
    });
    expect(t.emu.outbox.at(-1)?.to).toBe('coord1@example.org');
  });

  it('reports a failed send, sends the rest, and sends the failed one on the next run', () => {
    const t = setUp();
    emu = t.emu;
    t.emu.failMailAfter(1); // the 2nd e-mail (МБДОУ № 1's digest) fails
    const r = t.run('2023-03-13');
    expect(r).toMatchObject({ sent: 2, failed: 1, summary: 'sent' });
    expect(r.failures).toEqual([
      { to: 'coord1@example.org', error: 'Emulator: injected mail failure (emu.failMailAfter)' },
    ]);
    expect(r.message).toContain('ошибок — 1');
    const next = t.run('2023-03-13');
    expect(next).toMatchObject({ sent: 1, failed: 0 });
    expect(t.emu.outbox.map((m) => m.to)).toEqual([DEPT, 'coord2@example.org', 'coord1@example.org']);
  });

  it('over the quota: the summary first, a notice to the department, the rest reported and sent the next day', () => {
    const t = setUp({ mailQuota: 2 });
    emu = t.emu;
    const r = t.run('2023-03-13');
    expect(r).toMatchObject({ sent: 2, overQuota: 2, summary: 'sent' });
    expect(r.overQuotaTo).toEqual([A.email.toLowerCase(), B.email]);
    expect(t.emu.outbox.map((m) => [m.to, m.subject])).toEqual([
      [DEPT, 'План-график: свод за неделю — просрочено в 3 организациях из 5, не прочитано: 1'],
      [DEPT, 'План-график: не все напоминания организациям отправлены'],
    ]);
    expect(r.message).toContain('отложено из-за дневной квоты — 2');
    // The quota is back the next day: the two digests go, no second notice, no second summary.
    const next = t.run('2023-03-14');
    expect(next).toMatchObject({ sent: 2, overQuota: 0, summary: 'sent-this-week' });
  });

  it('says so when the ledger cannot be written, after sending', () => {
    const t = setUp();
    emu = t.emu;
    const f = faults(t.emu).fail('Spreadsheets.batchUpdate', 1, 'Service unavailable');
    f.fail('Spreadsheets.batchUpdate', 2, 'Service unavailable');
    const r = t.run('2023-03-13');
    expect(r.sent).toBe(3);
    expect(f.count('Spreadsheets.batchUpdate')).toBe(2); // tried twice
    expect(r.ledgerError).toContain('Service unavailable');
    expect(r.message).toContain('Журнал не записан (Service unavailable): эти письма уйдут ещё раз');
    expect(t.journal()).toEqual([]);
    // The price of one write at the end, said in the message: the next run sends them again.
    f.clear();
    expect(t.run('2023-03-13').sent).toBe(3);
  });

  it('stops starting e-mails at `sendUntil`, writes what went out, and sends the rest next time', () => {
    const t = setUp();
    emu = t.emu;
    const r = t.run('2023-03-13', { sendUntil: 0 });
    expect(r).toMatchObject({ sent: 0, deferred: 3, summary: 'deferred' });
    expect(t.emu.calls.count('Spreadsheets.batchUpdate')).toBe(0);
    expect(t.run('2023-03-13')).toMatchObject({ sent: 3, deferred: 0 });
  });

  it('writes in English for an English document', () => {
    const t = setUp();
    emu = t.emu;
    t.run('2023-03-13', { language: 'en' });
    expect(t.emu.outbox.map((m) => m.subject)).toEqual([
      'Plan: weekly roll-up — overdue in 3 of 5 organisations, 1 not read',
      'Plan: 2 municipal activities overdue — МБДОУ № 1',
      'Plan: 1 municipal activity overdue — МБДОУ № 2',
    ]);
  });
});
