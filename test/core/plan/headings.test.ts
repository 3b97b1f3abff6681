import { isStageText, looksLikeHeadingText, readHeading, stageNumber } from '../../../src/core/plan/headings';

describe('headings', () => {
  it('reads stages, sections, month rows and a responsible named in the heading', () => {
    expect(readHeading('Этап I. Подготовительный этап')).toMatchObject({ kind: 'stage' });
    expect(readHeading('2.1. Подготовка к ВМКДО. Ответственный – Руководитель ДОО.')).toEqual({
      kind: 'section',
      text: '2.1. Подготовка к ВМКДО. Ответственный – Руководитель ДОО.',
      responsible: 'Руководитель ДОО',
    });
    expect(
      readHeading(
        '3.1. Оценка (далее – НОКДО) Ответственный – Муниципальный координатор МКДО, региональный координатор МКДО.',
      ).responsible,
    ).toBe('Муниципальный координатор МКДО, региональный координатор МКДО');
    expect(readHeading('ЯНВАРЬ')).toMatchObject({ kind: 'section', month: 1 });
    expect(readHeading('Март 2021 г.')).toMatchObject({ month: 3, year: 2021 });
    expect(readHeading('1. Нормативно-правовое обеспечение').responsible).toBeUndefined();
  });
  it('knows stage texts and their numbers', () => {
    expect(isStageText('1 этап (подготовительный)')).toBe(true);
    expect(isStageText('Этапы процедуры')).toBe(false);
    expect(stageNumber('Этап V. Внешний мониторинг')).toBe(5);
    expect(stageNumber('Этап IV.')).toBe(4);
    expect(stageNumber('2 этап (практический)')).toBe(2);
  });
  it('says which lone texts read as headings', () => {
    expect(looksLikeHeadingText('I. МОНИТОРИНГ', false)).toBe(true);
    expect(looksLikeHeadingText('ОРГАНИЗАЦИОННАЯ РАБОТА Цель: - повышение качества', false)).toBe(true);
    expect(looksLikeHeadingText('ВФСК ГТО – «Фестиваль ГТО – в каждое село»', false)).toBe(false);
    expect(looksLikeHeadingText('Формирование базы', true)).toBe(true);
    expect(looksLikeHeadingText('Формирование базы', false)).toBe(false);
  });
});
