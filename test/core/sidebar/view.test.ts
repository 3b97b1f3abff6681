import { buildCard, buildView, endOfWeek, groupOf } from '../../../src/core/sidebar/view';
import { activity } from './fixtures';

const today = '2025-03-28'; // a Friday

const due = (end: string) => ({ deadline: { text: end, end } });
const cardOf = (over: Parameters<typeof activity>[1], extra: { locale?: 'ru' | 'en'; horizonYear?: number } = {}) =>
  buildCard(activity('a1', over), { mine: ['a1'], today, ...extra });

describe('groups', () => {
  it('ends the week on Sunday', () => {
    expect(endOfWeek('2025-03-28')).toBe('2025-03-30');
    expect(endOfWeek('2025-03-30')).toBe('2025-03-30');
    expect(endOfWeek('2025-03-31')).toBe('2025-04-06');
  });
  it.each([
    ['2025-03-27', 'overdue'],
    ['2025-03-28', 'week'],
    ['2025-03-30', 'week'],
    ['2025-03-31', 'month'],
    ['2025-04-27', 'month'],
    ['2025-04-28', 'later'],
  ])('an open activity due %s goes to %s', (end, group) => {
    expect(groupOf('open', end, today)).toBe(group);
    expect(cardOf(due(end)).group).toBe(group);
  });
  it('puts undated and done activities in their own groups', () => {
    expect(cardOf({}).group).toBe('undated');
    expect(cardOf({ ...due('2025-03-01'), status: 'done', doneDate: '2025-03-02' }).group).toBe('done');
    expect(cardOf({ ...due('2025-03-01'), status: 'cancelled' }).group).toBe('done');
  });
});

describe('deadline in words', () => {
  it.each([
    ['2025-03-23', 'просрочено на 5 дней'],
    ['2025-03-27', 'просрочено на 1 день'],
    ['2025-03-26', 'просрочено на 2 дня'],
    ['2025-03-17', 'просрочено на 11 дней'],
    ['2025-03-07', 'просрочено на 21 день'],
    ['2025-03-28', 'сегодня'],
    ['2025-03-29', 'завтра'],
    ['2025-03-31', 'до 31 марта — осталось 3 дня'],
    ['2025-04-02', 'до 2 апреля — осталось 5 дней'],
    ['2025-04-18', 'до 18 апреля — остался 21 день'],
    ['2026-03-31', 'до 31 марта 2026 — осталось 368 дней'],
  ])('due %s: «%s»', (end, words) => {
    expect(cardOf(due(end)).deadlineWords).toBe(words);
  });
  it('says done with the date, дд.мм.гггг', () => {
    expect(cardOf({ ...due('2025-03-01'), status: 'done', doneDate: '2025-03-02' }).deadlineWords).toBe(
      'выполнено 02.03.2025',
    );
  });
  it('says what an undated deadline is', () => {
    expect(cardOf({}).deadlineWords).toBe('срок не указан');
    expect(cardOf({ deadline: { text: 'по мере необходимости', recurrence: 'as-needed' } }).deadlineWords).toBe(
      'по мере необходимости',
    );
    expect(cardOf({ deadline: { text: 'с 01.04.2025', start: '2025-04-01' } }).deadlineWords).toBe('с 1 апреля');
    expect(cardOf({ deadline: { text: 'после экзамена', problem: 'относительный срок' } }).deadlineWords).toBe(
      'после экзамена',
    );
  });
  it('speaks English for the second locale', () => {
    expect(cardOf(due('2025-03-31'), { locale: 'en' }).deadlineWords).toBe('by 31 March — 3 days left');
    expect(cardOf(due('2025-03-27'), { locale: 'en' }).deadlineWords).toBe('1 day overdue');
    expect(cardOf(due('2025-03-28'), { locale: 'en' }).deadlineWords).toBe('today');
  });
});

describe('recurring activities', () => {
  const yearly = { deadline: { text: 'ежегодно', recurrence: 'yearly' as const } };
  it('is due at the end of the current period and marks that period', () => {
    const c = cardOf(yearly, { horizonYear: 2026 });
    expect([c.due, c.period, c.group]).toEqual(['2025-12-31', '2025', 'later']);
  });
  it('moves to the next period once this one is done', () => {
    const c = cardOf(
      { ...yearly, status: 'done', doneDate: '2025-03-01', donePeriods: ['2025'] },
      { horizonYear: 2026 },
    );
    expect([c.due, c.period, c.group]).toEqual(['2026-12-31', '2026', 'later']);
  });
  it('is done when the last period before the horizon is done', () => {
    const c = cardOf(
      { ...yearly, status: 'done', doneDate: '2025-03-01', donePeriods: ['2025'] },
      { horizonYear: 2025 },
    );
    expect(c.group).toBe('done');
  });
  it('keeps last year’s open period overdue until the next one ends', () => {
    const dated = { deadline: { text: '20.12.2024, ежегодно', end: '2024-12-20', recurrence: 'yearly' as const } };
    const c = cardOf(dated, { horizonYear: 2026 });
    expect([c.due, c.period, c.group, c.deadlineWords]).toEqual([
      '2024-12-20',
      '2024',
      'overdue',
      'просрочено на 98 дней',
    ]);
    const next = cardOf(
      { ...dated, donePeriods: ['2024'], status: 'done', doneDate: '2025-01-10' },
      { horizonYear: 2026 },
    );
    expect([next.due, next.period, next.group]).toEqual(['2025-12-20', '2025', 'later']);
  });
});

describe('buildView', () => {
  const activities = [
    activity('a1', { ...due('2025-04-10'), responsible: 'Смирнова О.П., Галиева А.Р.' }),
    activity('a2', { ...due('2025-03-20'), stage: 'Этап 2' }),
    activity('a3', { ...due('2025-03-10'), status: 'done', doneDate: '2025-03-09' }),
    activity('a4', { ...due('2025-03-25'), stage: 'Этап 2' }),
    activity('a5', { status: 'cancelled' }),
    activity('a6', { ...due('2025-03-15'), status: 'done', doneDate: '2025-03-15', stage: 'Этап 3' }),
    activity('a7', { responsible: 'Галиева А.Р.' }),
  ];
  const people = {
    a1: ['Смирнова Ольга Петровна', 'Галиева Алсу Ринатовна'],
    a7: ['Галиева Алсу Ринатовна'],
  };
  const view = buildView({
    activities,
    mine: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
    today,
    me: 'Смирнова  Ольга Петровна',
    people,
    undoable: ['a3'],
  });
  const ids = (key: string) => view.groups.find((g) => g.key === key)?.cards.map((c) => c.id);

  it('groups my activities in the fixed order, empty groups included', () => {
    expect(view.groups.map((g) => g.title)).toEqual([
      'Просрочено',
      'На этой неделе',
      'Ближайшие 30 дней',
      'Позже',
      'Без срока',
      'Выполнено',
    ]);
    expect(ids('overdue')).toEqual(['a2', 'a4']);
    expect(ids('month')).toEqual(['a1']);
    expect(ids('week')).toEqual([]);
  });
  it('puts the latest done first', () => {
    expect(ids('done')).toEqual(['a6', 'a3', 'a5']);
  });
  it('counts progress without cancelled activities', () => {
    expect(view.progress).toEqual({ done: 2, total: 5 });
  });
  it('lists the other responsibles, not me', () => {
    const a1 = view.all.find((c) => c.id === 'a1')!;
    expect(a1.people).toEqual(people.a1);
    expect(a1.others).toEqual(['Галиева Алсу Ринатовна']);
  });
  it('falls back to the responsible text for others when nothing resolved', () => {
    const c = buildCard(activity('a9', { responsible: 'Галиева А.Р.' }), { mine: [], today });
    expect(c.others).toEqual(['Галиева А.Р.']);
    // My own activity without resolution: the text may name me, so it is not offered as "others".
    expect(buildCard(activity('a9'), { mine: ['a9'], today }).others).toEqual([]);
  });
  it('keeps «Все» in plan order with my flags', () => {
    expect(view.all.map((c) => c.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
    const a7 = view.all.find((c) => c.id === 'a7')!;
    expect([a7.mine, a7.canMark]).toEqual([false, false]);
    expect(view.all.filter((c) => c.canUndo).map((c) => c.id)).toEqual(['a3']);
  });
  it('offers filters: people sorted, stages in plan order, statuses with labels', () => {
    expect(view.filters.people).toEqual(['Галиева Алсу Ринатовна', 'Смирнова Ольга Петровна']);
    expect(view.filters.stages).toEqual(['Этап 1', 'Этап 2', 'Этап 3']);
    expect(view.filters.statuses.map((s) => s.label)).toEqual([
      'Просрочено',
      'Не начато',
      'В работе',
      'Выполнено',
      'Отменено',
    ]);
  });
  it('uses the permission callback when given', () => {
    const v = buildView({ activities, mine: [], today, canMark: () => true });
    expect(v.all.every((c) => c.canMark)).toBe(true);
    expect(v.progress).toEqual({ done: 0, total: 0 });
  });
  it('is JSON-safe: a round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
