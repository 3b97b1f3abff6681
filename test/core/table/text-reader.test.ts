import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeContinuation, readText } from '../../../src/core/table/text-reader';

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
