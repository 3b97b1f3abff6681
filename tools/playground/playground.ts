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
  kind: 'alert' | 'sidebar' | 'dialog' | 'toast' | 'error';
  title?: string;
  text?: string;
  html?: string;
}

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
    const rows = [STAFF_COLUMNS.map((c) => c.headers[0]), ...staff.map((m) => staffToRow(m).map((v) => String(v ?? '')))];
    sheet.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
  }

  private uiSince(before: number): UiEvent[] {
    return this.addon.emu.ui.events.slice(before) as UiEvent[];
  }

  menu(fn: string) {
    const before = this.addon.emu.ui.events.length;
    try {
      this.addon.call(fn);
      return { ok: true, ui: this.uiSince(before), state: this.state() };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e), ui: this.uiSince(before), state: this.state() };
    }
  }

  /** google.script.run from the sidebar or a dialog. */
  run(fn: string, args: unknown[]) {
    const before = this.addon.emu.ui.events.length;
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
    const ran = this.addon.emu.fireTimeTriggers();
    return { ok: true, ran, sent: this.addon.emu.outbox.length - before, state: this.state() };
  }

  queueAnswer(b: Record<string, unknown>) {
    this.addon.emu.ui.answers.push(b as never);
    return { ok: true };
  }

  htmlWithShim(name: string): string | null {
    const html = this.addon.emu.files?.[name];
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
      triggers: emu.triggers.list(),
      calls: emu.calls.snapshot(),
      menu: emu.ui.menus,
    };
  }
}
