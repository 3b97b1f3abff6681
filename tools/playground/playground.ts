/**
 * The playground's state: one emulated workbook running the built add-on, a clock, and the seeds.
 * Every button of the page is a call into the real Code.js (menu functions, google.script.run
 * functions, the daily trigger), never a shortcut around it. Each such call is one "action": its
 * service calls are counted on their own, so the page can show what every click costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRu } from '../../src/core/dates/calendar';
import { isUserError } from '../../src/core/errors';
import { parseStaffCsv } from '../../src/core/people/staff-csv';
import { staffToRow } from '../../src/core/people/staff-table';
import { importDocx } from '../../src/core/plan/import-docx';
import { importText } from '../../src/core/plan/import-text';
import type { PlanImport } from '../../src/core/plan/types';
import { DAILY_KEY } from '../../src/core/rollup/daily';
import { STAFF_COLUMNS } from '../../src/core/workbook/schema';
import { decodeText, loadPlanFile } from '../cli/load-plan';
import { CALL_LATENCY_MS, DEFAULT_LATENCY_MS } from '../emulator/counter';
import { instantOf, wallClock } from '../emulator/tz';
import { activeSelection, userPaste, userSelectRange, userSelectSheet } from '../emulator/user-actions';
import { workbookToXlsx } from '../export/xlsx';
import { type Addon, loadAddon, scriptRunClone } from './addon';
import { paintConditional } from './conditional';
import {
  DEPARTMENT,
  DEPARTMENT_LABEL,
  DEPARTMENT_NAME,
  DEPARTMENT_ORGS,
  DEPARTMENT_START,
  DEPARTMENT_TIME_ZONE,
  markOrganisations,
  unshareOrganisations,
  writeMunicipalPlan,
  writeOrganisations,
} from './department';

const FIXTURES = join(__dirname, '../../test/fixtures');

/**
 * The day each example plan opens on: the first working day on which the daily trigger has
 * e-mails to send (found by running it day by day from the plan's start), so enabling reminders
 * and pressing «Запустить ежедневный триггер» shows an e-mail at once.
 */
export const SEED_START: Record<string, string> = {
  'plan-dou-vsoko-2021': '2021-01-18',
  'plan-school-vsoko-2020': '2020-01-13',
  'plan-orsk-mkdo-2020': '2020-09-28',
  'roadmap-okhansk-2021-2024': '2021-07-01',
};

/**
 * The web app's URL in the playground: the workbook is a script bound to it (README, way A) whose
 * web app the coordinator deployed, so the e-mails carry «Отметить выполненным». The page opens
 * such a link at /exec (server.ts), running doGet in the emulator as the web app runs.
 */
export const WEBAPP_URL = 'https://script.google.com/macros/s/playground/exec';

/** The seed name of the empty workbook (only «Лист1»), to try «Создать план-график» or paste a table. */
export const EMPTY_WORKBOOK = '';

/** The time of day each workbook opens at, on the spreadsheet's wall clock. */
export const START_TIME = '09:00';

/** Uploads larger than this are refused before parsing (a plan is a few hundred KB at most). */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/** One workbook of the emulator the page can switch to: the department's, or an organisation's. */
export interface DocumentEntry {
  id: string;
  name: string;
  /** 'own': the workbook the add-on runs in; 'organisation': an organisation's (shown, not the add-on's). */
  role: 'own' | 'organisation';
  /** Why the department cannot open it, when it cannot (shown beside its name). */
  note?: string;
}

export function seedNames(): string[] {
  return readdirSync(join(FIXTURES, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
}

export interface UiEvent {
  kind: 'alert' | 'sidebar' | 'dialog' | 'toast';
  title: string;
  text?: string;
  /** For a sidebar or dialog: where the page loads the HTML that was shown. */
  url?: string;
  /** For a dialog: the size the add-on asked for (setWidth / setHeight). */
  width?: number;
  height?: number;
}

/** One click of the page and what it cost: the numbers a coordinator's quota pays for. */
export interface ActionRecord {
  /** Clock date of the action (YYYY-MM-DD, spreadsheet time zone). */
  day: string;
  /** What was done, in Russian: the menu caption or "google.script.run.sidebarMark". */
  label: string;
  fn: string;
  ok: boolean;
  error?: string;
  calls: number;
  byService: Record<string, number>;
  /** E-mails sent by this action. */
  emails: number;
  /** Modelled Apps Script time: calls × per-service latency (tools/emulator/counter.ts). */
  modelledMs: number;
}

/** An upload from the page: the text of a plan, or any file as base64 (.docx, .txt in any encoding). */
export interface Upload {
  name?: string;
  text?: string;
  base64?: string;
}

type Marks = { events: number; sidebars: number; dialogs: number };

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const starts = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/** The plan from an upload, by the same core readers the import dialog and the CLI use. */
export function planFromUpload(u: Upload): PlanImport {
  if (typeof u.text === 'string') return importText(u.text);
  if (typeof u.base64 !== 'string' || !u.base64) throw new Error('Пустой файл: загрузите .docx или текст плана.');
  const bytes = new Uint8Array(Buffer.from(u.base64, 'base64'));
  if (bytes.length > UPLOAD_LIMIT_BYTES)
    throw new Error(`Файл слишком большой: больше ${UPLOAD_LIMIT_BYTES / 1024 / 1024} МБ.`);
  // Word files by content as well as by name: a .docx renamed .txt is still a .docx.
  const word = /\.docx?$/i.test(u.name ?? '') || starts(bytes, ZIP) || starts(bytes, OLE);
  return word ? importDocx(bytes) : importText(decodeText(bytes));
}

const pad = (n: number) => String(n).padStart(2, '0');

const modelled = (byService: Record<string, number>) =>
  Object.entries(byService).reduce((ms, [s, n]) => ms + n * (CALL_LATENCY_MS[s] ?? DEFAULT_LATENCY_MS), 0);

const message = (e: unknown) => (isUserError(e) ? e.message : e instanceof Error ? e.message : String(e));

export class Playground {
  addon!: Addon;
  seed = '';
  owner = 'coordinator@example.org';
  /**
   * Who is at the keyboard: the owner (coordinator) or someone from the staff list. Menu items
   * and the sidebar run as this person, as an add-on runs as the user who clicks.
   */
  user = this.owner;
  /** The latest actions, oldest first (kept short: the page shows them as a log). */
  actions: ActionRecord[] = [];
  /**
   * The clock runs: it was set to `base` (ms) when the real clock read `setAt`, and moves on with
   * real time from there, so a status typed a minute later is journalled a minute later.
   */
  private clock = { base: 0, setAt: 0 };
  /** The real clock the simulated one runs with (a test gives its own). */
  realNow: () => number = () => Date.now();

  /**
   * The workbook the page shows: the one the add-on runs in (null), or — in the department
   * example — an organisation's spreadsheet, looked at beside it.
   */
  viewing: string | null = null;
  /** The department example's organisation spreadsheets, in the order of «Организации». */
  organisations: string[] = [];

  /** Which add-on runs: the school's, or (the department example) «План-график: Свод». */
  get kind(): 'school' | 'department' {
    return this.seed === DEPARTMENT ? 'department' : 'school';
  }

  /** A fresh workbook: a seed plan with its staff list, or (EMPTY_WORKBOOK) the bare «Лист1». */
  loadSeed(name: string, opts: { date?: string; time?: string } = {}) {
    if (name === DEPARTMENT) return this.loadDepartment(opts);
    if (name !== EMPTY_WORKBOOK && !seedNames().includes(name)) throw new Error(`Нет такого примера: ${name}`);
    this.seed = name;
    this.viewing = null;
    this.organisations = [];
    this.addon = loadAddon({
      activeUser: this.owner,
      effectiveUser: this.owner,
      spreadsheetName: name ? `План-график — ${name}` : 'Новая таблица',
      scriptKind: 'bound',
    });
    this.addon.emu.deployWebApp(WEBAPP_URL);
    this.setClock(opts.date ?? SEED_START[name] ?? this.realToday(), opts.time ?? START_TIME);
    this.actions = [];
    this.user = this.owner;
    if (name !== EMPTY_WORKBOOK) {
      this.writeStaff(readFileSync(join(FIXTURES, 'staff', `staff-${name}.csv`), 'utf8'));
      const plan = loadPlanFile(join(FIXTURES, 'seeds', `${name}.txt`));
      this.act('Импорт примера (importApply)', 'importApply', () =>
        this.addon.call('importApply', scriptRunClone({ plan }, 'importApply')),
      );
    }
    // The coordinator opens the spreadsheet: onOpen builds the add-on menu the page shows.
    this.act('Открытие таблицы (onOpen)', 'onOpen', () => this.addon.emu.open());
    // …and looks at the plan first.
    if (this.addon.emu.spreadsheet.getSheetByName('План')) userSelectSheet(this.addon.emu, 'План');
    return this.state();
  }

  /**
   * The department example (tools/playground/department.ts): the built dist/rollup/Code.js on the
   * department's spreadsheet, its plan distributed by its own «Разослать план организациям…»
   * (the question answered «Да»: only the organisations' activities), the organisations' marks
   * typed in their spreadsheets, one of them no longer shared with the department.
   */
  private loadDepartment(opts: { date?: string; time?: string }) {
    this.seed = DEPARTMENT;
    this.viewing = null;
    this.addon = loadAddon(
      {
        activeUser: this.owner,
        effectiveUser: this.owner,
        spreadsheetName: DEPARTMENT_NAME,
        spreadsheetTimeZone: DEPARTMENT_TIME_ZONE,
        scriptTimeZone: DEPARTMENT_TIME_ZONE,
        addonName: 'План-график: Свод',
        scriptKind: 'addon',
      },
      'rollup',
    );
    const emu = this.addon.emu;
    this.setClock(opts.date ?? DEPARTMENT_START, opts.time ?? START_TIME);
    this.actions = [];
    this.user = this.owner;
    writeMunicipalPlan(emu, FIXTURES);
    writeOrganisations(emu);
    this.act('Открытие таблицы (onOpen)', 'onOpen', () => emu.open());
    const before = emu.documents.length;
    // The add-on asks «Да / Нет / Отмена»: the specialist answers «Да», as the page lets a person answer.
    this.queueAnswer({ kind: 'alert', buttons: 'YES_NO_CANCEL', button: 'YES' });
    const sent = this.menu('menuDistribute');
    this.organisations = emu.documents.slice(before);
    if (!sent.ok || this.organisations.length !== DEPARTMENT_ORGS.length)
      throw new Error(`Разослать план: ${'error' in sent ? sent.error : `таблиц ${this.organisations.length}`}`);
    markOrganisations(emu, this.organisations);
    unshareOrganisations(emu, this.organisations, this.owner);
    userSelectSheet(emu, 'Организации');
    return this.state();
  }

  /** The workbooks the page can switch between: the department's, then each organisation's. */
  documents(): DocumentEntry[] {
    const emu = this.addon.emu;
    const own = emu.documents[0];
    const out: DocumentEntry[] = [{ id: own, name: emu.inDocument(own, () => emu.spreadsheet.getName()), role: 'own' }];
    for (const id of this.organisations) {
      const access = emu.sharing(id);
      out.push({
        id,
        name: emu.inDocument(id, () => emu.spreadsheet.getName()),
        role: 'organisation',
        ...(access.noAccess.includes(this.owner)
          ? { note: 'нет доступа у отдела / not shared with the department' }
          : {}),
      });
    }
    return out;
  }

  /** The page switches to workbook `id` (null or the add-on's own: back to it); read-only for organisations. */
  viewDocument(id: string | null) {
    const own = this.addon.emu.documents[0];
    if (id && id !== own && !this.organisations.includes(id)) throw new Error(`Нет такой таблицы: ${id}`);
    this.viewing = id && id !== own ? id : null;
    return this.state();
  }

  /** `fn` with the workbook on screen as the active one (the page's tabs and selection are its). */
  private inViewed<T>(fn: () => T): T {
    return this.viewing ? this.addon.emu.inDocument(this.viewing, fn) : fn();
  }

  /** The text of a seed plan, as copied out of Word (for the page's paste box). */
  seedText(name: string): string {
    if (!seedNames().includes(name)) throw new Error(`Нет такого примера: ${name}`);
    return readFileSync(join(FIXTURES, 'seeds', `${name}.txt`), 'utf8');
  }

  /** The coordinator typing the staff list into a Сотрудники tab (setup, not an add-on action). */
  writeStaff(csv: string): void {
    const { staff } = parseStaffCsv(csv);
    const ss = this.addon.emu.spreadsheet;
    const sheet = ss.getSheetByName('Сотрудники') ?? ss.insertSheet('Сотрудники');
    const rows = [
      STAFF_COLUMNS.map((c) => c.headers[0]),
      ...staff.map((m) => staffToRow(m).map((v) => String(v ?? ''))),
    ];
    sheet.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
  }

  /**
   * Runs one action as its own execution and records its cost. Errors are returned, not thrown:
   * the page shows them as Apps Script would show a failed menu item.
   */
  private act<T>(label: string, fn: string, run: () => T): { ok: true; value: T } | { ok: false; error: string } {
    const emu = this.addon.emu;
    this.tick();
    emu.calls.reset();
    const mails = emu.outbox.length;
    const record = (ok: boolean, error?: string) => {
      const byService = emu.calls.byService();
      this.actions.push({
        day: this.today(),
        label,
        fn,
        ok,
        ...(error ? { error } : {}),
        calls: emu.calls.total,
        byService,
        emails: emu.outbox.length - mails,
        // The emulator's own model of the calls (counter.ts: per-call latency and surcharges such as
        // opening another spreadsheet), as npm run bench reports it; the per-service sum only if none.
        modelledMs: Math.round(emu.calls.executionMs) || modelled(byService),
      });
      if (this.actions.length > 200) this.actions.splice(0, this.actions.length - 200);
    };
    try {
      const value = run();
      record(true);
      return { ok: true, value };
    } catch (e) {
      record(false, message(e));
      return { ok: false, error: message(e) };
    }
  }

  private timeZone(): string {
    return this.addon.emu.book.wb.timeZone;
  }

  /** Today on the simulated clock, in the spreadsheet's time zone. */
  today(): string {
    const w = wallClock(this.addon.emu.now().getTime(), this.timeZone());
    return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  }

  /** The simulated clock's time of day (HH:MM) in the spreadsheet's time zone. */
  time(): string {
    const w = wallClock(this.addon.emu.now().getTime(), this.timeZone());
    return `${pad(w.hour)}:${pad(w.minute)}`;
  }

  private realToday(): string {
    return new Date(this.realNow()).toISOString().slice(0, 10);
  }

  /** Moves the simulated clock on by the real time passed since it was set (never backwards). */
  private tick(): void {
    const emu = this.addon.emu;
    const target = this.clock.base + (this.realNow() - this.clock.setAt);
    if (target > emu.now().getTime()) emu.setNow(new Date(target));
  }

  private marks(): Marks {
    const u = this.addon.emu.ui;
    return { events: u.events.length, sidebars: u.sidebars.length, dialogs: u.dialogs.length };
  }

  /** What the user saw since `m`, in the order it was shown. Prompts are asked by the page itself. */
  private uiSince(m: Marks): UiEvent[] {
    let sidebar = m.sidebars;
    let dialog = m.dialogs;
    const out: UiEvent[] = [];
    for (const e of this.addon.emu.ui.events.slice(m.events)) {
      const title = e.title ?? '';
      if (e.kind === 'alert' || e.kind === 'toast') out.push({ kind: e.kind, title, text: e.text });
      else if (e.kind === 'sidebar') out.push({ kind: 'sidebar', title, url: `/html/sidebar/${sidebar++}` });
      else if (e.kind === 'dialog') {
        const d = this.addon.emu.ui.dialogs[dialog];
        out.push({ kind: 'dialog', title, url: `/html/dialog/${dialog++}`, width: d?.width, height: d?.height });
      }
    }
    return out;
  }

  /** A click on a menu item: the function runs with a Ui, as the coordinator. */
  menu(fn: string) {
    // The add-on's menu is in its own workbook: a click there shows that workbook again.
    this.viewing = null;
    const before = this.marks();
    const caption = this.caption(fn);
    const r = this.act(caption, fn, () =>
      this.addon.emu.runAs({ email: this.user }, () => this.addon.emu.runMenuItem(fn)),
    );
    // An answer given for a question this click did not ask is not kept for the next one.
    this.addon.pending.length = 0;
    return { ...(r.ok ? { ok: true } : { ok: false, error: r.error }), ui: this.uiSince(before), state: this.state() };
  }

  /** google.script.run from the sidebar or a dialog. */
  run(fn: string, args: unknown[]) {
    const before = this.marks();
    const r = this.act(`google.script.run.${fn}`, fn, () =>
      this.addon.emu.runAs({ email: this.user }, () =>
        scriptRunClone(this.addon.call(fn, ...scriptRunClone(args, fn)), fn),
      ),
    );
    return r.ok
      ? { ok: true, value: r.value, ui: this.uiSince(before) }
      : { ok: false, error: r.error, ui: this.uiSince(before) };
  }

  /**
   * "Загрузить план": any plan text or Word file, read by the core readers and written by the
   * add-on's own importApply — the same path as the import dialog after its preview.
   */
  upload(u: Upload) {
    let plan: PlanImport;
    try {
      plan = planFromUpload(u);
    } catch (e) {
      return { ok: false, error: message(e), state: this.state() };
    }
    const before = this.marks();
    const r = this.act(`Загрузка плана «${u.name ?? 'текст'}» (importApply)`, 'importApply', () =>
      this.addon.emu.runAs({ email: this.owner }, () =>
        scriptRunClone(this.addon.call('importApply', scriptRunClone({ plan }, 'importApply')), 'importApply'),
      ),
    );
    return {
      ...(r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error }),
      activities: plan.activities.length,
      ui: this.uiSince(before),
      state: this.state(),
    };
  }

  /** People who can sit at the keyboard: the owner, then the e-mails of the Сотрудники tab. */
  users(snap = this.addon.emu.snapshot()): string[] {
    const sheet = snap.sheets.find((x) => x.name === 'Сотрудники');
    const emails = new Set<string>([this.owner]);
    if (sheet) {
      const col = sheet.displayValues[0]?.findIndex((h) => /e-?mail|почта/i.test(h)) ?? -1;
      if (col >= 0) for (const r of sheet.displayValues.slice(1)) if (/@/.test(r[col] ?? '')) emails.add(r[col].trim());
    }
    return [...emails];
  }

  setUser(email: string) {
    if (!this.users().includes(email)) throw new Error(`Нет такого пользователя: ${email}`);
    this.user = email;
    return this.state();
  }

  /** «перевести часы»: the clock shows `date` at `time` (HH:MM, default: the time it shows now). */
  setDate(date: string, time?: string) {
    this.setClock(date, time ?? this.time());
    return this.state();
  }

  private setClock(date: string, time: string): void {
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!d) throw new Error('Дата должна быть в формате ГГГГ-ММ-ДД');
    const t = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time);
    if (!t) throw new Error('Время должно быть в формате ЧЧ:ММ');
    // The wall clock of the spreadsheet's zone: the day and hour shown are the ones asked for.
    const ms = instantOf(this.timeZone(), Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]));
    this.addon.emu.setNow(new Date(ms));
    this.clock = { base: ms, setAt: this.realNow() };
  }

  /** The person clicks a tab: that sheet becomes the active one, as getActiveSheet() then sees it. */
  selectSheet(name: string) {
    this.inViewed(() => userSelectSheet(this.addon.emu, name));
    return this.state();
  }

  /**
   * The person types `value` into one cell: stored as typing stores it, then the edit triggers
   * run as Google runs them (simple onEdit as the person, installed ones as their owner). A value
   * refused by a strict drop-down is reported the way Sheets says it, and nothing runs.
   */
  edit(sheet: string, a1: string, value: string) {
    this.readOnlyCheck();
    const before = this.marks();
    const emu = this.addon.emu;
    const alerts = emu.ui.alerts.length;
    // The cell typed into is the selected one.
    userSelectRange(emu, sheet, a1);
    const r = this.act(`Ввод в ячейку ${sheet}!${a1}: «${value}»`, 'onEdit', () =>
      emu.userEdit(sheet, a1, value, {}, { user: this.user }),
    );
    const refused = r.ok && r.value === false ? (emu.ui.alerts[alerts]?.prompt ?? 'Недопустимое значение') : undefined;
    return {
      ...(r.ok ? { ok: !refused } : { ok: false, error: r.error }),
      ...(refused ? { refused } : {}),
      ui: this.uiSince(before),
      state: this.state(),
    };
  }

  /**
   * The person pastes text (tab-separated cells, one row a line, as Word and Sheets copy a
   * table) with its top-left corner at `a1`: one edit of the whole pasted range.
   */
  paste(sheet: string, a1: string, text: string) {
    this.readOnlyCheck();
    const rows = text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => line.split('\t'));
    const before = this.marks();
    const emu = this.addon.emu;
    const r = this.act(`Вставка на лист ${sheet}!${a1}: ${rows.length} строк`, 'onEdit', () =>
      userPaste(emu, sheet, a1, rows, {}, { user: this.user }),
    );
    return {
      ...(r.ok ? { ok: r.value !== false } : { ok: false, error: r.error }),
      rows: rows.length,
      ui: this.uiSince(before),
      state: this.state(),
    };
  }

  /** An organisation's spreadsheet is shown for looking at: its coordinator types into it, not the page. */
  private readOnlyCheck(): void {
    if (this.viewing)
      throw new Error(
        "Таблица организации открыта только для просмотра: отметки в ней ставит её координатор.\nAn organisation's spreadsheet is read-only here.",
      );
  }

  /**
   * "Запустить триггер": every time-driven trigger fires now, as its owner, without a Ui — the
   * school's daily reminders, or the department add-on's roll-up continuation (rollupContinue).
   */
  fireDailyTrigger() {
    const emu = this.addon.emu;
    const before = emu.outbox.length;
    const [label, fn] =
      this.kind === 'department'
        ? ['Триггер свода (продолжение и ежедневный)', 'rollupContinue']
        : ['Ежедневный триггер', 'onDailyReminders'];
    this.viewing = null;
    const r = this.act(label, fn, () => emu.fireTimeTrigger());
    return {
      ok: r.ok,
      ...(r.ok ? {} : { error: r.error }),
      ran: r.ok ? r.value : 0,
      sent: emu.outbox.length - before,
      state: this.state(),
    };
  }

  /** A link of an e-mail opened (`query`: its `t=…`): doGet as the web app runs it, the shim pointed at /api/web. */
  webPage(query: string): { contentType: string; body: string } {
    const r = this.act('Ссылка из письма (doGet)', 'doGet', () => this.addon.emu.webFetch(query));
    if (!r.ok) return { contentType: 'text/html; charset=utf-8', body: `<p>${r.error.replace(/</g, '&lt;')}</p>` };
    // The calendar feed (a TextOutput) is served as it is: a browser downloads the .ics.
    if (r.value.redirected) return { contentType: r.value.contentType, body: r.value.body };
    return { contentType: r.value.contentType, body: withShim(r.value.body, '/api/web') };
  }

  /** google.script.run from the page of a link: in the web app's context (no document, as the deployer). */
  webRun(fn: string, args: unknown[]) {
    const r = this.act(`google.script.run.${fn} (веб-приложение)`, fn, () =>
      this.addon.emu.webRun(() => scriptRunClone(this.addon.call(fn, ...scriptRunClone(args, fn)), fn)),
    );
    return r.ok ? { ok: true, value: r.value, ui: [] } : { ok: false, error: r.error, ui: [] };
  }

  /**
   * The answer the next ui.prompt gets (the page asks the person first). With `buttons` (and
   * `kind`), it waits for the question with that button set instead (ui-answers.ts), and a click
   * that does not ask it leaves it unused.
   */
  queueAnswer(b: Record<string, unknown>) {
    if (typeof b.buttons === 'string') {
      // `also`: one more answer for the same click (a prompt, then a question).
      if (b.also !== true) this.addon.pending.length = 0;
      this.addon.pending.push({
        kind: b.kind === 'prompt' ? 'prompt' : 'alert',
        buttons: b.buttons,
        button: String(b.button ?? 'OK'),
        ...(typeof b.text === 'string' ? { text: b.text } : {}),
      });
    } else if (typeof b.text === 'string') this.addon.emu.ui.answerPrompt(b.text, String(b.button ?? 'OK'));
    else this.addon.emu.ui.answer(String(b.button ?? 'OK'));
    return { ok: true };
  }

  /** `sidebar/2` or `dialog/0`: the HTML that was shown, with the google.script.run shim. */
  htmlWithShim(path: string): string | null {
    const [kind, n] = path.split('/');
    const u = this.addon.emu.ui;
    const shown = kind === 'sidebar' ? u.sidebars[Number(n)] : kind === 'dialog' ? u.dialogs[Number(n)] : undefined;
    const html = shown?.html;
    return html ? withShim(html, '/api/run') : null;
  }

  /** The workbook as .xlsx, its conditional colours for the clock's day, as the page shows them. */
  async exportXlsx(): Promise<Buffer> {
    this.tick();
    return workbookToXlsx(this.addon.emu.snapshot(), { today: this.today() });
  }

  /** The menu caption of a function, for the action log ("Напоминания → Включить напоминания"). */
  caption(fn: string): string {
    type Entry = { caption: string; fn?: string; items?: Entry[] } | 'separator';
    const walk = (items: Entry[], path: string[]): string | null => {
      for (const i of items) {
        if (i === 'separator') continue;
        if (i.fn === fn) return [...path, i.caption].join(' → ');
        const sub = i.items ? walk(i.items, [...path, i.caption]) : null;
        if (sub) return sub;
      }
      return null;
    };
    for (const m of this.addon.emu.ui.menus) {
      const found = walk(m.items as Entry[], []);
      if (found) return found;
    }
    return fn;
  }

  /** The workbook as Sheets would show it today: conditional formatting painted in. */
  painted(today = this.today(), snap = this.addon.emu.snapshot()) {
    return {
      ...snap,
      sheets: snap.sheets.map((s) => {
        const p = paintConditional(s, today);
        return {
          ...s,
          backgrounds: p.backgrounds,
          fontColors: p.fontColors,
          fontWeights: p.fontWeights,
          conditionalSkipped: p.skipped,
        };
      }),
    };
  }

  /** Each chart of the workbook with the spec Code.js sent for it (see chart-specs.ts). */
  private withChartSpecs(workbook: ReturnType<Playground['painted']>) {
    return {
      ...workbook,
      sheets: workbook.sheets.map((s) => ({
        ...s,
        charts: s.charts.map((c) => ({ ...c, sent: this.addon.charts.get(c.id) ?? null })),
      })),
    };
  }

  state() {
    const emu = this.addon.emu;
    this.tick();
    const today = this.today();
    const snap = this.inViewed(() => emu.snapshot());
    return {
      seed: this.seed,
      seeds: seedNames(),
      /** Examples besides the seeds (value, caption): the department's roll-up. */
      examples: [{ value: DEPARTMENT, label: DEPARTMENT_LABEL }],
      kind: this.kind,
      documents: this.kind === 'department' ? this.documents() : [],
      /** The department's daily roll-up with reminders is on (its metadata entry, src/core/rollup/daily.ts). */
      dailyOn: this.kind === 'department' && emu.developerMetadata(emu.documents[0]).some((m) => m.key === DAILY_KEY),
      viewing: this.viewing ?? emu.documents[0],
      user: this.user,
      owner: this.owner,
      users: this.users(snap),
      now: emu.now().toISOString(),
      today,
      todayRu: formatRu(today),
      time: this.time(),
      timeZone: this.timeZone(),
      workbook: this.withChartSpecs(this.painted(today, snap)),
      selection: this.inViewed(() => activeSelection(emu)),
      outbox: emu.outbox.map((m) => ({ ...m, at: m.at instanceof Date ? m.at.toISOString() : m.at })),
      triggers: emu.triggers.map((t) => ({ ...t })),
      actions: this.actions.slice(-50),
      mailQuota: emu.mail.remaining,
      menu: emu.ui.menus.slice(-1),
    };
  }
}

/** A page with the google.script.run shim, its calls posted to `runUrl`. */
function withShim(html: string, runUrl: string): string {
  const shim = `window.__runUrl = ${JSON.stringify(runUrl)};\n${readFileSync(join(__dirname, 'shim.js'), 'utf8')}`;
  // The shim must exist before the page's own scripts run; a page without <head> gets it first.
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (h) => `${h}<script>${shim}</script>`)
    : `<script>${shim}</script>${html}`;
}
