import { pickPlanTables } from '../../../src/core/docx/pick';
import type { SourceCell, SourceDocument, SourceRow, SourceTable } from '../../../src/core/table/source';

const row = (...cells: (string | SourceCell)[]): SourceRow => ({
  cells: cells.map((c) => (typeof c === 'string' ? { text: c } : c)),
});
const table = (rows: SourceRow[], between?: string[]): SourceTable => (between ? { rows, between } : { rows });
const doc = (tables: SourceTable[], before: string[] = [], after: string[] = []): SourceDocument => ({
  before,
  tables,
  after,
  format: 'docx',
});
const texts = (d: SourceDocument) => d.tables[0].rows.map((r) => r.cells.map((c) => c.text));

describe('pickPlanTables', () => {
  it('returns a one-table document as is', () => {
    const d = doc([table([row('Мероприятие', 'Срок')])]);
    expect(pickPlanTables(d)).toBe(d);
  });

  it('picks the first table with a plan header; earlier tables go to before, later paragraphs to after', () => {
    const approval = table([row('СОГЛАСОВАНО', 'УТВЕРЖДАЮ'), row('Председатель', 'Директор')]);
    const plan = table(
      [row('Мероприятие', 'Срок', 'Ответственный'), row('Приказ', 'январь', 'Директор')],
      ['ПЛАН на 2021 год'],
    );
    const appendix = table([row('Вопрос', 'Да', 'Нет')], ['Приложение 1']);
    const picked = pickPlanTables(doc([approval, plan, appendix], ['Школа'], ['конец']));
    expect(texts(picked)).toEqual([
      ['Мероприятие', 'Срок', 'Ответственный'],
      ['Приказ', 'январь', 'Директор'],
    ]);
    expect(picked.before).toEqual([
      'Школа',
      'СОГЛАСОВАНО',
      'УТВЕРЖДАЮ',
      'Председатель',
      'Директор',
      'ПЛАН на 2021 год',
    ]);
    expect(picked.after).toEqual(['Приложение 1']);
    const twoLines = table([row('Вопрос', 'Да', 'Нет')], ['Анкета', 'для родителей']);
    expect(pickPlanTables(doc([plan, twoLines])).tables[0].rows).toHaveLength(2);
  });

  it('joins a following table without a header whose grid differs, re-laying its cells on the plan columns', () => {
    const plan = table([row('Мероприятия', 'Срок', 'Ответственный'), row('1. Тарификация', 'август', 'Медведев')]);
    const next = table([
      row({ text: 'СПОРТИВНАЯ РАБОТА', span: 4 }, '', '', ''),
      row({ text: '1. Занятия', span: 2 }, '', 'в течение года', 'тренер'),
      row('2. Медосмотр', { text: 'октябрь', span: 2 }, '', 'врач'),
    ]);
    const picked = pickPlanTables(doc([plan, next], [], ['Директор']));
    expect(texts(picked)).toEqual([
      ['Мероприятия', 'Срок', 'Ответственный'],
      ['1. Тарификация', 'август', 'Медведев'],
      ['СПОРТИВНАЯ РАБОТА', '', ''],
      ['1. Занятия', 'в течение года', 'тренер'],
      ['2. Медосмотр', 'октябрь', 'врач'],
    ]);
    const rows = picked.tables[0].rows;
    expect(rows[2].cells[0].span).toBe(3);
    expect(rows[3].cells[0].span).toBeUndefined();
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(picked.after).toEqual(['Директор']);
  });

  it('joins a same-grid continuation, turning a short line between them into a heading row', () => {
    const plan = table([row('Мероприятие', 'Срок'), row('Приказ', 'январь')]);
    const next = table([row('Отчёт', 'май')], ['2. Итоговый этап']);
    expect(texts(pickPlanTables(doc([plan, next])))).toEqual([
      ['Мероприятие', 'Срок'],
      ['Приказ', 'январь'],
      ['2. Итоговый этап', ''],
      ['Отчёт', 'май'],
    ]);
  });

  it('does not join a table that has its own header, or stands after a long paragraph', () => {
    const plan = table([row('Мероприятие', 'Срок'), row('Приказ', 'январь')]);
    const other = table([row('Мероприятие', 'Срок'), row('Другое', 'май')]);
    const far = table(
      [row('Учреждение', 'Адрес')],
      [
        'Дополнительным условием построения эффективной работы является наличие инфраструктуры и развитие социального партнерства в районе.',
      ],
    );
    expect(pickPlanTables(doc([plan, other])).tables[0].rows).toHaveLength(2);
    expect(pickPlanTables(doc([plan, far])).tables[0].rows).toHaveLength(2);
  });

  it('takes the table the user picked, and the largest one when none has a header', () => {
    const a = table([row('x', 'y', 'z')]);
    const b = table([row('1', '2'), row('3', '4'), row('5', '6')], ['между']);
    expect(texts(pickPlanTables(doc([a, b]), 0))).toEqual([['x', 'y', 'z']]);
    expect(texts(pickPlanTables(doc([a, b])))).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });
});
