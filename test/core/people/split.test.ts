import { splitResponsible } from '../../../src/core/people/split';
import type { ResponsibleEntity } from '../../../src/core/people/types';
import { RESPONSIBLE_CORPUS } from '../../fixtures/responsible-corpus';

/** The corpus notation (see the fixture's header). */
function short(e: ResponsibleEntity): string {
  if (e.kind === 'person') return `p:${e.name}${e.role ? ` @${e.role}` : ''}${e.org ? ` <${e.org}>` : ''}`;
  if (e.kind === 'role') return `r:${e.role}${e.org ? ` <${e.org}>` : ''}`;
  if (e.kind === 'group') return `g:${e.text}${e.org ? ` <${e.org}>` : ''}`;
  return `o:${e.text}`;
}

describe('splitResponsible on real responsible texts', () => {
  it('has at least 80 texts', () => {
    expect(RESPONSIBLE_CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(RESPONSIBLE_CORPUS.map((c) => c.text)).size).toBe(RESPONSIBLE_CORPUS.length);
  });

  it.each(RESPONSIBLE_CORPUS.map((c) => [c.text, c.source, c.expected] as const))('%j (%s)', (text, _src, expected) => {
    expect(splitResponsible(text).map(short)).toEqual(expected);
  });

  it('every entity text comes from the source text', () => {
    for (const c of RESPONSIBLE_CORPUS) {
      const flat = c.text.replace(/\s+/g, ' ');
      for (const e of splitResponsible(c.text)) {
        for (const part of e.text.split(' ')) expect(flat).toContain(part);
      }
    }
  });
});

describe('splitResponsible details', () => {
  it('gives the exact entity shape for a role with a person', () => {
    expect(splitResponsible('Заведующий МБДОУ №1 Остапенко Н.М.')).toEqual([
      {
        kind: 'person',
        text: 'Заведующий МБДОУ №1 Остапенко Н.М.',
        name: 'Остапенко Н.М.',
        role: 'Заведующий',
        org: 'МБДОУ №1',
      },
    ]);
  });

  it('splits organisations written without a separator', () => {
    expect(splitResponsible('МО ПК, ИРО ПК Отдел образования').map((e) => [e.kind, e.org])).toEqual([
      ['org', 'МО ПК'],
      ['org', 'ИРО ПК'],
      ['org', 'Отдел образования'],
    ]);
  });

  it('keeps a role and a person apart when a comma separates them', () => {
    expect(splitResponsible('Директор, Кузнецов С.А.').map((e) => e.kind)).toEqual(['role', 'person']);
  });

  it('does not make a person of a role followed by a person', () => {
    expect(splitResponsible('Лобанов С.В. тренер').map((e) => [e.kind, e.name, e.role])).toEqual([
      ['person', 'Лобанов С.В.', null],
      ['role', null, 'Тренер'],
    ]);
  });

  it('reads a heading\'s "Ответственный – …" without the label', () => {
    expect(splitResponsible('Ответственный – Педагог ДОО, Координатор ДОО').map((e) => e.role)).toEqual([
      'Педагог ДОО',
      'Координатор ДОО',
    ]);
  });

  it('drops markup and reads "/" and new lines as separators', () => {
    expect(splitResponsible('<p>Директор</p><p>Рабочая группа</p>').map((e) => e.kind)).toEqual(['role', 'group']);
    expect(splitResponsible('Педагог ДОО/Координатор ДОО').map((e) => e.role)).toEqual([
      'Педагог ДОО',
      'Координатор ДОО',
    ]);
  });

  it('splits on "и" but not inside "КДН и ЗП"', () => {
    expect(splitResponsible('Директор и заместитель директора').map((e) => e.role)).toEqual([
      'Директор',
      'Заместитель директора',
    ]);
    expect(splitResponsible('КДН и ЗП').map((e) => e.text)).toEqual(['КДН и ЗП']);
  });

  it('returns nothing for an empty cell', () => {
    expect(splitResponsible('')).toEqual([]);
    expect(splitResponsible('  \n ')).toEqual([]);
  });
});
