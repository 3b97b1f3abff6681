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

describe('resolveDeadlines: the plan around a cell', () => {
  it('takes the year of a neighbouring row however it writes it ("25.04.13.")', () => {
    const [d] = resolveDeadlines(
      [
        { kind: 'own', text: 'С 25.04. – 7.05.', merged: false },
        { kind: 'own', text: '25.04.13.', merged: false },
      ],
      {},
    );
    expect(d).toMatchObject({ start: '2013-04-25', end: '2013-05-07', problem: null });
  });
  it('reads «в течение месяца» under a month heading as that month, ongoing', () => {
    const [d] = resolveDeadlines([{ kind: 'own', text: 'В течение месяца', merged: false, month: 9 }], {
      academicYear: 2023,
    });
    expect(d).toMatchObject({ start: '2023-09-01', end: '2023-09-30', recurrence: 'ongoing' });
  });
  it('reads a time alone in a plan for one day as that day', () => {
    const ctx = planContext('План проведения шестого школьного дня на 6 марта 2021 года', []);
    const [d] = resolveDeadlines([{ kind: 'own', text: '10.00\n229 кабинет', merged: false }], ctx);
    expect(d).toMatchObject({ start: '2021-03-06', end: '2021-03-06', problem: null });
  });
});

describe('planContext: the period from the title, its year from the preamble', () => {
  it('dates the title’s period with the preamble’s year', () => {
    expect(planContext('План месячника с 16 марта по 17 апреля', ['16.03.2020'])).toMatchObject({
      year: 2020,
      period: { start: '2020-03-16', end: '2020-04-17' },
    });
  });
  it('gives a title whose only year is a two-digit one its year', () => {
    expect(planContext('Неделя русского языка (19.10.20г. – 24.10.20г.)', [])).toMatchObject({ year: 2020 });
  });
});
