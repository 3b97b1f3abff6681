/** Test set-up on the built add-on: dist/Code.js inside the emulator, with a seed plan and staff. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorKind } from '../../src/core/errors';
import type { PlanImport } from '../../src/core/plan/types';
import type { Failure } from '../../src/shared/reply';
import { SETTINGS_META, type SettingsPageData } from '../../src/shared/settings-contract';
import { WEB_META, type WebPageData } from '../../src/shared/webapp-contract';
import { loadPlanFile } from '../../tools/cli/load-plan';
import type { EmulatorOptions } from '../../tools/emulator';
import { type Addon, loadAddon, scriptRunClone } from '../../tools/playground/addon';
import { Playground } from '../../tools/playground/playground';

export const FIXTURES = join(__dirname, '../fixtures');
export const SEEDS = [
  'plan-dou-vsoko-2021',
  'plan-school-vsoko-2020',
  'plan-orsk-mkdo-2020',
  'roadmap-okhansk-2021-2024',
];

export function seedPlan(name: string): PlanImport {
  return loadPlanFile(join(FIXTURES, 'seeds', `${name}.txt`));
}

export function staffCsv(name: string): string {
  return readFileSync(join(FIXTURES, 'staff', `staff-${name}.csv`), 'utf8');
}

/** The coordinator of the seeded workbooks: the spreadsheet's owner, who imports. */
export const COORDINATOR = 'coordinator@example.org';

/** A workbook with the seed's staff typed in and the seed imported through importApply. */
export function seeded(name: string, opts: EmulatorOptions = {}): Addon {
  const pg = new Playground();
  pg.addon = loadAddon({ activeUser: COORDINATOR, effectiveUser: COORDINATOR, ...opts });
  pg.writeStaff(staffCsv(name));
  // Imported by the coordinator (the owner), whoever the tests then act as.
  const addon = pg.addon;
  addon.emu.runAs({ email: COORDINATOR }, () =>
    addon.call('importApply', scriptRunClone({ plan: seedPlan(name) }, 'importApply')),
  );
  pg.addon.emu.calls.reset();
  return pg.addon;
}

/** Seed `name` and its staff in a further spreadsheet of the same emulator, imported by the coordinator there; its id. */
export function seedInAnotherSpreadsheet(addon: Addon, name: string, timeZone = 'Asia/Yekaterinburg'): string {
  const id = addon.emu.addSpreadsheet({ timeZone });
  const pg = new Playground();
  pg.addon = addon;
  addon.emu.inDocument(id, () => {
    pg.writeStaff(staffCsv(name));
    addon.emu.runAs({ email: COORDINATOR }, () =>
      addon.call('importApply', scriptRunClone({ plan: seedPlan(name) }, 'importApply')),
    );
  });
  return id;
}

/**
 * The add-on's document state as stored (src/core/workbook/doc-state.ts): its own PROJECT-visible
 * spreadsheet metadata, key → value. The test reads the emulator's model, not the add-on's code.
 */
export function docState(addon: Addon, id = addon.emu.documents[0]): Record<string, string> {
  return Object.fromEntries(
    addon.emu
      .developerMetadata(id)
      .filter((m) => m.visibility === 'PROJECT' && m.project === 'plan-grafik')
      .map((m) => [m.key, m.value ?? '']),
  );
}

export function sheetValues(addon: Addon, name: string): unknown[][] {
  const s = addon.emu.snapshot().sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.values;
}

export function displayed(addon: Addon, name: string): string[][] {
  const s = addon.emu.snapshot().sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.displayValues;
}

/**
 * The Failure envelope an endpoint answered with, as its Russian and English text (`ru\nen`); a
 * reply that is not one (or of another kind) fails the test.
 */
export function refused(reply: unknown, kind?: ErrorKind): string {
  const f = reply as Failure;
  expect(f).toMatchObject({ ok: false, kind: kind ?? expect.any(String), message: expect.any(String) });
  return `${f.message}\n${f.en}`;
}

/** The JSON a page was opened with, from its `<meta name="…" content="…">` (HTML-escaped by the server). */
export function pageData<T>(html: string, meta: string): T {
  const m = new RegExp(`<meta name="${meta}" content="([^"]*)">`).exec(html);
  if (!m) throw new Error(`no ${meta} data in the page`);
  const text = m[1]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return JSON.parse(text) as T;
}

/** The data the settings dialog was opened with (its <meta>, src/gas/settings-page.ts). */
export function settingsDataOf(html: string): SettingsPageData {
  return pageData<SettingsPageData>(html, SETTINGS_META);
}

/** The page of an e-mail link as the web app serves it (GET), and the data it shows. */
export function webPageOf(addon: Addon, token: string): WebPageData {
  const out = addon.emu.webGet(`t=${encodeURIComponent(token)}`) as GoogleAppsScript.HTML.HtmlOutput;
  return pageData<WebPageData>(out.getContent(), WEB_META);
}

/** The columns the add-on reads back from the Журнал, in the order of its first (six-column) layout. */
const JOURNAL_MACHINE = ['Время', 'Пользователь', 'ID мероприятия', 'Поле', 'Было', 'Стало'];

/**
 * The Журнал's rows (header first) as those six columns, found by their headers: the tab puts the
 * human columns (Кто, №, Мероприятие, Что произошло) first and these after them, hidden.
 */
export function journalMachine<T>(values: T[][]): T[][] {
  const header = (values[0] ?? []).map(String);
  const at = JOURNAL_MACHINE.map((h) => header.indexOf(h));
  return values.map((r) => at.map((i) => (i < 0 ? ('' as T) : r[i])));
}
