/**
 * The playground's state: one emulated workbook running the built add-on, a clock, and the seeds.
 * Every button of the page is a call into the real Code.js (menu functions, google.script.run
 * functions, the daily trigger), never a shortcut around it. Each such call is one "action": its
 * service calls are counted on their own, so the page can show what every click costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRu, isoInZone } from '../../src/core/dates/calendar';
import { isUserError } from '../../src/core/errors';
import { parseStaffCsv } from '../../src/core/people/staff-csv';
import { importDocx } from '../../src/core/plan/import-docx';
import { importText } from '../../src/core/plan/import-text';
import type { PlanImport } from '../../src/core/plan/types';
import { STAFF_COLUMNS, staffToRow } from '../../src/core/sheet/staff-tab';
import { decodeText, loadPlanFile } from '../cli/load-plan';
import { CALL_LATENCY_MS, DEFAULT_LATENCY_MS } from '../emulator/counter';
import { workbookToXlsx } from '../export/xlsx';
import { type Addon, loadAddon, scriptRunClone } from './addon';
import { paintConditional } from './conditional';

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

/** Uploads larger than this are refused before parsing (a plan is a few hundred KB at most). */
export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

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

  loadSeed(name: string, opts: { date?: string } = {}) {
    if (!seedNames().includes(name)) throw new Error(`Нет такого примера: ${name}`);
    this.seed = name;
    const date = opts.date ?? SEED_START[name] ?? '2021-01-11';
    this.addon = loadAddon({
      now: `${date}T06:00:00Z`,
      activeUser: this.owner,
      effectiveUser: this.owner,
      spreadsheetName: `План-график — ${name}`,
    });
    this.actions = [];
    this.user = this.owner;
    this.writeStaff(readFileSync(join(FIXTURES, 'staff', `staff-${name}.csv`), 'utf8'));
    const plan = loadPlanFile(join(FIXTURES, 'seeds', `${name}.txt`));
    this.act('Импорт примера (importApply)', 'importApply', () =>
      this.addon.call('importApply', scriptRunClone({ plan }, 'importApply')),
    );
    // The coordinator opens the spreadsheet: onOpen builds the add-on menu the page shows.
    this.act('Открытие таблицы (onOpen)', 'onOpen', () => this.addon.emu.open());
    return this.state();
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
        modelledMs: modelled(byService),
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

  /** Today on the simulated clock, in the spreadsheet's time zone. */
  today(): string {
    const emu = this.addon.emu;
    const tz = emu.spreadsheet.getSpreadsheetTimeZone();
    return isoInZone(emu.now(), tz);
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
    const before = this.marks();
    const caption = this.caption(fn);
    const r = this.act(caption, fn, () =>
      this.addon.emu.runAs({ email: this.user }, () => this.addon.emu.runMenuItem(fn)),
    );
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
  users(): string[] {
    const sheet = this.addon.emu.snapshot().sheets.find((x) => x.name === 'Сотрудники');
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

  setDate(date: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('Дата должна быть в формате ГГГГ-ММ-ДД');
    // 06:00 UTC is the morning in every Russian time zone: the day shown is the day asked for.
    this.addon.emu.setNow(`${date}T06:00:00Z`);
    return this.state();
  }

  /** "Запустить ежедневный триггер": every time-driven trigger fires now, as its owner, without a Ui. */
  fireDailyTrigger() {
    const emu = this.addon.emu;
    const before = emu.outbox.length;
    const r = this.act('Ежедневный триггер', 'onDailyReminders', () => emu.fireTimeTrigger());
    return {
      ok: r.ok,
      ...(r.ok ? {} : { error: r.error }),
      ran: r.ok ? r.value : 0,
      sent: emu.outbox.length - before,
      state: this.state(),
    };
  }

  /** The answer the next ui.prompt gets (the page asks the person first). */
  queueAnswer(b: Record<string, unknown>) {
    if (typeof b.text === 'string') this.addon.emu.ui.answerPrompt(b.text, String(b.button ?? 'OK'));
    else this.addon.emu.ui.answer(String(b.button ?? 'OK'));
    return { ok: true };
  }

  /** `sidebar/2` or `dialog/0`: the HTML that was shown, with the google.script.run shim. */
  htmlWithShim(path: string): string | null {
    const [kind, n] = path.split('/');
    const u = this.addon.emu.ui;
    const shown = kind === 'sidebar' ? u.sidebars[Number(n)] : kind === 'dialog' ? u.dialogs[Number(n)] : undefined;
    const html = shown?.html;
    if (!html) return null;
    const shim = readFileSync(join(__dirname, 'shim.js'), 'utf8');
    // The shim must exist before the page's own scripts run; a page without <head> gets it first.
    return /<head[^>]*>/i.test(html)
      ? html.replace(/<head[^>]*>/i, (h) => `${h}<script>${shim}</script>`)
      : `<script>${shim}</script>${html}`;
  }

  async exportXlsx(): Promise<Buffer> {
    return workbookToXlsx(this.addon.emu.snapshot());
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
  painted(today = this.today()) {
    const snap = this.addon.emu.snapshot();
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

  state() {
    const emu = this.addon.emu;
    const today = this.today();
    return {
      seed: this.seed,
      seeds: seedNames(),
      user: this.user,
      owner: this.owner,
      users: this.users(),
      now: emu.now().toISOString(),
      today,
      todayRu: formatRu(today),
      workbook: this.painted(today),
      outbox: emu.outbox.map((m) => ({ ...m, at: m.at instanceof Date ? m.at.toISOString() : m.at })),
      triggers: emu.triggers.map((t) => ({ ...t })),
      actions: this.actions.slice(-50),
      mailQuota: emu.mail.remaining,
      menu: emu.ui.menus.slice(-1),
    };
  }
}
