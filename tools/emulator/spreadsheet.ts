/**
 * SpreadsheetApp and Spreadsheet. References:
 * developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app and …/spreadsheet
 */
import { parseA1, splitSheet } from './a1';
import { type Book, canOpen, type Library } from './book';
import { counted, type EmuContext } from './context';
import { OTHER_SPREADSHEET_MS } from './counter';
import * as E from './enums';
import type { GridRef } from './model';
import {
  ConditionalFormatRuleBuilderImpl,
  DataValidationBuilderImpl,
  makeUser,
  NamedRangeImpl,
  ProtectionImpl,
} from './objects';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { checkTimeZone } from './tz';
import { type UiImpl, UiLog } from './ui';

type G = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const emailOf = (u: unknown): string => (typeof u === 'string' ? u : (u as GoogleAppsScript.Base.User).getEmail());

type SpreadsheetApi = Pick<
  G,
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'deleteActiveSheet'
  | 'deleteSheet'
  | 'duplicateActiveSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getEditors'
  | 'getId'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast'
>;

export class SpreadsheetImpl implements SpreadsheetApi {
  readonly ctx: EmuContext;
  constructor(
    readonly book: Book,
    private uiLog: UiLog,
  ) {
    this.ctx = book.ctx;
  }
  private get g(): G {
    return this as unknown as G;
  }
  private wrap(id: number): GSheet {
    return new SheetImpl(this.book, id) as unknown as GSheet;
  }

  getId(): string {
    return this.book.wb.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.wb.id}/edit`;
  }
  getName(): string {
    return this.book.wb.name;
  }
  rename(newName: string): void {
    this.book.wb.name = newName;
  }
  getSheets(): GSheet[] {
    return this.book.wb.sheets.map((s) => this.wrap(s.id));
  }
  getNumSheets(): number {
    return this.book.wb.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const s = this.book.sheetByName(name);
    return s ? this.wrap(s.id) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this.book.wb.sheets.find((x) => x.id === id);
    return s ? this.wrap(s.id) : null;
  }
  /** insertSheet(), (index), (name), (name, index), (name, index, options), (index, options), (options). */
  insertSheet(a?: unknown, b?: unknown, _c?: unknown): GSheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    const s = this.book.addSheet(name ?? this.book.freshSheetName(), index);
    // A new sheet becomes the active one, as in the editor.
    this.book.wb.activeSheetId = s.id;
    return this.wrap(s.id);
  }
  deleteSheet(sheet: GSheet): void {
    const id = (sheet as unknown as SheetImpl).id;
    this.book.sheet(id);
    if (this.book.wb.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    const wb = this.book.wb;
    wb.sheets = wb.sheets.filter((s) => s.id !== id);
    wb.named = wb.named.filter((n) => n.range.sheetId !== id);
    wb.protections = wb.protections.filter((p) => p.sheetId !== id);
    if (wb.activeSheetId === id) wb.activeSheetId = wb.sheets[0].id;
  }
  deleteActiveSheet(): GSheet {
    const active = this.book.wb.activeSheetId;
    this.deleteSheet(this.wrap(active));
    return this.wrap(this.book.wb.activeSheetId);
  }
  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean): GSheet {
    const id = (sheet as unknown as SheetImpl).id;
    this.book.sheet(id).hidden = false;
    this.book.wb.activeSheetId = id;
    return sheet;
  }
  getActiveSheet(): GSheet {
    return this.wrap(this.book.wb.activeSheetId);
  }
  getActiveRange(): GRange | null {
    const s = this.book.sheet(this.book.wb.activeSheetId);
    const a = s.activeRange ?? { row: 1, col: 1, numRows: 1, numCols: 1 };
    return new RangeImpl(this.book, s.id, a.row, a.col, a.numRows, a.numCols) as unknown as GRange;
  }
  moveActiveSheet(pos: number): void {
    const wb = this.book.wb;
    const i = wb.sheets.findIndex((s) => s.id === wb.activeSheetId);
    const [s] = wb.sheets.splice(i, 1);
    wb.sheets.splice(Math.max(0, Math.min(pos - 1, wb.sheets.length)), 0, s);
  }
  duplicateActiveSheet(): GSheet {
    const wb = this.book.wb;
    const src = this.book.sheet(wb.activeSheetId);
    const copy = (new SheetImpl(this.book, src.id).copyTo(this.g) as unknown as SheetImpl).id;
    // The duplicate sits right after the original and becomes active.
    const i = wb.sheets.findIndex((s) => s.id === copy);
    const [s] = wb.sheets.splice(i, 1);
    wb.sheets.splice(wb.sheets.findIndex((x) => x.id === src.id) + 1, 0, s);
    wb.activeSheetId = copy;
    return this.wrap(copy);
  }
  getSpreadsheetTimeZone(): string {
    return this.book.wb.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    checkTimeZone(timezone);
    // Serial values stay: a cell keeps its wall-clock time, so its instant moves (as in Sheets).
    this.book.wb.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.book.wb.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.book.wb.locale = locale;
  }
  getRange(a1Notation: string): GRange {
    const { sheet } = splitSheet(a1Notation);
    const s = sheet !== undefined ? this.book.sheetByName(sheet) : this.book.sheet(this.book.wb.activeSheetId);
    if (!s) throw new Error('Range not found');
    const ref = parseA1(a1Notation, s.maxRows, s.maxCols);
    return new RangeImpl(this.book, s.id, ref.row, ref.col, ref.numRows!, ref.numCols!) as unknown as GRange;
  }
  getRangeByName(name: string): GRange | null {
    const n = this.book.wb.named.find((x) => x.name === name);
    if (!n) return null;
    const g = n.range;
    return new RangeImpl(this.book, g.sheetId, g.row, g.col, g.numRows, g.numCols) as unknown as GRange;
  }
  setNamedRange(name: string, range: GRange): void {
    // Named-range rules: letters, digits, underscores; not starting with a digit; not like "A1".
    if (!/^[A-Za-zА-Яа-яЁё_][\wА-Яа-яЁё.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error(`The named range ${name} is invalid.`);
    }
    const ref: GridRef = (range as unknown as RangeImpl)._ref();
    const wb = this.book.wb;
    wb.named = wb.named.filter((n) => n.name !== name);
    wb.named.push({ name, range: ref });
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.book.wb.named.map(
      (n) => new NamedRangeImpl(this.book, n.name) as unknown as GoogleAppsScript.Spreadsheet.NamedRange,
    );
  }
  removeNamedRange(name: string): void {
    const wb = this.book.wb;
    if (!wb.named.some((n) => n.name === name)) throw new Error(`Named range ${name} not found.`);
    wb.named = wb.named.filter((n) => n.name !== name);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.uiLog.toasts.push({
      message: String(msg),
      title: title ?? '',
      timeoutSeconds: timeoutSeconds ?? 5,
      at: new Date(this.ctx.nowMs()),
    });
    this.uiLog.events.push({ kind: 'toast', title: title ?? '', text: String(msg) });
  }
  getOwner(): GoogleAppsScript.Base.User | null {
    return makeUser(this.book.wb.owner);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.book.wb.owner, ...this.book.wb.editors].map(makeUser);
  }
  /**
   * Shares the file with `emailAddress` as an editor (a Drive permission: OTHER_SPREADSHEET_MS on
   * top of the call): from then on that account can open it, even if its access was removed before.
   */
  addEditor(emailAddress: unknown): G {
    this.ctx.surcharge(OTHER_SPREADSHEET_MS);
    this._share(emailOf(emailAddress));
    return this.g;
  }
  addEditors(emailAddresses: string[]): G {
    this.ctx.surcharge(OTHER_SPREADSHEET_MS);
    for (const e of emailAddresses) this._share(e);
    return this.g;
  }
  /** The account is no longer an editor; of a restricted file (one a script created) it can no longer open it. */
  removeEditor(emailAddress: unknown): G {
    this.ctx.surcharge(OTHER_SPREADSHEET_MS);
    const e = emailOf(emailAddress);
    this.book.wb.editors = this.book.wb.editors.filter((x) => x !== e);
    return this.g;
  }
  _share(e: string): void {
    const wb = this.book.wb;
    if (!wb.editors.includes(e) && e !== wb.owner) wb.editors.push(e);
    if (wb.noAccess?.includes(e)) wb.noAccess = wb.noAccess.filter((x) => x !== e);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.book.wb.protections
      .filter((p) => p.kind === String(type))
      .map((p) => new ProtectionImpl(this.book, p.id) as unknown as GoogleAppsScript.Spreadsheet.Protection);
  }
}
counted(SpreadsheetImpl, 'SpreadsheetApp', { name: 'Spreadsheet' });

type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** What SpreadsheetApp.create asks the emulator for (Emulator.addSpreadsheet does the rest). */
export interface NewBook {
  name: string;
  owner: string;
  rows?: number;
  columns?: number;
  restricted?: boolean;
}

export class SpreadsheetAppImpl
  implements
    Pick<
      SA,
      | 'flush'
      | 'getActive'
      | 'getActiveRange'
      | 'getActiveSheet'
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
      | 'create'
      | 'openById'
      | 'openByUrl'
      | 'setActiveSheet'
    >
{
  readonly DataValidationCriteria =
    E.DataValidationCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  readonly BooleanCriteria = E.BooleanCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
  readonly RelativeDate = E.RelativeDate as unknown as typeof GoogleAppsScript.Spreadsheet.RelativeDate;
  readonly ProtectionType = E.ProtectionType as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly WrapStrategy = E.WrapStrategy as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;
  readonly BorderStyle = E.BorderStyle as unknown as typeof GoogleAppsScript.Spreadsheet.BorderStyle;
  readonly Dimension = E.Dimension as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;
  readonly Direction = E.Direction as unknown as typeof GoogleAppsScript.Spreadsheet.Direction;
  readonly SheetType = E.SheetType as unknown as typeof GoogleAppsScript.Spreadsheet.SheetType;
  readonly CopyPasteType = E.CopyPasteType as unknown as typeof GoogleAppsScript.Spreadsheet.CopyPasteType;
  /** Set by the emulator; flush() has nothing to wait for in memory but is counted. */
  flushes = 0;

  constructor(
    readonly ctx: EmuContext,
    private library: Library,
    private ui: UiImpl,
    private newBook: (o: NewBook) => Book,
  ) {}
  /** The spreadsheet the execution runs in. */
  private get book(): Book {
    return this.library.active;
  }
  // Null when there is none (the reference: "or null if there is none").
  getActive(): G {
    // A web app has no active document either: it opens the spreadsheet by ID.
    return (this.ctx.detached || this.ctx.webApp ? null : this.book.spreadsheet) as G;
  }
  getActiveSpreadsheet(): G {
    return this.getActive();
  }
  /** Opening another spreadsheet than the execution's costs OTHER_SPREADSHEET_MS more (counter.ts). */
  openById(id: string): G {
    return this._open(this.library.byId(id), 'openById');
  }
  openByUrl(url: string): G {
    return this._open(
      [...this.library.books.values()].find((x) => url.includes(x.wb.id)),
      'openByUrl',
    );
  }
  _open(b: Book | undefined, method: string): G {
    if (b?.wb.id !== this.ctx.runsIn()) this.ctx.surcharge(OTHER_SPREADSHEET_MS);
    // A file the user cannot open (deleted, or access removed) fails the same way as an unknown id.
    if (!b || !canOpen(b.wb, this.ctx.user.effectiveUser)) {
      throw new Error(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
    }
    return b.spreadsheet;
  }
  /**
   * create(name) / create(name, rows, columns) (reference/spreadsheet/spreadsheet-app#create): a new
   * file owned by the effective user and shared with no one else (restricted), one sheet named as
   * Sheets names it in the file's language ("Лист1" / "Sheet1"), 1000 × 26 unless given. Its
   * locale and time zone are the account's defaults — assumed to be the emulator's options
   * (EmulatorOptions.locale / spreadsheetTimeZone), not the active spreadsheet's, which its owner
   * may have changed. Not the active spreadsheet; reachable by openById and the Sheets API.
   * Costs OTHER_SPREADSHEET_MS on top of the call (a Drive file is made).
   */
  create(name: string, rows?: number, columns?: number): G {
    this.ctx.surcharge(OTHER_SPREADSHEET_MS);
    // The wording of this refusal is the emulator's (Google's is not documented).
    for (const n of [rows, columns])
      if (n !== undefined && (!Number.isInteger(n) || n < 1)) throw new Error(`Invalid argument: ${String(n)}`);
    return this.newBook({ name, owner: this.ctx.user.effectiveUser, rows, columns, restricted: true }).spreadsheet;
  }
  getActiveSheet(): GSheet {
    return new SheetImpl(this.book, this.book.wb.activeSheetId) as unknown as GSheet;
  }
  getActiveRange(): GRange {
    return (this.book.spreadsheet as unknown as SpreadsheetImpl).getActiveRange()!;
  }
  setActiveSheet(sheet: GSheet, restoreSelection?: boolean): GSheet {
    return (this.book.spreadsheet as unknown as SpreadsheetImpl).setActiveSheet(sheet, restoreSelection);
  }
  /** No Ui in a time-driven trigger (the real message). */
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.ctx.uiAvailable || this.ctx.webApp)
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui as unknown as GoogleAppsScript.Base.Ui;
  }
  flush(): void {
    this.flushes++;
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new DataValidationBuilderImpl(this.ctx) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilderImpl(
      this.book,
    ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  }
}
// Creating a builder is local; its build() is the counted call.
counted(SpreadsheetAppImpl, 'SpreadsheetApp', {
  skip: ['newDataValidation', 'newConditionalFormatRule'],
  name: 'SpreadsheetApp',
});

export { UiLog };
