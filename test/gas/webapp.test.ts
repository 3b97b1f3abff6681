/**
 * Issue 17 on the built add-on: a link from a real digest opens the web app's page (GET changes
 * nothing), marks the right activity through the sidebar's path with a Журнал row, undoes; a
 * tampered, expired, revoked or foreign link is refused and changes nothing; and every other
 * entry point refuses a caller from the web app.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_POINTS } from '../../src/core/access/entry-points';
import type { Failure } from '../../src/shared/reply';
import { WEB_META, type WebPageData, type WebResult } from '../../src/shared/webapp-contract';
import { IN_PROCESS } from '../../tools/bench/actions';
import { SECRET_READ } from '../../tools/bench/budgets';
import type { Addon } from '../../tools/playground/addon';
import { COORDINATOR, seeded, sheetValues, webPageOf } from './helpers';

const DAY = '2021-02-01';
type Page = Extract<WebPageData, { ok: true }>;

function setUp(): Addon {
  const addon = seeded('plan-dou-vsoko-2021', { scriptKind: 'bound', now: `${DAY}T06:00:00Z` });
  addon.emu.deployWebApp();
  return addon;
}

/** The first «Отметить выполненным» link of the preview's digests, with its recipient. */
function digestLink(addon: Addon): { to: string; token: string; html: string } {
  const mails = addon.call('remindersPreview', { date: DAY }) as { to: string; htmlBody: string; body: string }[];
  for (const m of mails) {
    const t = /\?t=([A-Za-z0-9_.-]+)"[^>]*>Отметить выполненным</.exec(m.htmlBody);
    if (t) return { to: m.to, token: t[1], html: m.htmlBody };
  }
  throw new Error('no digest carries a link');
}

const pageOf = webPageOf;

const web = (addon: Addon, fn: 'webMark' | 'webUndo', req: object) =>
  addon.emu.webRun(() => addon.call(fn, JSON.parse(JSON.stringify(req)))) as WebResult | Failure;

const journalRows = (addon: Addon) =>
  sheetValues(addon, 'Журнал').filter((r) => String(r.join('|')).includes('из письма'));

function statusOf(addon: Addon, id: string): string {
  const v = sheetValues(addon, 'План');
  const col = v[0].indexOf('Статус');
  const idCol = v[0].indexOf('ID');
  return String(v.find((r) => r[idCol] === id)?.[col]);
}

function state(addon: Addon): string {
  return JSON.stringify([addon.emu.snapshot().sheets.map((s) => s.values), [...addon.emu.properties.document]]);
}

describe('the page of an e-mail link', () => {
  it('reads the data under the name the server writes it', () => {
    expect(readFileSync(join(__dirname, '../../webapp/main.ts'), 'utf8')).toContain(`const META = '${WEB_META}';`);
  });

  it('opens from a real digest, marks that activity once, writes the Журнал, undoes', () => {
    const addon = setUp();
    const { token } = digestLink(addon);
    const before = state(addon);
    const page = pageOf(addon, token) as Page;
    expect(page.ok).toBe(true);
    expect(state(addon)).toBe(before); // a GET changes nothing
    const card = page.focus!;
    expect(card).toBeTruthy();
    expect(page.groups.flatMap((g) => g.cards).every((c) => c.mine)).toBe(true);

    const req = { token, activityId: card.id, status: 'done', expectedVersion: card.version, comment: 'Сделано' };
    const r = web(addon, 'webMark', req) as Extract<WebResult, { ok: true }>;
    expect(r).toMatchObject({ ok: true, card: { id: card.id, status: 'done' } });
    expect(statusOf(addon, card.id)).toBe('Выполнено');
    expect(journalRows(addon)).toHaveLength(1);
    expect(journalRows(addon)[0].join('|')).toContain('Статус (отмечено из письма)');

    // A second click of the same page marks nothing again.
    expect(web(addon, 'webMark', req)).toMatchObject({ ok: false, code: 'stale' });
    expect(journalRows(addon)).toHaveLength(1);

    const u = web(addon, 'webUndo', { token, ticket: r.ticket });
    expect(u).toMatchObject({ ok: true, card: { id: card.id } });
    expect(statusOf(addon, card.id)).not.toBe('Выполнено');
    expect(journalRows(addon)).toHaveLength(2);
    // The ticket is spent: the row changed since.
    expect(web(addon, 'webUndo', { token, ticket: r.ticket })).toMatchObject({ ok: false });
  });

  it('refuses a tampered, expired, revoked or foreign link and changes nothing', () => {
    const addon = setUp();
    const { token } = digestLink(addon);
    const page = pageOf(addon, token) as Page;
    const card = page.focus!;
    const mark = (t: string, id = card.id) =>
      web(addon, 'webMark', { token: t, activityId: id, status: 'done', expectedVersion: card.version });
    const before = state(addon);

    const tampered = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;
    expect(pageOf(addon, tampered)).toMatchObject({ ok: false, message: expect.stringContaining('недействительна') });
    expect(mark(tampered)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(pageOf(addon, '')).toMatchObject({ ok: false });

    // Another person's activity with this person's link.
    const sheet = sheetValues(addon, 'План');
    const idCol = sheet[0].indexOf('ID');
    const mine = new Set([card.id, ...page.groups.flatMap((g) => g.cards.map((c) => c.id))]);
    const foreign = sheet.slice(1).find((r) => r[idCol] && !mine.has(String(r[idCol])))![idCol];
    expect(mark(token, String(foreign))).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(state(addon)).toBe(before);

    addon.emu.advance(31 * 86_400_000);
    expect(pageOf(addon, token)).toMatchObject({ ok: false, message: expect.stringContaining('истёк') });
    expect(mark(token)).toMatchObject({ ok: false, kind: 'forbidden' });
    addon.emu.advance(-31 * 86_400_000);

    addon.emu.runAs({ email: COORDINATOR }, () => addon.call('menuLinksRevoke'));
    const afterRevoke = state(addon);
    expect(pageOf(addon, token)).toMatchObject({ ok: false, message: expect.stringContaining('недействительна') });
    expect(mark(token)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(state(addon)).toBe(afterRevoke);
    expect(journalRows(addon)).toHaveLength(0);
  });

  it('a stale page still marks the right activity (rows moved); a removed activity is refused', () => {
    const addon = setUp();
    const { token } = digestLink(addon);
    const page = pageOf(addon, token) as Page;
    const [card, other] = [page.focus!, page.groups[0].cards[0]];
    const plan = addon.emu.spreadsheet.getSheetByName('План')!;
    plan.insertRowsBefore(2, 3); // rows inserted above: every activity moved down
    const r = web(addon, 'webMark', { token, activityId: card.id, status: 'done', expectedVersion: card.version });
    expect(r).toMatchObject({ ok: true });
    expect(statusOf(addon, card.id)).toBe('Выполнено');
    const v = sheetValues(addon, 'План');
    const row = v.findIndex((x) => x[v[0].indexOf('ID')] === other.id) + 1;
    plan.deleteRow(row);
    const gone = web(addon, 'webMark', { token, activityId: other.id, status: 'done', expectedVersion: other.version });
    expect(gone).toMatchObject({ ok: false, code: 'not-found' });
    expect(journalRows(addon)).toHaveLength(1);
  });

  it('costs no more than the sidebar: opening as its open, marking as its mark (+ the secret read); the feed as the page', () => {
    const addon = setUp();
    const { to, token } = digestLink(addon);
    // Service calls as `npm run bench` counts them (tools/bench/budgets.ts, webRows): in-process ones left out.
    const calls = (f: () => unknown) => {
      addon.emu.calls.reset();
      const v = f();
      return { v, n: addon.emu.calls.log.filter((c) => !IN_PROCESS.has(c.service)).length };
    };
    const open = calls(() => pageOf(addon, token));
    const page = open.v as Page;
    const card = page.focus!;
    const mark = calls(() =>
      web(addon, 'webMark', { token, activityId: card.id, status: 'done', expectedVersion: card.version }),
    );
    const feed = calls(() => addon.emu.webFetch(`f=${page.feed!.split('?f=')[1]}`));
    const side = calls(() => addon.emu.runAs({ email: to }, () => addon.call('sidebarLoad', {})));
    const c = (side.v as { groups: { cards: { id: string; status: string; version: string }[] }[] }).groups
      .flatMap((g) => g.cards)
      .find((x) => x.status !== 'done' && x.id !== card.id)!;
    const sideMark = calls(() =>
      addon.emu.runAs({ email: to }, () =>
        addon.call('sidebarMark', { activityId: c.id, status: 'done', expectedVersion: c.version }),
      ),
    );
    // Measured: doGet 6, sidebarLoad 5; webMark 10, sidebarMark 10; the feed 5.
    expect(open.n).toBeLessThanOrEqual(side.n + SECRET_READ);
    expect(mark.n).toBeLessThanOrEqual(sideMark.n + SECRET_READ);
    expect(feed.n).toBeLessThanOrEqual(open.n);
  });

  it('without a deployment the e-mails carry no links', () => {
    const addon = seeded('plan-dou-vsoko-2021', { scriptKind: 'bound', now: `${DAY}T06:00:00Z` });
    const mails = addon.call('remindersPreview', { date: DAY }) as { htmlBody: string; body: string }[];
    expect(mails.length).toBeGreaterThan(0);
    for (const m of mails) expect(`${m.htmlBody}${m.body}`).not.toMatch(/\?[tf]=/);
  });
});

describe('«Ссылки в письмах…»', () => {
  const said = (addon: Addon, email: string) => {
    addon.emu.runAs({ email }, () => addon.call('menuLinks'));
    return addon.emu.ui.alerts.at(-1)?.prompt ?? '';
  };
  it('without a deployment gives the steps and what «Все» means; with one, its address and the links', () => {
    const addon = seeded('plan-dou-vsoko-2021', { scriptKind: 'bound', now: `${DAY}T06:00:00Z` });
    const steps = said(addon, COORDINATOR);
    expect(steps).toContain('веб-приложение не развёрнуто');
    expect(steps).toContain('«Кто имеет доступ»: «Все»');
    expect(steps).toContain('Новое развертывание');
    const url = addon.emu.deployWebApp();
    expect(said(addon, COORDINATOR)).toMatch(/включены: .*\n.*\nСсылок ещё не отправляли/);
    expect(said(addon, COORDINATOR)).toContain(url);
    addon.call('remindersPreview', { date: DAY }); // signs links: the secret now exists
    expect(said(addon, COORDINATOR)).toContain('Отозвать все ссылки из писем');
  });
  it('is a coordinator’s item', () => {
    const addon = setUp();
    const staff = digestLink(addon).to;
    const before = addon.emu.ui.alerts.length;
    expect(said(addon, staff)).toMatch(/только координатор/);
    expect(addon.emu.ui.alerts.length).toBe(before + 1);
  });
});

describe('from the web app, every other entry point refuses', () => {
  it('each exported function of src/main.ts but the web app own, called by google.script.run from its page', () => {
    const addon = setUp();
    const before = state(addon);
    const sent = addon.emu.outbox.length;
    for (const fn of Object.keys(ENTRY_POINTS)) {
      if (ENTRY_POINTS[fn as keyof typeof ENTRY_POINTS].kind === 'web') continue;
      let answer: unknown;
      try {
        answer = addon.emu.webRun(() => addon.call(fn, {}));
      } catch (e) {
        answer = { thrown: String(e) };
      }
      expect([fn, answer]).toEqual([
        fn,
        expect.objectContaining(
          'thrown' in (answer as object)
            ? { thrown: expect.stringMatching(/недоступно со страницы по ссылке|getUi|без таблицы/) }
            : { ok: false, kind: 'forbidden' },
        ),
      ]);
    }
    expect(state(addon)).toBe(before);
    expect(addon.emu.outbox.length).toBe(sent);
  });
});

describe('«Отозвать все ссылки из писем…» in the document’s language', () => {
  it('asks and answers in Russian, or in English in an English document', () => {
    const addon = seeded('plan-dou-vsoko-2021');
    const said = () => addon.emu.ui.alerts.slice(-2).map((a) => [a.buttons, a.prompt.split(' ').slice(0, 3).join(' ')]);
    addon.emu.runAs({ email: COORDINATOR }, () => addon.call('menuLinksRevoke'));
    expect(said()).toEqual([
      ['YES_NO', 'Отозвать ссылки «Отметить'],
      ['OK', 'Ссылки отозваны. В'],
    ]);
    addon.call('remindersSettingsSave', { language: 'en' });
    addon.emu.runAs({ email: COORDINATOR }, () => addon.call('menuLinksRevoke'));
    expect(addon.emu.ui.alerts.slice(-2).map((a) => a.prompt)).toEqual([
      'Revoke the «Mark as done» links of every e-mail sent (say, one reached a stranger)? They stop opening for everyone.',
      'Links revoked. The next e-mails bring new ones.',
    ]);
  });
});
