import { readPreamble } from '../../../src/core/plan/preamble';

describe('readPreamble', () => {
  it('joins a title kept as several paragraphs', () => {
    const p = readPreamble(['План – график', 'проведения процедуры', 'в 2021 году.']);
    expect(p).toEqual({ title: 'План – график проведения процедуры в 2021 году.', rest: [] });
  });
  it('takes the paragraph under a bare "ПЛАН" and leaves the approval block', () => {
    const p = readPreamble(['УТВЕРЖДЕНО:', 'Приказ № 157', 'ПЛАН', 'Всероссийской площадки']);
    expect(p.title).toBe('ПЛАН Всероссийской площадки');
    expect(p.rest).toEqual(['УТВЕРЖДЕНО:', 'Приказ № 157']);
  });
  it('prefers the plan heading nearest the table over the order text mentioning the plan', () => {
    const p = readPreamble([
      'ПРИКАЗ',
      'Об утверждении Плана',
      'УТВЕРЖДЕН',
      'План мероприятий («дорожная карта»)',
      'до 2024 года',
    ]);
    expect(p.title).toBe('План мероприятий («дорожная карта») до 2024 года');
    expect(p.rest).toEqual(['ПРИКАЗ', 'Об утверждении Плана', 'УТВЕРЖДЕН']);
  });
  it('has no title when nothing reads like one', () => {
    expect(readPreamble(['Приложение 1'])).toEqual({ title: null, rest: ['Приложение 1'] });
  });
});
