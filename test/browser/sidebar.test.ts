/**
 * The sidebar in a real Chromium, against the server functions through the google.script.run
 * shim. The server is the in-memory test double (fake-server.ts) until the emulator-backed
 * src/gas/api/sidebar.ts exists; both follow the same contract.
 */
import { ERROR_KINDS } from '../../src/core/errors';
import type { StaffMember } from '../../src/core/people/types';
import { languageMarker } from '../../src/gas/page-language';
import { KIND_WORDS } from '../../src/ui/failure';
import { buildSidebarHtml, SIDEBAR_LIMIT_BYTES } from '../../tools/build-sidebar';
import { activity } from '../core/sidebar/fixtures';
import { createFakeServer, type FakeOptions } from './fake-server';
import { closeBrowser, type Opened, openWithServer, type ServerFunctions } from './harness';

jest.setTimeout(60_000);

const today = '2025-03-28';
const SMIRNOVA = 'o.smirnova@dou.example';
const GALIEVA = 'a.galieva@dou.example';
const KOVALEVA = 'i.kovaleva@dou.example';
const HOSTILE = '<img src=x onerror=alert(1)>';

const person = (name: string, email: string, positions: string[] = []): StaffMember => ({
  name,
  positions,
  email,
  groups: [],
  aliases: [],
  active: true,
});
const staff = [
  person('Смирнова Ольга Петровна', SMIRNOVA, ['Воспитатель']),
  person('Галиева Алсу Ринатовна', GALIEVA, ['Педагог-психолог']),
  person('Ковалёва Ирина Сергеевна', KOVALEVA, ['Старший воспитатель']),
];

const end = (d: string) => ({ deadline: { text: d, end: d } });
function plan(): FakeOptions {
  return {
    today,
    activeEmail: SMIRNOVA,
    staff,
    coordinators: [KOVALEVA],
    activities: [
      activity('a1', { number: '1.1', title: 'Анкетирование родителей', ...end('2025-03-23') }),
      activity('a2', { number: '1.2', title: 'Подготовка аналитической справки', ...end('2025-03-30') }),
      activity('a3', {
        number: '1.3',
        title: 'Издание приказа о проведении ВСОКО',
        ...end('2025-03-10'),
        status: 'done',
        doneDate: '2025-03-09',
        doneBy: 'Смирнова Ольга Петровна',
      }),
      activity('a4', { number: '2.1', stage: 'Этап 2', title: 'Диагностика детей', ...end('2025-04-15') }),
      activity('a5', { number: '2.2', stage: 'Этап 2', title: HOSTILE }),
      activity('a6', { number: '3.1', stage: 'Этап 3', title: 'Отчёт о самообследовании', ...end('2025-09-01') }),
    ],
    responsibles: {
      a1: [SMIRNOVA],
      a2: [SMIRNOVA, GALIEVA],
      a3: [SMIRNOVA],
      a4: [GALIEVA],
      a5: [SMIRNOVA],
      a6: [GALIEVA, SMIRNOVA],
    },
  };
}

let html = '';
let opened: Opened | null = null;

beforeAll(async () => {
  html = await buildSidebarHtml();
});
afterEach(async () => {
  await opened?.close();
  opened = null;
});
afterAll(closeBrowser);

async function open(server: ServerFunctions, opts: Parameters<typeof openWithServer>[2] = {}): Promise<Opened> {
  opened = await openWithServer(html, server, opts);
  return opened;
}

const card = (o: Opened, id: string) => o.page.locator(`article[data-id="${id}"]`);
const groupIds = (o: Opened, key: string) =>
  o.page
    .locator(`section[data-group="${key}"] article`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

it('is one HTML file within 60 KB', () => {
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(SIDEBAR_LIMIT_BYTES);
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
});

it('loads «Мои» in groups with one server call', async () => {
  const server = createFakeServer(plan());
  const o = await open(server);
  await o.page.getByRole('heading', { name: /Просрочено/ }).waitFor();
  expect(o.calls.map((c) => c.fn)).toEqual(['sidebarLoad']);
  expect(await groupIds(o, 'overdue')).toEqual(['a1']);
  expect(await groupIds(o, 'week')).toEqual(['a2']);
  expect(await groupIds(o, 'later')).toEqual(['a6']);
  expect(await groupIds(o, 'undated')).toEqual(['a5']);
  expect(await groupIds(o, 'done')).toEqual(['a3']);
  await expect(card(o, 'a1').locator('.when').textContent()).resolves.toBe('просрочено на 5 дней');
  await expect(card(o, 'a2').locator('.others').textContent()).resolves.toContain('Галиева Алсу Ринатовна');
  await expect(o.page.locator('.progress .label').textContent()).resolves.toBe('Выполнено 1 из 5');
  // Staff have no «Все».
  expect(await o.page.locator('.tabs').count()).toBe(0);
  expect(o.pageErrors).toEqual([]);
});

it('marks done with today’s date, a comment and a link, then undoes it', async () => {
  const server = createFakeServer(plan());
  const o = await open(server);
  await card(o, 'a1').getByRole('button', { name: 'Выполнено' }).click();
  const date = card(o, 'a1').locator('input[type=date]');
  expect(await date.inputValue()).toBe(today);
  await card(o, 'a1').locator('textarea').fill('Анкеты собраны');
  await card(o, 'a1').locator('input[type=url]').fill('https://disk.example/anketa');
  await card(o, 'a1').getByRole('button', { name: 'Отметить выполненным' }).click();
  await o.page.locator('.msg.ok').waitFor();
  const a1 = server.state.activities.find((a) => a.id === 'a1')!;
  expect(a1).toMatchObject({
    status: 'done',
    doneDate: today,
    doneBy: 'Смирнова Ольга Петровна',
    comment: 'Анкеты собраны\nhttps://disk.example/anketa',
  });
  expect(await groupIds(o, 'done')).toEqual(['a1', 'a3']);
  expect(await o.page.locator('section[data-group="overdue"]').count()).toBe(0);
  await expect(o.page.locator('.progress .label').textContent()).resolves.toBe('Выполнено 2 из 5');

  await card(o, 'a1').getByRole('button', { name: 'Отменить последнее' }).click();
  await o.page.locator('.msg.ok', { hasText: 'Отметка отменена' }).waitFor();
  expect(server.state.activities.find((a) => a.id === 'a1')).toMatchObject({
    status: 'not-started',
    doneDate: null,
    comment: null,
  });
  expect(await groupIds(o, 'overdue')).toEqual(['a1']);
  expect(o.calls.map((c) => c.fn)).toEqual(['sidebarLoad', 'sidebarMark', 'sidebarUndo']);
});

it('marks «В работе» and selects the row in the sheet', async () => {
  const server = createFakeServer(plan());
  const o = await open(server);
  await card(o, 'a2').getByRole('button', { name: 'В работе' }).click();
  await card(o, 'a2').locator('.status', { hasText: 'В работе' }).waitFor();
  expect(server.state.activities.find((a) => a.id === 'a2')?.status).toBe('in-progress');
  await card(o, 'a2').getByRole('button', { name: 'Показать в таблице' }).click();
  await o.page.locator('.msg.ok', { hasText: 'Строка выделена' }).waitFor();
  expect(server.state.shownRow).toBe('a2');
});

it('expands a title and shows the details', async () => {
  const o = await open(createFakeServer(plan()));
  const title = card(o, 'a2').locator('button.title');
  await title.click();
  expect(await title.getAttribute('aria-expanded')).toBe('true');
  const details = await card(o, 'a2').locator('.details').textContent();
  expect(details).toContain('Срок по плану: 2025-03-30');
  expect(details).toContain('Окончание: 30.03.2025');
  expect(details).toContain('Также отвечают: Галиева Алсу Ринатовна');
});

describe('«Все» for coordinators', () => {
  const coordinator = () => createFakeServer({ ...plan(), activeEmail: KOVALEVA });

  it('filters by person, stage and status', async () => {
    const o = await open(coordinator());
    await o.page.getByRole('tab', { name: 'Все' }).click();
    const ids = () => o.page.locator('#list article').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(await ids()).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    await o.page.locator('select[name=person]').selectOption('Галиева Алсу Ринатовна');
    expect(await ids()).toEqual(['a2', 'a4', 'a6']);
    await o.page.locator('select[name=stage]').selectOption('Этап 2');
    expect(await ids()).toEqual(['a4']);
    await o.page.locator('select[name=person]').selectOption('');
    await o.page.locator('select[name=stage]').selectOption('');
    await o.page.locator('select[name=status]').selectOption('overdue');
    expect(await ids()).toEqual(['a1']);
    await o.page.locator('select[name=status]').selectOption('done');
    expect(await ids()).toEqual(['a3']);
    await expect(o.page.locator('.shown').textContent()).resolves.toBe('Показано 1 из 6');
    expect(o.calls).toHaveLength(1);
  });

  it('searches the text, keeping focus while typing', async () => {
    const o = await open(coordinator());
    await o.page.getByRole('tab', { name: 'Все' }).click();
    const search = o.page.locator('input[name=text]');
    await search.pressSequentially('отчет самообсл');
    const ids = await o.page.locator('#list article').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toEqual(['a6']);
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('нет такого');
    await o.page.locator('#list .empty').waitFor();
  });

  it('lets the coordinator mark someone else’s activity', async () => {
    const server = coordinator();
    const o = await open(server);
    await o.page.getByRole('tab', { name: 'Все' }).click();
    await card(o, 'a4').getByRole('button', { name: 'В работе' }).click();
    await o.page.locator('.msg.ok').waitFor();
    expect(server.state.activities.find((a) => a.id === 'a4')).toMatchObject({
      status: 'in-progress',
      doneBy: 'Ковалёва Ирина Сергеевна',
    });
  });
});

describe('«Кто вы?»', () => {
  it('asks when Google gives no e-mail, and the server remembers the answer', async () => {
    const server = createFakeServer({ ...plan(), activeEmail: '' });
    let o = await open(server);
    await o.page.getByRole('heading', { name: 'Кто вы?' }).waitFor();
    await expect(o.page.locator('form.who p').textContent()).resolves.toContain('Google не сообщил');
    await o.page.locator('select[name=who]').selectOption({ label: 'Галиева Алсу Ринатовна' });
    await o.page.getByRole('button', { name: 'Это я' }).click();
    await o.page.locator('.me', { hasText: 'Галиева Алсу Ринатовна' }).waitFor();
    expect(server.state.identity).toBe(GALIEVA);
    expect(await groupIds(o, 'month')).toEqual(['a4']);
    await o.close();
    // Opened again: no question.
    o = await open(server);
    await o.page.locator('.me', { hasText: 'Галиева Алсу Ринатовна' }).waitFor();
    expect(await o.page.locator('form.who').count()).toBe(0);
  });
});

it('shows each of the five kinds of failure in words, then the server’s message', async () => {
  for (const kind of ERROR_KINDS) {
    const server = createFakeServer(plan());
    const o = await open({
      ...server,
      sidebarLoad: server.sidebarLoad,
      sidebarMark: () => ({ ok: false, kind, message: `Отказ: ${kind}.`, en: `Refused: ${kind}.` }),
    });
    await card(o, 'a2').getByRole('button', { name: 'В работе' }).click();
    const msg = o.page.locator('.msg.error');
    await msg.waitFor();
    expect([kind, await msg.locator('p').textContent()]).toEqual([kind, `${KIND_WORDS[kind].ru} Отказ: ${kind}.`]);
    expect(o.pageErrors).toEqual([]);
    await o.close();
    opened = null;
  }
});

it('refuses on the server when responsibility changed after the page loaded', async () => {
  const server = createFakeServer(plan());
  const o = await open(server);
  await card(o, 'a2').waitFor();
  server.state.responsibles.a2 = [GALIEVA];
  await card(o, 'a2').getByRole('button', { name: 'В работе' }).click();
  await o.page.locator('.msg.error').waitFor();
  await expect(o.page.locator('.msg.error').textContent()).resolves.toContain('не указаны ответственным');
  expect(server.state.activities.find((a) => a.id === 'a2')?.status).toBe('not-started');
});

it('refuses a forged call for someone else’s activity (hidden button is not the check)', async () => {
  const server = createFakeServer(plan());
  const o = await open(server);
  await card(o, 'a1').waitFor();
  const a4 = server.state.activities.find((a) => a.id === 'a4')!;
  const { activityVersion } = await import('../../src/core/sidebar/version');
  const result = await o.page.evaluate(
    (version) =>
      new Promise((resolve) => {
        const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } })
          .google.script.run;
        const r = (run.withSuccessHandler as (f: unknown) => typeof run)(resolve);
        (r.sidebarMark as (req: unknown) => void)({ activityId: 'a4', status: 'done', expectedVersion: version });
      }),
    activityVersion(a4),
  );
  expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  expect(server.state.activities.find((a) => a.id === 'a4')?.status).toBe('not-started');
});

it('reports a stale row with a refreshed card and writes nothing', async () => {
  const server = createFakeServer(plan());
  const o = await open(server);
  await card(o, 'a2').waitFor();
  server.edit('a2', { status: 'done', doneDate: '2025-03-27', doneBy: 'Галиева Алсу Ринатовна' });
  await card(o, 'a2').getByRole('button', { name: 'В работе' }).click();
  await o.page.locator('.msg.error').waitFor();
  await expect(o.page.locator('.msg.error').textContent()).resolves.toContain('изменилось');
  await card(o, 'a2').locator('.status', { hasText: 'Выполнено' }).waitFor();
  expect(await groupIds(o, 'done')).toContain('a2');
  expect(server.state.activities.find((a) => a.id === 'a2')).toMatchObject({
    status: 'done',
    doneBy: 'Галиева Алсу Ринатовна',
  });
});

it('says when the row was deleted', async () => {
  const server = createFakeServer(plan());
  const o = await open(server);
  await card(o, 'a6').waitFor();
  server.remove('a6');
  await card(o, 'a6').getByRole('button', { name: 'В работе' }).click();
  await o.page.locator('.msg.error', { hasText: 'не найдено' }).waitFor();
  expect(await card(o, 'a6').count()).toBe(0);
});

it('shows a hostile title literally and runs nothing', async () => {
  const o = await open(createFakeServer(plan()));
  const title = card(o, 'a5').locator('button.title');
  await title.waitFor();
  expect(await title.textContent()).toBe(HOSTILE);
  expect(await o.page.locator('#app img').count()).toBe(0);
  await title.click();
  await o.page.waitForTimeout(200);
  expect(o.dialogs).toEqual([]);
  expect(o.pageErrors).toEqual([]);
});

describe('when google.script.run fails', () => {
  it('tells the user what to do about several signed-in accounts', async () => {
    const o = await open(createFakeServer(plan()), { failAll: true });
    const msg = o.page.locator('.msg.error');
    await msg.waitFor();
    const text = await msg.locator('p').textContent();
    expect(text).toContain('несколько аккаунтов Google');
    expect(text).toMatch(/Выйдите из других аккаунтов|окне инкогнито/);
    expect(await msg.locator('code').textContent()).toContain('PERMISSION_DENIED');
  });

  it('fails a server that returns a Date, as the real one does', async () => {
    const server = createFakeServer(plan());
    const leaky: ServerFunctions = {
      ...server,
      sidebarLoad: (req: never) => ({ ...(server.sidebarLoad(req) as object), today: new Date() }),
    };
    const o = await open(leaky);
    await o.page.locator('.msg.error').waitFor();
    await expect(o.page.locator('.msg.error code').textContent()).resolves.toContain('illegal value');
  });
});

it('speaks the document’s language, never the browser’s, and keeps it after a mark', async () => {
  // A Russian document in an English browser: Russian (the page asks in its own language).
  let o = await open(createFakeServer(plan()), { locale: 'en-US' });
  await o.page.locator('.progress').waitFor();
  expect(o.calls[0].args[0]).toEqual({ locale: 'ru' });
  expect(await o.page.locator('html').getAttribute('lang')).toBe('ru');
  await o.close();
  // An English document (the server's <meta>) in a Russian browser: English, also after a mark
  // (the server used to answer a mark in Russian and the page followed it).
  const server = createFakeServer({ ...plan(), language: 'en' });
  opened = o = await openWithServer(html + languageMarker('en'), server, { locale: 'ru-RU' });
  await o.page.locator('.progress').waitFor();
  expect(o.calls[0].args[0]).toEqual({ locale: 'en' });
  expect(await o.page.title()).toBe('My activities');
  await expect(o.page.locator('.progress .label').textContent()).resolves.toBe('Done 1 of 5');
  await expect(card(o, 'a1').locator('.when').textContent()).resolves.toBe('5 days overdue');
  await expect(o.page.getByRole('heading', { name: /Overdue/ }).count()).resolves.toBe(1);
  await card(o, 'a1').getByRole('button', { name: 'Done' }).click();
  await card(o, 'a1').getByRole('button', { name: 'Mark as done' }).click();
  await o.page.locator('.msg.ok').waitFor();
  expect(o.calls[1]).toMatchObject({ fn: 'sidebarMark', args: [{ locale: 'en' }] });
  await expect(o.page.locator('.progress .label').textContent()).resolves.toBe('Done 2 of 5');
  expect(await o.page.locator('html').getAttribute('lang')).toBe('en');
});
