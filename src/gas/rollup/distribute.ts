/**
 * «Свод → Разослать план организациям…» (issue 18 point 1): one plan spreadsheet per organisation
 * of «Организации» that has none yet, from the department's municipal План. Per organisation:
 * `SpreadsheetApp.create` (the department owns it, so the roll-up can always read it), its ID
 * written into «Организации» AT ONCE — a run stopped later (the 6-minute limit) must not make a
 * second spreadsheet for it — then the План tab in ONE batchUpdate on the new ID
 * (src/core/rollup/org-workbook.ts), then the coordinator as editor (`Spreadsheet.addEditor`).
 * 6 calls an organisation. Organisations whose row has a problem (no name, a bad e-mail) are left
 * out and named; an organisation with its own plan is linked by pasting its URL instead.
 * Like the roll-up, it stops starting new organisations after READ_BUDGET_MS and says how many
 * are left: running it again goes on with those.
 */
import { chooseActivities, type DistributionMode, organisationPlan } from '../../core/rollup/distribute';
import { organisationSpreadsheetName, organisationWorkbookRequests } from '../../core/rollup/org-workbook';
import { METHOD_LABELS, type Organisation } from '../../core/rollup/organisations';
import { spreadsheetUrl } from '../../core/rollup/spreadsheet-id';
import type { SheetsRequest } from '../../core/sheet/requests';
import { locateByHeaders, ORG_COLUMNS, ORGS_SHEET_NAME } from '../../core/workbook/schema';
import { batchUpdate } from '../sheets-api';
import { type Department, DISTRIBUTION_KEY } from './department';
import { READ_BUDGET_MS } from './run';

export interface DistributeOutcome {
  created: { org: Organisation; spreadsheetId: string }[];
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
  const created: DistributeOutcome['created'] = [];
  let first = true;
  for (const org of targets) {
    if (Date.now() - started >= READ_BUDGET_MS) break;
    const ss = SpreadsheetApp.create(organisationSpreadsheetName(org.name, null));
    const id = ss.getId();
    const cell = (c: number | undefined, v: string): SheetsRequest[] =>
      c === undefined
        ? []
        : [
            {
              updateCells: {
                start: { sheetId: tab.sheetId, rowIndex: org.row - 1, columnIndex: c },
                rows: [{ values: [{ userEnteredValue: { stringValue: v } }] }],
                fields: 'userEnteredValue',
              },
            },
          ];
    // Recorded before anything else can fail: a second run skips it instead of creating another.
    batchUpdate(d.info.id, [
      ...cell(col.sheet, spreadsheetUrl(id)),
      ...cell(col.method, METHOD_LABELS.distributed),
      ...(first ? [modeRequest(d, mode)] : []),
    ]);
    first = false;
    batchUpdate(id, organisationWorkbookRequests(plan, ss.getSpreadsheetLocale(), d.info.timeZone));
    ss.addEditor(org.email);
    created.push({ org, spreadsheetId: id });
  }
  return { created, left: targets.length - created.length, skipped, activities: plan.length };
}
