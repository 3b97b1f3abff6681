/**
 * The coordinator's first hour (issue 16), walked through the playground page in a real Chromium
 * as a new coordinator would, on one example plan, in Russian and in English: an empty workbook →
 * «Импорт плана…» with the .docx and its preview → «Заполнить из плана» → «Проверить список…»,
 * the e-mails typed in, checked again → the sidebar as a staff member: mark done, undo → a status
 * typed into the План tab (the edit trigger) → reminders on, the clock a month on, the daily
 * trigger → the e-mail → «Отчёты → Обновить» → «Скачать .xlsx», read back with exceljs.
 *
 * Every step asserts what the person SEES: text on the page, the grid's drawn cells, the sidebar,
 * the dialog, the e-mail in the outbox. The server runs in-process with the built dist/Code.js
 * (npm test builds first). Pictures (docs/img/first-hour-<lang>-*.png) only with PICTURES=1.
 *
 * The language: the document's (one per spreadsheet, src/core/language.ts). The walk's first step
 * sets it as a coordinator does — «Напоминания → Настройки…», «Язык документа» — then the English
 * walk runs in an English browser and sees English dialogs, sidebar, statuses, alerts, e-mails and
 * report tabs; the menu and the План, Сотрудники and Журнал tabs and their columns stay Russian by
 * design — the Журнал's «Что произошло» is worded in the document's language too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { formatRu } from '../../src/core/dates/calendar';
import { importDocx } from '../../src/core/plan/import-docx';
import { xlsxSheetName } from '../../tools/export/xlsx';
import { EMPTY_WORKBOOK, Playground } from '../../tools/playground/playground';
import { startServer } from '../../tools/playground/server';
import { browser, closeBrowser, picture } from './harness';

jest.setTimeout(90_000);

const DOCX_NAME = 'plan-dou-vsoko-2021.docx';
const DOCX = join(__dirname, '../fixtures/seeds/docx', DOCX_NAME);
/** What the add-on's own reader makes of the file: the preview and the sheet must show this. */
const PLAN = importDocx(new Uint8Array(readFileSync(DOCX)));
const OWNER = 'coordinator@example.org';
const START = { date: '2021-01-18', ru: '18.01.2021' };
const MONTH_LATER = { date: '2021-02-18', ru: '18.02.2021' };

/**
 * The Сотрудники rows «Заполнить из плана» proposes for this plan (its «Ответственные»), and what
 * the coordinator types into them: the full name and the e-mail, as each row's note asks.
 */
const PROPOSED = [
  { shown: 'Остапенко Н.М.', name: 'Остапенко Наталья Михайловна', email: 'n.ostapenko@dou1.example.org' },
  { shown: 'Руководитель экспертной группы', name: 'Ковалёва Ирина Сергеевна', email: 'i.kovaleva@dou1.example.org' },
  // The group in its name form, not as the plan writes it («Члены экспертной группы ВСОКО»).
  { shown: 'Экспертная группа ВСОКО', name: 'Смирнова Ольга Петровна', email: 'o.smirnova@dou1.example.org' },
  {
    shown: 'Ответственный за работу в сети «Интернет»',
    name: 'Петрова Анна Викторовна',
    email: 'a.petrova@dou1.example.org',
  },
];
/** The staff member at the keyboard: the head of the kindergarten, responsible for №1 and №2. */
const STAFF = PROPOSED[0];
const MARKED = PLAN.activities[0];
const TYPED = PLAN.activities[1];

type Lang = 'ru' | 'en';
type Words = Record<string, Record<Lang, string>>;

// ---- what each step expects to see, per document language ---------------------------------

const SETTINGS = {
  language: { ru: 'ru', en: 'en' },
  // The dialog is drawn in the language the document had when it was opened: Russian, the default…
  saved: { ru: 'Сохранено.', en: 'Сохранено.' },
  // …and opened again, in the language chosen.
  label: { ru: 'Язык документа', en: 'Language of the document' },
  close: { ru: 'Закрыть', en: 'Close' },
} satisfies Words;

const IMPORT = {
  title: { ru: 'Импорт плана', en: 'Import a plan' },
  warningsHeading: { ru: 'Замечания', en: 'Warnings' },
  warning: {
    ru: PLAN.warnings[0].message,
    en: 'The stage «Итоговый» ends (05.03.2021) before the stage above it, «Аналитический» (31.03.2021). Check the dates.',
  },
  result: {
    ru: `На лист «План» записано мероприятий: ${PLAN.activities.length}.`,
    en: `Activities written to the «План» sheet: ${PLAN.activities.length}.`,
  },
} satisfies Words;

const FILL = {
  added: {
    ru: 'Добавлено строк: 4 (сотрудников 1, должностей 2, групп 1)',
    en: 'Rows added: 4 (people 1, posts 2, groups 1)',
  },
  next: { ru: '«Проверить список и ответственных»', en: '«Проверить список и ответственных»' },
} satisfies Words;

const CHECK = {
  title: { ru: 'Проверка сотрудников и ответственных', en: 'Checking the staff and the responsibles' },
  noEmail: { ru: 'Нет e-mail (4)', en: 'No e-mail (4)' },
  questions: { ru: 'вопросы в 10 из 10 мероприятий', en: 'questions in 10 of 10 activities' },
  noEmailKind: { ru: 'Найден, но письмо не отправить', en: 'Found, but no e-mail can be sent' },
  clean: { ru: 'замечаний нет', en: 'no remarks' },
  // The staff list's row message (src/core/people/staff-check.ts) and the resolver's reason
  // (src/core/people/problem-words.ts) for a proposed row with no e-mail yet.
  rowNoEmail: { ru: 'Строка 2: не указан e-mail (Остапенко Н.М.)', en: 'Row 2: no e-mail (Остапенко Н.М.)' },
  reasonNoEmail: {
    ru: 'у сотрудника «Остапенко Н.М.» не указан e-mail (строка 2)',
    en: '«Остапенко Н.М.» has no e-mail (row 2)',
  },
  allFound: { ru: 'все 10 мероприятий нашли адресатов', en: 'all 10 activities have someone to remind' },
} satisfies Words;

const SIDEBAR = {
  title: { ru: 'Мои мероприятия', en: 'My activities' },
  role: { ru: 'сотрудник', en: 'staff' },
  markButton: { ru: 'Выполнено', en: 'Done' },
  save: { ru: 'Отметить выполненным', en: 'Mark as done' },
  saved: { ru: 'Сохранено.', en: 'Saved.' },
  progressOne: { ru: 'Выполнено 1 из 4', en: 'Done 1 of 4' },
  undo: { ru: 'Отменить последнее', en: 'Undo last' },
  undone: { ru: 'Отметка отменена.', en: 'Mark undone.' },
  progressNone: { ru: 'Выполнено 0 из 4', en: 'Done 0 of 4' },
} satisfies Words;

/** Status values in the sheet: the document's language. */
const STATUS = {
  done: { ru: 'Выполнено', en: 'Done' },
  notStarted: { ru: 'Не начато', en: 'Not started' },
} satisfies Words;

/** The Журнал's «Что произошло» of the typed status, in the document's language. */
const JOURNAL = {
  typed: { ru: 'Статус: «Не начато» → «Выполнено»', en: 'Status: «Not started» → «Done»' },
  imported: { ru: 'Импорт плана: ', en: 'Plan import: ' },
} satisfies Words;

const REMINDERS = {
  on: { ru: 'Напоминания включены: каждый день около 8:00', en: 'Reminders are on: every day at about 8:00' },
  subject: { ru: 'План-график: ', en: 'Plan: ' },
  overdue: { ru: 'просрочен', en: 'overdue' },
  greeting: { ru: `Здравствуйте, ${STAFF.name}!`, en: `Hello, ${STAFF.name}!` },
  intro: { ru: `Напоминания плана-графика на ${MONTH_LATER.ru}`, en: `Reminders for ${MONTH_LATER.ru}` },
} satisfies Words;

const REPORTS = {
  updated: { ru: 'Обновлено вкладок: 5', en: 'Tabs updated: 5' },
  summaryTab: { ru: 'Отчёт: Сводка', en: 'Report: Summary' },
  total: { ru: 'Всего мероприятий', en: 'Activities' },
  done: { ru: 'Выполнено', en: 'Done' },
  overdue: { ru: 'Просрочено', en: 'Overdue' },
} satisfies Words;

// ---- the walk ---------------------------------------------------------------------------------

const WALKS = [
  ['ru', 'ru-RU'],
  ['en', 'en-US'],
] as const;

describe.each(WALKS)('the first hour in %s (browser %s)', (lang: Lang, locale) => {
  let server: { port: number; close: () => Promise<void> };
  let page: Page;
  const pageErrors: string[] = [];

  /** The words of this walk's document language. */
  const now = (w: Record<Lang, string>): string => w[lang];
  /** Asserts that `text` shows the expected words. */
  const sees = (text: string | null, w: Record<Lang, string>) => expect(text ?? '').toContain(w[lang]);
  /** A picture of the page as the person sees it, without the toasts that happen to be passing. */
  const pic = (name: string, style = '') =>
    picture(page, `first-hour-${lang}-${name}`, { style: `#notes .toast { display: none !important; } ${style}` });

  beforeAll(async () => {
    // The page opens as `npm start` opens it, on an example plan; the walk starts from an empty one.
    const pg = new Playground();
    pg.loadSeed('plan-dou-vsoko-2021');
    server = await startServer(pg, 0);
    const b: Browser = await browser();
    const ctx = await b.newContext({ locale, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await ctx.newPage();
    // A step that cannot see what it waits for fails in seconds, not at the 30 s default.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => void d.accept());
    await page.goto(`http://127.0.0.1:${server.port}/`);
    await page.locator('#menu button[data-fn="menuImport"]').waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
    await server?.close();
  });
  afterEach(() => expect(pageErrors).toEqual([]));

  const alertText = async (hasText: string) =>
    (await page.locator('#notes .alert', { hasText }).last().textContent()) ?? '';
  const menu = (fn: string) => page.click(`#menu button[data-fn="${fn}"]`);
  const tab = async (name: string) => {
    await page.locator(`#tabs button[data-sheet="${name}"]`).click();
    await page.locator(`#grid table.sheet[data-sheet="${name}"]`).waitFor();
  };
  const cell = (r: number, c: number) => page.locator(`#grid td[data-r="${r}"][data-c="${c}"]`);
  /** The column (0-based) whose header the grid draws in its first row. */
  const column = async (header: string) => {
    const c = await page
      .locator('#grid td[data-r="0"]', { hasText: new RegExp(`^${header}$`) })
      .first()
      .getAttribute('data-c');
    return Number(c);
  };
  /** The drawn row (0-based) whose text contains `text`. */
  const rowOf = async (text: string) =>
    Number(
      await page
        .locator('#grid tbody tr', { hasText: text })
        .first()
        .locator('td[data-r]')
        .first()
        .getAttribute('data-r'),
    );
  /** Types into a cell as a person does: select it, Enter, the text, Enter. */
  const type = async (r: number, c: number, value: string) => {
    await cell(r, c).click();
    await page.keyboard.press('Enter');
    await page.locator('#editor').fill(value);
    await page.keyboard.press('Enter');
    await cell(r, c).filter({ hasText: value }).waitFor();
  };
  const setClock = async (date: string, shown: string) => {
    await page.fill('#date', date);
    await page.fill('#clock-time', '09:00');
    await page.click('#go');
    await page.locator('#today', { hasText: shown }).waitFor();
  };

  test('an empty workbook, the clock on the plan’s first day, the document’s language chosen', async () => {
    await page.selectOption('#seed', EMPTY_WORKBOOK);
    await page.locator('#tabs button.active[data-sheet="Лист1"]').waitFor();
    await setClock(START.date, START.ru);
    expect(await page.locator('#tabs button').allTextContents()).toEqual(['Лист1']);
    // «Напоминания → Настройки…» holds the document's language: the coordinator sets it first.
    await menu('menuRemindersSettings');
    const settings: FrameLocator = page.frameLocator('#mframe');
    await settings.locator('select[name="language"]').selectOption(SETTINGS.language[lang]);
    await settings.locator('#save').click();
    await settings.locator('#msg', { hasText: now(SETTINGS.saved) }).waitFor();
    await settings.locator('#close').click();
    await page.locator('#modal').waitFor({ state: 'hidden' });
    await menu('menuRemindersSettings');
    await settings.locator('select[name="language"]').waitFor();
    expect(await settings.locator('html').getAttribute('lang')).toBe(lang);
    sees(await settings.locator('#f').textContent(), SETTINGS.label);
    await settings.getByRole('button', { name: now(SETTINGS.close) }).click();
    await page.locator('#modal').waitFor({ state: 'hidden' });
  });

  test('«Импорт плана…»: the .docx, its preview with the activities and the warning, then imported', async () => {
    await menu('menuImport');
    const dialog = page.frameLocator('#mframe');
    await dialog.locator('#file').setInputFiles(DOCX);
    await dialog.locator('#preview tr.act').first().waitFor();
    expect(await dialog.locator('#source').textContent()).toContain(DOCX_NAME);
    sees(await page.locator('#mtitle').textContent(), IMPORT.title);
    expect(await dialog.locator('html').getAttribute('lang')).toBe(lang);
    // Every activity of the plan, in order, as the reader read it.
    const titles = await dialog.locator('#preview tr.act td.title').allTextContents();
    expect(titles.map((t) => t.trim())).toEqual(PLAN.activities.map((a) => a.title));
    // …and each deadline as it was understood, дд.мм.гггг.
    const first = PLAN.activities[0].deadline;
    expect(await dialog.locator('#preview tr.act td.shown').first().textContent()).toBe(
      `${formatRu(first.start!)} – ${formatRu(first.end!)}`,
    );
    const warnings = await dialog.locator('#preview .warnings').textContent();
    sees(warnings, IMPORT.warningsHeading);
    sees(warnings, IMPORT.warning);
    await pic('1-import-preview');

    await dialog.locator('#import').click();
    await dialog.locator('#result:not([hidden])').waitFor();
    sees(await dialog.locator('#result').textContent(), IMPORT.result);
    await dialog.locator('#close').click();
    await page.locator('#modal').waitFor({ state: 'hidden' });
    await tab('План');
    const grid = (await page.locator('#grid').textContent()) ?? '';
    for (const a of PLAN.activities) expect(grid).toContain(a.title.slice(0, 40));
  });

  test('«Заполнить из плана»: the Сотрудники tab with one row for each responsible of the plan', async () => {
    await menu('menuStaffFromPlan');
    const text = await alertText(now(FILL.added));
    sees(text, FILL.added);
    sees(text, FILL.next);
    await page.locator('#tabs button.active[data-sheet="Сотрудники"]').waitFor();
    for (const p of PROPOSED) await page.locator('#grid td', { hasText: p.shown }).first().waitFor();
  });

  test('«Проверить список…» says what is missing; the e-mails typed in; checked again, all found', async () => {
    await menu('menuStaffCheck');
    const first = await alertText(now(CHECK.noEmail));
    sees(first, CHECK.title);
    sees(first, CHECK.noEmail);
    sees(first, CHECK.questions);
    sees(first, CHECK.noEmailKind);
    sees(first, CHECK.rowNoEmail);
    sees(first, CHECK.reasonNoEmail);
    // Nothing of the messages in the other language: only the plan's and the list's own words are Russian.
    if (lang === 'en') expect(first).not.toMatch(/Строка \d|не указан|у сотрудника/);
    await pic('2-staff-check');

    const [name, email] = [await column('ФИО'), await column('E-mail')];
    for (const p of PROPOSED) {
      const r = await rowOf(p.shown);
      await type(r, name, p.name);
      await type(r, email, p.email);
    }
    await menu('menuStaffCheck');
    const second = await alertText(now(CHECK.clean));
    sees(second, CHECK.clean);
    sees(second, CHECK.allFound);
    // The people typed in can now sit at the keyboard.
    const users = await page.locator('#user option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(users).toEqual([OWNER, ...PROPOSED.map((p) => p.email)]);
  });

  test('the sidebar as a staff member: mark an activity done, then undo it', async () => {
    await page.selectOption('#user', STAFF.email);
    await menu('menuSidebar');
    const side = page.frameLocator('#sframe');
    const me = side.locator('.me');
    await me.waitFor();
    sees(await page.locator('#side .bar span').textContent(), SIDEBAR.title);
    expect(await me.textContent()).toContain(STAFF.name);
    sees(await me.textContent(), SIDEBAR.role);
    const card = side.locator('article[data-id]', { hasText: MARKED.title.slice(0, 40) });
    await card.getByRole('button', { name: now(SIDEBAR.markButton), exact: true }).click();
    await card.getByRole('button', { name: now(SIDEBAR.save) }).click();
    await side.locator(`section[data-group="done"] article[data-id]`, { hasText: MARKED.title.slice(0, 40) }).waitFor();
    sees(await side.locator('.msg').textContent(), SIDEBAR.saved);
    sees(await side.locator('.progress').textContent(), SIDEBAR.progressOne);
    // The mark is in the sheet: the План row of that activity says «Выполнено».
    await tab('План');
    const status = await column('Статус');
    const r = await rowOf(MARKED.title.slice(0, 40));
    await cell(r, status)
      .filter({ hasText: now(STATUS.done) })
      .waitFor();
    await pic('3-sidebar-marked');

    await card.getByRole('button', { name: now(SIDEBAR.undo) }).click();
    await side.locator('.msg', { hasText: now(SIDEBAR.undone) }).waitFor();
    sees(await side.locator('.msg').textContent(), SIDEBAR.undone);
    sees(await side.locator('.progress').textContent(), SIDEBAR.progressNone);
    expect(await side.locator('section[data-group="done"] article[data-id]').count()).toBe(0);
    await cell(r, status)
      .filter({ hasText: now(STATUS.notStarted) })
      .waitFor();
  });

  test('a status typed into the План tab: the edit trigger fills Дата выполнения, Отметил and the Журнал', async () => {
    await tab('План');
    const [status, done, by] = [await column('Статус'), await column('Дата выполнения'), await column('Отметил')];
    const r = await rowOf(TYPED.title.slice(0, 40));
    await type(r, status, now(STATUS.done));
    await cell(r, done).filter({ hasText: START.ru }).waitFor();
    sees(await cell(r, status).textContent(), STATUS.done);
    // Named as the sidebar names her, by her ФИО from Сотрудники — not by her address.
    expect(await cell(r, by).textContent()).toBe(STAFF.name);
    // The sidebar sees the typed status at its next «Обновить» (Sheets pushes nothing to it either).
    const side = page.frameLocator('#sframe');
    await side.locator('button.refresh').click();
    const typed = side.locator('section[data-group="done"] article[data-id]', { hasText: TYPED.title.slice(0, 40) });
    await typed.waitFor();
    sees(await side.locator('.progress').textContent(), SIDEBAR.progressOne);
    await pic('4-status-typed');

    await tab('Журнал');
    // The tab opens at its first column, not scrolled to where the План tab was (at Статус).
    expect(await page.locator('#grid').evaluate((g) => g.scrollLeft)).toBe(0);
    const rows = page.locator('#grid tbody tr');
    const mark = (await rows.filter({ hasText: MARKED.title.slice(0, 40) }).allTextContents()).join('\n');
    const last =
      (await rows
        .filter({ hasText: TYPED.title.slice(0, 40) })
        .last()
        .textContent()) ?? '';
    sees(last, JOURNAL.typed);
    // The import's row too, and the sidebar's mark and undo (none of them in the other language).
    const all = (await rows.allTextContents()).join('\n');
    sees(all, JOURNAL.imported);
    if (lang === 'en') expect(all).not.toMatch(/Статус:|Импорт плана:|«Не начато»|«Выполнено»/);
    // The same person under the same name, whether she marked in the sidebar or typed in the sheet.
    expect(mark).toContain(STAFF.name);
    expect(last).toContain(STAFF.name);
  });

  test('reminders on, the clock a month on, the daily trigger: the e-mail in the document’s language', async () => {
    await page.selectOption('#user', OWNER);
    await menu('menuRemindersOn');
    sees(await alertText(now(REMINDERS.on)), REMINDERS.on);

    await setClock(MONTH_LATER.date, MONTH_LATER.ru);
    await page.click('#trigger');
    await page.locator('#notes .toast', { hasText: 'Ежедневный триггер отработал' }).waitFor();
    const mail = page.locator('.mail', { hasText: `→ ${STAFF.email}:` });
    const summary = (await mail.locator('summary').textContent()) ?? '';
    expect(summary).toContain(`${MONTH_LATER.ru} → ${STAFF.email}: ${now(REMINDERS.subject)}`);
    expect(summary).toContain(now(REMINDERS.overdue));
    if (!(await mail.getAttribute('open'))) await mail.locator('summary').click();
    const body = (await mail.frameLocator('iframe').locator('body').textContent()) ?? '';
    sees(body, REMINDERS.greeting);
    sees(body, REMINDERS.intro);
    // The activity left undone is there, late; the one typed done is not.
    expect(body).toContain(MARKED.title.slice(0, 40));
    expect(body).not.toContain(TYPED.title.slice(0, 40));
    // The outbox drawn taller for the picture, from this e-mail's first line, so that it can be read.
    await mail.evaluate((m) => m.scrollIntoView({ block: 'start' }));
    await pic('5-email', '#bottom { height: 540px; } #outbox .mail iframe { height: 470px; }');
  });

  test('«Отчёты → Обновить»: Сводка counts the marks', async () => {
    await menu('menuReports');
    await page.locator('#notes .toast', { hasText: now(REPORTS.updated) }).waitFor();
    sees(await page.locator('#notes').textContent(), REPORTS.updated);
    await tab(now(REPORTS.summaryTab));
    /** The numbers drawn beside a label of column A (a label may stand in two blocks: both). */
    const numbers = async (label: string) => {
      const labels = page.locator('#grid td[data-c="0"]', { hasText: new RegExp(`^${label}$`) });
      const rows = await labels.evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.r)));
      return Promise.all(rows.map(async (r) => (await cell(r, 1).textContent())?.trim()));
    };
    // What the walk did: one activity done (typed; the sidebar's mark was undone), and every
    // activity whose deadline passed before the clock's day and is not that one, overdue.
    const overdue = PLAN.activities.filter((a) => a !== TYPED && a.deadline.end && a.deadline.end < MONTH_LATER.date);
    expect(await numbers(now(REPORTS.total))).toEqual([String(PLAN.activities.length)]);
    // «Просрочено» among the key figures and in the «По статусам» block.
    expect(await numbers(now(REPORTS.overdue))).toEqual([String(overdue.length), String(overdue.length)]);
    expect(await numbers(now(REPORTS.done))).toEqual(['1']);
    await pic('6-summary');
  });

  test('«Скачать .xlsx»: the workbook in Excel, every tab, the typed status', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#xlsx')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync((await download.path()) as string) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ['План', 'Сотрудники', 'Журнал', xlsxSheetName(now(REPORTS.summaryTab))])
      expect(names).toContain(n);
    const plan = wb.getWorksheet('План')!;
    const head = (plan.getRow(1).values as unknown[]).map(String);
    const row = plan
      .getRows(2, plan.rowCount - 1)!
      .find((x) => String(x.getCell(head.indexOf('Мероприятие')).value) === TYPED.title)!;
    expect(String(row.getCell(head.indexOf('Статус')).value)).toBe(now(STATUS.done));
    // The done date is a date in the file (shown дд.мм.гггг), and the person is named.
    const done = row.getCell(head.indexOf('Дата выполнения'));
    expect(done.value).toBeInstanceOf(Date);
    expect((done.value as Date).toISOString().slice(0, 10)).toBe(START.date);
    expect(done.numFmt).toBe('dd.mm.yyyy');
    expect(String(row.getCell(head.indexOf('Отметил')).value)).toBe(STAFF.name);
    // Сводка's figures are in the file as numbers.
    const summary = wb.getWorksheet(xlsxSheetName(now(REPORTS.summaryTab)))!;
    const total = summary.getRows(1, summary.rowCount)!.find((x) => x.getCell(1).value === now(REPORTS.total))!;
    expect(total.getCell(2).value).toBe(PLAN.activities.length);
  });
});

afterAll(closeBrowser);
