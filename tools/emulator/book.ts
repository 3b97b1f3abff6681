/**
 * The shared workbook: model + context + lookups used by the SpreadsheetApp classes and the
 * advanced Sheets service. Wrappers (Sheet, Range) keep only ids and look the model up on every
 * call, so a rolled-back batchUpdate or a deleted sheet is seen at once.
 */
import type { EmuContext } from './context';
import { newSheet, type SheetModel, type WorkbookModel } from './model';
import { SheetImpl } from './sheet';
import { wallClock } from './tz';
import type { WriteEnv } from './values';

export class Book {
  /** The Spreadsheet object scripts see (set by the emulator once built). */
  spreadsheet!: GoogleAppsScript.Spreadsheet.Spreadsheet;
  constructor(
    readonly ctx: EmuContext,
    public wb: WorkbookModel,
  ) {}

  sheet(id: number): SheetModel {
    const s = this.wb.sheets.find((x) => x.id === id);
    // Wording of the real exception when a script keeps a Sheet after deleting it.
    if (!s) throw new Error('The sheet has been deleted or is no longer available.');
    return s;
  }

  sheetWrapper(id: number): GoogleAppsScript.Spreadsheet.Sheet {
    this.sheet(id);
    return new SheetImpl(this, id) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  spreadsheetWrapper(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.spreadsheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.wb.sheets.find((x) => x.name === name);
  }

  /** A fresh sheet / chart / protection id (sheet ids are random-looking in Sheets; ours are deterministic). */
  nextId(): number {
    this.wb.nextId += 1;
    return this.wb.nextId;
  }

  addSheet(name: string, index?: number, id?: number, rows?: number, cols?: number): SheetModel {
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const s = newSheet(id ?? this.nextId() * 1000 + 7, name, rows, cols);
    const at = index === undefined ? this.wb.sheets.length : Math.max(0, Math.min(index, this.wb.sheets.length));
    this.wb.sheets.splice(at, 0, s);
    return s;
  }

  writeEnv(): WriteEnv {
    return {
      timeZone: this.wb.timeZone,
      locale: this.wb.locale,
      year: wallClock(this.ctx.nowMs(), this.wb.timeZone).year,
    };
  }

  /** A name not used yet: "Лист2", "Лист3"… (ru locale) or "Sheet2"… */
  freshSheetName(): string {
    const base = this.wb.locale.startsWith('ru') ? 'Лист' : 'Sheet';
    let n = this.wb.sheets.length + 1;
    while (this.sheetByName(`${base}${n}`)) n++;
    return `${base}${n}`;
  }
}

/**
 * The spreadsheets one emulator holds, by id; the active one is the context's `activeDocument`.
 * Services that are not tied to one spreadsheet (SpreadsheetApp, the Sheets API, properties,
 * triggers) look the spreadsheet up here on every call.
 */
export class Library {
  readonly books = new Map<string, Book>();
  constructor(readonly ctx: EmuContext) {}
  add(book: Book): void {
    this.books.set(book.wb.id, book);
    if (!this.ctx.activeDocument) this.ctx.activeDocument = book.wb.id;
  }
  byId(id: string): Book | undefined {
    return this.books.get(id);
  }
  get active(): Book {
    const b = this.books.get(this.ctx.activeDocument);
    if (!b) throw new Error(`emulator: no spreadsheet ${this.ctx.activeDocument}`);
    return b;
  }
}

/** Whether account `email` can open the workbook (openById, the Sheets API). */
export function canOpen(wb: WorkbookModel, email: string): boolean {
  if (wb.deleted || wb.noAccess?.includes(email)) return false;
  return !wb.restricted || email === wb.owner || wb.editors.includes(email);
}

export function newWorkbook(opts: {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  rows?: number;
  columns?: number;
}): WorkbookModel {
  // The first sheet is named in the spreadsheet's language, as Sheets names it ("Лист1", "Sheet1").
  const first = newSheet(0, opts.locale.startsWith('ru') ? 'Лист1' : 'Sheet1', opts.rows, opts.columns);
  return {
    id: opts.id,
    name: opts.name,
    timeZone: opts.timeZone,
    locale: opts.locale,
    owner: opts.owner,
    editors: [],
    sheets: [first],
    activeSheetId: 0,
    named: [],
    protections: [],
    nextId: 1,
  };
}
