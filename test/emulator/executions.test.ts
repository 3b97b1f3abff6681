/**
 * Executions: the clock a script sees runs on by the modelled latency of its calls, the 6-minute
 * kill, and the record of every run (emu.executions) a roll-up's continuation is tested with.
 */
import {
  CALL_LATENCY_MS,
  createEmulator,
  EXCEEDED_MESSAGE,
  EXECUTION_LIMIT_MS,
  OTHER_SPREADSHEET_MS,
} from '../../tools/emulator';

const START = '2021-03-01T05:00:00Z';
const MINUTE = 60_000;

describe('the execution clock', () => {
  it('outside an execution the clock stands still, whatever the calls', () => {
    const emu = createEmulator({ now: START });
    const D = emu.scriptDate;
    const before = D.now();
    for (let i = 0; i < 10; i++) emu.globals.SpreadsheetApp.getActive();
    expect(D.now()).toBe(before);
    expect(new D().getTime()).toBe(before);
    expect(emu.executions).toEqual([]);
  });

  it('inside one, Date.now() and new Date() advance by the latency of the calls made so far', () => {
    const emu = createEmulator({ now: START });
    const D = emu.scriptDate;
    const seen: number[] = [];
    const id = emu.spreadsheet.getId();
    emu.runMenuItem('menuSomething', {
      menuSomething: () => {
        const start = D.now();
        emu.globals.SpreadsheetApp.getActive().getActiveSheet(); // 2 SpreadsheetApp calls
        seen.push(D.now() - start);
        emu.globals.Sheets.Spreadsheets.Values.get(id, 'A1');
        seen.push(new D().getTime() - start);
      },
    });
    const sa = CALL_LATENCY_MS.SpreadsheetApp;
    expect(seen).toEqual([2 * sa, 2 * sa + CALL_LATENCY_MS.Sheets]);
    const last = emu.lastExecution!;
    expect(last).toMatchObject({
      kind: 'menu',
      functionName: 'menuSomething',
      user: 'owner@example.org',
      document: id,
      ms: 2 * sa + CALL_LATENCY_MS.Sheets,
      calls: 3,
      status: 'completed',
    });
    expect(last.startedAt.toISOString()).toBe('2021-03-01T05:00:00.000Z');
    expect(last.endedAt.getTime()).toBe(new Date(START).getTime() + last.ms);
    // Once it ended, the clock is where the test had it (existing time comparisons hold)…
    expect(emu.now().toISOString()).toBe('2021-03-01T05:00:00.000Z');
  });

  it('…or, with keepExecutionTime, keeps the time the execution took', () => {
    const emu = createEmulator({ now: START, keepExecutionTime: true });
    emu.runMenuItem('m', { m: () => emu.globals.SpreadsheetApp.getActive() });
    expect(emu.now().getTime()).toBe(new Date(START).getTime() + CALL_LATENCY_MS.SpreadsheetApp);
    expect(emu.lastExecution?.endedAt).toEqual(emu.now());
  });

  it('Utilities.sleep counts, as in Apps Script; the emulator’s advance() between runs moves the clock', () => {
    const emu = createEmulator({ now: START });
    emu.runAs({ email: 'owner@example.org' }, () => emu.globals.Utilities.sleep(30_000));
    expect(emu.lastExecution?.ms).toBe(30_000 + CALL_LATENCY_MS.Utilities);
    emu.advance(10 * MINUTE);
    emu.runAs({ email: 'owner@example.org' }, () => undefined);
    // The sleep stays on the clock (as it always did); the call's 1 ms of latency does not.
    expect(emu.lastExecution?.startedAt.getTime()).toBe(new Date(START).getTime() + 30_000 + 10 * MINUTE);
  });

  it('a script checking Date.now() - start stops in time and completes', () => {
    const emu = createEmulator({ now: START });
    const ids = Array.from({ length: 400 }, () => emu.addSpreadsheet());
    const D = emu.scriptDate;
    let done = 0;
    emu.runMenuItem('rollUp', {
      rollUp: () => {
        const start = D.now();
        for (const id of ids) {
          if (D.now() - start > 4.5 * MINUTE) break;
          emu.globals.Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1:B2'] });
          done++;
        }
      },
    });
    const per = CALL_LATENCY_MS.Sheets + OTHER_SPREADSHEET_MS;
    expect(done).toBe(Math.floor((4.5 * MINUTE) / per) + 1);
    expect(done).toBeLessThan(300);
    expect(emu.lastExecution?.status).toBe('completed');
    expect(emu.lastExecution?.ms).toBe(done * per);
  });
});

describe('install(globalThis, { date: true })', () => {
  it('code imported into the test sees the execution clock in Date.now(); uninstall() gives the runner its Date back', () => {
    const NodeDate = Date;
    const emu = createEmulator({ now: START });
    emu.install(globalThis, { date: true });
    let elapsed = -1;
    try {
      emu.runMenuItem('m', {
        m: () => {
          const start = Date.now();
          SpreadsheetApp.getActive();
          elapsed = Date.now() - start;
        },
      });
      // Outside the execution the global Date is the emulator's clock, back where the test set it.
      expect(new Date().toISOString()).toBe(new NodeDate(START).toISOString());
    } finally {
      emu.uninstall();
    }
    expect(elapsed).toBe(CALL_LATENCY_MS.SpreadsheetApp);
    expect(Date).toBe(NodeDate);
  });
});

describe('the 6-minute limit', () => {
  const reader = (emu: ReturnType<typeof createEmulator>, ids: string[]) => () => {
    for (const id of ids) emu.globals.Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1'] });
  };

  it('past EXECUTION_LIMIT_MS the next call throws «Exceeded maximum execution time»; the run is recorded as timed out', () => {
    const emu = createEmulator({ now: START });
    const ids = Array.from({ length: 300 }, () => emu.addSpreadsheet());
    expect(() => emu.runMenuItem('rollUp', { rollUp: reader(emu, ids) })).toThrow(EXCEEDED_MESSAGE);
    const per = CALL_LATENCY_MS.Sheets + OTHER_SPREADSHEET_MS;
    const made = Math.floor(EXECUTION_LIMIT_MS / per) + 1;
    expect(emu.calls.count('Spreadsheets.Values.batchGet')).toBe(made);
    expect(emu.failedExecutions).toEqual([
      expect.objectContaining({ kind: 'menu', status: 'timed-out', error: EXCEEDED_MESSAGE }),
    ]);
    expect(emu.lastExecution?.ms).toBe(made * per);
    // The next execution starts afresh.
    emu.runMenuItem('small', { small: reader(emu, ids.slice(0, 3)) });
    expect(emu.lastExecution?.status).toBe('completed');
  });

  it('a script catching the error is killed all the same: every later call throws, the run fails', () => {
    const emu = createEmulator({ now: START });
    const ids = Array.from({ length: 300 }, () => emu.addSpreadsheet());
    let caught = 0;
    const run = () =>
      emu.runAs({ email: 'owner@example.org' }, () => {
        for (const id of ids) {
          try {
            emu.globals.Sheets.Spreadsheets.Values.batchGet(id, { ranges: ['A1'] });
          } catch {
            caught++;
          }
        }
        return 'finished';
      });
    expect(run).toThrow(EXCEEDED_MESSAGE);
    expect(caught).toBeGreaterThan(1);
    expect(emu.lastExecution).toMatchObject({ kind: 'run', status: 'timed-out' });
  });

  it('a time-driven trigger’s runs: each recorded with its time; a timed-out one is in failedExecutions; a one-off trigger is spent', () => {
    // A bound script: an add-on may have one time-driven trigger per document, here two.
    const emu = createEmulator({ now: START, scriptKind: 'bound', keepExecutionTime: true });
    const ids = Array.from({ length: 300 }, () => emu.addSpreadsheet());
    emu.setHandlers({ chunk: reader(emu, ids.slice(0, 100)), slow: reader(emu, ids) });
    emu.globals.ScriptApp.newTrigger('chunk').timeBased().everyHours(1).create();
    expect(emu.fireTimeTrigger('chunk')).toBe(1);
    emu.advance(60 * MINUTE);
    emu.fireTimeTrigger('chunk');
    const runs = emu.executions.filter((e) => e.kind === 'trigger');
    expect(runs.map((r) => [r.functionName, r.user, r.effectiveUser, r.status])).toEqual([
      ['chunk', '', 'owner@example.org', 'completed'],
      ['chunk', '', 'owner@example.org', 'completed'],
    ]);
    expect(runs[0].ms).toBe(100 * (CALL_LATENCY_MS.Sheets + OTHER_SPREADSHEET_MS));
    expect(runs[1].startedAt.getTime() - runs[0].endedAt.getTime()).toBe(60 * MINUTE);

    emu.globals.ScriptApp.newTrigger('slow').timeBased().after(1000).create();
    expect(() => emu.fireTimeTrigger('slow')).toThrow(EXCEEDED_MESSAGE);
    expect(emu.failedExecutions.map((e) => [e.kind, e.functionName, e.status])).toEqual([
      ['trigger', 'slow', 'timed-out'],
    ]);
    expect(emu.triggers.map((t) => t.functionName)).toEqual(['chunk']);
  });

  it('an error thrown by the script: the run is recorded as failed with its message and the error propagates', () => {
    const emu = createEmulator();
    expect(() =>
      emu.runMenuItem('boom', {
        boom: () => {
          throw new Error('План не найден');
        },
      }),
    ).toThrow('План не найден');
    expect(emu.failedExecutions).toEqual([expect.objectContaining({ status: 'failed', error: 'План не найден' })]);
  });

  it('createEmulator({ executionLimit: false }) turns the kill off (a bench measuring a naive script)', () => {
    const emu = createEmulator({ executionLimit: false });
    const ids = Array.from({ length: 300 }, () => emu.addSpreadsheet());
    emu.runMenuItem('rollUp', { rollUp: reader(emu, ids) });
    expect(emu.lastExecution?.status).toBe('completed');
    expect(emu.lastExecution!.ms).toBeGreaterThan(EXECUTION_LIMIT_MS);
  });

  it('outside an execution nothing is killed (a test calling a handler directly)', () => {
    const emu = createEmulator();
    const ids = Array.from({ length: 300 }, () => emu.addSpreadsheet());
    reader(emu, ids)();
    expect(emu.executionMs).toBeGreaterThan(EXECUTION_LIMIT_MS);
  });
});
