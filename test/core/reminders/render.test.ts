import { escapeHtml, renderDigest } from '../../../src/core/reminders/render';
import type { Digest, DigestItem } from '../../../src/core/reminders/types';

const item = (over: Partial<DigestItem>): DigestItem => ({
  activity: 'a1',
  kind: 'due',
  period: 'once',
  key: 'k',
  title: 'Анализ',
  number: '1.2',
  deadlineText: '01-05.03.2021',
  end: '2021-03-05',
  start: '2021-03-01',
  daysLeft: 0,
  responsible: 'Иванов',
  ...over,
});
const digest = (items: DigestItem[], over: Partial<Digest> = {}): Digest => ({
  to: 'a@x.org',
  name: 'Иванова Анна',
  date: '2021-03-05',
  items,
  subject: '',
  keys: items.map((i) => i.key),
  ...over,
});
const ctx = {
  sheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  rowUrl: (id: string) => `https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A${id.length + 1}`,
  lang: 'ru' as const,
};

describe('renderDigest', () => {
  it('counts in the subject with Russian plural forms', () => {
    const one = renderDigest(digest([item({})]), ctx).subject;
    expect(one).toBe('План-график: 1 мероприятие требует внимания');
    const two = renderDigest(
      digest([item({ activity: 'x' }), item({ activity: 'y', daysLeft: -2, kind: 'overdue' })]),
      ctx,
    );
    expect(two.subject).toBe('План-график: 2 мероприятия требуют внимания, 1 просрочено');
    const five = Array.from({ length: 5 }, (_, i) => item({ activity: `a${i}`, daysLeft: i < 3 ? -1 : 2 }));
    expect(renderDigest(digest(five), ctx).subject).toBe('План-график: 5 мероприятий требуют внимания, 3 просрочены');
    expect(renderDigest(digest([item({ kind: 'weekly' })]), ctx).subject).toMatch(/^План-график: сводка за неделю/);
    expect(renderDigest(digest(five), { ...ctx, lang: 'en' }).subject).toBe(
      'Plan: 5 activities need attention, 3 overdue',
    );
  });

  it('escapes every piece of user text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const d = digest(
      [
        item({
          title: evil,
          number: '<b>1</b>',
          deadlineText: '"до" & <i>',
          responsible: evil,
          kind: 'no-recipient',
          about: 'due',
        }),
      ],
      { name: '<script>x</script>' },
    );
    const r = renderDigest(d, ctx);
    expect(r.htmlBody).not.toMatch(/<img|<script|<b>1|<i>/);
    expect(r.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.htmlBody).toContain('&quot;до&quot; &amp; &lt;i&gt;');
    expect(r.body).toContain(evil); // the plain text shows it literally
    expect(r.htmlBody).not.toMatch(/<style|class=/); // inline CSS only
  });

  it('links the sheet and each row, and drops links that are not web addresses', () => {
    const r = renderDigest(digest([item({})]), ctx);
    expect(r.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit#gid=0&amp;range=A3"');
    expect(r.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit"');
    expect(r.body).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=A3');
    const bad = renderDigest(digest([item({})]), { ...ctx, sheetUrl: 'javascript:alert(1)', rowUrl: () => null });
    expect(bad.htmlBody).not.toContain('javascript:');
    expect(bad.htmlBody).not.toContain('href=');
  });

  it('shows dates as дд.мм.гггг and groups items under Russian headings', () => {
    const r = renderDigest(
      digest([
        item({ activity: 'o', kind: 'overdue', daysLeft: -3, end: '2021-03-02' }),
        item({ activity: 'd', kind: 'due', daysLeft: 0 }),
        item({ activity: 's', kind: 'soon', daysLeft: 7, end: '2021-03-12' }),
        item({ activity: 'b', kind: 'start', daysLeft: 25, start: '2021-03-05', end: '2021-03-30' }),
      ]),
      ctx,
    );
    expect(r.body).toMatch(/ПРОСРОЧЕНО \(1\)[\s\S]*СЕГОДНЯ \(1\)[\s\S]*СКОРО \(1\)[\s\S]*НАЧИНАЕТСЯ \(1\)/);
    expect(r.body).toContain('просрочено на 3 дня (срок 02.03.2021)');
    expect(r.body).toContain('срок сегодня, 05.03.2021');
    expect(r.body).toContain('срок через 7 дней, 12.03.2021');
    expect(r.body).toContain('выполняется 05.03.2021 – 30.03.2021');
    expect(r.body).toContain('срок в плане: «01-05.03.2021»');
    expect(r.body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(r.htmlBody).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('shows a due reminder sent late under Просрочено', () => {
    const r = renderDigest(digest([item({ kind: 'due', daysLeft: -1 })]), ctx);
    expect(r.body).toContain('ПРОСРОЧЕНО (1)');
    expect(r.body).not.toContain('СЕГОДНЯ');
  });

  it('says who the plan names when nobody was found', () => {
    const r = renderDigest(digest([item({ kind: 'no-recipient', responsible: 'ИРО ПК', about: 'due' })]), ctx);
    expect(r.body).toContain('НЕТ АДРЕСАТА (1)');
    expect(r.body).toContain('ответственный в плане: «ИРО ПК»');
    expect(r.body).toContain('«ИРО ПК»: нет в списке сотрудников');
  });

  it('escapeHtml', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
