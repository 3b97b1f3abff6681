import { filterCards, foldText } from '../../../src/core/sidebar/filter';
import { buildView } from '../../../src/core/sidebar/view';
import { activity } from './fixtures';

const today = '2025-03-28';
const { all } = buildView({
  activities: [
    activity('a1', { title: 'Анкетирование родителей', stage: 'Этап 1', deadline: { text: '', end: '2025-03-01' } }),
    activity('a2', { title: 'Ёлочный утренник', stage: 'Этап 2', status: 'in-progress' }),
    activity('a3', { title: 'Отчёт о самообследовании', stage: 'Этап 2', status: 'done', doneDate: '2025-03-01' }),
  ],
  mine: [],
  today,
  people: { a1: ['Смирнова Ольга Петровна'], a2: ['Галиева Алсу Ринатовна', 'Смирнова Ольга Петровна'] },
});
const ids = (f: Parameters<typeof filterCards>[1]) => filterCards(all, f).map((c) => c.id);

describe('filterCards', () => {
  it('matches everything with no criteria', () => {
    expect(ids({})).toEqual(['a1', 'a2', 'a3']);
    expect(ids({ person: '', stage: '', status: '', text: '  ' })).toEqual(['a1', 'a2', 'a3']);
  });
  it('filters by person, stage and status', () => {
    expect(ids({ person: 'Галиева Алсу Ринатовна' })).toEqual(['a2']);
    expect(ids({ stage: 'Этап 2' })).toEqual(['a2', 'a3']);
    expect(ids({ status: 'done' })).toEqual(['a3']);
    expect(ids({ status: 'overdue' })).toEqual(['a1']);
    expect(ids({ person: 'Смирнова Ольга Петровна', stage: 'Этап 2' })).toEqual(['a2']);
  });
  it('searches text with ё as е, any case, every word', () => {
    expect(ids({ text: 'елочный' })).toEqual(['a2']);
    expect(ids({ text: 'ОТЧЕТ самообслед' })).toEqual(['a3']);
    expect(ids({ text: 'отчет родителей' })).toEqual([]);
    expect(ids({ text: 'галиева' })).toEqual(['a2']);
  });
  it('folds text', () => {
    expect(foldText('  Ёлка \n Новая ')).toBe('елка новая');
  });
});
