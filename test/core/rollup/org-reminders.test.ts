import type { IsoDate } from '../../../src/core/dates/calendar';
import {
  type Department,
  fitOrgQuota,
  type OrgRemindersPlan,
  orgLedger,
  orgLedgerRows,
  planOrgReminders,
} from '../../../src/core/rollup/org-reminders';
import {
  renderDepartmentSummary,
  renderOrgDigest,
  renderQuotaNotice,
} from '../../../src/core/rollup/org-reminders-render';
import { rollUp } from '../../../src/core/rollup/rollup';
import { district } from './district';
import { org } from './fixture';
import { A, B, D, E, F, municipal, readOf, rollup, values } from './late';

// 13.03.2023 is a Monday; 15.03.2023 a Wednesday.
const department: Department = { name: 'Отдел образования г. Орска', email: 'Otdel@Example.org' };
const plan = (today: IsoDate, ledger: Iterable<string> = [], orgs?: (typeof A)[], language: 'ru' | 'en' = 'ru') =>
  planOrgReminders({ rollup: rollup(today, orgs), today, ledger: new Set(ledger), department, language });
/** Everything the plan would send, as recorded after sending it. */
const keysOf = (p: OrgRemindersPlan) => [...p.digests.flatMap((d) => d.keys), ...(p.summary?.keys ?? [])];
const lines = (p: OrgRemindersPlan) =>
  p.digests.map((d) => [d.to, d.organisation.name, d.items.map((i) => `${i.number} −${-(i.daysLeft ?? 0)}`)]);

describe('planOrgReminders: one digest per organisation per day', () => {
  const wed = plan('2023-03-15');

  it("tells each late organisation's coordinator of the activities due a reminder, the most late first", () => {
    // m1 is 9 days late (its 3rd overdue step today), m2 5 days (1st step on Monday, never told),
    // m3 one day (no step before 3 days): the organisation's own reminders have it.
    expect(lines(wed)).toEqual([
      ['coord1@example.org', 'МБДОУ № 1', ['1.1 −9', '1.2 −5']],
      ['coord2@example.org', 'МБДОУ № 2', ['1.2 −5']],
    ]);
    expect(wed.digests[0].overdue).toBe(3);
    expect(wed.digests[0].subject).toBe('План-график: 2 мероприятия муниципального плана просрочены — МБДОУ № 1');
    expect(wed.digests[1].subject).toBe('План-график: 1 мероприятие муниципального плана просрочено — МБДОУ № 2');
  });

  it('keys an item by activity, organisation, period and step, and the digest by organisation and day', () => {
    const [a] = wed.digests;
    const id = A.spreadsheetId;
    expect(a.keys).toEqual([
      `m1|${id}|org-overdue|once|3`,
      `m2|${id}|org-overdue|once|1`,
      // m2's next step is tomorrow: told today for the first time, its key stands for tomorrow's too.
      `m2|${id}|org-overdue|once|2`,
      `*|${id}|org-digest|*|2023-03-15`,
    ]);
  });

  it('sends nothing again the same day, nor the next day for what was told, once the keys are recorded', () => {
    const sent = keysOf(wed);
    const again = plan('2023-03-15', sent);
    expect(again.digests).toEqual([]);
    expect(again.summary).toBeNull();
    expect(plan('2023-03-16', sent).digests).toEqual([]);
    // m3's first step (3 days late) comes on Friday, and only m3 is said.
    expect(lines(plan('2023-03-17', sent))).toEqual([
      ['coord1@example.org', 'МБДОУ № 1', ['1.3 −3']],
      ['coord2@example.org', 'МБДОУ № 2', ['1.3 −3']],
    ]);
  });

  it('never sends a second digest to an organisation the same day, even with a new step', () => {
    const dayA = `*|${A.spreadsheetId}|org-digest|*|2023-03-15`;
    const p = plan('2023-03-15', [dayA]);
    expect(p.digests.map((d) => d.organisation.name)).toEqual(['МБДОУ № 2']);
    expect(p.skipped).toContainEqual({ organisation: A, reason: 'told-today' });
  });

  it('sends nothing on a weekend; what came on Sunday goes out on Monday', () => {
    expect(plan('2023-03-18').digests).toEqual([]);
    expect(plan('2023-03-18').summaryState).toBe('not-sending-day');
    // m1's 2nd step was Sunday 12.03: on Monday it is sent (never told before).
    expect(lines(plan('2023-03-13'))[0]).toEqual(['coord1@example.org', 'МБДОУ № 1', ['1.1 −7', '1.2 −3']]);
  });

  it("leaves out an organisation whose coordinator's address is not one, and says so", () => {
    expect(wed.digests.map((d) => d.organisation.name)).not.toContain(E.name);
    expect(wed.skipped).toEqual([{ organisation: E, reason: 'no-email' }]);
    expect(wed.summary?.noEmail).toEqual([E]);
  });

  it('sends nothing to an organisation whose spreadsheet could not be read: the department is told', () => {
    expect(wed.digests.map((d) => d.to)).not.toContain('coord4@example.org');
    expect(wed.summary?.unreadable).toEqual([
      { organisation: D, error: 'нет доступа к таблице: попросите координатора организации открыть её вам' },
    ]);
  });

  it('from a partial roll-up: digests for the organisations read, nothing for the others, the summary waits', () => {
    const p = plan('2023-03-13', [], [A, F, B]);
    expect(p.digests.map((d) => d.organisation.name)).toEqual(['МБДОУ № 1', 'МБДОУ № 2']);
    expect(p.summary).toBeNull();
    expect(p.summaryState).toBe('partial-rollup');
  });
});

describe('planOrgReminders: the weekly summary to the department', () => {
  it('goes on Monday, not again on Tuesday once sent, again next Monday', () => {
    const mon = plan('2023-03-13');
    expect(mon.summaryState).toBe('planned');
    expect(mon.summary).toMatchObject({ to: 'otdel@example.org', week: '2023-W11', weekOf: '2023-03-13', read: 5 });
    expect(mon.summary?.keys).toEqual(['*|otdel@example.org|org-weekly|*|2023-W11']);
    expect(mon.summary?.late.map((l) => [l.organisation.name, l.items.map((x) => x.activity.number)])).toEqual([
      ['МБДОУ № 1', ['1.1', '1.2']],
      ['МБДОУ № 2', ['1.2']],
      ['МБДОУ № 5', ['1.1', '1.2']],
    ]);
    const tue = plan('2023-03-14', keysOf(mon));
    expect(tue.summary).toBeNull();
    expect(tue.summaryState).toBe('sent-this-week');
    expect(plan('2023-03-20', keysOf(mon)).summary?.week).toBe('2023-W12');
  });

  it('goes on the first run after Monday when Monday was missed', () => {
    expect(plan('2023-03-14').summary?.week).toBe('2023-W11');
  });

  it('waits for its weekday when it is not Monday', () => {
    const p = planOrgReminders({
      rollup: rollup('2023-03-14'),
      today: '2023-03-14',
      ledger: new Set(),
      department,
      language: 'ru',
      schedule: { weeklyWeekday: 3 },
    });
    expect(p.summaryState).toBe('not-yet');
  });

  it('is written: who is late with what, who could not be read, who cannot be told', () => {
    const s = plan('2023-03-13').summary!;
    const r = renderDepartmentSummary(s, 'ru');
    expect(r.subject).toBe('План-график: свод за неделю — просрочено в 3 организациях из 5, не прочитано: 1');
    expect(r.body).toContain('прочитано организаций — 5 из 5; просрочено в 3, всего просроченных мероприятий — 5');
    expect(r.body).toContain('• МБДОУ № 1 — 2 мероприятия');
    expect(r.body).toContain('1.1 Провести педсовет: просрочено на 7 дней (срок 06.03.2023)');
    expect(r.body).toContain('НЕ УДАЛОСЬ ПРОЧИТАТЬ (1)\n• МБДОУ № 4\n  нет доступа к таблице');
    expect(r.body).toContain('«нет» (строка 6 вкладки «Организации») — не адрес: напоминания не отправлены');
    expect(r.htmlBody).toContain('Отчёт &lt;script&gt;alert(1)&lt;/script&gt; &amp; «итоги»');
    expect(r.htmlBody).not.toContain('<script>');
  });

  it('names ten activities of an organisation and counts the rest, over a district of 40', () => {
    const input = district(40, 60, 7);
    const r = rollUp(input);
    const p = planOrgReminders({ rollup: r, today: input.today, ledger: new Set(), department, language: 'ru' });
    const s = p.summary!;
    const worst = s.late.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    expect(worst.items.length).toBeGreaterThan(10);
    const body = renderDepartmentSummary(s, 'ru').body;
    expect(body).toContain(`… и ещё ${worst.items.length - 10}`);
    // Every late organisation of the roll-up is in the summary, and every read error.
    expect(s.late.length).toBe(r.organisations.filter((o) => o.counts.overdue > 0).length);
    expect(s.unreadable.length).toBe(r.organisations.filter((o) => o.error).length);
    // At most one digest per organisation, each to the organisation's own coordinator.
    const to = p.digests.map((d) => d.organisation.name);
    expect(new Set(to).size).toBe(to.length);
    for (const d of p.digests) expect(d.to).toBe(d.organisation.email);
  });
});

describe('rendering a digest', () => {
  const d = plan('2023-03-15').digests[0];

  it('lists №, title, deadline and days late, signed by the department', () => {
    const r = renderOrgDigest(d, department, 'ru');
    expect(r.subject).toBe(d.subject);
    expect(r.body).toContain(
      'Отдел образования г. Орска напоминает: в плане-графике «МБДОУ № 1» просрочены мероприятия муниципального плана (по своду на 15.03.2023).',
    );
    expect(r.body).toContain('ПРОСРОЧЕНО (2)\n• 1.1 Провести педсовет\n  просрочено на 9 дней (срок 06.03.2023)');
    expect(r.body).toContain('срок в плане: «до 10 марта»');
    expect(r.body).toContain('ответственные: Старший воспитатель');
    expect(r.body).toContain('Всего просрочено в плане: 3; об остальных отдел уже напоминал.');
    expect(r.body).toContain(
      `Открыть план организации: https://docs.google.com/spreadsheets/d/${A.spreadsheetId}/edit`,
    );
  });

  it('escapes a title with <script> in the HTML, and keeps it as it is in the text', () => {
    const r = renderOrgDigest(d, { ...department, name: 'Отдел <b>образования</b>' }, 'ru');
    expect(r.htmlBody).toContain('<b>1.2 Отчёт &lt;script&gt;alert(1)&lt;/script&gt; &amp; «итоги»</b>');
    expect(r.htmlBody).toContain('Отдел &lt;b&gt;образования&lt;/b&gt; напоминает');
    expect(r.htmlBody).not.toMatch(/<script|<b>образования/);
    expect(r.body).toContain('1.2 Отчёт <script>alert(1)</script> & «итоги»');
  });

  it('is in English when the department works in English', () => {
    const en = plan('2023-03-15', [], undefined, 'en').digests[0];
    const r = renderOrgDigest(en, department, 'en');
    expect(r.subject).toBe('Plan: 2 municipal activities overdue — МБДОУ № 1');
    expect(r.body).toContain('Hello!');
    expect(r.body).toContain('overdue by 9 days (due 06.03.2023)');
    expect(r.body).toContain('deadline in the plan: «до 10 марта»');
    expect(r.body).toContain('Open your plan: https://');
    const s = renderDepartmentSummary(plan('2023-03-13', [], undefined, 'en').summary!, 'en');
    expect(s.subject).toBe('Plan: weekly roll-up — overdue in 3 of 5 organisations, 1 not read');
    expect(s.body).toContain('COULD NOT BE READ (1)');
    // Only the tab names and the roll-up's read errors stay Russian.
    expect(s.body).not.toMatch(/Здравствуйте|Просрочено в|прочитано|координатор:|Некому/);
  });
});

describe('fitOrgQuota', () => {
  const mon = plan('2023-03-13');

  it('sends everything when the quota allows', () => {
    const run = fitOrgQuota(mon, 100, new Set(), '2023-03-13', department);
    expect(run.summary).not.toBeNull();
    expect(run.digests).toHaveLength(2);
    expect(run.notice).toBeNull();
    expect(run.overQuota).toEqual([]);
  });

  it('puts the summary first and keeps one e-mail for telling the department what did not fit', () => {
    const run = fitOrgQuota(mon, 2, new Set(), '2023-03-13', department);
    expect(run.summary).not.toBeNull();
    expect(run.digests).toEqual([]);
    expect(run.notice).toMatchObject({ planned: 2, sent: 0, deferred: ['МБДОУ № 1', 'МБДОУ № 2'] });
  });

  it('sends the longer digests first and tells the department, once a day, which wait', () => {
    const G = org('sadG', { name: 'МБДОУ № 7', email: 'coord7@example.org', row: 8 });
    readOf[G.name] = values(municipal);
    const week = '*|otdel@example.org|org-weekly|*|2023-W11';
    const p = plan('2023-03-13', [week], [B, A, G]);
    expect(p.summary).toBeNull();
    const run = fitOrgQuota(p, 2, new Set([week]), '2023-03-13', department);
    // The school's order: the most urgent, then the one with more to say, then «Организации»'s order.
    expect(run.digests.map((d) => d.organisation.name)).toEqual(['МБДОУ № 1']);
    expect(run.overQuota.map((d) => d.organisation.name)).toEqual(['МБДОУ № 7', 'МБДОУ № 2']);
    expect(run.notice).toMatchObject({ to: 'otdel@example.org', planned: 3, sent: 1, summaryDeferred: false });
    expect(run.notice?.keys).toEqual(['*|otdel@example.org|org-quota|*|2023-03-13']);
    const n = renderQuotaNotice(run.notice!, 'ru');
    expect(n.subject).toBe('План-график: не все напоминания организациям отправлены');
    expect(n.body).toBe(
      'Дневная квота писем исчерпана: организациям отправлено 1 из 3, 2 письма отложены до следующего запуска (МБДОУ № 7, МБДОУ № 2).',
    );
    expect(renderQuotaNotice(run.notice!, 'en').body).toBe(
      'The daily e-mail quota ran out: 1 of 3 reminders to organisations sent, 2 e-mails left for the next run (МБДОУ № 7, МБДОУ № 2).',
    );
    // Told once a day: with the notice's key recorded there is no second one.
    expect(fitOrgQuota(p, 2, new Set([week, ...run.notice!.keys]), '2023-03-13', department).notice).toBeNull();
  });

  it('with no quota left sends nothing and reports everything as over the quota', () => {
    const run = fitOrgQuota(mon, 0, new Set(), '2023-03-13', department);
    expect(run).toMatchObject({ summary: null, digests: [], notice: null, summaryOverQuota: true });
    expect(run.overQuota).toHaveLength(2);
  });
});

describe('the ledger in the Журнал', () => {
  it('writes one row per e-mail, its keys one a line, that read back as the keys', () => {
    const p = plan('2023-03-13');
    const rows = orgLedgerRows([...p.digests, p.summary!], 'otdel@example.org', '2023-03-13T04:00:00.000Z');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      field: 'напоминание организации',
      title: 'МБДОУ № 1',
      what: 'Отправлено письмо организации «МБДОУ № 1»: просроченных мероприятий — 2, кому: coord1@example.org',
    });
    expect(orgLedger(rows)).toEqual(new Set(keysOf(p)));
    // The school's ledger rows (field «напоминание») are not the department's.
    expect(orgLedger([{ ...rows[0], field: 'напоминание' }]).size).toBe(0);
  });
});
