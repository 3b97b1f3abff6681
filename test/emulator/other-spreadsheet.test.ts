/**
 * What reaching another spreadsheet costs (OTHER_SPREADSHEET_MS, counter.ts) and the Sheets API's
 * per-minute quotas (quota.ts), as a department's roll-up over many organisations meets them.
 */
import {
  CALL_LATENCY_MS,
  createEmulator,
  EXECUTION_LIMIT_MS,
  OTHER_SPREADSHEET_MS,
  QUOTA_CONSUMER,
  SHEETS_PER_USER_PER_MINUTE,
} from '../../tools/emulator';

const costOf = (emu: ReturnType<typeof createEmulator>, fn: () => void): number => {
  emu.calls.reset();
  fn();
  return emu.executionMs;
};

describe('another spreadsheet costs more than the active one', () => {
  it('openById / openByUrl of another file: OTHER_SPREADSHEET_MS on top; of the active one: nothing', () => {
    const emu = createEmulator();
    const other = emu.addSpreadsheet();
    const { SpreadsheetApp } = emu.globals;
    const active = emu.spreadsheet.getId();
    expect(costOf(emu, () => SpreadsheetApp.openById(active))).toBe(CALL_LATENCY_MS.SpreadsheetApp);
    expect(costOf(emu, () => SpreadsheetApp.openById(other))).toBe(
      CALL_LATENCY_MS.SpreadsheetApp + OTHER_SPREADSHEET_MS,
    );
    expect(costOf(emu, () => SpreadsheetApp.openByUrl(`https://docs.google.com/spreadsheets/d/${other}/edit`))).toBe(
      CALL_LATENCY_MS.SpreadsheetApp + OTHER_SPREADSHEET_MS,
    );
    // Once open, its ranges cost what the active spreadsheet's do.
    const ss = SpreadsheetApp.openById(other);
    expect(costOf(emu, () => ss.getSheets())).toBe(CALL_LATENCY_MS.SpreadsheetApp);
    // A refused open costs the round trip too.
    emu.deleteSpreadsheet(other);
    expect(costOf(emu, () => expect(() => SpreadsheetApp.openById(other)).toThrow())).toBe(
      CALL_LATENCY_MS.SpreadsheetApp + OTHER_SPREADSHEET_MS,
    );
  });

  it('every Sheets API call with another spreadsheetId: get, batchUpdate, values.*', () => {
    const emu = createEmulator();
    const other = emu.addSpreadsheet();
    const active = emu.spreadsheet.getId();
    const { Sheets } = emu.globals;
    const calls = (id: string) => [
      () => Sheets.Spreadsheets.get(id),
      () =>
        Sheets.Spreadsheets.batchUpdate(
          { requests: [{ addSheet: { properties: { title: `t${id.length}${Math.random()}` } } }] },
          id,
        ),
      () => Sheets.Spreadsheets.Values.get(id, 'A1'),
      () => Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1'] }),
      () => Sheets.Spreadsheets.Values.update({ values: [['x']] }, id, 'A1', { valueInputOption: 'RAW' }),
      () =>
        Sheets.Spreadsheets.Values.batchUpdate(
          { valueInputOption: 'RAW', data: [{ range: 'A2', values: [['y']] }] },
          id,
        ),
      () => Sheets.Spreadsheets.Values.append({ values: [['z']] }, id, 'A1', { valueInputOption: 'RAW' }),
      () => Sheets.Spreadsheets.Values.clear({}, id, 'A1'),
      () => Sheets.Spreadsheets.Values.batchClear({ ranges: ['A2'] }, id),
    ];
    for (const [i, call] of calls(active).entries())
      expect([i, costOf(emu, call)]).toEqual([i, CALL_LATENCY_MS.Sheets]);
    for (const [i, call] of calls(other).entries())
      expect([i, costOf(emu, call)]).toEqual([i, CALL_LATENCY_MS.Sheets + OTHER_SPREADSHEET_MS]);
  });

  it('in the web app or a detached trigger there is no active spreadsheet: every file is another one', () => {
    const emu = createEmulator();
    const id = emu.spreadsheet.getId();
    emu.deployWebApp();
    emu.calls.reset();
    emu.webRun(() => emu.globals.SpreadsheetApp.openById(id));
    expect(emu.lastExecution).toMatchObject({
      kind: 'web',
      document: null,
      ms: CALL_LATENCY_MS.SpreadsheetApp + OTHER_SPREADSHEET_MS,
    });
  });

  it('a 300-organisation roll-up, one batchGet each, does not fit one execution; in chunks of 100 it does', () => {
    const emu = createEmulator();
    const orgs = Array.from({ length: 300 }, (_, i) => emu.addSpreadsheet({ name: `ОО ${i + 1}` }));
    const per = CALL_LATENCY_MS.Sheets + OTHER_SPREADSHEET_MS;
    expect(300 * per).toBeGreaterThan(EXECUTION_LIMIT_MS);
    expect(100 * per).toBeLessThan(EXECUTION_LIMIT_MS);
    const read = (ids: string[]) => () => {
      for (const id of ids) emu.globals.Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1:B2'] });
    };
    expect(() => emu.runAs({ email: 'owner@example.org' }, read(orgs))).toThrow('Exceeded maximum execution time');
    for (let i = 0; i < 300; i += 100) emu.runAs({ email: 'owner@example.org' }, read(orgs.slice(i, i + 100)));
    expect(emu.executions.map((e) => e.status)).toEqual(['timed-out', 'completed', 'completed', 'completed']);
  });
});

describe('the Sheets API per-minute quotas', () => {
  const user = { email: 'owner@example.org' };

  it('the 61st read by one user within a minute is refused with Google’s text; a minute later reads go again', () => {
    const emu = createEmulator();
    const id = emu.spreadsheet.getId();
    const { Sheets, Utilities } = emu.globals;
    let error = '';
    emu.runAs(user, () => {
      for (let i = 0; i < SHEETS_PER_USER_PER_MINUTE; i++) Sheets.Spreadsheets.Values.get(id, 'A1');
      try {
        Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1'] });
      } catch (e) {
        error = (e as Error).message;
      }
      Utilities.sleep(60_000);
      Sheets.Spreadsheets.get(id);
    });
    expect(error).toBe(
      "API call to sheets.spreadsheets.values.batchGet failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer '" +
        `${QUOTA_CONSUMER}'.`,
    );
    expect(emu.lastExecution?.status).toBe('completed');
  });

  it('writes have their own 60 per minute per user, beside the reads', () => {
    const emu = createEmulator();
    const id = emu.spreadsheet.getId();
    const { Sheets } = emu.globals;
    emu.runAs(user, () => {
      for (let i = 0; i < 60; i++) Sheets.Spreadsheets.Values.get(id, 'A1');
      for (let i = 0; i < 60; i++)
        Sheets.Spreadsheets.Values.update({ values: [[i]] }, id, 'A1', { valueInputOption: 'RAW' });
      expect(() => Sheets.Spreadsheets.batchUpdate({ requests: [] }, id)).toThrow(
        "limit 'Write requests per minute per user'",
      );
    });
  });

  it('the project’s 300 reads per minute bind several users together', () => {
    const emu = createEmulator();
    const id = emu.spreadsheet.getId();
    const { Sheets } = emu.globals;
    for (let u = 0; u < 6; u++)
      emu.runAs({ email: `user${u}@example.org` }, () => {
        for (let i = 0; i < 50; i++) Sheets.Spreadsheets.Values.get(id, 'A1');
      });
    expect(() => emu.runAs({ email: 'user6@example.org' }, () => Sheets.Spreadsheets.Values.get(id, 'A1'))).toThrow(
      "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute' of service",
    );
  });

  it('the minutes past executions took count though the clock went back after them', () => {
    const emu = createEmulator();
    const id = emu.spreadsheet.getId();
    const { Sheets, MailApp } = emu.globals;
    // 60 reads, then 70 s of other calls: the reads are more than a minute old when it ends.
    emu.runAs(user, () => {
      for (let i = 0; i < 60; i++) Sheets.Spreadsheets.Values.get(id, 'A1');
      for (let i = 0; i < 70_000 / CALL_LATENCY_MS.MailApp; i++) MailApp.getRemainingDailyQuota();
    });
    expect(emu.now().getTime()).toBe(new Date('2021-01-11T09:00:00Z').getTime());
    emu.runAs(user, () => Sheets.Spreadsheets.Values.get(id, 'A1'));
    // A second run right after 60 reads within the minute is refused.
    const emu2 = createEmulator();
    emu2.runAs(user, () => {
      for (let i = 0; i < 60; i++) emu2.globals.Sheets.Spreadsheets.Values.get(id, 'A1');
    });
    expect(() => emu2.runAs(user, () => emu2.globals.Sheets.Spreadsheets.Values.get(id, 'A1'))).toThrow(
      'Read requests per minute per user',
    );
  });

  it('createEmulator({ sheetsQuota: false }) turns the quotas off', () => {
    const emu = createEmulator({ sheetsQuota: false });
    const id = emu.spreadsheet.getId();
    emu.runAs(user, () => {
      for (let i = 0; i < 200; i++) emu.globals.Sheets.Spreadsheets.Values.get(id, 'A1');
    });
    expect(emu.lastExecution?.status).toBe('completed');
  });

  it('outside an execution (the clock stands still) no quota applies', () => {
    const emu = createEmulator();
    const id = emu.spreadsheet.getId();
    for (let i = 0; i < 200; i++) emu.globals.Sheets.Spreadsheets.Values.get(id, 'A1');
    expect(emu.calls.count('Spreadsheets.Values.get')).toBe(200);
  });
});
