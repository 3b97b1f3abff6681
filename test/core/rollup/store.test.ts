import { rollUp } from '../../../src/core/rollup/rollup';
import {
  cursorRow,
  listFingerprint,
  narrowed,
  orgKey,
  PART_CHARS,
  parseStore,
  readRows,
} from '../../../src/core/rollup/store';
import { org, planValues, seedPlan } from './fixture';

describe('the roll-up store (a hidden tab between executions)', () => {
  const { activities } = seedPlan('plan-orsk-mkdo-2020.txt');
  const values = planValues(
    activities.map((a, i) => (i < 5 ? { ...a, status: 'done' as const, doneDate: '2020-10-01' } : a)),
  );

  it('gives back what was stored: the cursor and each read, a long one cut into parts of 40,000 characters', () => {
    const big = planValues(
      [...activities, ...activities, ...activities, ...activities].map((a, i) => ({ ...a, id: `x${i}` })),
    );
    const rows = [
      cursorRow({ list: 'l', startedAt: '2020-11-02T05:00:00.000Z', runs: 1 }),
      ...readRows('2:a', { kind: 'values', values }),
      ...readRows('3:b', { kind: 'error', message: 'нет доступа к таблице' }),
      ...readRows('4:c', { kind: 'values', values: big }),
    ];
    expect(rows.filter((r) => r[0] === '4:c').length).toBeGreaterThan(1);
    for (const r of rows) expect(r[2].length).toBeLessThanOrEqual(PART_CHARS);
    const s = parseStore(rows);
    expect(s.cursor).toEqual({ list: 'l', startedAt: '2020-11-02T05:00:00.000Z', runs: 1 });
    expect(s.reads.get('3:b')).toEqual({ kind: 'error', message: 'нет доступа к таблице' });
    expect([...s.reads.keys()]).toEqual(['2:a', '3:b', '4:c']);
  });

  it('keeps only the columns the roll-up reads, and the roll-up of the stored read is the same', () => {
    const stored = parseStore(readRows('2:a', { kind: 'values', values })).reads.get('2:a')!;
    expect(stored.kind === 'values' && stored.values[0].length).toBeLessThan(values[0].length);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(values).length * 0.8);
    const o = org('Детский сад № 1');
    const direct = rollUp({
      today: '2020-11-02',
      municipal: activities,
      organisations: [{ org: o, read: { kind: 'values', values } }],
    });
    const again = rollUp({ today: '2020-11-02', municipal: activities, organisations: [{ org: o, read: stored }] });
    expect(again.organisations[0].counts).toEqual(direct.organisations[0].counts);
    expect(again.overdue.map((x) => [x.activity.id, x.daysLate, x.row.responsible])).toEqual(
      direct.overdue.map((x) => [x.activity.id, x.daysLate, x.row.responsible]),
    );
    expect(again.activities.map((a) => a.byState)).toEqual(direct.activities.map((a) => a.byState));
  });

  it('keeps a tab that is not a plan whole, so its error is the same', () => {
    const odd = [
      ['что-то', 'другое'],
      ['1', '2'],
    ];
    expect(narrowed(odd)).toEqual(odd);
  });

  it('drops a read whose parts do not join (an unfinished write) and a cursor that is not one', () => {
    const rows = readRows('4:c', {
      kind: 'values',
      values: planValues([...activities, ...activities, ...activities, ...activities]),
    });
    const s = parseStore([['cursor', '', '{"list":1}'], ...rows.slice(0, -1)]);
    expect(s.cursor).toBeNull();
    expect(s.reads.size).toBe(0);
    expect(parseStore(undefined)).toEqual({ cursor: null, reads: new Map() });
  });

  it('fingerprints the list: the same list the same, a renamed or moved organisation another', () => {
    const a = [org('Сад № 1', { row: 2 }), org('Сад № 2', { row: 3 })];
    expect(listFingerprint(a)).toBe(listFingerprint(a.map((o) => ({ ...o }))));
    expect(listFingerprint(a)).not.toBe(listFingerprint([a[0], { ...a[1], name: 'Сад № 3' }]));
    expect(listFingerprint(a)).not.toBe(
      listFingerprint([
        { ...a[0], row: 3 },
        { ...a[1], row: 2 },
      ]),
    );
    expect(orgKey(a[0])).toBe(`2:${a[0].spreadsheetId}`);
  });
});
