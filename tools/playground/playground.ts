/**
 * The playground's state: one emulated workbook running the built add-on, a clock, and the seeds.
 * Every button of the page is a call into the real Code.js (menu functions, google.script.run
 * functions, the daily trigger), never a shortcut around it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseStaffCsv } from '../../src/core/people/staff-csv';
import { STAFF_COLUMNS, staffToRow } from '../../src/core/sheet/staff-tab';
import { loadPlanFile } from '../cli/load-plan';
import { workbookToXlsx } from '../export/xlsx';
import { type Addon, loadAddon, scriptRunClone } from './addon';

const FIXTURES = join(__dirname, '../../test/fixtures');

/** The first working day of each example plan, so reminders have something to say at once. */
export const SEED_START: Record<string, string> = {
  'plan-dou-vsoko-2021': '2021-01-11',
  'plan-school-vsoko-2020': '2020-01-13',
  'plan-orsk-mkdo-2020': '2020-09-14',
  'roadmap-okhansk-2021-2024': '2021-06-28',
};

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
}

type Marks = { alerts: number; prompts: number; sidebars: number; dialogs: number; toasts: number };

export class Playground {
  addon!: Addon;
  seed = '';
  owner = 'coordinator@example.org';

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
    this.writeStaff(readFileSync(join(FIXTURES, 'staff', `staff-${name}.csv`), 'utf8'));
    const plan = loadPlanFile(join(FIXTURES, 'seeds', `${name}.txt`));
    this.addon.call('importApply', scriptRunClone({ plan }, 'importApply'));
    this.addon.emu.calls.reset();
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

  private marks(): Marks {
    const u = this.addon.emu.ui;
    return {
      alerts: u.alerts.length,
      prompts: u.prompts.length,
      sidebars: u.sidebars.length,
      dialogs: u.dialogs.length,
      toasts: u.toasts.length,
    };
  }

  /** What the user saw since `m`: alerts, toasts, and the sidebars/dialogs opened (by index). */
  private uiSince(m: Marks): UiEvent[] {
    const u = this.addon.emu.ui;
    return [
      ...u.alerts.slice(m.alerts).map((a): UiEvent => ({ kind: 'alert', title: a.title, text: a.prompt })),
      ...u.prompts.slice(m.prompts).map((a): UiEvent => ({ kind: 'alert', title: a.title, text: a.prompt })),
      ...u.toasts.slice(m.toasts).map((t): UiEvent => ({ kind: 'toast', title: t.title, text: t.message })),
      ...u.sidebars
        .slice(m.sidebars)
        .map((s, i): UiEvent => ({ kind: 'sidebar', title: s.title, url: `/html/sidebar/${m.sidebars + i}` })),
      ...u.dialogs
        .slice(m.dialogs)
        .map((d, i): UiEvent => ({ kind: 'dialog', title: d.title, url: `/html/dialog/${m.dialogs + i}` })),
    ];
  }

  menu(fn: string) {
    const before = this.marks();
    try {
      this.addon.call(fn);
      return { ok: true, ui: this.uiSince(before), state: this.state() };
    } catch (e) {
      return {
        ok: false,
        error: e instanceof Error ? e.message : String(e),
        ui: this.uiSince(before),
        state: this.state(),
      };
    }
  }

  /** google.script.run from the sidebar or a dialog. */
  run(fn: string, args: unknown[]) {
    const before = this.marks();
    try {
      const value = scriptRunClone(this.addon.call(fn, ...scriptRunClone(args, fn)), fn);
      return { ok: true, value, ui: this.uiSince(before) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e), ui: this.uiSince(before) };
    }
  }

  setDate(date: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('Дата должна быть в формате ГГГГ-ММ-ДД');
    this.addon.emu.setNow(`${date}T06:00:00Z`);
    return this.state();
  }

  fireDailyTrigger() {
    const before = this.addon.emu.outbox.length;
    const ran = this.addon.emu.fireTimeTrigger();
    return { ok: true, ran, sent: this.addon.emu.outbox.length - before, state: this.state() };
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
    return html.replace(/<head>/i, `<head><script>${shim}</script>`);
  }

  async exportXlsx(): Promise<Buffer> {
    return workbookToXlsx(this.addon.emu.snapshot());
  }

  state() {
    const emu = this.addon.emu;
    return {
      seed: this.seed,
      seeds: seedNames(),
      now: emu.now().toISOString(),
      workbook: emu.snapshot(),
      outbox: emu.outbox.map((m) => ({ ...m, at: m.at instanceof Date ? m.at.toISOString() : m.at })),
      triggers: emu.triggers.map((t) => ({ ...t })),
      calls: emu.calls.snapshot(),
      menu: emu.ui.menus,
    };
  }
}
