/**
 * Issue 16, "Done when": the fixed texts of what everyone shares — the report tabs and the
 * e-mails — are in the document's language, with nothing of the other language left once the
 * plan's own data is taken out (test/language/scan.ts says what is allowed and why).
 */
import { type Language, languageOf } from '../../src/core/language';
import { renderDigest } from '../../src/core/reminders/render';
import type { Digest, DigestItem, ReminderKind } from '../../src/core/reminders/types';
import { buildReports } from '../../src/core/reports/build';
import { TAB_NAMES } from '../../src/core/reports/style';
import type { ReportInput } from '../../src/core/reports/types';
import { generatedNote } from '../../src/core/sheet/report-requests';
import type { TrackedActivity } from '../../src/core/tracking/types';
import { foreignWords } from '../language/scan';
import { act, deadline } from './reports/fixture';

const LANGS: Language[] = ['ru', 'en'];

/** A plan that reaches every block of every tab: each state, a recurrence, no date, problems of each kind. */
function plan(): TrackedActivity[] {
  const d = (start: string | null, end: string | null, text = '01.03–20.03.2021') => deadline({ text, start, end });
  return [
    act({ number: '1.1', stage: 'Подготовительный', deadline: d('2021-01-01', '2021-01-31'), status: 'done' }),
    act({ number: '1.1', stage: 'Подготовительный', deadline: d('2021-02-01', '2021-03-01') }),
    act({ number: '1.3', stage: 'Основной', deadline: d('2021-03-01', '2021-03-20'), status: 'in-progress' }),
    act({ number: '2.1', stage: 'Основной', deadline: d('2021-03-10', '2021-02-01') }),
    act({ number: '2.2', stage: 'Итоговый', deadline: d('2021-01-01', '2021-01-10'), status: 'cancelled' }),
    act({
      stage: 'Итоговый',
      deadline: deadline({ text: 'ежегодно до 31.03', end: '2021-03-31', recurrence: 'yearly' }),
    }),
    act({ stage: 'Итоговый', deadline: deadline({ text: 'ежеквартально', recurrence: 'quarterly' }) }),
    act({ deadline: deadline({ text: 'по мере необходимости', recurrence: 'as-needed' }), responsible: null }),
    act({
      deadline: deadline({ text: 'в течение года', problem: 'Срок не распознан' }),
      responsible: 'кто-то неизвестный',
    }),
    act({ deadline: d(null, null, ''), responsible: 'Заместитель директора' }),
  ];
}

function reportInput(lang: Language): ReportInput {
  return {
    activities: plan(),
    today: '2021-03-15',
    title: 'План-график ВСОКО 2021',
    lang,
    recipientsOf: (a) =>
      a.responsible === 'Заместитель директора'
        ? {
            names: [],
            unresolved: ['Заместитель директора'],
            problems: [
              { kind: 'ambiguous', text: 'Заместитель директора', details: ['Петрова А.А.', 'Сидорова Б.Б.'] },
            ],
          }
        : /неизвестн/.test(a.responsible ?? '')
          ? { names: [], unresolved: [a.responsible ?? ''] }
          : { names: a.responsible ? [a.responsible] : [], unresolved: [] },
    warnings: [{ activity: null, kind: 'structure', message: 'Таблица продолжается на следующей странице' }],
  };
}

/** The plan's own words: titles, stages, responsibles, deadlines as written, people named, the title. */
function dataOf(input: ReportInput): string[] {
  const out = [input.title ?? '', 'Петрова А.А.', 'Сидорова Б.Б.', ...(input.warnings ?? []).map((w) => w.message)];
  for (const a of input.activities)
    out.push(a.title, a.stage ?? '', a.responsible ?? '', a.deadline.text, a.deadline.problem ?? '', a.number ?? '');
  return out;
}

describe('the document’s language', () => {
  it('is Russian unless English is saved', () => {
    expect(languageOf('en')).toBe('en');
    expect([languageOf('ru'), languageOf(undefined), languageOf('de')]).toEqual(['ru', 'ru', 'ru']);
  });

  it.each(LANGS)('the report tabs speak %s only: names, headings, headers, notes, states, periods, charts', (lang) => {
    const input = reportInput(lang);
    const tabs = buildReports(input);
    expect(tabs.map((t) => t.name)).toEqual(Object.values(TAB_NAMES[lang]));
    const texts = tabs.flatMap((t) => [
      t.name,
      ...t.charts.map((c) => c.title),
      ...t.values.flat().filter((v): v is string => typeof v === 'string'),
    ]);
    texts.push(generatedNote(lang));
    expect(foreignWords(texts.join('\n'), lang, dataOf(input))).toEqual([]);
    // The scan sees the other language where there is some: the same tabs in the other language fail it.
    const other = buildReports(reportInput(lang === 'en' ? 'ru' : 'en')).flatMap((t) =>
      t.values.flat().filter((v): v is string => typeof v === 'string'),
    );
    expect(foreignWords(other.join('\n'), lang, dataOf(input)).length).toBeGreaterThan(10);
  });

  it.each(LANGS)('the e-mails speak %s only: subject, text and HTML of every kind of item', (lang) => {
    const kinds: ReminderKind[] = ['overdue', 'due', 'soon', 'start', 'escalation', 'no-recipient', 'weekly'];
    const items: DigestItem[] = kinds.map((kind, i) => ({
      activity: `a${i}`,
      kind,
      period: i === 2 ? '2021' : 'once',
      key: `k${i}`,
      title: `Анализ результатов ${i}`,
      number: `1.${i}`,
      deadlineText: '01-05.03.2021',
      end: '2021-03-05',
      start: '2021-03-01',
      daysLeft: kind === 'overdue' || kind === 'escalation' ? -4 : kind === 'soon' ? 3 : 0,
      responsible: 'Иванов И.И., методическое объединение',
      ...(kind === 'no-recipient' ? { about: 'due' as const } : {}),
    }));
    const digest: Digest = {
      to: 'a@x.org',
      name: 'Иванова Анна',
      date: '2021-03-05',
      items,
      subject: '',
      keys: items.map((i) => i.key),
    };
    const r = renderDigest(digest, {
      sheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
      rowUrl: (id) => `https://docs.google.com/spreadsheets/d/abc/edit#range=${id}`,
      lang,
    });
    const html = r.htmlBody
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
    const data = [
      ...items.flatMap((i) => [i.title, i.responsible ?? '', i.deadlineText]),
      digest.name ?? '',
      'Иванов И.И.',
      'методическое объединение',
    ];
    expect(foreignWords([r.subject, r.body, html].join('\n'), lang, data)).toEqual([]);
  });
});
