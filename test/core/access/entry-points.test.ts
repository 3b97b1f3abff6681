/**
 * The table of entry points covers every function Apps Script can call (src/main.ts's exports),
 * and docs/security.md shows every row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_CHECKS } from '../../../src/core/access/entry-checks';
import { ENTRY_POINTS, type EntryName } from '../../../src/core/access/entry-points';
import * as main from '../../../src/main';

describe('ENTRY_POINTS', () => {
  it('has a row for every entry point of src/main.ts, and none that does not exist', () => {
    const exported = Object.keys(main)
      .filter((k) => typeof (main as Record<string, unknown>)[k] === 'function')
      .sort();
    expect(Object.keys(ENTRY_POINTS).sort()).toEqual(exported);
  });

  it('keeps import, settings, triggers and roll-ups from staff', () => {
    for (const fn of [
      'importApply',
      'menuImport',
      'menuConvertSheet',
      'menuCreatePlan',
      'remindersSettingsSave',
      'menuRemindersOn',
      'menuRemindersOff',
      'menuReports',
      'onDailyReminders',
      'onPlanEdit',
    ] as const)
      expect([fn, ENTRY_POINTS[fn].allowed]).not.toEqual([fn, 'anyone']);
    expect(ENTRY_POINTS.onDailyReminders.as).toBe('installer');
    expect(ENTRY_POINTS.accessTransferOwner.allowed).toBe('owner');
  });

  it('is the table docs/security.md shows', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/security.md'), 'utf8');
    for (const [fn, e] of Object.entries(ENTRY_POINTS)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${fn}\``));
      expect([fn, row]).toEqual([fn, expect.stringContaining(`| ${e.allowed} |`)]);
      expect([fn, row]).toEqual([fn, expect.stringContaining(`| ${ENTRY_CHECKS[fn as EntryName]}`)]);
    }
  });
});
