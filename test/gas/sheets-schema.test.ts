/**
 * Every Sheets API call the built add-on makes in its flows, checked against Google's schema
 * (sheets-schema.ts: the discovery-generated types of @maxim_mazurok/gapi.client.sheets-v4). The
 * emulator accepts what it emulates; this is the check that the requests are what Google accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../src/core/plan/import-docx';
import { gridToDocument } from '../../src/core/table/sheet-grid';
import type { SidebarData } from '../../src/shared/sidebar-contract';
import type { SheetsApiCall } from '../../tools/emulator';
import { type Addon, loadAddon, scriptRunClone } from '../../tools/playground/addon';
import { Playground } from '../../tools/playground/playground';
import { FIXTURES, seedPlan, staffCsv } from './helpers';
import { schemaProblems, schemaSource } from './sheets-schema';

const SEED = 'plan-dou-vsoko-2021';
const USER = 'coordinator@example.org';

/** The calls one flow makes. */
function flow(addon: Addon, name: string, steps: () => void, into: Record<string, SheetsApiCall[]>): void {
  const from = addon.emu.sheetsCalls.length;
  steps();
  into[name] = addon.emu.sheetsCalls.slice(from);
}

function capture(): Record<string, SheetsApiCall[]> {
  const flows: Record<string, SheetsApiCall[]> = {};
  const pg = new Playground();
  const addon = loadAddon({
    activeUser: USER,
    effectiveUser: USER,
    spreadsheetTimeZone: 'Asia/Yekaterinburg',
    now: '2021-02-01T03:20:00Z',
  });
  pg.addon = addon;
  addon.emu.recordSheetsCalls();
  const plan = () => addon.call('importApply', scriptRunClone({ plan: seedPlan(SEED) }, 'importApply'));
  flow(addon, 'create', () => addon.call('menuCreatePlan'), flows);
  pg.writeStaff(staffCsv(SEED));
  addon.emu.spreadsheet.deleteSheet(addon.emu.spreadsheet.getSheetByName('План')!);
  flow(addon, 'import', plan, flows);
  flow(addon, 're-import', plan, flows);
  flow(
    addon,
    'reports (twice)',
    () => {
      addon.call('menuReports');
      addon.call('menuReports');
    },
    flows,
  );
  flow(
    addon,
    'sidebar',
    () => {
      const d = addon.call('sidebarLoad', {}) as SidebarData;
      if (d.needIdentity) throw new Error('identity');
      const card = d.all![0];
      const r = addon.call('sidebarMark', {
        activityId: card.id,
        status: 'done',
        comment: 'Протокол',
        link: 'https://example.org/p',
        expectedVersion: card.version,
      }) as { ok: boolean; journalId?: string };
      addon.call('sidebarUndo', { activityId: card.id, journalId: r.journalId });
      addon.call('sidebarShowRow', { activityId: card.id });
    },
    flows,
  );
  const statusCell = () =>
    `${String.fromCharCode(
      65 +
        addon.emu
          .snapshot()
          .sheets.find((s) => s.name === 'План')!
          .values[0].indexOf('Статус'),
    )}4`;
  flow(
    addon,
    'edit',
    () => addon.emu.userEdit('План', statusCell(), 'Выполнено', undefined, { user: 'x@example.org' }),
    flows,
  );
  flow(
    addon,
    'edit after the Журнал was deleted',
    () => {
      addon.emu.spreadsheet.deleteSheet(addon.emu.spreadsheet.getSheetByName('Журнал')!);
      addon.emu.userEdit('План', statusCell(), 'В работе', undefined, { user: 'x@example.org' });
    },
    flows,
  );
  flow(
    addon,
    'reminders',
    () => {
      addon.call('remindersSettingsSave', { coordinators: [USER], hour: 8 });
      addon.call('menuRemindersOn');
      addon.emu.fireTimeTriggers();
      addon.call('menuRemindersStatus');
      addon.call('remindersPreview', { date: '2021-02-02' });
      addon.call('menuRemindersTest');
      addon.call('menuRemindersTakeOver');
      addon.call('menuRemindersOff');
    },
    flows,
  );
  flow(
    addon,
    'staff',
    () => {
      addon.call('menuStaff');
      addon.call('menuStaffFromPlan');
      addon.call('menuStaffCheck');
    },
    flows,
  );
  // «Распознать таблицу на этом листе» on a pasted copy of the plan.
  const pasted = readFileSync(join(FIXTURES, 'seeds', `${SEED}.txt`), 'utf8')
    .split('\n')
    .map((l) => l.split('\t').map((c) => c.trim()));
  const width = Math.max(...pasted.map((r) => r.length));
  const sheet = addon.emu.spreadsheet.insertSheet('Вставка');
  sheet
    .getRange(1, 1, pasted.length, width)
    .setValues(pasted.map((r) => [...r, ...Array.from({ length: width - r.length }, () => '')]));
  // The dialog reads the sheet (importSheetSource) and builds the plan in the browser, as here.
  flow(
    addon,
    'convert a pasted table',
    () => {
      addon.call('menuConvertSheet');
      const source = addon.call('importSheetSource', { sheet: sheet.getName() }) as { values: string[][] };
      const plan = importDocument(gridToDocument(source.values));
      addon.call('importApply', scriptRunClone({ plan }, 'importApply'));
    },
    flows,
  );
  return flows;
}

describe('Sheets API requests of the built add-on, against Google’s schema', () => {
  const flows = capture();

  it('every flow makes Sheets API calls, and every call fits the schema', () => {
    const counts = Object.fromEntries(Object.entries(flows).map(([k, v]) => [k, v.length]));
    for (const [name, n] of Object.entries(counts)) expect([name, n > 0]).toEqual([name, true]);
    const all = Object.values(flows).flat();
    const batches = all.filter((c) => c.method === 'spreadsheets.batchUpdate');
    const requests = batches.flatMap((c) => (c.body as { requests: object[] }).requests);
    // The counts per flow, for the report (npm test -- --verbose shows them).
    console.info(
      `Sheets API calls per flow: ${JSON.stringify(counts)}; ${all.length} calls, ${batches.length} batchUpdate, ${requests.length} requests`,
    );
    expect(requests.length).toBeGreaterThan(50);
    expect(schemaProblems(all)).toEqual([]);
  });

  it('fails on a wrong field, a wrong enum value and a wrong field mask', () => {
    const wrong: SheetsApiCall[] = [
      {
        method: 'spreadsheets.batchUpdate',
        params: { spreadsheetId: 'x' },
        body: {
          requests: [
            { addSheet: { properties: { titel: 'План' } } },
            {
              repeatCell: {
                range: { sheetId: 1 },
                cell: { userEnteredFormat: { wrapStrategy: 'WRAPP' } },
                fields: 'userEnteredFormat.wrapStrategy',
              },
            },
            {
              updateCells: {
                start: { sheetId: 1 },
                rows: [{ values: [{ userEnteredValue: { stringValue: 'a' } }] }],
                fields: 'userEnteredValue,userEnteredFormat.numberFormatt',
              },
            },
          ],
        },
      },
      { method: 'spreadsheets.values.batchGet', params: { spreadsheetId: 'x', valueRenderOption: 'RAW' } },
      { method: 'spreadsheets.get', params: { spreadsheetId: 'x', fields: 'properties.timeZon' } },
    ];
    const problems = schemaProblems(wrong).join('\n');
    expect(problems).toMatch(/titel.* does not exist in type 'SheetProperties'/);
    expect(problems).toMatch(/"WRAPP"/);
    expect(problems).toMatch(/"RAW"/);
    expect(problems).toMatch(/UnknownField<"userEnteredFormat\.numberFormatt">/);
    expect(problems).toMatch(/UnknownField<"properties\.timeZon">/);
    // …and the same calls, corrected, pass.
    const fixed = JSON.parse(
      JSON.stringify(wrong)
        .replace('titel', 'title')
        .replace('WRAPP', 'WRAP')
        .replace('numberFormatt', 'numberFormat')
        .replace('"RAW"', '"UNFORMATTED_VALUE"')
        .replace('timeZon"', 'timeZone"'),
    );
    expect(schemaProblems(fixed)).toEqual([]);
    expect(schemaSource(fixed)).toContain('S.BatchUpdateSpreadsheetRequest');
  });
});
