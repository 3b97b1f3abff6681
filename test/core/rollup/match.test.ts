import { applyConfirmations, matchRows, rowKey } from '../../../src/core/rollup/match';
import { act } from '../reports/fixture';

const municipal = [
  act({ id: 'm1', number: '1.1', title: 'Проведение мониторинга качества дошкольного образования' }),
  act({ id: 'm2', number: '1.2', title: 'Подготовка аналитической справки по итогам мониторинга' }),
  act({ id: 'm3', number: '2.1', title: 'Обучение экспертов ДОО' }),
  act({ id: 'm4', number: '2.2', title: 'Самообследование ДОО' }),
];

describe('matchRows', () => {
  it('a distributed plan matches by the municipal ID, whatever its rows say now', () => {
    const rows = [act({ id: 'm2', title: 'переписано организацией' }), act({ id: 'm1', number: '9' })];
    const m = matchRows(municipal, rows);
    expect(m.matched.map((x) => [x.activityId, x.by])).toEqual([
      ['m2', 'id'],
      ['m1', 'id'],
    ]);
    expect(m.missing).toEqual(['m3', 'm4']);
    expect(m.proposals).toEqual([]);
  });

  it('an own plan: the same № and words match without asking; a reworded title is proposed with its confidence', () => {
    const rows = [
      act({ id: 'own-1', number: '1.1.', title: 'Проведение мониторинга качества дошкольного образования' }),
      act({ id: 'own-2', number: '1.2', title: 'Аналитическая справка по итогам мониторинга' }),
      act({ id: 'own-3', number: '7', title: 'Обучение экспертов' }),
      act({ id: 'own-4', number: '8', title: 'Летняя оздоровительная кампания' }),
    ];
    const m = matchRows(municipal, rows);
    expect(m.matched.map((x) => [x.row.id, x.activityId, x.by])).toEqual([['own-1', 'm1', 'exact']]);
    expect(m.proposals.map((p) => [p.row.id, p.activityId, p.confidence])).toEqual([
      ['own-2', 'm2', 0.92],
      ['own-3', 'm3', 0.56],
    ]);
    expect(m.unmatched.map((u) => [u.row.id, u.declined])).toEqual([['own-4', false]]);
    // Proposed activities are neither matched nor missing until the department answers.
    expect(m.missing).toEqual(['m4']);
  });

  it('a title that two activities share is proposed, never taken by itself', () => {
    const twice = [
      act({ id: 'a', number: '1', title: 'Совещание' }),
      act({ id: 'b', number: '2', title: 'Совещание' }),
    ];
    const m = matchRows(twice, [act({ id: 'x', number: '1', title: 'Совещание' })]);
    expect(m.matched).toEqual([]);
    expect(m.proposals.map((p) => [p.activityId, p.confidence])).toEqual([['a', 1]]);
  });

  it('stored confirmations decide: a match, a «not in the plan», and one that no longer fits is asked again', () => {
    const rows = [
      act({ id: 'own-2', number: '1.2', title: 'Аналитическая справка по итогам мониторинга' }),
      act({ id: 'own-3', number: '7', title: 'Обучение экспертов' }),
      act({ id: 'own-5', number: '9', title: 'Самообследование' }),
    ];
    const confirmations = [
      { rowKey: rowKey(rows[0]), activityId: 'm2' },
      { rowKey: rowKey(rows[1]), activityId: null },
      { rowKey: rowKey(rows[2]), activityId: 'gone' },
    ];
    const m = matchRows(municipal, rows, confirmations);
    expect(m.matched.map((x) => [x.row.id, x.activityId, x.by])).toEqual([['own-2', 'm2', 'confirmed']]);
    expect(m.unmatched.map((u) => [u.row.id, u.declined])).toEqual([['own-3', true]]);
    expect(m.proposals.map((p) => [p.row.id, p.activityId])).toEqual([['own-5', 'm4']]);
  });

  it('a row without an ID is keyed by its № and the stems of its title', () => {
    expect(rowKey(act({ id: '', number: '1.2.', title: 'Проведение мониторинга' }))).toBe(
      rowKey(act({ id: '', number: '1.2', title: 'проведение  мониторинга' })),
    );
  });
});

describe('applyConfirmations', () => {
  it('a new answer replaces the stored one for its row; the others stay', () => {
    const stored = [
      { rowKey: 'id:a', activityId: 'm1' },
      { rowKey: 'id:b', activityId: null },
    ];
    expect(
      applyConfirmations(stored, [
        { rowKey: 'id:b', activityId: 'm2' },
        { rowKey: 'id:c', activityId: null },
      ]),
    ).toEqual([
      { rowKey: 'id:a', activityId: 'm1' },
      { rowKey: 'id:b', activityId: 'm2' },
      { rowKey: 'id:c', activityId: null },
    ]);
  });
});
