/**
 * «Свод → Напоминания организациям…» on the built department bundle (issue 18, part 4): turned on,
 * the one hourly trigger starts each day's roll-up from 7:00 and its completion e-mails every late
 * organisation's coordinator (one digest a day) and, on Monday, the department; never twice.
 */
import { chooseActivities, organisationPlan } from '../../src/core/rollup/distribute';
import { planValues } from '../core/rollup/fixture';
import {
  department,
  type Emu,
  fillTab,
  ORSK,
  tabValues,
  writeMunicipalPlan,
  writeOrganisations,
} from './rollup-helpers';

const ORGS: [string, string][] = [
  ['МДОАУ «Детский сад № 1»', 'ds1@example.org'],
  ['МДОАУ «Детский сад № 2»', 'ds2@example.org'],
  ['МДОАУ «Детский сад № 3»', 'ds3@example.org'],
];
const HOUR = 3600_000;

describe('the daily roll-up with reminders to organisations, built', () => {
  let emu: Emu;
  let dept: string;
  let orgIds: string[];
  const given = organisationPlan(chooseActivities(ORSK.activities, 'organisations'));

  beforeAll(() => {
    // Monday 02.11.2020, 10:00 in Yekaterinburg.
    ({ emu, dept } = department());
    writeMunicipalPlan(emu, dept);
    writeOrganisations(emu, dept, ORGS);
    const before = emu.documents.length;
    emu.ui.answer('YES');
    emu.runMenuItem('menuDistribute');
    orgIds = emu.documents.slice(before);
    // Org 1 did everything; orgs 2 and 3 nothing.
    fillTab(
      emu,
      orgIds[0],
      'План',
      planValues(given.map((a) => ({ ...a, status: 'done' as const, doneDate: '2020-10-20' }))),
    );
  });

  const mailTo = (to: string) => emu.outbox.filter((m) => m.to === to);

  it('is off until turned on: «Обновить свод» sends nothing', () => {
    emu.runMenuItem('menuRollup');
    expect(emu.failedExecutions).toEqual([]);
    expect(emu.outbox).toEqual([]);
    expect(emu.triggers.filter((t) => t.functionName === 'rollupContinue')).toHaveLength(0);
  });

  it('refuses an address that is not one, and turns on with one', () => {
    emu.ui.answerPrompt('отдел образования');
    emu.runMenuItem('menuDaily');
    expect(emu.ui.alerts.at(-1)!.prompt).toContain('не адрес электронной почты');
    expect(emu.triggers.filter((t) => t.functionName === 'rollupContinue')).toHaveLength(0);
    emu.ui.answerPrompt('ruo@example.org');
    emu.runMenuItem('menuDaily');
    expect(emu.ui.alerts.at(-1)!.prompt).toContain('Включено');
    expect(emu.triggers.filter((t) => t.functionName === 'rollupContinue')).toHaveLength(1);
  });

  it('the trigger rolls up and e-mails the late organisations and, on Monday, the department', () => {
    emu.advance(HOUR);
    emu.fireTimeTriggers();
    expect(emu.failedExecutions).toEqual([]);
    expect(mailTo('ds1@example.org')).toHaveLength(0);
    for (const to of ['ds2@example.org', 'ds3@example.org']) {
      const [m] = mailTo(to);
      expect(m.subject).toBeTruthy();
      expect(m.replyTo).toBe('ruo@example.org');
      expect(m.body).toContain('просроч');
    }
    const [summary] = mailTo('ruo@example.org');
    expect(summary.body).toContain(ORGS[1][0]);
    expect(summary.body).not.toContain(ORGS[0][0]);
    // The roll-up itself was written, and the ledger rows of the e-mails in the Журнал.
    expect(tabValues(emu, dept, 'Свод по организациям').flat().join(' ')).toContain('Прочитано организаций: 3 из 3');
    expect(tabValues(emu, dept, 'Журнал').length).toBeGreaterThan(1);
  });

  it('runs once a day: the next hours of the day read nothing and send nothing', () => {
    const sent = emu.outbox.length;
    emu.recordSheetsCalls();
    emu.advance(HOUR);
    emu.fireTimeTriggers();
    emu.advance(HOUR);
    emu.fireTimeTriggers();
    expect(emu.failedExecutions).toEqual([]);
    expect(emu.outbox.length).toBe(sent);
    const orgReads = emu.sheetsCalls.filter((c) => orgIds.includes(String(c.params.spreadsheetId)));
    expect(orgReads).toEqual([]);
    expect(emu.triggers.filter((t) => t.functionName === 'rollupContinue')).toHaveLength(1);
  });

  it('the next day waits for the morning, then rolls up again without repeating a reminder', () => {
    const sent = emu.outbox.length;
    // Tuesday 03.11, 5:00 local: too early.
    emu.advance(16 * HOUR);
    emu.recordSheetsCalls();
    emu.fireTimeTriggers();
    expect(emu.sheetsCalls.filter((c) => orgIds.includes(String(c.params.spreadsheetId)))).toEqual([]);
    // 8:00: the day's roll-up; nobody gets the same reminder again, no Monday summary.
    emu.advance(3 * HOUR);
    emu.fireTimeTriggers();
    expect(emu.failedExecutions).toEqual([]);
    expect(emu.sheetsCalls.filter((c) => orgIds.includes(String(c.params.spreadsheetId)))).toHaveLength(3);
    const again = emu.outbox.slice(sent);
    expect(again.filter((m) => m.to === 'ruo@example.org')).toEqual([]);
    const firstDay = new Set(emu.outbox.slice(0, sent).map((m) => `${m.to}|${m.body}`));
    for (const m of again) expect(firstDay.has(`${m.to}|${m.body}`)).toBe(false);
  });

  it('turned off, the trigger goes', () => {
    emu.ui.answer('YES');
    emu.runMenuItem('menuDaily');
    expect(emu.ui.alerts.at(-1)!.prompt).toContain('Выключено');
    expect(emu.triggers.filter((t) => t.functionName === 'rollupContinue')).toHaveLength(0);
  });
});
