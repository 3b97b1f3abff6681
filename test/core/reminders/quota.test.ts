import { applyQuota, digestPriority } from '../../../src/core/reminders/quota';
import { simulateDays } from '../../../src/core/reminders/simulate';
import type { Digest, DigestItem, RecipientsOf } from '../../../src/core/reminders/types';
import { act, settings, violations } from './fixtures';

const item = (kind: DigestItem['kind'], daysLeft = 0): DigestItem => ({
  activity: kind,
  kind,
  period: 'once',
  key: `${kind}|k`,
  title: kind,
  number: null,
  deadlineText: '',
  end: '2021-03-10',
  start: null,
  daysLeft,
  responsible: null,
});
const digest = (to: string, ...items: DigestItem[]): Digest => ({
  to,
  name: to,
  date: '2021-03-10',
  items,
  subject: 's',
  keys: items.map((i) => i.key),
});

/** "pN" → pN@x.org: one person per activity. */
const onePerActivity: RecipientsOf = (a) => ({
  people: [{ email: `${a.responsible}@x.org`, name: a.responsible! }],
  unresolved: [],
});

describe('applyQuota', () => {
  it('sends escalations, then overdue, then due today, then the rest', () => {
    const ds = [
      digest('soon@x', item('soon', 3)),
      digest('due@x', item('due')),
      digest('esc@x', item('escalation', -3)),
      digest('late@x', item('overdue', -3)),
      digest('nobody-late@x', { ...item('no-recipient', -3), about: 'overdue' }),
    ];
    expect(ds.map(digestPriority)).toEqual([3, 2, 0, 1, 1]);
    const r = applyQuota(ds, 3);
    expect(r.send.map((d) => d.to)).toEqual(['esc@x', 'late@x', 'nobody-late@x']);
    expect(r.deferred.map((d) => d.to)).toEqual(['due@x', 'soon@x']);
    expect(r.notice).toBe(
      'Дневная квота писем исчерпана: отправлено 3 письма из 5, 2 письма отложены до следующего запуска (due@x, soon@x).',
    );
  });

  it('tells the owner in the document’s language: English in an English document', () => {
    const ds = ['a@x', 'b@x', 'c@x'].map((to) => digest(to, item('due')));
    expect(applyQuota(ds, 1, 'en').notice).toBe(
      'The daily e-mail quota is used up: 1 e-mail of 3 sent, 2 e-mails deferred to the next run (b@x, c@x).',
    );
    const many = Array.from({ length: 23 }, (_, i) => digest(`p${i}@x`, item('due')));
    expect(applyQuota(many, 1, 'en').notice).toMatch(/\(p1@x, .*, p20@x and 2 more\)\.$/);
    expect(applyQuota(many, 1).notice).toMatch(/, p20@x и ещё 2\)\.$/);
  });

  it('has nothing to say when everything fits, and survives a nonsense quota', () => {
    const ds = [digest('a@x', item('due'))];
    expect(applyQuota(ds, 100)).toEqual({ send: ds, deferred: [], notice: null });
    expect(applyQuota(ds, Number.NaN).send).toEqual([]);
    expect(applyQuota(ds, -4).deferred).toEqual(ds);
  });

  it('with quota 5 the deferred digests go out the next day', () => {
    const acts = Array.from({ length: 8 }, (_, i) => act(`A${i}`, { end: '2021-03-10', responsible: `p${i}` }));
    const s = settings({ weeklySummary: false, escalateAfterDays: null });
    const r = simulateDays({
      activities: acts,
      recipientsOf: onePerActivity,
      settings: s,
      from: '2021-03-01',
      days: 14,
      quota: 5,
    });
    const on = (d: string) => r.emails.filter((m) => m.date === d).map((m) => m.to);
    expect(on('2021-03-03')).toHaveLength(5);
    const deferred = acts.map((a) => `${a.responsible}@x.org`).filter((e) => !on('2021-03-03').includes(e));
    expect(deferred).toHaveLength(3);
    expect(on('2021-03-04').sort()).toEqual(deferred.sort());
    expect(r.log.find((l) => l.date === '2021-03-03')).toMatchObject({ sent: 5, deferred: 3 });
    expect(r.log.filter((l) => l.notice)).toHaveLength(r.log.filter((l) => l.deferred).length);
    // Everyone still gets the due-day reminder once: on the day, or the next day for the three
    // the quota could not fit on the 10th.
    for (const a of acts) {
      const mails = r.emails.filter((m) => m.to === `${a.responsible}@x.org` && m.items.some((i) => i.kind === 'due'));
      expect(mails).toHaveLength(1);
      expect(['2021-03-10', '2021-03-11']).toContain(mails[0].date);
    }
    expect(r.emails.filter((m) => m.date === '2021-03-11' && m.items.some((i) => i.kind === 'due'))).toHaveLength(3);
    expect(violations(r.emails)).toEqual([]);
  });
});

describe('the quota notice at scale', () => {
  it('names the first 20 deferred recipients and counts the rest', () => {
    const many = Array.from({ length: 2000 }, (_, i) => digest(`user${i}@school.example.org`, item('soon', 3)));
    const r = applyQuota(many, 0);
    expect(r.deferred).toHaveLength(2000);
    expect(r.notice).toMatch(/user19@school\.example\.org и ещё 1980\)\.$/);
    expect(r.notice!.length).toBeLessThan(1000);
  });
});
