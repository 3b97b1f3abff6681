/**
 * «Свод → Разослать план организациям…» (issue 18 point 1): one plan spreadsheet per organisation
 * of «Организации» that has none yet, from the department's municipal План. Per organisation:
 * `SpreadsheetApp.create` (the department owns it, so the roll-up can always read it), its ID
 * written into «Организации» AT ONCE — a run stopped later (the 6-minute limit) must not make a
 * second spreadsheet for it — then the План tab in ONE batchUpdate on the new ID
 * (src/core/rollup/org-workbook.ts), then the coordinator as editor (`Spreadsheet.addEditor`).
 * 6 calls an organisation. A person sorting «Организации» meanwhile moves no link onto another
 * organisation's row: the write reads the name column back in its own call (row-placement.ts).
 * Organisations whose row has a problem (no name, a bad e-mail) are left
 * out and named; an organisation with its own plan is linked by pasting its URL instead.
 * Like the roll-up, it stops starting new organisations after READ_BUDGET_MS and says how many
 * are left: running it again goes on with those.
 */
import { chooseActivities, type DistributionMode, organisationPlan } from '../../core/rollup/distribute';
import { organisationSpreadsheetName, organisationWorkbookRequests } from '../../core/rollup/org-workbook';
import { METHOD_LABELS, type Organisation } from '../../core/rollup/organisations';
import { misplaced, rowOfName } from '../../core/rollup/row-placement';
import { spreadsheetUrl } from '../../core/rollup/spreadsheet-id';
import type { SheetsRequest } from '../../core/sheet/requests';
import { locateByHeaders, ORG_COLUMNS, ORGS_SHEET_NAME } from '../../core/workbook/schema';
import { batchUpdate, batchUpdateReading } from '../sheets-api';
import { type Department, DISTRIBUTION_KEY } from './department';
import { READ_BUDGET_MS } from './run';

export interface DistributeOutcome {
  created: { org: Organisation; spreadsheetId: string }[];
  /** Created, but their row left «Организации» meanwhile: the link could not be written (said in the alert). */
  unplaced: { name: string; url: string }[];
  /** Organisations left for the next run (the time budget ran out). */
  left: number;
  /** Rows left out, with why. */
  skipped: string[];
  activities: number;
}

/** Organisations still without a spreadsheet, and the rows that cannot get one as they are. */
export function distributionTargets(d: Department): { targets: Organisation[]; skipped: string[] } {
  const bad = new Map<number, string>();
  for (const p of d.problems) if (p.field === 'name' || p.field === 'email') bad.set(p.row, p.message);
  const targets: Organisation[] = [];
  const skipped: string[] = [];
  for (const o of d.organisations) {
    if (o.sheetText) continue;
    const why = bad.get(o.row);
    if (why) skipped.push(why);
    else targets.push(o);
  }
  return { targets, skipped };
}

/** The distribution mode's metadata in the department's spreadsheet: updated, or created once. */
function modeRequest(d: Department, mode: DistributionMode): SheetsRequest {
  if (d.distribution)
    return {
      updateDeveloperMetadata: {
        dataFilters: [{ developerMetadataLookup: { metadataId: d.distribution.metadataId } }],
        developerMetadata: { metadataValue: mode },
        fields: 'metadataValue',
      },
    };
  return {
    createDeveloperMetadata: {
      developerMetadata: {
        metadataKey: DISTRIBUTION_KEY,
        metadataValue: mode,
        location: { spreadsheet: true },
        visibility: 'PROJECT',
      },
    },
  };
}

export function distributePlan(d: Department, mode: DistributionMode, started = Date.now()): DistributeOutcome {
  const plan = organisationPlan(chooseActivities(d.municipal, mode));
  const { targets, skipped } = distributionTargets(d);
  const tab = d.info.sheets.find((s) => s.title === ORGS_SHEET_NAME)!;
  const col = locateByHeaders(d.orgValues[0] ?? [], ORG_COLUMNS);
  const nameCol = col.name ?? 0;
  const cell = (row: number, c: number | undefined, v: unknown): SheetsRequest[] =>
    c === undefined
      ? []
      : [
          {
            updateCells: {
              start: { sheetId: tab.sheetId, rowIndex: row - 1, columnIndex: c },
              rows: [{ values: [{ userEnteredValue: { stringValue: String(v ?? '') } }] }],
              fields: 'userEnteredValue',
            },
          },
        ];
  const linkCells = (row: number, cells: readonly unknown[]) => [
    ...cell(row, col.sheet, cells[0]),
    ...cell(row, col.method, cells[1]),
  ];
  // What each organisation's row holds in the two written columns, by name: put back if a write
  // lands on another organisation's row (src/core/rollup/row-placement.ts).
  const before = new Map(
    d.orgValues.slice(1).map((r) => [String(r[nameCol] ?? '').trim(), [r[col.sheet ?? -1], r[col.method ?? -1]]]),
  );
  let names: unknown[] = d.orgValues.map((r) => r[nameCol]);
  const created: DistributeOutcome['created'] = [];
  const unplaced: DistributeOutcome['unplaced'] = [];
  let first = true;
  for (const org of targets) {
    if (Date.now() - started >= READ_BUDGET_MS) break;
    const ss = SpreadsheetApp.create(organisationSpreadsheetName(org.name, null));
    const id = ss.getId();
    const link = [spreadsheetUrl(id), METHOD_LABELS.distributed];
    const aimed = rowOfName(names, org.name) ?? org.row;
    // Recorded before anything else can fail: a second run skips it instead of creating another.
    // The name column comes back in the same call: a row moved by a person is seen at once.
    names = batchUpdateReading(
      d.info.id,
      [...linkCells(aimed, link), ...(first ? [modeRequest(d, mode)] : [])],
      [{ title: ORGS_SHEET_NAME, column: nameCol }],
    )[0];
    const m = misplaced(names, aimed, org.name, before, 2);
    if (m) {
      batchUpdate(d.info.id, [...linkCells(m.restore.row, m.restore.values), ...(m.to ? linkCells(m.to, link) : [])]);
      if (!m.to) unplaced.push({ name: org.name, url: link[0] });
    }
    before.set(org.name.trim(), link);
    first = false;
    batchUpdate(id, organisationWorkbookRequests(plan, ss.getSpreadsheetLocale(), d.info.timeZone));
    ss.addEditor(org.email);
    created.push({ org, spreadsheetId: id });
  }
  return { created, unplaced, left: targets.length - created.length, skipped, activities: plan.length };
}
