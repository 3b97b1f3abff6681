/**
 * The document's state, the one store every context uses (src/core/workbook/doc-state.ts: our
 * PROJECT-visible developer metadata). It comes back with the Spreadsheets.get an action makes
 * anyway (the tabs, zone, locale), so reading it costs no call of its own; writes are batchUpdate
 * requests, sent alone (`set`) or inside the caller's batch (`requests`, then `applied`).
 *
 * - `readDocumentState(spreadsheetId)`: by ID, with no active document — the published add-on's
 *   daily run, a web app. One Spreadsheets.get; no SpreadsheetApp, no PropertiesService.
 * - `documentState(ss)`: in a document (menus, dialogs, the sidebar, the edit trigger). The first
 *   time in a document of an earlier version, its old document properties are moved here once
 *   (then deleted, and never read again: the store's marker says so).
 */

import type { SheetsRequest } from '../core/sheet/requests';
import {
  applyChanges,
  MIGRATED_KEY,
  migrationChanges,
  type StateProps,
  stateRequests,
} from '../core/workbook/doc-state';
import { batchUpdate, readSpreadsheet, type SpreadsheetInfo } from './sheets-api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Changes = Record<string, string | null>;

export interface DocState {
  id: string;
  /** Zone, locale, tabs: from the same read (loadWorkbook reuses it). */
  info: SpreadsheetInfo;
  /** Key → value as stored now (updated by `set` and `applied`). */
  props: StateProps;
  /** Writes now, in one batchUpdate of its own. */
  set(key: string, value: string | null): void;
  setMany(changes: Changes): void;
  /** The requests for the caller's own batch (nothing is sent); call `applied` once it succeeded. */
  requests(changes: Changes): SheetsRequest[];
  applied(changes: Changes): void;
}

/** The spreadsheet handle beside its state, where an action needs one (triggers, the Drive owner). */
export interface DocContext extends DocState {
  spreadsheet: Spreadsheet;
}

/** The state of spreadsheet `spreadsheetId`, read by ID (one Spreadsheets.get). For the daily run and the web app. */
export function readDocumentState(spreadsheetId: string): DocState {
  const id = spreadsheetId;
  const { info, state: props } = readSpreadsheet(id);
  // The first write to a store without the marker carries it: the document is then known to need
  // no move of old document properties, at no call of its own.
  const marked = (changes: Changes): Changes =>
    MIGRATED_KEY in state.props ? changes : { [MIGRATED_KEY]: new Date().toISOString(), ...changes };
  const state: DocState = {
    id,
    info,
    props,
    set: (key, value) => state.setMany({ [key]: value }),
    setMany: (changes) => {
      const requests = state.requests(changes);
      if (requests.length) batchUpdate(id, requests);
      state.applied(changes);
    },
    requests: (changes) => stateRequests(state.props, marked(changes)),
    applied: (changes) => {
      state.props = applyChanges(state.props, marked(changes));
    },
  };
  return state;
}

/**
 * The state with its spreadsheet handle: the active one (getActive, getId, one get), or one the
 * caller opened by ID. In a document, first the one move of an earlier version's document
 * properties when the store has not had it yet (a document never written by the add-on reads its
 * empty document properties until its first write). Document properties are null outside a
 * document (a run by ID): nothing is moved from there; the next action in the document moves it.
 */
export function documentState(ss: Spreadsheet = SpreadsheetApp.getActive()): DocContext {
  const s = readDocumentState(ss.getId());
  const dp = MIGRATED_KEY in s.props ? null : PropertiesService.getDocumentProperties();
  const old = dp?.getProperties() ?? {};
  if (dp && Object.keys(old).length) {
    s.setMany(migrationChanges(s.props, old));
    dp.deleteAllProperties();
  }
  return Object.assign(s, { spreadsheet: ss });
}
