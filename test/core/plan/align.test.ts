import { alignRow, looksLikeDeadline, rescueDeadlineColumn } from '../../../src/core/plan/align';
import { columnsFromHeader } from '../../../src/core/plan/columns';

const cols = columnsFromHeader(['этапы', 'Содержание этапа', 'Инструментарий', 'Срок исполнения']);
const cells = (...t: string[]) => t.map((text) => ({ text }));
const texts = (r: { cells: { text: string }[] }) => r.cells.map((c) => c.text);

describe('alignRow', () => {
  it('pads short rows', () => {
    expect(texts(alignRow(cells('a'), cols, null))).toEqual(['a', '', '', '']);
  });
  it('drops the leading empty cell of a shifted row so the date lands in the deadline column', () => {
    const r = alignRow(cells('', 'Подготовка НОКДО', '3.1.1. Составление', '', '15.10.2020-5.11.2020'), cols, null);
    expect(texts(r)).toEqual(['Подготовка НОКДО', '3.1.1. Составление', '', '15.10.2020-5.11.2020']);
  });
  it('drops an inner empty cell when the text after it is no date', () => {
    const r = alignRow(cells('Обработка', '5.2.1. Обработка', '', 'Календарь Результаты.', ''), cols, null);
    expect(texts(r)).toEqual(['Обработка', '5.2.1. Обработка', 'Календарь Результаты.', '']);
    const r2 = alignRow(cells('', '5.2.9. Информирование', '', '', ''), cols, null);
    expect(texts(r2)).toEqual(['', '5.2.9. Информирование', '', '']);
  });
  it('puts a continuation under the cells it completes', () => {
    const r = alignRow(cells('', 'мониторинга', 'дошкольного образования', '', ''), cols, [true, true, false, false]);
    expect(texts(r)).toEqual(['мониторинга', 'дошкольного образования', '', '']);
  });
  it('keeps texts beyond the last column', () => {
    expect(alignRow(cells('a', 'b', 'c', 'd', 'e'), cols, null).overflow).toEqual(['e']);
  });
  it('moves a non-date out of the deadline column into an empty tools column, and reports it', () => {
    const r = rescueDeadlineColumn({ cells: cells('x', 'y', '', 'Календарь'), overflow: [] }, cols);
    expect(texts(r)).toEqual(['x', 'y', 'Календарь', '']);
    expect(r.moved).toEqual([{ text: 'Календарь', from: 3, to: 2 }]);
    const kept = rescueDeadlineColumn({ cells: cells('x', 'y', '', 'до 15.04.2021'), overflow: [] }, cols);
    expect(kept.moved).toBeUndefined();
  });
  it('knows what a deadline looks like', () => {
    for (const t of ['18.01-31.01.2021', 'январь 2020', 'ежегодно', '1-10', 'до 30 августа', '2 раза в год'])
      expect(looksLikeDeadline(t)).toBe(true);
    for (const t of ['Календарь Результаты.', 'Директор', 'Задачи. Постановка задач'])
      expect(looksLikeDeadline(t)).toBe(false);
  });
});
