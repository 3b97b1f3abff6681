/**
 * How a responsible that reaches nobody is worded — the same words in «Проверить список…», the
 * notes on the План tab, the report tabs (Качество данных, Сводка) and the e-mails, so a
 * coordinator who reads «подходят несколько сотрудников» in a letter finds the same words in the
 * sheet. Four kinds, never merged: several people match, nobody matches, the person is inactive,
 * the person has no usable e-mail.
 */
import { label } from './staff-check';
import type { Resolution } from './types';

export type ResponsibleProblemKind = 'ambiguous' | 'unknown' | 'inactive' | 'no-email';

export interface ResponsibleProblem {
  kind: ResponsibleProblemKind;
  /** The part of the plan's text. */
  text: string;
  /** ambiguous: the candidates; inactive: the person; no-email: the person, the e-mail, the row; unknown: nothing. */
  details: string[];
}

type Lang = 'ru' | 'en';

/** The order they are listed in: what the coordinator can settle fastest first. */
export const PROBLEM_ORDER: readonly ResponsibleProblemKind[] = ['ambiguous', 'unknown', 'no-email', 'inactive'];

/** The heading of each kind (a group in the staff check, a problem in Качество данных, a note in Сводка). */
export const PROBLEM_TITLES: Record<ResponsibleProblemKind, Record<Lang, string>> = {
  ambiguous: { ru: 'Подходят несколько сотрудников', en: 'Several staff members match' },
  unknown: { ru: 'Нет в списке сотрудников', en: 'Not in the staff list' },
  inactive: { ru: 'Неактивный сотрудник', en: 'Inactive staff member' },
  'no-email': { ru: 'Найден, но письмо не отправить', en: 'Found, but no e-mail can be sent' },
};

/** What the coordinator does about each kind. */
export const PROBLEM_FIXES: Record<ResponsibleProblemKind, Record<Lang, string>> = {
  ambiguous: {
    ru: 'уточните в плане ФИО или добавьте псевдоним на вкладке «Сотрудники»',
    en: 'give the full name in the plan or add an alias in «Сотрудники»',
  },
  unknown: {
    ru: 'добавьте сотрудника, группу или псевдоним на вкладке «Сотрудники»',
    en: 'add the person, a group or an alias in «Сотрудники»',
  },
  inactive: {
    ru: 'назначьте другого исполнителя или отметьте сотрудника активным',
    en: 'assign someone else or mark the person active',
  },
  'no-email': { ru: 'исправьте e-mail на вкладке «Сотрудники»', en: 'fix the e-mail in «Сотрудники»' },
};

export function responsibleProblems(r: Resolution): ResponsibleProblem[] {
  return [
    ...r.ambiguous.map((a): ResponsibleProblem => ({ kind: 'ambiguous', text: a.text, details: a.candidates })),
    ...r.unresolved.map(
      ({ text, member: m }): ResponsibleProblem =>
        m
          ? { kind: 'no-email', text, details: [label(m), m.email, `${m.row ?? '?'}`] }
          : { kind: 'unknown', text, details: [] },
    ),
    ...r.inactive.map((i): ResponsibleProblem => ({ kind: 'inactive', text: i.text, details: [i.name] })),
  ];
}

/** What is wrong, after the quoted text: «Заместитель директора»: подходят несколько сотрудников (А, Б). */
export function problemDetail(p: ResponsibleProblem, lang: Lang = 'ru'): string {
  const list = p.details.join(', ');
  const [who, email, row] = p.details;
  switch (p.kind) {
    case 'ambiguous':
      return lang === 'en' ? `several staff members match (${list})` : `подходят несколько сотрудников (${list})`;
    case 'unknown':
      return lang === 'en' ? 'not in the staff list' : 'нет в списке сотрудников';
    case 'inactive':
      return lang === 'en' ? `${list} is marked inactive` : `${list} — неактивный сотрудник`;
    case 'no-email':
      return lang === 'en'
        ? `«${who}» has ${email ? `a wrong e-mail «${email}»` : 'no e-mail'} (row ${row})`
        : `у сотрудника «${who}» ${email ? `неправильный e-mail «${email}»` : 'не указан e-mail'} (строка ${row})`;
  }
}

/** One line: the text, what is wrong and (with `fix`) what to do. */
export function problemLine(p: ResponsibleProblem, lang: Lang = 'ru', fix = false): string {
  return `«${p.text}»: ${problemDetail(p, lang)}${fix ? ` — ${PROBLEM_FIXES[p.kind][lang]}` : ''}`;
}

/** Problems of a report row given only as texts (no staff list to tell the kinds apart): nobody matches. */
export function unknownProblems(texts: readonly string[]): ResponsibleProblem[] {
  return texts.map((text) => ({ kind: 'unknown', text, details: [] }));
}
