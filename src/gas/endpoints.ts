/**
 * Every google.script.run endpoint, declared once: its request schema and its handler. src/main.ts
 * exports them as Apps Script functions (`serve`, src/gas/endpoint.ts: guard, schema, handler, one
 * error envelope), and the pages' types are derived from this table (src/shared/api.ts), so the
 * server and the pages cannot drift apart. Who may call each one is ENTRY_POINTS's row.
 */
import * as z from 'zod/mini';
import { parseSettings, type ReminderSettings } from '../core/reminders/settings';
import { ImportRequest, parseImportRequest } from '../shared/import-contract';
import {
  LoadRequestSchema,
  MarkRequestSchema,
  realDay,
  SetIdentityRequestSchema,
  ShowRowRequestSchema,
  UndoRequestSchema,
} from '../shared/sidebar-contract';
import { SuccessorRequest, transferOwner } from './access';
import { SheetRequest, sheetSource } from './convert-sheet';
import { endpoint } from './endpoint';
import { ColumnsGetRequest, ColumnsSaveRequest, importColumnsGet, importColumnsSave } from './import-columns';
import { writeImportedPlan } from './import-plan';
import { previewReminders, saveSettings } from './reminders';
import { afterSettingsSaved } from './sending';
import { sidebarLoad, sidebarMark, sidebarSetIdentity, sidebarShowRow, sidebarUndo } from './sidebar';
import { currentUserEmail } from './user';

/** The settings form as sent: any subset of the fields (each validated by parseSettings, bad ones reported). */
type SettingsInput = { [K in keyof ReminderSettings]?: unknown };
const SettingsRequest = z.custom<SettingsInput>((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

export const ENDPOINTS = {
  /** The plan built in the browser: its size first, then the schema, before a single cell is written. */
  importApply: endpoint(
    ImportRequest,
    (req, access) => writeImportedPlan(req.plan, currentUserEmail(), access.state, access.lang),
    {
      parse: parseImportRequest,
    },
  ),
  importColumnsGet: endpoint(ColumnsGetRequest, importColumnsGet),
  importColumnsSave: endpoint(ColumnsSaveRequest, importColumnsSave),
  importSheetSource: endpoint(SheetRequest, (req, access) => sheetSource(req.sheet, access.state.spreadsheet)),
  sidebarLoad: endpoint(LoadRequestSchema, sidebarLoad),
  sidebarMark: endpoint(MarkRequestSchema, sidebarMark),
  sidebarUndo: endpoint(UndoRequestSchema, sidebarUndo),
  sidebarSetIdentity: endpoint(SetIdentityRequestSchema, sidebarSetIdentity),
  sidebarShowRow: endpoint(ShowRowRequestSchema, sidebarShowRow),
  remindersPreview: endpoint(
    z.object({ date: z.string().check(z.refine(realDay, 'Дата должна быть в формате ГГГГ-ММ-ДД.')) }),
    (req, access) => previewReminders(req.date, access.state),
  ),
  /** Bad fields keep their defaults and are reported; the sender's one daily trigger follows the hour. */
  remindersSettingsSave: endpoint(SettingsRequest, (raw, access) => {
    const { settings, warnings } = parseSettings(raw);
    saveSettings(access.state, settings);
    const owner = access.authority.owner ?? null;
    return { warnings: [...warnings, ...afterSettingsSaved(access.state, settings, owner)] };
  }),
  /** The owner names a successor (who must then sign in), or '' to cancel. */
  accessTransferOwner: endpoint(SuccessorRequest, (req, access) => {
    const r = transferOwner(access, req.email);
    return { owner: r.email, pending: r.pending ?? null };
  }),
};

export type Endpoints = typeof ENDPOINTS;
