import { planContext, resolveDeadlines } from '../../../src/core/plan/deadlines';

describe('resolveDeadlines', () => {
  it('reads the own text, keeps it verbatim, and copies it to an inherited one', () => {
    const [own, inh] = resolveDeadlines(
      [
        { kind: 'own', text: ' 18.01-31.01.2021 ', merged: false },
        { kind: 'inherited', from: 0 },
      ],
      {},
    );
    expect(own).toMatchObject({ text: '18.01-31.01.2021', start: '2021-01-18', end: '2021-01-31', inherited: false });
    expect(inh).toMatchObject({ text: '18.01-31.01.2021', start: '2021-01-18', inherited: true });
  });
  it('marks a merged Word cell', () => {
    const [d] = resolveDeadlines([{ kind: 'own', text: 'до 15.04.2021', merged: true }], {});
    expect(d).toMatchObject({ merged: true, inherited: false, end: '2021-04-15' });
  });
  it('gives a month heading to a day-only deadline, in the plan year', () => {
    const [d] = resolveDeadlines([{ kind: 'own', text: '1-10', merged: false, month: 1 }], { year: 2020 });
    expect(d).toMatchObject({ text: '1-10', start: '2020-01-01', end: '2020-01-10' });
  });
  it('takes a missing year from the nearest row that names one', () => {
    const [, d] = resolveDeadlines(
      [
        { kind: 'own', text: 'август 2016 г.', merged: false },
        { kind: 'own', text: 'до 30 августа', merged: false },
      ],
      {},
    );
    expect(d).toMatchObject({ text: 'до 30 августа', end: '2016-08-30', problem: null });
  });
  it('leaves an empty deadline empty', () => {
    expect(resolveDeadlines([{ kind: 'none' }], {})[0]).toEqual({
      text: '',
      start: null,
      end: null,
      recurrence: 'none',
      inherited: false,
      problem: null,
    });
  });
});

describe('planContext', () => {
  it('takes the horizon from the title', () => {
    expect(planContext('План мероприятий на территории округа до 2024 года', []).horizonYear).toBe(2024);
  });
});
