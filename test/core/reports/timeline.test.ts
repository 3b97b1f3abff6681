import {
  axisEnd,
  axisLabels,
  axisStart,
  chooseAxis,
  columnOf,
  describeAxis,
  MAX_COLUMNS,
} from '../../../src/core/reports/timeline';

describe('Gantt axis', () => {
  it('uses weeks for a plan of up to three months', () => {
    const a = chooseAxis('2021-03-03', '2021-05-20');
    expect(a.unit).toBe('weekly');
    expect(axisStart(a)).toBe('2021-03-01'); // the Monday of the first week
    expect(axisEnd(a)).toBe('2021-05-23');
    expect(a.count).toBe(12);
    expect(columnOf(a, '2021-03-08')).toBe(1);
    const l = axisLabels(a);
    expect(l.lower.slice(0, 3)).toEqual(['01.03', '08.03', '15.03']);
    expect(l.upper[0]).toBe('март 2021');
    expect(l.upper[1]).toBeNull();
    expect(l.upper[5]).toBe('апрель 2021'); // the week of 05.04 is the first starting in April
  });

  it('uses months for longer plans, years in the upper row', () => {
    const a = chooseAxis('2021-01-18', '2024-12-31');
    expect(a).toMatchObject({ unit: 'monthly', count: 48, clipped: false });
    const l = axisLabels(a);
    expect(l.lower.slice(0, 3)).toEqual(['янв', 'фев', 'мар']);
    expect(l.upper.filter(Boolean)).toEqual(['2021', '2022', '2023', '2024']);
    expect(describeAxis(a)).toBe('шкала по месяцам, январь 2021 — декабрь 2024');
  });

  it('switches to quarters beyond 72 months and to years beyond 72 quarters, capped', () => {
    const q = chooseAxis('2020-05-01', '2030-05-31');
    expect(q).toMatchObject({ unit: 'quarterly', count: 41 });
    expect(axisLabels(q).lower.slice(0, 3)).toEqual(['II', 'III', 'IV']);
    const y = chooseAxis('2000-01-01', '2030-01-01');
    expect(y).toMatchObject({ unit: 'yearly', count: 31 });
    const huge = chooseAxis('1900-01-01', '2199-12-31');
    expect(huge).toMatchObject({ unit: 'yearly', count: MAX_COLUMNS, clipped: true });
    expect(describeAxis(huge)).toContain('шкала ограничена');
  });

  it('handles a one-day plan', () => {
    const a = chooseAxis('2021-03-15', '2021-03-15');
    expect(a).toMatchObject({ unit: 'weekly', count: 1 });
    expect(columnOf(a, '2021-03-15')).toBe(0);
  });
});
