/**
 * «Мои сроки в календаре» on the built add-on: the digest carries the feed link once, the feed is
 * text/calendar that ical.js reads, holding exactly the person's own dated activities; a mark from
 * the page changes the event under the same UID; a tampered, revoked or other kind of link, or a
 * person no longer on the staff, gets a plain refusal with no event — and a feed link marks nothing.
 */
import ICAL from 'ical.js';
import type { WebPageData, WebResult } from '../../src/shared/webapp-contract';
import type { Addon } from '../../tools/playground/addon';
import { COORDINATOR, seeded, sheetValues, webPageOf } from './helpers';

const DAY = '2021-02-01';
type Page = Extract<WebPageData, { ok: true }>;
type Card = { id: string; mine: boolean; due: string | null; version: string; status: string };

function setUp(): Addon {
  const addon = seeded('plan-dou-vsoko-2021', { scriptKind: 'bound', now: `${DAY}T06:00:00Z` });
  addon.emu.deployWebApp();
  return addon;
}

/** The first digest with links: its recipient, its mark link's token, its feed link's token. */
function digest(addon: Addon) {
  const mails = addon.call('remindersPreview', { date: DAY }) as { to: string; htmlBody: string; body: string }[];
  for (const m of mails) {
    const t = /\?t=([A-Za-z0-9_.-]+)"[^>]*>Отметить выполненным</.exec(m.htmlBody);
    const f = /\?f=([A-Za-z0-9_.-]+)"[^>]*>Мои сроки в календаре</.exec(m.htmlBody);
    if (t && f) return { ...m, token: t[1], feed: f[1] };
  }
  throw new Error('no digest carries the links');
}

const fetchFeed = (addon: Addon, token: string) => addon.emu.webFetch(`f=${encodeURIComponent(token)}`);

function events(body: string) {
  const cal = new ICAL.Component(ICAL.parse(body));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, id: e.uid.split('.')[0], summary: e.summary, description: e.description, start: e.startDate };
  });
}

const pageOf = webPageOf;

const web = (addon: Addon, req: object) =>
  addon.emu.webRun(() => addon.call('webMark', JSON.parse(JSON.stringify(req)))) as WebResult;

function state(addon: Addon): string {
  return JSON.stringify([addon.emu.snapshot().sheets.map((s) => s.values), [...addon.emu.properties.document]]);
}

/** The person's own cards as the sidebar shows them (done ones included). */
function ownCards(addon: Addon, email: string): Card[] {
  const v = addon.emu.runAs({ email }, () => addon.call('sidebarLoad', {})) as { groups: { cards: Card[] }[] };
  return v.groups.flatMap((g) => g.cards).filter((c) => c.mine);
}

describe('the calendar feed of a digest', () => {
  it('is in the e-mail once, HTML and text', () => {
    const addon = setUp();
    const m = digest(addon);
    expect(m.htmlBody.split('?f=').length - 1).toBe(1);
    expect(m.body.split('?f=').length - 1).toBe(1);
    expect(m.body).toContain('Мои сроки в календаре');
  });

  it('is text/calendar holding exactly the person’s own dated activities, and GET changes nothing', () => {
    const addon = setUp();
    const m = digest(addon);
    const before = state(addon);
    const r = fetchFeed(addon, m.feed);
    expect(state(addon)).toBe(before);
    expect(r).toMatchObject({ contentType: 'text/calendar; charset=utf-8', redirected: true });
    expect(r.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const ev = events(r.body);
    const own = ownCards(addon, m.to);
    const ownIds = new Set(own.map((c) => c.id));
    expect(ev.length).toBeGreaterThan(0);
    expect(ev.filter((e) => !ownIds.has(e.id))).toEqual([]);
    const dated = own.filter((c) => c.due).map((c) => c.id);
    expect(dated.filter((id) => !ev.some((e) => e.id === id))).toEqual([]);
    expect(new Set(ev.map((e) => e.uid)).size).toBe(ev.length);
    expect(ev.every((e) => e.start.isDate)).toBe(true);
  });

  it('the page shows the same feed; a mark from the page changes that event under the same UID', () => {
    const addon = setUp();
    const m = digest(addon);
    const page = pageOf(addon, m.token) as Page;
    expect(page.feed).toMatch(/\?f=/);
    const feed = decodeURIComponent(page.feed!.split('?f=')[1]);
    const before = events(fetchFeed(addon, feed).body);
    const card = page.focus!;
    expect(
      web(addon, { token: m.token, activityId: card.id, status: 'done', expectedVersion: card.version }),
    ).toMatchObject({ ok: true });
    const after = events(fetchFeed(addon, feed).body);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    const changed = after.filter((e, i) => e.summary !== before[i].summary);
    expect(changed.length).toBeGreaterThan(0);
    for (const e of changed) {
      expect(e.id).toBe(card.id);
      expect(e.summary.startsWith('✓ ')).toBe(true);
      expect(e.description).toContain('Статус: Выполнено');
    }
  });

  it('refuses a tampered, revoked, other-kind or removed person’s link with plain text and no event', () => {
    const addon = setUp();
    const m = digest(addon);
    const refused = (token: string, why: RegExp) => {
      const r = fetchFeed(addon, token);
      expect(r.contentType).toBe('text/plain; charset=utf-8');
      expect(r.body).toMatch(why);
      expect(r.body).not.toContain('VEVENT');
    };
    const tampered = `${m.feed.slice(0, 5)}${m.feed[5] === 'A' ? 'B' : 'A'}${m.feed.slice(6)}`;
    refused(tampered, /недействительна/);
    refused('', /недействительна/);
    // An e-mail link is no feed link, and a feed link opens no page and marks nothing.
    refused(m.token, /недействительна/);
    expect(pageOf(addon, m.feed)).toMatchObject({ ok: false, message: expect.stringContaining('недействительна') });
    const card = (pageOf(addon, m.token) as Page).focus!;
    const before = state(addon);
    expect(
      web(addon, { token: m.feed, activityId: card.id, status: 'done', expectedVersion: card.version }),
    ).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(state(addon)).toBe(before);

    // No expiry (a calendar polls for months): a year on, it still works …
    addon.emu.advance(400 * 86_400_000);
    expect(fetchFeed(addon, m.feed).contentType).toBe('text/calendar; charset=utf-8');
    addon.emu.advance(-400 * 86_400_000);

    // … until the person leaves the staff,
    const staff = addon.emu.spreadsheet.getSheetByName('Сотрудники')!;
    const rows = sheetValues(addon, 'Сотрудники');
    const mailCol = rows[0].findIndex((h) => /mail|почта/i.test(String(h)));
    const row = rows.findIndex((r) => String(r[mailCol]).toLowerCase() === m.to.toLowerCase());
    expect(row).toBeGreaterThan(0);
    const saved = rows[row];
    staff.deleteRow(row + 1);
    refused(m.feed, /действующих сотрудников/);
    staff.appendRow(saved);
    expect(fetchFeed(addon, m.feed).contentType).toBe('text/calendar; charset=utf-8');

    // … or the links are revoked.
    addon.emu.runAs({ email: COORDINATOR }, () => addon.call('menuLinksRevoke'));
    refused(m.feed, /недействительна/);
  });

  it('costs no more than opening the page', () => {
    const addon = setUp();
    const m = digest(addon);
    const calls = (f: () => unknown) => {
      addon.emu.calls.reset();
      f();
      return addon.emu.calls.total;
    };
    const page = calls(() => pageOf(addon, m.token));
    const feed = calls(() => fetchFeed(addon, m.feed));
    expect(feed).toBeLessThanOrEqual(page);
  });
});

describe('the emulator’s ContentService is as strict as Google’s', () => {
  it('TEXT by default, the enum only, strings only', () => {
    const addon = setUp();
    const cs = addon.emu.globals.ContentService;
    const out = cs.createTextOutput('a');
    expect(String(out.getMimeType())).toBe('TEXT');
    expect(out.getFileName()).toBeNull();
    expect(String(out.setMimeType(cs.MimeType.ICAL).getMimeType())).toBe('ICAL');
    expect(() => out.setMimeType('text/calendar' as unknown as GoogleAppsScript.Content.MimeType)).toThrow(
      /Invalid argument/,
    );
    expect(() => cs.createTextOutput(5 as unknown as string)).toThrow(/Invalid argument/);
    expect(out.append('b').getContent()).toBe('ab');
  });
});
