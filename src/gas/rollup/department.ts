/**
 * The department's own spreadsheet, read once per execution in two calls: `Spreadsheets.get` (its
 * zone, locale and tabs) and one `Values.batchGet` of the tabs the roll-up and the distribution
 * need — «План» (the municipal plan), «Организации» and, while a roll-up is under way, its store
 * (src/core/rollup/store.ts), and the confirmed matches (src/core/rollup/confirm.ts). A missing «План» or «Организации» is the user's to fix, in words.
 */
import { UserError } from '../../core/errors';
import { CONFIRMATIONS_TAB_NAME, type Confirmations, confirmationsFromTable } from '../../core/rollup/confirm';
import type { DistributionMode } from '../../core/rollup/distribute';
import { type Organisation, type OrgProblem, organisationsFromTable } from '../../core/rollup/organisations';
import { STORE_TAB_NAME } from '../../core/rollup/store';
import { planFromRows } from '../../core/sheet/plan-rows';
import type { TrackedActivity } from '../../core/tracking/types';
import { METADATA_FIELDS } from '../../core/workbook/doc-state';
import { ORGS_SHEET_NAME, PLAN_SHEET_NAME } from '../../core/workbook/schema';
import { readTabs, type SpreadsheetInfo, sheets } from '../sheets-api';

/**
 * Which activities «Разослать план» gave the organisations, kept in the department spreadsheet's
 * developer metadata (PROJECT-visible: this project's own, src/core/workbook/doc-state.ts on why),
 * read in the same Spreadsheets.get as the tabs — a time-driven continuation may have no document
 * properties. Absent: nothing was distributed, every municipal activity counts.
 */
export const DISTRIBUTION_KEY = 'rollup.distribution';

/** The metadata entry's ID too, so that a new distribution updates it instead of adding a second. */
export interface Distribution {
  mode: DistributionMode;
  metadataId: number;
}

export interface Department {
  info: SpreadsheetInfo;
  distribution: Distribution | null;
  municipal: TrackedActivity[];
  organisations: Organisation[];
  problems: OrgProblem[];
  /** «Организации» as read (header first), for writing back into its columns. */
  orgValues: unknown[][];
  /** The store tab's values, when there is one. */
  store: unknown[][] | undefined;
  /** The department's confirmed matches, per organisation spreadsheet (src/core/rollup/confirm.ts). */
  confirmations: Confirmations;
  /** The tabs asked for in `extra` (those that exist). */
  extra: Record<string, unknown[][]>;
}

export function readDepartment(id: string, extra: readonly string[] = []): Department {
  const s = sheets().Spreadsheets!.get(id, {
    fields: `properties(timeZone,locale),sheets.properties(sheetId,title,index,gridProperties(rowCount,columnCount)),${METADATA_FIELDS}`,
  });
  const info: SpreadsheetInfo = {
    id,
    timeZone: s.properties?.timeZone ?? 'Europe/Moscow',
    locale: s.properties?.locale ?? 'ru_RU',
    sheets: (s.sheets ?? []).map((sh) => ({
      sheetId: sh.properties?.sheetId ?? 0,
      title: sh.properties?.title ?? '',
      index: sh.properties?.index ?? 0,
      rows: sh.properties?.gridProperties?.rowCount ?? 0,
      columns: sh.properties?.gridProperties?.columnCount ?? 0,
    })),
  };
  const entry = (s.developerMetadata ?? []).find(
    (m) => m.metadataKey === DISTRIBUTION_KEY && m.visibility === 'PROJECT',
  );
  const mode = entry?.metadataValue;
  const distribution: Distribution | null =
    entry && (mode === 'organisations' || mode === 'all') ? { mode, metadataId: entry.metadataId ?? 0 } : null;
  const has = (t: string) => info.sheets.some((s) => s.title === t);
  if (!has(PLAN_SHEET_NAME))
    throw new UserError(
      'rollup-no-plan',
      `В этой таблице нет вкладки «${PLAN_SHEET_NAME}» с муниципальным планом. Загрузите план дополнением «План-график» («Импорт плана…»).`,
      `This spreadsheet has no "${PLAN_SHEET_NAME}" tab with the municipal plan.`,
    );
  if (!has(ORGS_SHEET_NAME))
    throw new UserError(
      'rollup-no-orgs',
      `В этой таблице нет вкладки «${ORGS_SHEET_NAME}». Создайте её: столбцы «Организация», «E-mail координатора», «Таблица (ссылка или ID)», по строке на организацию.`,
      `This spreadsheet has no "${ORGS_SHEET_NAME}" tab (columns: organisation, coordinator's e-mail, spreadsheet).`,
    );
  const titles = [PLAN_SHEET_NAME, ORGS_SHEET_NAME, STORE_TAB_NAME, CONFIRMATIONS_TAB_NAME, ...extra].filter(
    (t, i, all) => has(t) && all.indexOf(t) === i,
  );
  const tabs = readTabs(id, titles);
  const orgValues = tabs[ORGS_SHEET_NAME] ?? [];
  const { organisations, problems } = organisationsFromTable(orgValues);
  return {
    info,
    distribution,
    municipal: planFromRows(tabs[PLAN_SHEET_NAME] ?? []).activities,
    organisations,
    problems,
    orgValues,
    store: tabs[STORE_TAB_NAME],
    confirmations: confirmationsFromTable(tabs[CONFIRMATIONS_TAB_NAME]),
    extra: Object.fromEntries(extra.filter((t) => tabs[t]).map((t) => [t, tabs[t]])),
  };
}
