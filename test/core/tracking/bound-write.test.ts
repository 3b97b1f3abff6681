import fc from 'fast-check';
import {
  type CellWrite,
  checkWrite,
  type Intent,
  landedWhereAimed,
  type Raw,
  rowsById,
  type SheetRow,
  settleWrites,
  sheetRows,
} from '../../../src/core/tracking/bound-write';

/** A tab: column 0 the ID, columns 1–3 tracking cells (status, done date serial, who). */
type Tab = Raw[][];
const header: Raw[] = ['ID', 'Статус', 'Дата', 'Отметил'];
const tab = (...rows: Raw[][]): Tab => [header, ...rows];
const rows = (t: Tab): SheetRow[] => sheetRows(t, 0);
const apply = (t: Tab, writes: readonly CellWrite[]) => {
  for (const w of writes) {
    const r = t[w.row - 1];
    if (r) r[w.col] = w.value;
  }
};
const intent = (id: string, cells: [number, Raw][]): Intent => ({ id, cells: new Map(cells) });
const mark = (id: string) =>
  intent(id, [
    [1, 'Выполнено'],
    [2, 44300],
    [3, 'Иванова'],
  ]);

describe('landedWhereAimed: the first write checked on its own answer (the ID column and the rows aimed at)', () => {
  const ids = ['ID', 'a', 'b', 'c'];
  const shown = (cells: Raw[]) => new Map([[3, cells]]);
  const done: Raw[] = ['b', 'Выполнено', 44300, 'Иванова'];

  it('holds when the ID is on one row, shown, holding what was written', () => {
    expect(landedWhereAimed([mark('b')], ids, shown(done))).toBe(true);
    expect(landedWhereAimed([intent('c', [])], ids, new Map())).toBe(true);
  });

  it('anything else is looked at in full: a duplicated ID, a moved row, cells not as written', () => {
    expect(landedWhereAimed([mark('b')], ['ID', 'a', 'b', 'b'], shown(done))).toBe(false);
    // Sorted meanwhile: b is on row 2 now, which the answer does not show.
    expect(landedWhereAimed([mark('b')], ['ID', 'b', 'a', 'c'], shown(['a', 'Выполнено', 44300, 'Иванова']))).toBe(
      false,
    );
    expect(landedWhereAimed([mark('b')], ids, shown(['b', 'Выполнено', 44300, 'Петров']))).toBe(false);
    // Clearing a cell on a row not shown is never taken for written.
    expect(landedWhereAimed([intent('b', [[2, '']])], ['ID', 'b', 'a'], shown(['a', '', '', '']))).toBe(false);
    expect(landedWhereAimed([mark('x')], ids, shown(done))).toBe(false);
  });
});

describe('checkWrite', () => {
  const before = tab(['a', 'Не начато', '', ''], ['b', 'Не начато', '', ''], ['c', 'В работе', '', 'Петров']);
  const baseline = rowsById(rows(before)).byId;

  it('ok when the activity holds what was written', () => {
    const now = tab(['a', 'Не начато', '', ''], ['b', 'Выполнено', 44300, 'Иванова'], ['c', 'В работе', '', 'Петров']);
    expect(checkWrite(mark('b'), baseline, rows(now))).toEqual({ kind: 'ok' });
  });

  it('still ok when the rows moved after the write (the cells moved with their row)', () => {
    const now = tab(['c', 'В работе', '', 'Петров'], ['b', 'Выполнено', 44300, 'Иванова'], ['a', 'Не начато', '', '']);
    expect(checkWrite(mark('b'), baseline, rows(now))).toEqual({ kind: 'ok' });
  });

  it('a sort before the write: the other activity is put back, the mark written where b is now', () => {
    // Sorted: row 3 held c when the write for b (read at row 3) arrived.
    const now = tab(['b', 'Не начато', '', ''], ['a', 'Не начато', '', ''], ['c', 'Выполнено', 44300, 'Иванова']);
    const c = checkWrite(mark('b'), baseline, rows(now));
    expect(c.kind).toBe('rewrite');
    if (c.kind !== 'rewrite') return;
    expect(c.misplaced).toEqual([{ row: 4, id: 'c' }]);
    apply(now, c.writes);
    expect(now).toEqual(
      tab(['b', 'Выполнено', 44300, 'Иванова'], ['a', 'Не начато', '', ''], ['c', 'В работе', '', 'Петров']),
    );
  });

  it('an inserted row took the write: it is emptied again', () => {
    const now = tab(
      ['a', 'Не начато', '', ''],
      ['', 'Выполнено', 44300, 'Иванова'],
      ['b', 'Не начато', '', ''],
      ['c', 'В работе', '', 'Петров'],
    );
    const c = checkWrite(mark('b'), baseline, rows(now));
    expect(c.kind).toBe('rewrite');
    if (c.kind === 'rewrite') apply(now, c.writes);
    expect(now[2]).toEqual(['', '', '', '']);
    expect(now[3]).toEqual(['b', 'Выполнено', 44300, 'Иванова']);
  });

  it('the activity deleted: not found, and what it wrote elsewhere put back', () => {
    const now = tab(['a', 'Не начато', '', ''], ['c', 'Выполнено', 44300, 'Иванова']);
    const c = checkWrite(mark('b'), baseline, rows(now));
    expect(c).toMatchObject({ kind: 'fail', code: 'not-found', misplaced: [{ row: 3, id: 'c' }] });
  });

  it('a duplicated ID is reported with its rows, never guessed; copies that took the write are put back', () => {
    const now = tab(
      ['a', 'Не начато', '', ''],
      ['b', 'Выполнено', 44300, 'Иванова'],
      ['b', 'Не начато', '', ''],
      ['c', 'В работе', '', 'Петров'],
    );
    const c = checkWrite(mark('b'), baseline, rows(now));
    expect(c).toMatchObject({ kind: 'fail', code: 'duplicate', rows: [3, 4] });
    if (c.kind === 'fail') apply(now, c.writes);
    expect(now[2]).toEqual(['b', 'Не начато', '', '']);
  });

  it('someone changed the activity meanwhile: stale, nothing written over it', () => {
    const now = tab(['b', 'В работе', '', 'Сидоров'], ['a', 'Не начато', '', ''], ['c', 'Выполнено', 44300, 'Иванова']);
    const c = checkWrite(mark('b'), baseline, rows(now));
    expect(c).toMatchObject({ kind: 'fail', code: 'stale' });
    if (c.kind === 'fail') expect(c.writes.every((w) => w.row === 4)).toBe(true);
  });

  it('rows of other activities written in the same batch are theirs, not misplaced copies', () => {
    // a and b were both marked; b's cells did not land yet, a's row holds the same values.
    const now = tab(['a', 'Выполнено', 44300, 'Иванова'], ['b', 'Не начато', '', ''], ['c', 'В работе', '', 'Петров']);
    const c = checkWrite(mark('b'), baseline, rows(now), new Set(['a', 'b']));
    expect(c).toMatchObject({ kind: 'rewrite', misplaced: [] });
    expect(checkWrite(mark('b'), baseline, rows(now))).toMatchObject({ kind: 'rewrite', misplaced: [{ id: 'a' }] });
  });
});

/** A person's action on the tab's body (row 1 is the header). */
type Action = { kind: 'sort'; order: number[] } | { kind: 'insert'; at: number } | { kind: 'delete'; at: number };

function act(t: Tab, a: Action): void {
  const body = t.slice(1);
  if (a.kind === 'sort') {
    const sorted = a.order.map((i) => body[i % body.length]).filter((r, i, all) => all.indexOf(r) === i);
    const rest = body.filter((r) => !sorted.includes(r));
    t.splice(1, body.length, ...sorted, ...rest);
  } else if (a.kind === 'insert') t.splice(1 + (a.at % (body.length + 1)), 0, ['', '', '', '']);
  else if (body.length > 1) t.splice(1 + (a.at % body.length), 1);
}

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('sort' as const), order: fc.array(fc.nat(40), { minLength: 1, maxLength: 20 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(40) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(40) }),
);

describe('settleWrites: whatever people do between the reads and the writes', () => {
  it('no other activity ends changed; the mark is on its activity or reported', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.nat(11),
        fc.array(action, { maxLength: 3 }),
        fc.array(action, { maxLength: 3 }),
        (n, pick, beforeWrite, beforeCorrection) => {
          const start = tab(
            ...Array.from({ length: n }, (_, i): Raw[] => [
              `id${i}`,
              i % 2 ? 'В работе' : 'Не начато',
              '',
              `кто-то ${i}`,
            ]),
          );
          const t = start.map((r) => [...r]);
          const baseline = rowsById(rows(start)).byId;
          const target = `id${pick % n}`;
          const row0 = baseline.get(target)!.row;
          const m = mark(target);
          // A person acts between the read and the first write, which goes to the row read.
          for (const a of beforeWrite) act(t, a);
          apply(
            t,
            [...m.cells].map(([col, value]) => ({ row: row0, col, value })),
          );
          let corrections = 0;
          const out = settleWrites([m], baseline, {
            read: () => rows(t),
            write: (cells) => {
              // … and again before the first corrective write only.
              if (corrections++ === 0) for (const a of beforeCorrection) act(t, a);
              apply(t, cells);
            },
          });
          const result = out.get(target)!;
          for (const r of rows(t)) {
            if (r.id === target) {
              if (result.ok) expect(r.cells.slice(1)).toEqual(['Выполнено', 44300, 'Иванова']);
              continue;
            }
            const own = r.id ? baseline.get(r.id) : null;
            // Activities hold what they held; rows without an ID hold nothing that was written.
            if (own) expect(r.cells).toEqual(own.cells);
            else expect(r.cells.slice(1).every((c) => c === '' || c === undefined)).toBe(true);
          }
          if (!rows(t).some((r) => r.id === target)) expect(result).toMatchObject({ ok: false });
        },
      ),
      { seed: 14, numRuns: 400 },
    );
  });
});
