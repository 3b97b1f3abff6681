import { runDay } from '../../../src/core/reminders/run-day';
import type { Digest } from '../../../src/core/reminders/types';
import { act, recipientsOf, settings } from './fixtures';

const acts = [
  act('1', { end: '2021-03-03', responsible: 'Иванов' }),
  act('2', { end: '2021-03-03', responsible: 'Петров' }),
  act('3', { end: '2021-03-03', responsible: 'Сидоров' }),
  act('4', { end: '2021-03-03', responsible: 'ИРО ПК' }),
];
const base = {
  activities: acts,
  recipientsOf,
  settings: settings({ weeklySummary: false }),
  today: '2021-03-03',
  remainingQuota: 100,
};

class Crash extends Error {}

describe('runDay', () => {
  it('returns the keys of what was sent; a rerun sends nothing', () => {
    const ledger = new Set<string>();
    const box: Digest[] = [];
    const r = runDay({ ...base, ledger, send: (d) => box.push(d) });
    expect(box.map((d) => d.to).sort()).toEqual(['coord@x.org', 'ivanov@x.org', 'petrov@x.org', 'sidorov@x.org']);
    expect(r.sent).toEqual(box.flatMap((d) => d.keys));
    expect(r).toMatchObject({ deferred: 0, failed: [], emails: 4, notice: null });
    for (const k of r.sent) ledger.add(k);
    const again = runDay({ ...base, ledger, send: (d) => box.push(d) });
    expect(again.emails).toBe(0);
    expect(box).toHaveLength(4);
  });

  it('resumes after a crash half way without sending anything twice', () => {
    const ledger = new Set<string>();
    const box: Digest[] = [];
    let sends = 0;
    // The process dies right after the second e-mail is recorded (e.g. the 6-minute limit).
    expect(() =>
      runDay({
        ...base,
        ledger,
        send: (d) => box.push(d),
        onSent: (keys) => {
          for (const k of keys) ledger.add(k);
          if (++sends === 2) throw new Crash('killed');
        },
      }),
    ).toThrow(Crash);
    expect(box).toHaveLength(2);
    runDay({
      ...base,
      ledger,
      send: (d) => box.push(d),
      onSent: (keys) => {
        for (const k of keys) ledger.add(k);
      },
    });
    const to = box.map((d) => d.to);
    expect(to).toHaveLength(4);
    expect(new Set(to).size).toBe(4);
    // And a third run finds nothing left.
    expect(runDay({ ...base, ledger, send: (d) => box.push(d) }).emails).toBe(0);
  });

  it('keeps going after one failed send and retries it on the next run', () => {
    const ledger = new Set<string>();
    const box: string[] = [];
    const flaky = (d: Digest) => {
      if (d.to === 'petrov@x.org' && !box.includes('failed-once')) {
        box.push('failed-once');
        throw new Error('Invalid email: petrov@x.org');
      }
      box.push(d.to);
    };
    const r1 = runDay({ ...base, ledger, send: flaky });
    expect(r1.failed).toEqual([{ to: 'petrov@x.org', error: 'Invalid email: petrov@x.org' }]);
    expect(r1.sent.some((k) => k.includes('petrov'))).toBe(false);
    for (const k of r1.sent) ledger.add(k);
    const r2 = runDay({ ...base, ledger, send: flaky });
    expect(r2.emails).toBe(1);
    expect(box.filter((t) => t === 'petrov@x.org')).toHaveLength(1);
  });

  it('tells the owner about a short quota once a day', () => {
    const ledger = new Set<string>();
    const r = runDay({ ...base, ledger, remainingQuota: 1, send: () => {} });
    expect(r.deferred).toBe(3);
    expect(r.notice).toMatch(/квота/);
    for (const k of r.sent) ledger.add(k);
    ledger.add(r.noticeKey!);
    const r2 = runDay({ ...base, ledger, remainingQuota: 1, send: () => {} });
    expect(r2.deferred).toBe(2);
    expect(r2.notice).toBeNull();
  });

  it('does nothing when reminders are off', () => {
    const r = runDay({
      ...base,
      settings: settings({ enabled: false, weeklySummary: false }),
      ledger: new Set(),
      send: () => {},
    });
    expect(r.emails).toBe(0);
  });
});

describe('runDay stopping early', () => {
  it('leaves what it did not send for the next run, as deferred (not failed)', () => {
    const ledger = new Set<string>();
    const box: string[] = [];
    let asked = 0;
    const r = runDay({ ...base, ledger, send: (d) => box.push(d.to), stop: () => ++asked > 2 });
    expect(box).toHaveLength(2);
    expect(r).toMatchObject({ emails: 2, deferred: 2, failed: [] });
    expect(r.deferredTo).toHaveLength(2);
  });
});
