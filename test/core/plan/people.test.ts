import type { Draft } from '../../../src/core/plan/activities';
import { pairResponsibles } from '../../../src/core/plan/people';

const draft = (row: number, items: number, responsible: string | null): Draft => ({
  number: null,
  stage: null,
  section: null,
  group: null,
  title: 'x',
  result: null,
  tools: null,
  responsible,
  responsibleFrom: responsible ? 'cell' : null,
  deadline: { kind: 'none' },
  extra: {},
  row,
  items,
});

describe('pairResponsibles', () => {
  it('gives each sub-activity its own responsible when the cell lists one per item', () => {
    const cell = 'Музыкальный руководитель Руководитель физ.воспитания Воспитатели групп';
    const drafts = [draft(0, 3, cell), draft(0, 3, cell), draft(0, 3, cell), draft(1, 1, 'Директор')];
    pairResponsibles(drafts);
    expect(drafts.map((d) => d.responsible)).toEqual([
      'Музыкальный руководитель',
      'Руководитель физ.воспитания',
      'Воспитатели групп',
      'Директор',
    ]);
  });

  it('keeps the whole cell when the counts differ or the names are joined with commas', () => {
    const cell = 'Воспитатели групп Музыкальный руководитель, Воспитатели групп';
    const drafts = [draft(0, 3, cell), draft(0, 3, cell), draft(0, 3, cell)];
    pairResponsibles(drafts);
    expect(drafts.every((d) => d.responsible === cell)).toBe(true);
    const two = [draft(0, 2, 'Иванова И.И., Петрова П.П.'), draft(0, 2, 'Иванова И.И., Петрова П.П.')];
    pairResponsibles(two);
    expect(two.every((d) => d.responsible === 'Иванова И.И., Петрова П.П.')).toBe(true);
    const pair = [draft(0, 2, 'Петрушкевич Е.Г. Администрация'), draft(0, 2, 'Петрушкевич Е.Г. Администрация')];
    pairResponsibles(pair);
    expect(pair.every((d) => d.responsible === 'Петрушкевич Е.Г. Администрация')).toBe(true);
  });
});
