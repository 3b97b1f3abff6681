import {
  effectiveStatus,
  isOverdue,
  overduePeriods,
  parseStatus,
  statusLabel,
  statusProblem,
} from '../../../src/core/tracking/status';
import { activity } from './helpers';

describe('status cells', () => {
  it.each([
    ['', 'not-started'],
    ['Не начато', 'not-started'],
    ['в работе', 'in-progress'],
    ['ВЫПОЛНЕНО', 'done'],
    ['Done', 'done'],
    ['Отменено', 'cancelled'],
    ['canceled', 'cancelled'],
    ['  In progress ', 'in-progress'],
  ] as const)('%j → %s', (cell, s) => {
    expect(parseStatus(cell)).toBe(s);
  });
  it('does not guess an unknown status and says why in Russian', () => {
    expect(parseStatus('почти')).toBeNull();
    expect(statusProblem('почти')).toBe(
      'Непонятный статус «почти». Выберите: Не начато, В работе, Выполнено, Отменено.',
    );
    expect(parseStatus('Просрочено')).toBeNull();
    expect(statusProblem('Просрочено')).toContain('не ставится вручную');
    expect(statusProblem('Выполнено')).toBeNull();
  });
  it('writes labels back, Russian first', () => {
    for (const s of ['not-started', 'in-progress', 'done', 'cancelled'] as const) {
      expect(parseStatus(statusLabel(s))).toBe(s);
      expect(parseStatus(statusLabel(s, 'en'))).toBe(s);
    }
    expect(statusLabel('done')).toBe('Выполнено');
  });
});

describe('isOverdue', () => {
  const oneOff = activity({ start: '2021-01-18', end: '2021-01-31' });
  it('is overdue after the end day, not on it', () => {
    expect(isOverdue(oneOff, '2021-01-31')).toBe(false);
    expect(isOverdue(oneOff, '2021-02-01')).toBe(true);
    expect(isOverdue({ ...oneOff, status: 'done' }, '2021-02-01')).toBe(false);
    expect(isOverdue({ ...oneOff, status: 'cancelled' }, '2021-02-01')).toBe(false);
    expect(isOverdue({ ...oneOff, status: 'in-progress' }, '2021-02-01')).toBe(true);
  });
  it('is never overdue without an end, or when ongoing', () => {
    expect(isOverdue(activity({}), '2030-01-01')).toBe(false);
    expect(isOverdue(activity({ recurrence: 'ongoing' }), '2030-01-01')).toBe(false);
    expect(isOverdue(activity({ recurrence: 'as-needed', end: '2020-01-01' }), '2030-01-01')).toBe(false);
  });
  it('follows each period of a recurring activity', () => {
    const y = activity({ recurrence: 'yearly', end: '2021-12-31', until: '2024-12-31' });
    expect(isOverdue(y, '2021-12-31')).toBe(false);
    expect(overduePeriods(y, '2022-03-01')).toEqual(['2021']);
    const done2021 = { ...y, status: 'done' as const, donePeriods: ['2021'] };
    expect(isOverdue(done2021, '2022-03-01')).toBe(false);
    expect(overduePeriods(done2021, '2023-01-01')).toEqual(['2022']);
  });
  it('without a date in the plan, looks back one period only', () => {
    const y = activity({ recurrence: 'yearly', until: '2024-12-31' });
    expect(overduePeriods(y, '2023-02-01')).toEqual(['2022']);
  });
});

describe('effectiveStatus', () => {
  it('shows a recurring activity done only for the period it was done for', () => {
    const y = activity({ recurrence: 'yearly' }, { status: 'done', donePeriods: ['2022'] });
    expect(effectiveStatus(y, '2022-12-01')).toBe('done');
    expect(effectiveStatus(y, '2023-01-10')).toBe('not-started');
    expect(effectiveStatus({ ...y, status: 'cancelled' }, '2023-01-10')).toBe('cancelled');
    expect(effectiveStatus(activity({}, { status: 'in-progress' }), '2023-01-10')).toBe('in-progress');
  });
});
