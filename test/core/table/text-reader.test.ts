import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeContinuation, readText, TEXT_LIMITS } from '../../../src/core/table/text-reader';

const seed = (name: string) => readFileSync(join(__dirname, '../../fixtures/seeds', name), 'utf8');

describe('readText', () => {
  it('splits the preamble, the tab-separated rows and the paragraphs after the table', () => {
    const doc = readText(
      '**План работы\nна 2021 год**\n\nМероприятие\tСрок\nСобрание\tмай 2021\n\nДиректор И.И. Иванов\n',
    );
    expect(doc.format).toBe('text');
    expect(doc.before).toEqual(['План работы', 'на 2021 год']);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Мероприятие', 'Срок'],
      ['Собрание', 'май 2021'],
    ]);
    expect(doc.tables[0].rows[1].line).toBe(5);
    expect(doc.after).toEqual(['Директор И.И. Иванов']);
  });

  it('strips <b>, <p>, ** and ### markup, keeping bold as a hint and paragraphs as line breaks', () => {
    const doc = readText('### ПЛАН\nх\t<b>Этап II. Внутренний</b>\t<p>один</p> <p>два</p>\t**жирный**\r\n');
    expect(doc.before).toEqual(['ПЛАН']);
    const cells = doc.tables[0].rows[0].cells;
    expect(cells.map((c) => c.text)).toEqual(['х', 'Этап II. Внутренний', 'один\nдва', 'жирный']);
    expect(cells.map((c) => c.bold ?? false)).toEqual([false, true, false, true]);
  });

  it('flags a line after a blank line that completes the row above (page break), not a new row', () => {
    const doc = readText(
      'А\tБ\tВ\nИтоговый\t1. Принятие решений,\tЗаведующий\n\n\tнаправленных на качество.\tОстапенко Н.М.\n\nНовый\tЗаголовок\tx\n',
    );
    const rows = doc.tables[0].rows;
    expect(rows.map((r) => r.continuation ?? false)).toEqual([false, false, true, false]);
  });

  it('recognises continuation lines by a lower-case start or by text only in the later columns', () => {
    const cell = (text: string) => ({ text });
    expect(looksLikeContinuation([cell('мониторинга'), cell(''), cell('')])).toBe(true);
    expect(looksLikeContinuation([cell(''), cell(''), cell(''), cell('«Профиль качества ДОО»')])).toBe(true);
    expect(looksLikeContinuation([cell('Подготовка экспертов'), cell('Обучение'), cell('')])).toBe(false);
    expect(looksLikeContinuation([cell(''), cell('Подготовка НОКДО'), cell('3.1.1. Составление')])).toBe(false);
  });

  it('returns no table for text without tabs, keeping every line', () => {
    const doc = readText('просто текст\nещё строка');
    expect(doc.tables).toEqual([]);
    expect(doc.before).toEqual(['просто текст', 'ещё строка']);
  });

  it('reads the four seeds: preamble before the header, the broken rows flagged', () => {
    const dou = readText(seed('plan-dou-vsoko-2021.txt'));
    expect(dou.before[0]).toBe('План – график');
    const rows = dou.tables[0].rows;
    expect(rows[0].cells[0].text).toBe('Этапы процедуры ВСОКО');
    expect(rows.filter((r) => r.continuation).map((r) => r.line)).toEqual([17]);

    const orsk = readText(seed('plan-orsk-mkdo-2020.txt'));
    expect(orsk.before).toContain('ПЛАН');
    expect(orsk.tables[0].rows.filter((r) => r.continuation).map((r) => r.line)).toEqual([29, 40, 48, 56, 69, 78]);

    const school = readText(seed('plan-school-vsoko-2020.txt'));
    expect(school.tables[0].rows.filter((r) => r.continuation).map((r) => r.line)).toEqual([15]);

    const roadmap = readText(seed('roadmap-okhansk-2021-2024.txt'));
    expect(roadmap.before).toContain('ПРИКАЗЫВАЮ:');
    expect(roadmap.tables[0].rows.some((r) => r.continuation)).toBe(false);
  });
});

describe('readText: rows broken by a line break inside a cell', () => {
  const rows = (text: string) => readText(text).tables[0].rows.map((r) => r.cells.map((c) => c.text));

  it('joins lines whose tabs add up to one row, keeping the line break in the cell', () => {
    expect(
      rows(
        'п/п\tМероприятие\tДата\tОтветственный\n1.\tТрудовая акция\nТрудовой десант\t10.04.2023\tКлассные руководители\n2.\tПросмотр фильма\t15.04.2023\tВоспитатели\n',
      ),
    ).toEqual([
      ['п/п', 'Мероприятие', 'Дата', 'Ответственный'],
      ['1.', 'Трудовая акция\nТрудовой десант', '10.04.2023', 'Классные руководители'],
      ['2.', 'Просмотр фильма', '15.04.2023', 'Воспитатели'],
    ]);
  });

  it('flags a line without tabs right under a row as its tail, for the builder to place', () => {
    const doc = readText(
      'Мероприятие\tСрок\tОтветственный\nСобрание\tмай\tПопова И.А.\nШолтанюк Л.В.\nИЮНЬ\n\nОтчёт\tиюнь\tДиректор\nКисель О.А.\n',
    );
    expect(doc.tables[0].rows.map((r) => [r.cells.map((c) => c.text).join('|'), r.tail ?? false])).toEqual([
      ['Мероприятие|Срок|Ответственный', false],
      ['Собрание|май|Попова И.А.', false],
      ['Шолтанюк Л.В.', true],
      ['ИЮНЬ', true],
      ['Отчёт|июнь|Директор', false],
      ['Кисель О.А.', true],
    ]);
    expect(doc.after).toEqual([]);
  });

  it('joins a line without tabs to the broken row that follows it (a first cell of two paragraphs)', () => {
    expect(
      rows(
        'Мероприятие\tВремя\tОтветственный\nКроссворд с ответами\n«Знакомство с земляками»\t10.00\nкабинет 103\tБакун А.М.\n',
      ),
    ).toEqual([
      ['Мероприятие', 'Время', 'Ответственный'],
      ['Кроссворд с ответами\n«Знакомство с земляками»', '10.00\nкабинет 103', 'Бакун А.М.'],
    ]);
  });

  it('finds the row width when no line holds a whole row', () => {
    expect(rows('А\tБ\nи В\tГ\tД\nраз\tдва\nтри\tчетыре\tпять\n')).toEqual([
      ['А', 'Б\nи В', 'Г', 'Д'],
      ['раз', 'два\nтри', 'четыре', 'пять'],
    ]);
  });

  it('does not join short rows that start with their own number', () => {
    expect(rows('№\tМероприятие\tСрок\tОтветственный\n1.\tА\n2.\tБ\n3.\tВ\n')).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.', 'А'],
      ['2.', 'Б'],
      ['3.', 'В'],
    ]);
  });
});

describe('readText limits', () => {
  it('refuses more lines than the limit, in Russian, naming it', () => {
    const text = 'a\tb\n'.repeat(TEXT_LIMITS.maxLines + 1);
    expect(() => readText(text)).toThrow(/слишком много строк: 200 001, а можно не больше 200 000/);
  });
  it('reads 200,000 lines without a stack overflow', () => {
    const text = Array.from({ length: 199_999 }, (_, i) => `${i}\tСобрание\tмай`).join('\n');
    expect(readText(text).tables[0].rows).toHaveLength(199_999);
  });
});
