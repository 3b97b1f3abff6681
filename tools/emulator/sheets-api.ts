/**
 * The advanced Sheets service (`Sheets`, Sheets API v4) over the same in-memory workbook.
 * Reference: developers.google.com/sheets/api/reference/rest/v4/spreadsheets (get, batchUpdate,
 * values.get/batchGet/update/batchUpdate/append/clear/batchClear) and …/spreadsheets/request
 * (the request kinds below). Every method is one counted call under service "Sheets".
 * batchUpdate is atomic, as the real one: if any request fails, nothing is applied, and the
 * error reads "Invalid requests[i].<kind>: …".
 */
import { columnToLetters, lettersToColumn, splitSheet } from './a1';
import { BatchUndo, widerThan } from './batch-undo';
import { type Book, canOpen, type Library } from './book';
import { apiColorToHex, hexToApiColor } from './colors';
import type { EmuContext } from './context';
import { OTHER_SPREADSHEET_MS } from './counter';
import { applyMask, parseMask } from './fields';
import { formulaProblem } from './formula';
import {
  type CellModel,
  type ConditionalRuleModel,
  cellFor,
  type DataValidationModel,
  type GridRef,
  getCell,
  hasContent,
  lastRow,
  type MetadataModel,
  type SheetModel,
  spliceCols,
  spliceRows,
} from './model';
import { SheetsQuota } from './quota';
import { defaultDateFormat, defaultDateTimeFormat, displayValue, isDateFormat, parseTyped, writeValue } from './values';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type ApiGridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type Request = GoogleAppsScript.Sheets.Schema.Request;

class ApiError extends Error {}

function fail(method: string, message: string): never {
  throw new ApiError(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
}

/** API GridRange (0-based, end exclusive, missing = unbounded) → our 1-based GridRef. */
function toRef(book: Book, g: ApiGridRange | undefined): GridRef {
  const sheetId = g?.sheetId ?? 0;
  const s = book.wb.sheets.find((x) => x.id === sheetId);
  if (!s) throw new ApiError(`No grid with id: ${sheetId}`);
  const r0 = g?.startRowIndex ?? 0;
  const r1 = g?.endRowIndex ?? s.maxRows;
  const c0 = g?.startColumnIndex ?? 0;
  const c1 = g?.endColumnIndex ?? s.maxCols;
  if (r1 > s.maxRows)
    throw new ApiError(
      `Range ('${s.name}'!${columnToLetters(c0 + 1)}${r1}) exceeds grid limits. Max rows: ${s.maxRows}, max columns: ${s.maxCols}`,
    );
  if (c1 > s.maxCols)
    throw new ApiError(
      `Range ('${s.name}'!${columnToLetters(c1)}${r0 + 1}) exceeds grid limits. Max rows: ${s.maxRows}, max columns: ${s.maxCols}`,
    );
  return { sheetId, row: r0 + 1, col: c0 + 1, numRows: Math.max(0, r1 - r0), numCols: Math.max(0, c1 - c0) };
}

function toApiRange(g: GridRef): ApiGridRange {
  return {
    sheetId: g.sheetId,
    startRowIndex: g.row - 1,
    endRowIndex: g.row - 1 + g.numRows,
    startColumnIndex: g.col - 1,
    endColumnIndex: g.col - 1 + g.numCols,
  };
}

// ---------- condition type names: API ↔ SpreadsheetApp ----------

const DV_TYPES: Record<string, string> = {
  ONE_OF_LIST: 'VALUE_IN_LIST',
  ONE_OF_RANGE: 'VALUE_IN_RANGE',
  BOOLEAN: 'CHECKBOX',
  DATE_IS_VALID: 'DATE_IS_VALID_DATE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_GREATER: 'NUMBER_GREATER_THAN',
  NUMBER_LESS: 'NUMBER_LESS_THAN',
  NUMBER_EQ: 'NUMBER_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_EQ: 'TEXT_EQUAL_TO',
  TEXT_IS_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_URL: 'TEXT_IS_VALID_URL',
};
const CF_TYPES: Record<string, string> = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  BLANK: 'CELL_EMPTY',
  NOT_BLANK: 'CELL_NOT_EMPTY',
  TEXT_EQ: 'TEXT_EQUAL_TO',
  TEXT_NOT_EQ: 'TEXT_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_NOT_CONTAINS: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
  NUMBER_GREATER: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_EQ: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_EQ: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_EQ: 'NUMBER_EQUAL_TO',
  NUMBER_NOT_EQ: 'NUMBER_NOT_EQUAL_TO',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_AFTER: 'DATE_AFTER',
  DATE_EQ: 'DATE_EQUAL_TO',
};
const invert = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const DV_TYPES_BACK = invert(DV_TYPES);
const CF_TYPES_BACK = invert(CF_TYPES);

/** A formula Sheets could not parse in the spreadsheet's locale fails the request (formula.ts). */
function checkFormula(text: string, locale: string, where: string): void {
  const problem = formulaProblem(text, locale);
  if (problem) throw new ApiError(`Invalid ${where}: formula parse error in ${text} — ${problem}`);
}

/** Condition values; a CUSTOM_FORMULA one is parsed "as if the user typed into a cell" (ConditionValue). */
function conditionValues(
  condition: GoogleAppsScript.Sheets.Schema.BooleanCondition | undefined,
  locale: string,
): unknown[] {
  const values = (condition?.values ?? []).map((v) => v.userEnteredValue ?? v.relativeDate ?? '');
  if (condition?.type === 'CUSTOM_FORMULA') {
    if (values.length !== 1) throw new ApiError('CUSTOM_FORMULA takes exactly one ConditionValue.');
    checkFormula(String(values[0]), locale, 'ConditionValue.userEnteredValue');
  }
  return values;
}

function dvFromApi(rule: GoogleAppsScript.Sheets.Schema.DataValidationRule, locale: string): DataValidationModel {
  const type = rule.condition?.type ?? '';
  const m: DataValidationModel = {
    type: DV_TYPES[type] ?? type,
    values: conditionValues(rule.condition, locale),
    allowInvalid: !rule.strict,
  };
  if (rule.inputMessage) m.helpText = rule.inputMessage;
  return m;
}

function dvToApi(m: DataValidationModel): GoogleAppsScript.Sheets.Schema.DataValidationRule {
  return {
    condition: {
      type: DV_TYPES_BACK[m.type] ?? m.type,
      values: m.values.map((v) => ({ userEnteredValue: String(v) })),
    },
    strict: !m.allowInvalid,
    ...(m.helpText ? { inputMessage: m.helpText } : {}),
    showCustomUi: m.type === 'VALUE_IN_LIST' || m.type === 'VALUE_IN_RANGE' ? true : undefined,
  };
}

function colorOf(
  c?: GoogleAppsScript.Sheets.Schema.Color,
  style?: GoogleAppsScript.Sheets.Schema.ColorStyle,
): string | undefined {
  return apiColorToHex(style?.rgbColor ?? c);
}

// ---------- cell formats ----------

function numberFormatPattern(
  nf: GoogleAppsScript.Sheets.Schema.NumberFormat | undefined,
  locale: string,
): string | undefined {
  if (!nf) return undefined;
  if (nf.type === 'TEXT') return '@';
  if (nf.pattern) return nf.pattern;
  switch (nf.type) {
    case 'DATE':
      return defaultDateFormat(locale);
    case 'DATE_TIME':
      return defaultDateTimeFormat(locale);
    case 'TIME':
      return 'H:mm:ss';
    case 'PERCENT':
      return '0.00%';
    case 'NUMBER':
      return '#,##0.00';
    default:
      return undefined;
  }
}

const H_ALIGN: Record<string, string> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right' };
const V_ALIGN: Record<string, string> = { TOP: 'top', MIDDLE: 'middle', BOTTOM: 'bottom' };

type Setter = (c: CellModel, d: CellData, locale: string) => void;

function put<K extends keyof CellModel>(c: CellModel, k: K, v: CellModel[K] | undefined): void {
  if (v === undefined || v === null) delete c[k];
  else c[k] = v;
}

const TEXT_SETTERS: Record<string, Setter> = {
  bold: (c, d) => put(c, 'fw', d.userEnteredFormat?.textFormat?.bold ? 'bold' : undefined),
  italic: (c, d) => put(c, 'fst', d.userEnteredFormat?.textFormat?.italic ? 'italic' : undefined),
  foregroundColor: (c, d) => put(c, 'fc', colorOf(d.userEnteredFormat?.textFormat?.foregroundColor)),
  foregroundColorStyle: (c, d) =>
    put(c, 'fc', colorOf(undefined, d.userEnteredFormat?.textFormat?.foregroundColorStyle)),
  fontSize: (c, d) => put(c, 'size', d.userEnteredFormat?.textFormat?.fontSize),
  fontFamily: (c, d) => put(c, 'family', d.userEnteredFormat?.textFormat?.fontFamily),
  underline: (c, d) => put(c, 'line', d.userEnteredFormat?.textFormat?.underline ? 'underline' : undefined),
  strikethrough: (c, d) => {
    if (d.userEnteredFormat?.textFormat?.strikethrough) c.line = 'line-through';
    else if (c.line === 'line-through') delete c.line;
  },
};

const FORMAT_SETTERS: Record<string, Setter> = {
  numberFormat: (c, d, locale) => put(c, 'nf', numberFormatPattern(d.userEnteredFormat?.numberFormat, locale)),
  backgroundColor: (c, d) => put(c, 'bg', colorOf(d.userEnteredFormat?.backgroundColor)),
  backgroundColorStyle: (c, d) => put(c, 'bg', colorOf(undefined, d.userEnteredFormat?.backgroundColorStyle)),
  horizontalAlignment: (c, d) => put(c, 'ha', H_ALIGN[d.userEnteredFormat?.horizontalAlignment ?? '']),
  verticalAlignment: (c, d) => {
    const v = V_ALIGN[d.userEnteredFormat?.verticalAlignment ?? ''];
    put(c, 'va', v === 'bottom' ? undefined : v);
  },
  wrapStrategy: (c, d) => {
    const w = d.userEnteredFormat?.wrapStrategy as CellModel['wrap'] | undefined;
    put(c, 'wrap', w === 'OVERFLOW' ? undefined : w === ('LEGACY_WRAP' as string) ? 'WRAP' : w);
  },
  borders: (c, d) => {
    const b = d.userEnteredFormat?.borders;
    put(
      c,
      'border',
      b
        ? { top: !!b.top, left: !!b.left, bottom: !!b.bottom, right: !!b.right, style: b.top?.style ?? null }
        : undefined,
    );
  },
  textFormat: (c, d, l) => {
    for (const f of ['bold', 'italic', 'foregroundColor', 'fontSize', 'fontFamily', 'underline', 'strikethrough'])
      TEXT_SETTERS[f](c, d, l);
  },
  padding: () => {},
  textDirection: () => {},
  textRotation: () => {},
  hyperlinkDisplayType: () => {},
};

function setUserEnteredValue(c: CellModel, d: CellData, locale: string): void {
  delete c.v;
  delete c.f;
  const u = d.userEnteredValue;
  if (!u) return;
  if (u.formulaValue !== undefined) {
    checkFormula(u.formulaValue, locale, 'ExtendedValue.formulaValue');
    c.f = u.formulaValue;
  } else if (u.numberValue !== undefined) c.v = u.numberValue;
  else if (u.boolValue !== undefined) c.v = u.boolValue;
  else if (u.stringValue !== undefined && u.stringValue !== '') c.v = u.stringValue;
}

const TOP_SETTERS: Record<string, Setter> = {
  userEnteredValue: (c, d, locale) => setUserEnteredValue(c, d, locale),
  userEnteredFormat: (c, d, l) => {
    for (const k of [
      'numberFormat',
      'backgroundColor',
      'horizontalAlignment',
      'verticalAlignment',
      'wrapStrategy',
      'borders',
      'textFormat',
    ])
      FORMAT_SETTERS[k](c, d, l);
    if (d.userEnteredFormat?.backgroundColorStyle) FORMAT_SETTERS.backgroundColorStyle(c, d, l);
  },
  note: (c, d) => put(c, 'note', d.note || undefined),
  dataValidation: (c, d, locale) => put(c, 'dv', d.dataValidation ? dvFromApi(d.dataValidation, locale) : undefined),
};

/** Resolves a field mask of updateCells/repeatCell into setters; unknown fields are an error as in the API. */
function settersFor(fields: string | undefined, where: string): Setter[] {
  if (!fields) throw new ApiError(`Invalid ${where}: At least one field must be specified in 'fields'.`);
  const out: Setter[] = [];
  for (const raw of fields.split(',')) {
    const f = raw.trim();
    if (f === '*') {
      out.push(...Object.values(TOP_SETTERS));
      continue;
    }
    const [a, b, c] = f.split('.');
    if (!b && TOP_SETTERS[a]) out.push(TOP_SETTERS[a]);
    else if (a === 'userEnteredFormat' && !c && FORMAT_SETTERS[b]) out.push(FORMAT_SETTERS[b]);
    else if (a === 'userEnteredFormat' && b === 'textFormat' && c && TEXT_SETTERS[c]) out.push(TEXT_SETTERS[c]);
    else throw new ApiError(`Invalid ${where}: Invalid field mask: ${f}`);
  }
  return out;
}

// ---------- reading cells back as CellData ----------

function cellToApi(c: CellModel | undefined, locale: string): CellData {
  const d: CellData = {};
  if (!c) return d;
  if (c.f !== undefined) d.userEnteredValue = { formulaValue: c.f };
  else if (typeof c.v === 'number') d.userEnteredValue = { numberValue: c.v };
  else if (typeof c.v === 'boolean') d.userEnteredValue = { boolValue: c.v };
  else if (typeof c.v === 'string') d.userEnteredValue = { stringValue: c.v };
  if (c.v !== undefined) {
    // What the cell shows, computed: a formula's result, not the formula.
    d.effectiveValue =
      typeof c.v === 'number'
        ? { numberValue: c.v }
        : typeof c.v === 'boolean'
          ? { boolValue: c.v }
          : { stringValue: String(c.v) };
    d.formattedValue = displayValue(c, locale);
  }
  const fmt: GoogleAppsScript.Sheets.Schema.CellFormat = {};
  if (c.nf)
    fmt.numberFormat =
      c.nf === '@' ? { type: 'TEXT' } : { type: isDateFormat(c.nf) ? 'DATE' : 'NUMBER', pattern: c.nf };
  if (c.bg) fmt.backgroundColor = hexToApiColor(c.bg);
  const tf: GoogleAppsScript.Sheets.Schema.TextFormat = {};
  if (c.fw === 'bold') tf.bold = true;
  if (c.fst === 'italic') tf.italic = true;
  if (c.fc) tf.foregroundColor = hexToApiColor(c.fc);
  if (c.size) tf.fontSize = c.size;
  if (c.family) tf.fontFamily = c.family;
  if (Object.keys(tf).length) fmt.textFormat = tf;
  if (c.wrap) fmt.wrapStrategy = c.wrap;
  if (c.ha) fmt.horizontalAlignment = c.ha.toUpperCase();
  if (c.va) fmt.verticalAlignment = c.va.toUpperCase();
  if (Object.keys(fmt).length) d.userEnteredFormat = fmt;
  if (c.note) d.note = c.note;
  if (c.dv) d.dataValidation = dvToApi(c.dv);
  return d;
}

// ---------- the service ----------

interface ParsedRange {
  sheet: SheetModel;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/**
 * One call of the advanced Sheets service as a script made it, in REST terms: `params` are the
 * method's query parameters (spreadsheetId included), `body` its request body. Tests check every
 * captured call against Google's schema (test/gas/sheets-schema.test.ts).
 */
export interface SheetsApiCall {
  method: string;
  params: Record<string, unknown>;
  body?: unknown;
}

export class SheetsApiImpl {
  readonly Spreadsheets: GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
  /** Every call made, in order, while `recording` (copies: later changes by the script do not show). */
  readonly log: SheetsApiCall[] = [];
  recording = false;
  private record(method: string, params: Record<string, unknown>, body?: unknown): void {
    if (this.recording) this.log.push(structuredClone({ method, params, ...(body === undefined ? {} : { body }) }));
  }

  /** The spreadsheet of the call being served (every method names its spreadsheetId). */
  private book!: Book;
  /** While a batchUpdate runs: what puts the workbook back if one of its requests fails. */
  private undo: BatchUndo | null = null;

  constructor(
    readonly ctx: EmuContext,
    private library: Library,
  ) {
    const p = (id: string, opts?: object, extra: Record<string, unknown> = {}) => ({
      spreadsheetId: id,
      ...extra,
      ...((opts ?? {}) as Record<string, unknown>),
    });
    const values: Partial<GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection> = {
      get: (id: string, range: string, opts?: object) => {
        this.record('spreadsheets.values.get', p(id, opts, { range }));
        return this.call('values.get', id, () => this.valuesGet(id, range, opts));
      },
      batchGet: (id: string, opts?: object) => {
        this.record('spreadsheets.values.batchGet', p(id, opts));
        return this.call('values.batchGet', id, () => this.valuesBatchGet(id, opts));
      },
      update: (resource: GoogleAppsScript.Sheets.Schema.ValueRange, id: string, range: string, opts?: object) => {
        this.record('spreadsheets.values.update', p(id, opts, { range }), resource);
        return this.call('values.update', id, () => this.valuesUpdate(resource, id, range, opts));
      },
      batchUpdate: (resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest, id: string) => {
        this.record('spreadsheets.values.batchUpdate', p(id), resource);
        return this.call('values.batchUpdate', id, () => this.valuesBatchUpdate(resource, id));
      },
      append: (resource: GoogleAppsScript.Sheets.Schema.ValueRange, id: string, range: string, opts?: object) => {
        this.record('spreadsheets.values.append', p(id, opts, { range }), resource);
        return this.call('values.append', id, () => this.valuesAppend(resource, id, range, opts));
      },
      clear: (resource: unknown, id: string, range: string) => {
        this.record('spreadsheets.values.clear', p(id, undefined, { range }), resource ?? {});
        return this.call('values.clear', id, () => this.valuesClear(id, [range]));
      },
      batchClear: (resource: GoogleAppsScript.Sheets.Schema.BatchClearValuesRequest, id: string) => {
        this.record('spreadsheets.values.batchClear', p(id), resource);
        return this.call('values.batchClear', id, () => this.valuesClear(id, resource.ranges ?? []));
      },
    };
    const spreadsheets: Partial<GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection> = {
      Values: values as GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection,
      get: (id: string, opts?: object) => {
        this.record('spreadsheets.get', p(id, opts));
        return this.call('get', id, () => this.get(id, opts));
      },
      batchUpdate: (resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest, id: string) => {
        this.record('spreadsheets.batchUpdate', p(id), resource);
        return this.call('batchUpdate', id, () => this.batchUpdate(resource, id));
      },
    };
    this.Spreadsheets = spreadsheets as GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection;
  }

  /** Per-minute request quotas of the Sheets API (quota.ts). */
  readonly quota = new SheetsQuota();
  /** EmulatorOptions.sheetsQuota. */
  quotaOn = true;

  /**
   * One counted request to spreadsheet `id`: another spreadsheet than the execution's costs
   * OTHER_SPREADSHEET_MS more (counter.ts), and inside an execution the per-minute quotas hold.
   */
  private call<T>(method: string, id: string, fn: () => T): T {
    const label = method.startsWith('values.') ? `Spreadsheets.Values.${method.slice(7)}` : `Spreadsheets.${method}`;
    const outermost = this.ctx.depth === 0;
    if (outermost) {
      this.ctx.recordCall('Sheets', label, id === this.ctx.runsIn() ? 0 : OTHER_SPREADSHEET_MS);
      if (this.quotaOn && this.ctx.running.length) {
        const read = method === 'get' || method === 'values.get' || method === 'values.batchGet';
        const refused = this.quota.take(
          read ? 'Read requests' : 'Write requests',
          this.ctx.user.effectiveUser,
          this.ctx.quotaNowMs(),
        );
        if (refused) fail(method, refused);
      }
    }
    this.ctx.depth++;
    try {
      return fn();
    } catch (e) {
      if (e instanceof ApiError && !e.message.startsWith('API call to')) fail(method, e.message);
      throw e;
    } finally {
      this.ctx.depth--;
    }
  }

  private checkId(id: string): void {
    const b = this.library.byId(id);
    if (!b || b.wb.deleted) throw new ApiError('Requested entity was not found.');
    if (!canOpen(b.wb, this.ctx.user.effectiveUser)) throw new ApiError('The caller does not have permission');
    this.book = b;
  }

  /** The spreadsheet's developer metadata this project may see: DOCUMENT-visible, or PROJECT-visible and its own. */
  private visibleMetadata(): MetadataModel[] {
    return (this.book.wb.metadata ?? []).filter((m) => m.visibility === 'DOCUMENT' || m.project === this.ctx.project);
  }

  private metadataToApi(m: MetadataModel): GoogleAppsScript.Sheets.Schema.DeveloperMetadata {
    return {
      metadataId: m.id,
      metadataKey: m.key,
      ...(m.value === undefined ? {} : { metadataValue: m.value }),
      location: { locationType: 'SPREADSHEET', spreadsheet: true },
      visibility: m.visibility,
    };
  }

  /**
   * The visible entries a DataFilter's developerMetadataLookup matches (every field given must
   * match). Only spreadsheet-level metadata exists here: a lookup of another location type matches
   * nothing; a filter without a lookup (a range, a grid range) is not emulated.
   */
  private metadataMatching(filter: GoogleAppsScript.Sheets.Schema.DataFilter | undefined): MetadataModel[] {
    const l = filter?.developerMetadataLookup;
    if (!l)
      throw new ApiError('Emulator: only developerMetadataLookup data filters are emulated for developer metadata.');
    return this.visibleMetadata().filter(
      (m) =>
        (l.metadataId == null || l.metadataId === m.id) &&
        (l.metadataKey == null || l.metadataKey === m.key) &&
        (l.metadataValue == null || l.metadataValue === m.value) &&
        (l.visibility == null || l.visibility === m.visibility) &&
        (l.locationType == null || l.locationType === 'SPREADSHEET') &&
        (l.metadataLocation == null || l.metadataLocation.spreadsheet === true),
    );
  }

  /** What we allow a spreadsheet's metadata to hold (src/core/workbook/doc-state.ts, STATE_BUDGET_CHARS). */
  private checkMetadataSize(): void {
    const n = (this.book.wb.metadata ?? []).reduce((t, m) => t + m.key.length + (m.value?.length ?? 0), 0);
    if (n > METADATA_CHARS_LIMIT)
      throw new ApiError(`Developer metadata of the spreadsheet exceeds ${METADATA_CHARS_LIMIT} characters (${n}).`);
  }

  // ---- spreadsheets.get ----
  private get(id: string, opts?: object): GoogleAppsScript.Sheets.Schema.Spreadsheet {
    this.checkId(id);
    const o = (opts ?? {}) as { fields?: string; includeGridData?: boolean; ranges?: string[] | string };
    const wb = this.book.wb;
    // Grid data when asked for, or when the mask names `data` (`sheets.data…`) — a word of its own:
    // `developerMetadata` does not ask for every cell of every sheet (it was built, then masked away).
    const grid = o.includeGridData || /\bdata\b/.test(o.fields ?? '');
    const ranges =
      o.ranges === undefined ? undefined : ([] as string[]).concat(o.ranges).map((r) => this.parseRange(r));
    const full: GoogleAppsScript.Sheets.Schema.Spreadsheet = {
      spreadsheetId: wb.id,
      properties: { title: wb.name, locale: wb.locale, timeZone: wb.timeZone, autoRecalc: 'ON_CHANGE' },
      // With `ranges`, only the sheets they touch are in the answer (the real API filters the sheet
      // list itself — recorded from real responses, brekkylab/backlot issue 159).
      sheets: wb.sheets.flatMap((s, index) => {
        if (ranges && !ranges.some((r) => r.sheet.id === s.id)) return [];
        const sheet: GoogleAppsScript.Sheets.Schema.Sheet = {
          properties: {
            sheetId: s.id,
            title: s.name,
            index,
            sheetType: 'GRID',
            gridProperties: {
              rowCount: s.maxRows,
              columnCount: s.maxCols,
              ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}),
              ...(s.frozenCols ? { frozenColumnCount: s.frozenCols } : {}),
            },
            ...(s.hidden ? { hidden: true } : {}),
            ...(s.tabColor ? { tabColor: hexToApiColor(s.tabColor) } : {}),
          },
        };
        if (s.condRules.length) sheet.conditionalFormats = s.condRules.map((r) => this.cfToApi(r));
        const prot = wb.protections.filter((p) => p.sheetId === s.id);
        if (prot.length)
          sheet.protectedRanges = prot.map((p) => ({
            protectedRangeId: p.id,
            range: p.range ? toApiRange(p.range) : { sheetId: s.id },
            description: p.description,
            warningOnly: p.warningOnly,
            ...(p.warningOnly ? {} : { editors: { users: [...p.editors] } }),
          }));
        if (s.merges.length) sheet.merges = s.merges.map(toApiRange);
        if (s.charts.length)
          sheet.charts = s.charts.map((c) => ({
            chartId: c.id,
            spec: { title: (c.options.title as string) ?? undefined, basicChart: { chartType: c.type } },
          }));
        if (grid) {
          const rs = ranges
            ? ranges.filter((r) => r.sheet.id === s.id)
            : [{ sheet: s, row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols }];
          // proto3 JSON leaves a field at its default out: a grid starting at A1 has no start.
          sheet.data = rs.map((r) => ({
            ...(r.row > 1 ? { startRow: r.row - 1 } : {}),
            ...(r.col > 1 ? { startColumn: r.col - 1 } : {}),
            rowData: this.rowsOf(r).map((row) => ({ values: row.map((c) => cellToApi(c, wb.locale)) })),
            columnMetadata: Array.from({ length: r.numCols }, (_, j) => ({
              pixelSize: s.colWidths[r.col - 1 + j] ?? 100,
              ...(s.hiddenCols[r.col - 1 + j] ? { hiddenByUser: true } : {}),
            })),
          }));
        }
        return [sheet];
      }),
      namedRanges: wb.named.map((n) => ({ namedRangeId: n.name, name: n.name, range: toApiRange(n.range) })),
      // Returned only when `fields` names it (applyMask below), as the API does with any field.
      developerMetadata: this.visibleMetadata().map((m) => this.metadataToApi(m)),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${wb.id}/edit`,
    };
    if (!full.namedRanges?.length) delete full.namedRanges;
    if (!full.developerMetadata?.length) delete full.developerMetadata;
    return o.fields ? (applyMask(full, parseMask(o.fields)) as GoogleAppsScript.Sheets.Schema.Spreadsheet) : full;
  }

  private cfToApi(r: ConditionalRuleModel): GoogleAppsScript.Sheets.Schema.ConditionalFormatRule {
    const format: GoogleAppsScript.Sheets.Schema.CellFormat = {};
    if (r.format.bg) format.backgroundColor = hexToApiColor(r.format.bg);
    if (r.format.fc || r.format.bold || r.format.italic) {
      format.textFormat = {};
      if (r.format.fc) format.textFormat.foregroundColor = hexToApiColor(r.format.fc);
      if (r.format.bold) format.textFormat.bold = true;
      if (r.format.italic) format.textFormat.italic = true;
    }
    return {
      ranges: r.ranges.map(toApiRange),
      booleanRule: {
        condition: {
          type: CF_TYPES_BACK[r.type] ?? r.type,
          values: r.values.map((v) => ({ userEnteredValue: String(v) })),
        },
        format,
      },
    };
  }

  // ---- ranges in A1 ----
  private parseRange(a1: string): ParsedRange {
    const { sheet: name, range } = splitSheet(a1);
    const wb = this.book.wb;
    let sheet: SheetModel | undefined;
    let part = range;
    if (name !== undefined) sheet = this.book.sheetByName(name);
    else {
      // "План" alone is a whole sheet; else an A1 range on the first sheet.
      sheet = this.book.sheetByName(range.replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
      if (sheet) part = '';
      else sheet = wb.sheets.find((s) => !s.hidden) ?? wb.sheets[0];
    }
    if (!sheet) throw new ApiError(`Unable to parse range: ${a1}`);
    if (!part) return { sheet, row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
    const m = /^\$?([A-Za-z]*)\$?(\d*)(?::\$?([A-Za-z]*)\$?(\d*))?$/.exec(part);
    if (!m || (!m[1] && !m[2])) throw new ApiError(`Unable to parse range: ${a1}`);
    const c1 = m[1] ? lettersToColumn(m[1]) : 1;
    const r1 = m[2] ? Number(m[2]) : 1;
    const single = m[3] === undefined && m[4] === undefined;
    const c2 = single ? c1 : m[3] ? lettersToColumn(m[3]) : sheet.maxCols;
    const r2 = single ? r1 : m[4] ? Number(m[4]) : sheet.maxRows;
    return { sheet, row: r1, col: c1, numRows: r2 - r1 + 1, numCols: c2 - c1 + 1 };
  }

  private a1Of(r: ParsedRange): string {
    const name = `'${r.sheet.name.replace(/'/g, "''")}'`;
    const lastR = r.row + r.numRows - 1;
    const lastC = r.col + r.numCols - 1;
    return `${name}!${columnToLetters(r.col)}${r.row}:${columnToLetters(lastC)}${lastR}`;
  }

  private rowsOf(r: ParsedRange): (CellModel | undefined)[][] {
    const out: (CellModel | undefined)[][] = [];
    const maxR = Math.min(r.row + r.numRows - 1, r.sheet.maxRows);
    const maxC = Math.min(r.col + r.numCols - 1, r.sheet.maxCols);
    for (let i = r.row; i <= maxR; i++) {
      const row: (CellModel | undefined)[] = [];
      for (let j = r.col; j <= maxC; j++) row.push(getCell(r.sheet, i, j));
      out.push(row);
    }
    return out;
  }

  // ---- values ----
  private renderValues(r: ParsedRange, opts: Record<string, unknown>): GoogleAppsScript.Sheets.Schema.ValueRange {
    const render = (opts.valueRenderOption as string) ?? 'FORMATTED_VALUE';
    const dateRender = (opts.dateTimeRenderOption as string) ?? 'SERIAL_NUMBER';
    const locale = this.book.wb.locale;
    const one = (c: CellModel | undefined): unknown => {
      if (!c) return '';
      if (render === 'FORMULA' && c.f !== undefined) return c.f;
      if (c.v === undefined) return '';
      if (render === 'FORMATTED_VALUE') return displayValue(c, locale);
      if (typeof c.v === 'number' && isDateFormat(c.nf) && dateRender === 'FORMATTED_STRING')
        return displayValue(c, locale);
      return c.v;
    };
    let rows = this.rowsOf(r).map((row) => row.map(one));
    // The API leaves out trailing empty cells and rows.
    rows = rows.map((row) => {
      let n = row.length;
      while (n > 0 && row[n - 1] === '') n--;
      return row.slice(0, n);
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    if (opts.majorDimension === 'COLUMNS') {
      const width = Math.max(0, ...rows.map((x) => x.length));
      const cols: unknown[][] = [];
      for (let j = 0; j < width; j++) cols.push(rows.map((row) => row[j] ?? ''));
      rows = cols.map((col) => {
        let n = col.length;
        while (n > 0 && col[n - 1] === '') n--;
        return col.slice(0, n);
      });
    }
    const vr: GoogleAppsScript.Sheets.Schema.ValueRange = {
      range: this.a1Of(r),
      majorDimension: (opts.majorDimension as string) ?? 'ROWS',
    };
    if (rows.length) vr.values = rows;
    return vr;
  }

  private valuesGet(id: string, range: string, opts?: object): GoogleAppsScript.Sheets.Schema.ValueRange {
    this.checkId(id);
    return this.renderValues(this.parseRange(range), (opts ?? {}) as Record<string, unknown>);
  }

  private valuesBatchGet(id: string, opts?: object): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse {
    this.checkId(id);
    const o = (opts ?? {}) as Record<string, unknown>;
    const ranges = ([] as string[]).concat((o.ranges as string[] | string | undefined) ?? []);
    return { spreadsheetId: id, valueRanges: ranges.map((r) => this.renderValues(this.parseRange(r), o)) };
  }

  private writeValues(r: ParsedRange, values: unknown[][], inputOption: string | undefined, where: string): number {
    if (inputOption !== 'RAW' && inputOption !== 'USER_ENTERED') {
      throw new ApiError(`'valueInputOption' is required but not specified`);
    }
    const rows = values.length;
    const cols = Math.max(0, ...values.map((v) => v.length));
    if (rows > r.numRows || cols > r.numCols) {
      throw new ApiError(
        `Requested writing within range [${this.a1Of(r)}], but tried writing to row [${r.row + rows - 1}]`,
      );
    }
    if (r.row + rows - 1 > r.sheet.maxRows || r.col + cols - 1 > r.sheet.maxCols) {
      throw new ApiError(
        `${where}: Range exceeds grid limits. Max rows: ${r.sheet.maxRows}, max columns: ${r.sheet.maxCols}`,
      );
    }
    const env = this.book.writeEnv();
    let n = 0;
    values.forEach((row, i) => {
      row.forEach((v, j) => {
        // null leaves a cell as it is; "" clears it (API semantics).
        if (v === null || v === undefined) return;
        const c = cellFor(r.sheet, r.row + i, r.col + j);
        n++;
        if (inputOption === 'USER_ENTERED') writeValue(c, v, env);
        else {
          delete c.f;
          if (v === '') delete c.v;
          else c.v = typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
        }
      });
    });
    return n;
  }

  private valuesUpdate(
    resource: GoogleAppsScript.Sheets.Schema.ValueRange,
    id: string,
    range: string,
    opts?: object,
  ): GoogleAppsScript.Sheets.Schema.UpdateValuesResponse {
    this.checkId(id);
    const r = this.parseRange(range);
    const values = (resource.values ?? []) as unknown[][];
    const n = this.writeValues(r, values, (opts as { valueInputOption?: string })?.valueInputOption, 'values.update');
    return {
      spreadsheetId: id,
      updatedRange: this.a1Of({ ...r, numRows: values.length, numCols: Math.max(0, ...values.map((v) => v.length)) }),
      updatedRows: values.length,
      updatedColumns: Math.max(0, ...values.map((v) => v.length)),
      updatedCells: n,
    };
  }

  private valuesBatchUpdate(
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest,
    id: string,
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse {
    this.checkId(id);
    let cells = 0;
    const responses = (resource.data ?? []).map((vr) => {
      const r = this.parseRange(vr.range ?? '');
      const n = this.writeValues(r, (vr.values ?? []) as unknown[][], resource.valueInputOption, 'values.batchUpdate');
      cells += n;
      return { spreadsheetId: id, updatedRange: this.a1Of(r), updatedCells: n };
    });
    return { spreadsheetId: id, totalUpdatedCells: cells, responses };
  }

  private valuesAppend(
    resource: GoogleAppsScript.Sheets.Schema.ValueRange,
    id: string,
    range: string,
    opts?: object,
  ): GoogleAppsScript.Sheets.Schema.AppendValuesResponse {
    this.checkId(id);
    const o = (opts ?? {}) as { valueInputOption?: string; insertDataOption?: string };
    const r = this.parseRange(range);
    const values = (resource.values ?? []) as unknown[][];
    // The "table" is the range's rows that hold data; new rows go right after the last one.
    let last = r.row - 1;
    for (let i = r.row; i <= Math.min(r.row + r.numRows - 1, r.sheet.maxRows); i++) {
      for (let j = r.col; j < r.col + r.numCols; j++) if (hasContent(getCell(r.sheet, i, j))) last = i;
    }
    const at = last + 1;
    const width = Math.max(0, ...values.map((v) => v.length));
    if (o.insertDataOption === 'INSERT_ROWS') spliceRows(r.sheet, at, 0, values.length);
    else if (at + values.length - 1 > r.sheet.maxRows)
      spliceRows(r.sheet, r.sheet.maxRows + 1, 0, at + values.length - 1 - r.sheet.maxRows);
    if (r.col + width - 1 > r.sheet.maxCols)
      spliceCols(r.sheet, r.sheet.maxCols + 1, 0, r.col + width - 1 - r.sheet.maxCols);
    const target: ParsedRange = { sheet: r.sheet, row: at, col: r.col, numRows: values.length, numCols: width };
    const n = this.writeValues(target, values, o.valueInputOption, 'values.append');
    return {
      spreadsheetId: id,
      tableRange: last >= r.row ? this.a1Of({ ...r, numRows: last - r.row + 1 }) : undefined,
      updates: {
        spreadsheetId: id,
        updatedRange: this.a1Of(target),
        updatedRows: values.length,
        updatedColumns: width,
        updatedCells: n,
      },
    };
  }

  private valuesClear(id: string, ranges: string[]): GoogleAppsScript.Sheets.Schema.BatchClearValuesResponse {
    this.checkId(id);
    const cleared = ranges.map((a1) => {
      const r = this.parseRange(a1);
      for (const row of this.rowsOf(r))
        for (const c of row)
          if (c) {
            delete c.v;
            delete c.f;
          }
      return this.a1Of(r);
    });
    return { spreadsheetId: id, clearedRanges: cleared };
  }

  // ---- batchUpdate ----
  private batchUpdate(
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
    id: string,
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse {
    this.checkId(id);
    // A body over 10 MiB is refused by Google: "Request payload size exceeds the limit: 10485760
    // bytes." (scrt-hq/psgsuite#62; the limits page recommends 2 MB and names no hard limit).
    const bytes = Buffer.byteLength(JSON.stringify(resource), 'utf8');
    if (bytes > 10_485_760) throw new ApiError(`Request payload size exceeds the limit: 10485760 bytes.`);
    const requests = resource.requests ?? [];
    const undo = new BatchUndo(this.book.wb);
    this.undo = undo;
    const replies: GoogleAppsScript.Sheets.Schema.Response[] = [];
    try {
      requests.forEach((req, i) => {
        const kinds = Object.keys(req).filter((k) => (req as Record<string, unknown>)[k] !== undefined);
        if (kinds.length !== 1)
          throw new ApiError(
            `Invalid requests[${i}]: exactly one kind of request must be set (got ${kinds.join(', ') || 'none'})`,
          );
        const kind = kinds[0];
        try {
          replies.push(this.apply(kind, (req as Record<string, unknown>)[kind] as Record<string, unknown>));
        } catch (e) {
          const msg = e instanceof Error ? e.message : String(e);
          throw new ApiError(msg.startsWith('Invalid requests') ? msg : `Invalid requests[${i}].${kind}: ${msg}`);
        }
      });
      // The spreadsheet as it is after the batch, when asked for: limited to `responseRanges`, with
      // grid data only if `responseIncludeGridData` — both "meaningful only if
      // includeSpreadsheetInResponse is 'true'" (BatchUpdateSpreadsheetRequest,
      // developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate). A range that
      // does not parse fails the whole batch, nothing applied.
      if (resource.includeSpreadsheetInResponse) {
        const updatedSpreadsheet = this.get(id, {
          ...(resource.responseRanges?.length ? { ranges: resource.responseRanges } : {}),
          includeGridData: !!resource.responseIncludeGridData,
        });
        return { spreadsheetId: id, replies, updatedSpreadsheet };
      }
    } catch (e) {
      // Atomic: nothing of a failed batch stays.
      this.book.wb = undo.restore();
      throw e;
    } finally {
      this.undo = null;
    }
    return { spreadsheetId: id, replies };
  }

  /** A sheet a request of the batch changes (copied first, for the undo). */
  private sheetOf(sheetId: number | undefined): SheetModel {
    const s = this.findSheet(sheetId);
    this.undo?.touch(s);
    return s;
  }

  private findSheet(sheetId: number | undefined): SheetModel {
    const s = this.book.wb.sheets.find((x) => x.id === (sheetId ?? 0));
    if (!s) throw new ApiError(`No grid with id: ${sheetId ?? 0}`);
    return s;
  }

  private forCells(ref: GridRef, f: (c: CellModel, i: number, j: number) => void): void {
    const s = this.sheetOf(ref.sheetId);
    for (let i = 0; i < ref.numRows; i++)
      for (let j = 0; j < ref.numCols; j++) f(cellFor(s, ref.row + i, ref.col + j), i, j);
  }

  // biome-ignore lint/suspicious/noExplicitAny: `r` is the body of whichever request kind `kind` names; each case reads its own schema's fields
  private apply(kind: string, r: Record<string, any>): GoogleAppsScript.Sheets.Schema.Response {
    const wb = this.book.wb;
    const locale = wb.locale;
    switch (kind) {
      case 'addSheet': {
        const p = (r.properties ?? {}) as GoogleAppsScript.Sheets.Schema.SheetProperties;
        if (p.sheetId !== undefined && wb.sheets.some((s) => s.id === p.sheetId)) {
          throw new ApiError(`A sheet with id ${p.sheetId} already exists.`);
        }
        const title = p.title ?? this.book.freshSheetName();
        if (this.book.sheetByName(title))
          throw new ApiError(`A sheet with the name "${title}" already exists. Please enter another name.`);
        // SheetProperties.index is a place in the sheet list as it is when this request runs (earlier
        // requests of the batch included): 0 … the number of sheets; leaving it out adds at the end
        // (Sheets API reference, SheetProperties.index and AddSheetRequest). Past the end is refused,
        // never clamped. (Wording from memory.)
        if (p.index !== undefined && p.index !== null && (p.index < 0 || p.index > wb.sheets.length))
          throw new ApiError(
            `the sheet index ${p.index} is out of range (the spreadsheet has ${wb.sheets.length} sheets).`,
          );
        const s = this.book.addSheet(
          title,
          p.index ?? undefined,
          p.sheetId ?? undefined,
          p.gridProperties?.rowCount ?? undefined,
          p.gridProperties?.columnCount ?? undefined,
        );
        s.frozenRows = p.gridProperties?.frozenRowCount ?? 0;
        s.frozenCols = p.gridProperties?.frozenColumnCount ?? 0;
        s.hidden = !!p.hidden;
        s.tabColor = colorOf(p.tabColor, p.tabColorStyle) ?? null;
        const index = wb.sheets.indexOf(s);
        return {
          addSheet: {
            properties: {
              sheetId: s.id,
              title: s.name,
              index,
              sheetType: 'GRID',
              gridProperties: {
                rowCount: s.maxRows,
                columnCount: s.maxCols,
                frozenRowCount: s.frozenRows || undefined,
              },
            },
          },
        };
      }
      case 'deleteSheet': {
        // Not changed, only taken out of the list (which the undo keeps).
        const s = this.findSheet(r.sheetId);
        if (wb.sheets.length === 1) throw new ApiError("You can't remove all the sheets in a document.");
        wb.sheets = wb.sheets.filter((x) => x !== s);
        wb.named = wb.named.filter((n) => n.range.sheetId !== s.id);
        wb.protections = wb.protections.filter((p) => p.sheetId !== s.id);
        if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets[0].id;
        return {};
      }
      case 'updateSheetProperties': {
        const p = r.properties as GoogleAppsScript.Sheets.Schema.SheetProperties;
        const s = this.sheetOf(p.sheetId ?? undefined);
        const fields = String(r.fields ?? '');
        if (!fields) throw new ApiError("At least one field must be specified in 'fields'.");
        for (const f of fields.split(',').map((x) => x.trim())) {
          const gp = p.gridProperties ?? {};
          if (f === 'title') {
            const other = this.book.sheetByName(p.title ?? '');
            if (other && other !== s)
              throw new ApiError(`A sheet with the name "${p.title}" already exists. Please enter another name.`);
            s.name = p.title ?? s.name;
          } else if (f === 'index') {
            wb.sheets.splice(wb.sheets.indexOf(s), 1);
            wb.sheets.splice(Math.min(p.index ?? 0, wb.sheets.length), 0, s);
          } else if (f === 'hidden') s.hidden = !!p.hidden;
          else if (f === 'tabColor' || f === 'tabColorStyle') s.tabColor = colorOf(p.tabColor, p.tabColorStyle) ?? null;
          else if (f === 'gridProperties.frozenRowCount') s.frozenRows = gp.frozenRowCount ?? 0;
          else if (f === 'gridProperties.frozenColumnCount') s.frozenCols = gp.frozenColumnCount ?? 0;
          else if (f === 'gridProperties.rowCount') this.resize(s, gp.rowCount ?? s.maxRows, s.maxCols);
          else if (f === 'gridProperties.columnCount') this.resize(s, s.maxRows, gp.columnCount ?? s.maxCols);
          else if (f === 'gridProperties.hideGridlines') {
            /* display only */
          } else throw new ApiError(`Invalid field mask: ${f}`);
        }
        return {};
      }
      case 'updateSpreadsheetProperties': {
        const p = r.properties as GoogleAppsScript.Sheets.Schema.SpreadsheetProperties;
        for (const f of String(r.fields ?? '')
          .split(',')
          .map((x) => x.trim())) {
          if (f === 'title') wb.name = p.title ?? wb.name;
          else if (f === 'timeZone') wb.timeZone = p.timeZone ?? wb.timeZone;
          else if (f === 'locale') wb.locale = p.locale ?? wb.locale;
          else throw new ApiError(`Invalid field mask: ${f}`);
        }
        return {};
      }
      case 'updateCells': {
        const setters = settersFor(r.fields, 'updateCells');
        const rows = (r.rows ?? []) as GoogleAppsScript.Sheets.Schema.RowData[];
        let start: GridRef;
        if (r.start) {
          const s = this.sheetOf(r.start.sheetId);
          start = {
            sheetId: s.id,
            row: (r.start.rowIndex ?? 0) + 1,
            col: (r.start.columnIndex ?? 0) + 1,
            numRows: rows.length,
            numCols: 0,
          };
        } else start = toRef(this.book, r.range);
        const s = this.sheetOf(start.sheetId);
        rows.forEach((row, i) => {
          const rowNo = start.row + i;
          if (r.range && i >= start.numRows) return;
          (row.values ?? []).forEach((d, j) => {
            const colNo = start.col + j;
            if (rowNo > s.maxRows)
              throw new ApiError(`GridCoordinate.rowIndex[${rowNo - 1}] is after last row in grid[${s.maxRows - 1}]`);
            if (colNo > s.maxCols)
              throw new ApiError(
                `GridCoordinate.columnIndex[${colNo - 1}] is after last column in grid[${s.maxCols - 1}]`,
              );
            const c = cellFor(s, rowNo, colNo);
            for (const set of setters) set(c, d, locale);
          });
        });
        return {};
      }
      case 'repeatCell': {
        const setters = settersFor(r.fields, 'repeatCell');
        const ref = toRef(this.book, r.range);
        const d = (r.cell ?? {}) as CellData;
        this.forCells(ref, (c) => {
          for (const set of setters) set(c, d, locale);
        });
        return {};
      }
      case 'appendCells': {
        const s = this.findSheet(r.sheetId);
        const setters = settersFor(r.fields, 'appendCells');
        const rows = (r.rows ?? []) as GoogleAppsScript.Sheets.Schema.RowData[];
        if (widerThan(s, rows)) this.undo?.touch(s);
        else this.undo?.append(s, rows.length);
        const at = lastRow(s) + 1;
        if (at + rows.length - 1 > s.maxRows) spliceRows(s, s.maxRows + 1, 0, at + rows.length - 1 - s.maxRows);
        rows.forEach((row, i) => {
          (row.values ?? []).forEach((d, j) => {
            if (j + 1 > s.maxCols) spliceCols(s, s.maxCols + 1, 0, j + 1 - s.maxCols);
            const c = cellFor(s, at + i, j + 1);
            for (const set of setters) set(c, d, locale);
          });
        });
        return {};
      }
      case 'updateDimensionProperties': {
        const rg = r.range as GoogleAppsScript.Sheets.Schema.DimensionRange;
        const s = this.sheetOf(rg.sheetId ?? undefined);
        const cols = rg.dimension === 'COLUMNS';
        const start = rg.startIndex ?? 0;
        const end = rg.endIndex ?? (cols ? s.maxCols : s.maxRows);
        if (end > (cols ? s.maxCols : s.maxRows)) throw new ApiError(`Range exceeds grid limits.`);
        const p = r.properties as GoogleAppsScript.Sheets.Schema.DimensionProperties;
        for (const f of String(r.fields ?? '')
          .split(',')
          .map((x) => x.trim())) {
          for (let i = start; i < end; i++) {
            if (f === 'pixelSize') (cols ? s.colWidths : s.rowHeights)[i] = p.pixelSize ?? 100;
            else if (f === 'hiddenByUser') (cols ? s.hiddenCols : s.hiddenRows)[i] = !!p.hiddenByUser;
            else throw new ApiError(`Invalid field mask: ${f}`);
          }
        }
        return {};
      }
      case 'insertDimension': {
        const rg = r.range as GoogleAppsScript.Sheets.Schema.DimensionRange;
        const s = this.sheetOf(rg.sheetId ?? undefined);
        const n = (rg.endIndex ?? 0) - (rg.startIndex ?? 0);
        if (rg.dimension === 'COLUMNS') spliceCols(s, (rg.startIndex ?? 0) + 1, 0, n);
        else spliceRows(s, (rg.startIndex ?? 0) + 1, 0, n);
        return {};
      }
      case 'deleteDimension': {
        const rg = r.range as GoogleAppsScript.Sheets.Schema.DimensionRange;
        const s = this.sheetOf(rg.sheetId ?? undefined);
        const n = (rg.endIndex ?? 0) - (rg.startIndex ?? 0);
        if (rg.dimension === 'COLUMNS') spliceCols(s, (rg.startIndex ?? 0) + 1, n, 0);
        else {
          if (n >= s.maxRows) throw new ApiError("You can't delete all the rows on the sheet.");
          spliceRows(s, (rg.startIndex ?? 0) + 1, n, 0);
        }
        return {};
      }
      case 'appendDimension': {
        const s = this.sheetOf(r.sheetId);
        if (r.dimension === 'COLUMNS') spliceCols(s, s.maxCols + 1, 0, r.length ?? 0);
        else spliceRows(s, s.maxRows + 1, 0, r.length ?? 0);
        return {};
      }
      case 'setDataValidation': {
        const ref = toRef(this.book, r.range);
        const dv = r.rule ? dvFromApi(r.rule, wb.locale) : undefined;
        this.forCells(ref, (c) => put(c, 'dv', dv ? structuredClone(dv) : undefined));
        return {};
      }
      case 'addConditionalFormatRule': {
        const rule = r.rule as GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;
        const ranges = (rule.ranges ?? []).map((g) => toRef(this.book, g));
        if (!ranges.length) throw new ApiError('At least one range must be specified.');
        const s = this.sheetOf(ranges[0].sheetId);
        const b = rule.booleanRule;
        if (!b?.condition?.type)
          throw new ApiError('Only boolean rules are emulated (booleanRule.condition.type is required).');
        const tf = b.format?.textFormat;
        const m: ConditionalRuleModel = {
          ranges,
          type: CF_TYPES[b.condition.type] ?? b.condition.type,
          values: conditionValues(b.condition, wb.locale),
          format: {
            bg: colorOf(b.format?.backgroundColor, b.format?.backgroundColorStyle) ?? null,
            fc: colorOf(tf?.foregroundColor, tf?.foregroundColorStyle) ?? null,
            bold: tf?.bold ?? null,
            italic: tf?.italic ?? null,
            strike: tf?.strikethrough ?? null,
            underline: tf?.underline ?? null,
          },
        };
        s.condRules.splice(Math.min(r.index ?? 0, s.condRules.length), 0, m);
        return {};
      }
      case 'deleteConditionalFormatRule': {
        const s = this.sheetOf(r.sheetId);
        if ((r.index ?? 0) >= s.condRules.length)
          throw new ApiError(`No conditional format on sheet: ${s.id} at index: ${r.index ?? 0}`);
        s.condRules.splice(r.index ?? 0, 1);
        return {};
      }
      // reference/rest/v4/spreadsheets/request#CreateDeveloperMetadataRequest and the resource page:
      // "Developer metadata must always have a key specified", "…must always have a visibility
      // specified"; the id "must be positive" and is spreadsheet-scoped (unique); a location is required.
      case 'createDeveloperMetadata': {
        const d = (r.developerMetadata ?? {}) as GoogleAppsScript.Sheets.Schema.DeveloperMetadata;
        if (!d.metadataKey) throw new ApiError('Developer metadata must always have a key specified.');
        if (d.visibility !== 'DOCUMENT' && d.visibility !== 'PROJECT')
          throw new ApiError('Developer metadata must always have a visibility specified.');
        if (!d.location) throw new ApiError('Developer metadata must have a location specified.');
        if (d.location.spreadsheet !== true)
          throw new ApiError('Emulator: only spreadsheet-level developer metadata is emulated.');
        wb.metadata = wb.metadata ?? [];
        const all = wb.metadata;
        if (d.metadataId != null && (d.metadataId <= 0 || all.some((m) => m.id === d.metadataId)))
          throw new ApiError(`Invalid metadataId ${d.metadataId}: it must be positive and unused.`);
        const id = d.metadataId ?? 100_000 + this.book.nextId();
        const m: MetadataModel = {
          id,
          key: d.metadataKey,
          ...(d.metadataValue == null ? {} : { value: d.metadataValue }),
          visibility: d.visibility,
          project: this.ctx.project,
        };
        all.push(m);
        this.checkMetadataSize();
        return { createDeveloperMetadata: { developerMetadata: this.metadataToApi(m) } };
      }
      // UpdateDeveloperMetadataRequest: "dataFilters: The filters matching the developer metadata
      // entries to update", "fields: The fields that should be updated. At least one field must be
      // specified."
      case 'updateDeveloperMetadata': {
        const fields = String(r.fields ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
        if (!fields.length) throw new ApiError("At least one field must be specified in 'fields'.");
        const d = (r.developerMetadata ?? {}) as GoogleAppsScript.Sheets.Schema.DeveloperMetadata;
        const hits = new Set(
          ((r.dataFilters ?? []) as GoogleAppsScript.Sheets.Schema.DataFilter[]).flatMap((f) =>
            this.metadataMatching(f),
          ),
        );
        for (const m of hits)
          for (const f of fields) {
            if (f === 'metadataValue') m.value = d.metadataValue ?? undefined;
            else if (f === 'metadataKey' && d.metadataKey) m.key = d.metadataKey;
            else if (f === 'visibility' && (d.visibility === 'DOCUMENT' || d.visibility === 'PROJECT'))
              m.visibility = d.visibility;
            else throw new ApiError(`Emulator: updating developer metadata field "${f}" is not emulated.`);
          }
        this.checkMetadataSize();
        return { updateDeveloperMetadata: { developerMetadata: [...hits].map((m) => this.metadataToApi(m)) } };
      }
      case 'deleteDeveloperMetadata': {
        const hits = new Set(this.metadataMatching(r.dataFilter));
        wb.metadata = (wb.metadata ?? []).filter((m) => !hits.has(m));
        return { deleteDeveloperMetadata: { deletedDeveloperMetadata: [...hits].map((m) => this.metadataToApi(m)) } };
      }
      case 'addProtectedRange': {
        const p = r.protectedRange as GoogleAppsScript.Sheets.Schema.ProtectedRange;
        const rg = p.range ?? {};
        const s = this.sheetOf(rg.sheetId ?? undefined);
        const whole =
          rg.startRowIndex === undefined &&
          rg.endRowIndex === undefined &&
          rg.startColumnIndex === undefined &&
          rg.endColumnIndex === undefined;
        const id = this.book.nextId();
        wb.protections.push({
          id,
          kind: whole ? 'SHEET' : 'RANGE',
          sheetId: s.id,
          range: whole ? undefined : toRef(this.book, rg),
          description: p.description ?? '',
          warningOnly: !!p.warningOnly,
          editors: [...new Set([wb.owner, ...(p.editors?.users ?? [])])],
          domainEdit: !!p.editors?.domainUsersCanEdit,
          unprotected: (p.unprotectedRanges ?? []).map((g) => toRef(this.book, g)),
        });
        return { addProtectedRange: { protectedRange: { ...p, protectedRangeId: id } } };
      }
      case 'deleteProtectedRange': {
        if (!wb.protections.some((p) => p.id === r.protectedRangeId))
          throw new ApiError(`No protected range with id: ${r.protectedRangeId}`);
        wb.protections = wb.protections.filter((p) => p.id !== r.protectedRangeId);
        return {};
      }
      case 'addNamedRange': {
        const n = r.namedRange as GoogleAppsScript.Sheets.Schema.NamedRange;
        if (wb.named.some((x) => x.name === n.name))
          throw new ApiError(`A named range with the name "${n.name}" already exists.`);
        wb.named.push({ name: n.name ?? '', range: toRef(this.book, n.range ?? undefined) });
        return { addNamedRange: { namedRange: { ...n, namedRangeId: n.name } } };
      }
      case 'deleteNamedRange': {
        wb.named = wb.named.filter((x) => x.name !== r.namedRangeId);
        return {};
      }
      case 'mergeCells': {
        const ref = toRef(this.book, r.range);
        const s = this.sheetOf(ref.sheetId);
        s.merges.push(ref);
        return {};
      }
      case 'unmergeCells': {
        const ref = toRef(this.book, r.range);
        const s = this.sheetOf(ref.sheetId);
        s.merges = s.merges.filter(
          (m) =>
            !(m.row >= ref.row && m.row < ref.row + ref.numRows && m.col >= ref.col && m.col < ref.col + ref.numCols),
        );
        return {};
      }
      case 'updateBorders': {
        const ref = toRef(this.book, r.range);
        this.forCells(ref, (c, i, j) => {
          c.border = {
            top: i === 0 ? !!r.top : !!r.innerHorizontal,
            bottom: i === ref.numRows - 1 ? !!r.bottom : !!r.innerHorizontal,
            left: j === 0 ? !!r.left : !!r.innerVertical,
            right: j === ref.numCols - 1 ? !!r.right : !!r.innerVertical,
            style: r.top?.style ?? null,
          };
        });
        return {};
      }
      case 'autoResizeDimensions': {
        const d = r.dimensions as GoogleAppsScript.Sheets.Schema.DimensionRange;
        const s = this.sheetOf(d.sheetId ?? undefined);
        if (d.dimension === 'COLUMNS') {
          const last = lastRow(s);
          for (let c = (d.startIndex ?? 0) + 1; c <= (d.endIndex ?? s.maxCols); c++) {
            let longest = 0;
            for (let row = 1; row <= last; row++)
              longest = Math.max(longest, displayValue(getCell(s, row, c), locale).length);
            s.colWidths[c - 1] = Math.max(20, Math.min(longest * 7 + 10, 1000));
          }
        }
        return {};
      }
      case 'addChart': {
        const ch = r.chart as GoogleAppsScript.Sheets.Schema.EmbeddedChart;
        const anchor = ch.position?.overlayPosition?.anchorCell;
        const sheetId = anchor?.sheetId ?? ch.position?.sheetId ?? 0;
        const s = this.sheetOf(sheetId);
        const spec = ch.spec ?? {};
        const type = spec.pieChart ? 'PIE' : (spec.basicChart?.chartType ?? 'COLUMN');
        const sources = [
          ...(spec.basicChart?.domains ?? []).flatMap((d) => d.domain?.sourceRange?.sources ?? []),
          ...(spec.basicChart?.series ?? []).flatMap((x) => x.series?.sourceRange?.sources ?? []),
          ...(spec.pieChart?.domain?.sourceRange?.sources ?? []),
          ...(spec.pieChart?.series?.sourceRange?.sources ?? []),
        ];
        const id = ch.chartId ?? this.book.nextId();
        s.charts.push({
          id,
          type,
          ranges: sources.map((g) => toRef(this.book, g)),
          position: {
            row: (anchor?.rowIndex ?? 0) + 1,
            col: (anchor?.columnIndex ?? 0) + 1,
            offsetX: ch.position?.overlayPosition?.offsetXPixels ?? 0,
            offsetY: ch.position?.overlayPosition?.offsetYPixels ?? 0,
          },
          options: { ...(spec.title ? { title: spec.title } : {}) },
        });
        return { addChart: { chart: { ...ch, chartId: id } } };
      }
      case 'deleteEmbeddedObject': {
        let found = false;
        for (const s of wb.sheets) {
          if (s.charts.some((c) => c.id === r.objectId)) this.undo?.touch(s);
          const before = s.charts.length;
          s.charts = s.charts.filter((c) => c.id !== r.objectId);
          found ||= s.charts.length !== before;
        }
        if (!found) throw new ApiError(`No embedded object with id: ${r.objectId}`);
        return {};
      }
      case 'sortRange': {
        const ref = toRef(this.book, r.range);
        const s = this.sheetOf(ref.sheetId);
        const rows: (CellModel | undefined)[][] = [];
        for (let i = 0; i < ref.numRows; i++) {
          const row: (CellModel | undefined)[] = [];
          for (let j = 0; j < ref.numCols; j++) row.push(getCell(s, ref.row + i, ref.col + j));
          rows.push(row);
        }
        const specs = (r.sortSpecs ?? []) as GoogleAppsScript.Sheets.Schema.SortSpec[];
        rows.sort((a, b) => {
          for (const sp of specs) {
            const j = (sp.dimensionIndex ?? 0) - (ref.col - 1);
            const x = a[j]?.v;
            const y = b[j]?.v;
            if (x === y) continue;
            if (x === undefined) return 1;
            if (y === undefined) return -1;
            const cmp = typeof x === typeof y ? (x < y ? -1 : 1) : typeof x === 'number' ? -1 : 1;
            return sp.sortOrder === 'DESCENDING' ? -cmp : cmp;
          }
          return 0;
        });
        rows.forEach((row, i) => {
          row.forEach((c, j) => {
            const arr = s.cells[ref.row + i - 1] ?? [];
            s.cells[ref.row + i - 1] = arr;
            arr[ref.col + j - 1] = c;
          });
        });
        return {};
      }
      default:
        throw new ApiError(`Emulator: request kind "${kind}" is not emulated (see docs/emulator.md).`);
    }
  }

  private resize(s: SheetModel, rows: number, cols: number): void {
    if (rows > s.maxRows) spliceRows(s, s.maxRows + 1, 0, rows - s.maxRows);
    else if (rows < s.maxRows) spliceRows(s, rows + 1, s.maxRows - rows, 0);
    if (cols > s.maxCols) spliceCols(s, s.maxCols + 1, 0, cols - s.maxCols);
    else if (cols < s.maxCols) spliceCols(s, cols + 1, s.maxCols - cols, 0);
  }
}

/**
 * Characters (keys and values) of developer metadata one spreadsheet may hold here. The stored
 * copies of Google's guide and reference name no size limit; this is the add-on's own design budget
 * (src/core/workbook/doc-state.ts, STATE_BUDGET_CHARS), enforced so no test passes on more.
 */
export const METADATA_CHARS_LIMIT = 30_000;

export type { Request };
/** USER_ENTERED parsing is the same as typing; exported for tests. */
export { parseTyped };
