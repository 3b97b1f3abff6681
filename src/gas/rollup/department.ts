/**
 * The department's own spreadsheet, read once per execution in two calls: `Spreadsheets.get` (its
 * zone, locale and tabs) and one `Values.batchGet` of the tabs the roll-up and the distribution
 * need — «План» (the municipal plan), «Организации» and, while a roll-up is under way, its store
 * (src/core/rollup/store.ts), and the confirmed matches (src/core/rollup/confirm.ts). A missing «План» or «Организации» is the user's to fix, in words.
 */
import { UserError } from '../../core/errors';
import { CONFIRMATIONS_TAB_NAME, type Confirmations, confirmationsFromTable } from '../../core/rollup/confirm';
import { DAILY_KEY, type DailySetting, parseDaily } from '../../core/rollup/daily';
import type { DistributionMode } from '../../core/rollup/distribute';
import { type Organisation, type OrgProblem, organisationsFromTable } from '../../core/rollup/organisations';
import { STORE_TAB_NAME } from '../../core/rollup/store';
import { planFromRows } from '../../core/sheet/plan-rows';
import type { TrackedActivity } from '../../core/tracking/types';
import { ORGS_SHEET_NAME, PLAN_SHEET_NAME } from '../../core/workbook/schema';
import { readSpreadsheet, readTabs, type SpreadsheetInfo } from '../sheets-api';

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
  /** The daily roll-up's metadata entry (src/core/rollup/daily.ts) and its ID; no entry or no setting: off. */
  daily: { setting: DailySetting | null; metadataId: number } | null;
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
  const { info, metadata } = readSpreadsheet(id);
  const entry = (metadata ?? []).find((m) => m.metadataKey === DISTRIBUTION_KEY && m.visibility === 'PROJECT');
  const mode = entry?.metadataValue;
  const distribution: Distribution | null =
    entry && (mode === 'organisations' || mode === 'all') ? { mode, metadataId: entry.metadataId ?? 0 } : null;
  const dailyEntry = (metadata ?? []).find((m) => m.metadataKey === DAILY_KEY && m.visibility === 'PROJECT');
  const setting = parseDaily(dailyEntry?.metadataValue);
  const daily = dailyEntry ? { setting, metadataId: dailyEntry.metadataId ?? 0 } : null;
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
    daily,
    municipal: planFromRows(tabs[PLAN_SHEET_NAME] ?? []).activities,
    organisations,
    problems,
    orgValues,
    store: tabs[STORE_TAB_NAME],
    confirmations: confirmationsFromTable(tabs[CONFIRMATIONS_TAB_NAME]),
    extra: Object.fromEntries(extra.filter((t) => tabs[t]).map((t) => [t, tabs[t]])),
  };
}
