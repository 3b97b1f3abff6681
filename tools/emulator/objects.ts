/**
 * Spreadsheet value objects and their builders: DataValidation, ConditionalFormatRule,
 * EmbeddedChart, Protection, NamedRange. Counting rule: a builder's chained setters are local
 * (not counted); its build() is one call. Getters on a value object already read are local too;
 * calls that change the spreadsheet (Protection.setDescription, NamedRange.remove, …) count.
 * References: developers.google.com/apps-script/reference/spreadsheet/data-validation-builder,
 * …/conditional-format-rule-builder, …/embedded-chart-builder, …/protection, …/named-range
 */
import type { Book } from './book';
import { normalizeColor } from './colors';
import { counted, type EmuContext } from './context';
import type { ChartModel, ConditionalRuleModel, DataValidationModel, GridRef, ProtectionModel } from './model';
import { RangeImpl } from './range';
import { dateToSerial } from './tz';

type S = typeof GoogleAppsScript.Spreadsheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

function refOf(r: GRange): GridRef {
  return (r as unknown as RangeImpl)._ref();
}
function rangeOf(book: Book, g: GridRef): GRange {
  return new RangeImpl(book, g.sheetId, g.row, g.col, g.numRows, g.numCols) as unknown as GRange;
}

// ---------------- Data validation ----------------

export class DataValidationImpl
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.DataValidation,
      'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
    >
{
  constructor(
    readonly ctx: EmuContext,
    readonly model: DataValidationModel,
  ) {}
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return new DataValidationBuilderImpl(
      this.ctx,
      structuredClone(this.model),
    ) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.model.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.model.values];
  }
  getHelpText(): string {
    return this.model.helpText ?? '';
  }
}

export function dvFromModel(ctx: EmuContext, m: DataValidationModel): GoogleAppsScript.Spreadsheet.DataValidation {
  return new DataValidationImpl(ctx, structuredClone(m)) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

export class DataValidationBuilderImpl
  implements
    Pick<
      DVB,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'requireCheckbox'
      | 'requireDate'
      | 'requireDateAfter'
      | 'requireDateBefore'
      | 'requireDateOnOrAfter'
      | 'requireDateOnOrBefore'
      | 'requireFormulaSatisfied'
      | 'requireNumberBetween'
      | 'requireTextIsEmail'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'withCriteria'
    >
{
  constructor(
    readonly ctx: EmuContext,
    private m: DataValidationModel = { type: '', values: [], allowInvalid: true },
  ) {}
  private get b(): DVB {
    return this as unknown as DVB;
  }
  private set(type: string, values: unknown[]): DVB {
    this.m.type = type;
    this.m.values = values;
    return this.b;
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    // The real builder refuses to build without criteria.
    if (!this.m.type) throw new Error('You must specify a criteria type.');
    return new DataValidationImpl(
      this.ctx,
      structuredClone(this.m),
    ) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
  copy(): DVB {
    return new DataValidationBuilderImpl(this.ctx, structuredClone(this.m)) as unknown as DVB;
  }
  getAllowInvalid(): boolean {
    return this.m.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.m.type as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.m.values];
  }
  getHelpText(): string | null {
    return this.m.helpText ?? null;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DVB {
    const v =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.set('CHECKBOX', v);
  }
  requireDate(): DVB {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): DVB {
    return this.set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): DVB {
    return this.set('DATE_BEFORE', [date]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): DVB {
    return this.set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): DVB {
    return this.set('DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): DVB {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): DVB {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireTextIsEmail(): DVB {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  /** Criteria values as getCriteriaValues() returns them: [values[], showDropdown]. */
  requireValueInList(values: string[], showDropdown = true): DVB {
    this.set('VALUE_IN_LIST', [...values]);
    this.m.values = [...values];
    (this.m as DataValidationModel & { showDropdown?: boolean }).showDropdown = showDropdown;
    return this.b;
  }
  requireValueInRange(range: GRange, showDropdown = true): DVB {
    this.set('VALUE_IN_RANGE', [refOf(range)]);
    (this.m as DataValidationModel & { showDropdown?: boolean }).showDropdown = showDropdown;
    return this.b;
  }
  setAllowInvalid(allowInvalidData: boolean): DVB {
    this.m.allowInvalid = allowInvalidData;
    return this.b;
  }
  setHelpText(helpText: string): DVB {
    this.m.helpText = helpText;
    return this.b;
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): DVB {
    return this.set(String(criteria), [...args]);
  }
}
counted(DataValidationBuilderImpl, 'SpreadsheetApp', { only: ['build'], name: 'DataValidationBuilder' });

// ---------------- Conditional format rules ----------------

type CFB = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export class BooleanConditionImpl implements GoogleAppsScript.Spreadsheet.BooleanCondition {
  constructor(private m: ConditionalRuleModel) {}
  getBackground(): string | null {
    return this.m.format.bg ?? null;
  }
  getBold(): boolean | null {
    return this.m.format.bold ?? null;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.m.type as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.m.values];
  }
  getFontColor(): string | null {
    return this.m.format.fc ?? null;
  }
  getItalic(): boolean | null {
    return this.m.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.m.format.strike ?? null;
  }
  getUnderline(): boolean | null {
    return this.m.format.underline ?? null;
  }
}

export class ConditionalFormatRuleImpl
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
      'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'
    >
{
  constructor(
    readonly book: Book,
    readonly model: ConditionalRuleModel,
  ) {}
  copy(): CFB {
    return new ConditionalFormatRuleBuilderImpl(this.book, structuredClone(this.model)) as unknown as CFB;
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return new BooleanConditionImpl(this.model);
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }
  getRanges(): GRange[] {
    return this.model.ranges.map((g) => rangeOf(this.book, g));
  }
}

export class ConditionalFormatRuleBuilderImpl
  implements
    Pick<
      CFB,
      | 'build'
      | 'copy'
      | 'getBooleanCondition'
      | 'getRanges'
      | 'setBackground'
      | 'setBold'
      | 'setFontColor'
      | 'setItalic'
      | 'setRanges'
      | 'setStrikethrough'
      | 'setUnderline'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenDateAfter'
      | 'whenDateBefore'
      | 'whenDateEqualTo'
      | 'whenFormulaSatisfied'
      | 'whenNumberBetween'
      | 'whenNumberEqualTo'
      | 'whenNumberGreaterThan'
      | 'whenNumberLessThan'
      | 'whenTextContains'
      | 'whenTextEqualTo'
      | 'whenTextStartsWith'
      | 'withCriteria'
    >
{
  readonly ctx: EmuContext;
  constructor(
    readonly book: Book,
    private m: ConditionalRuleModel = { ranges: [], type: '', values: [], format: {} },
  ) {
    this.ctx = book.ctx;
  }
  private get b(): CFB {
    return this as unknown as CFB;
  }
  private when(type: string, values: unknown[]): CFB {
    this.m.type = type;
    this.m.values = values;
    return this.b;
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this.m.type) throw new Error('You must specify a condition.');
    return new ConditionalFormatRuleImpl(
      this.book,
      structuredClone(this.m),
    ) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
  copy(): CFB {
    return new ConditionalFormatRuleBuilderImpl(this.book, structuredClone(this.m)) as unknown as CFB;
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.m.type ? new BooleanConditionImpl(this.m) : null;
  }
  getRanges(): GRange[] {
    return this.m.ranges.map((g) => rangeOf(this.book, g));
  }
  setBackground(color: string | null): CFB {
    this.m.format.bg = normalizeColor(color) ?? null;
    return this.b;
  }
  setBold(bold: boolean | null): CFB {
    this.m.format.bold = bold;
    return this.b;
  }
  setFontColor(color: string | null): CFB {
    this.m.format.fc = normalizeColor(color) ?? null;
    return this.b;
  }
  setItalic(italic: boolean | null): CFB {
    this.m.format.italic = italic;
    return this.b;
  }
  setStrikethrough(strikethrough: boolean | null): CFB {
    this.m.format.strike = strikethrough;
    return this.b;
  }
  setUnderline(underline: boolean | null): CFB {
    this.m.format.underline = underline;
    return this.b;
  }
  setRanges(ranges: GRange[]): CFB {
    this.m.ranges = ranges.map(refOf);
    return this.b;
  }
  whenCellEmpty(): CFB {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): CFB {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenDateAfter(date: unknown): CFB {
    return this.when(typeof date === 'string' ? 'DATE_AFTER_RELATIVE' : 'DATE_AFTER', [date]);
  }
  whenDateBefore(date: unknown): CFB {
    return this.when(typeof date === 'string' ? 'DATE_BEFORE_RELATIVE' : 'DATE_BEFORE', [date]);
  }
  whenDateEqualTo(date: unknown): CFB {
    return this.when(typeof date === 'string' ? 'DATE_EQUAL_TO_RELATIVE' : 'DATE_EQUAL_TO', [date]);
  }
  whenFormulaSatisfied(formula: string): CFB {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): CFB {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): CFB {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): CFB {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberLessThan(number: number): CFB {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenTextContains(text: string): CFB {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextEqualTo(text: string): CFB {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): CFB {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): CFB {
    return this.when(String(criteria), [...args]);
  }
}
counted(ConditionalFormatRuleBuilderImpl, 'SpreadsheetApp', { only: ['build'], name: 'ConditionalFormatRuleBuilder' });

// ---------------- Charts ----------------

type ECB = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export class ContainerInfoImpl implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  constructor(private p: ChartModel['position']) {}
  getAnchorColumn(): number {
    return this.p.col;
  }
  getAnchorRow(): number {
    return this.p.row;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class EmbeddedChartImpl
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
      'getChartId' | 'getContainerInfo' | 'getOptions' | 'getRanges' | 'modify'
    >
{
  constructor(
    readonly book: Book,
    readonly model: ChartModel,
  ) {}
  getChartId(): number | null {
    return this.model.id || null;
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new ContainerInfoImpl(this.model.position);
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const o = this.model.options;
    return { get: (k: string) => o[k], getOrDefault: (k: string) => o[k] } as GoogleAppsScript.Charts.ChartOptions;
  }
  getRanges(): GRange[] {
    return this.model.ranges.map((g) => rangeOf(this.book, g));
  }
  /** The chart's type, for tests and the playground (not an Apps Script method). */
  chartType(): string {
    return this.model.type;
  }
  modify(): ECB {
    return new EmbeddedChartBuilderImpl(this.book, structuredClone(this.model)) as unknown as ECB;
  }
}

export class EmbeddedChartBuilderImpl
  implements
    Pick<
      ECB,
      | 'addRange'
      | 'build'
      | 'clearRanges'
      | 'getChartType'
      | 'getContainer'
      | 'getRanges'
      | 'removeRange'
      | 'setChartType'
      | 'setNumHeaders'
      | 'setOption'
      | 'setPosition'
      | 'setTransposeRowsAndColumns'
    >
{
  readonly ctx: EmuContext;
  constructor(
    readonly book: Book,
    private m: ChartModel = {
      id: 0,
      type: 'COLUMN',
      ranges: [],
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      options: {},
    },
  ) {
    this.ctx = book.ctx;
  }
  private get b(): ECB {
    return this as unknown as ECB;
  }
  addRange(range: GRange): ECB {
    this.m.ranges.push(refOf(range));
    return this.b;
  }
  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return new EmbeddedChartImpl(
      this.book,
      structuredClone(this.m),
    ) as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
  clearRanges(): ECB {
    this.m.ranges = [];
    return this.b;
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.m.type as unknown as GoogleAppsScript.Charts.ChartType;
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new ContainerInfoImpl(this.m.position);
  }
  getRanges(): GRange[] {
    return this.m.ranges.map((g) => rangeOf(this.book, g));
  }
  removeRange(range: GRange): ECB {
    const r = refOf(range);
    this.m.ranges = this.m.ranges.filter((x) => JSON.stringify(x) !== JSON.stringify(r));
    return this.b;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): ECB {
    this.m.type = String(type);
    return this.b;
  }
  setNumHeaders(headers: number): ECB {
    this.m.options.numHeaders = headers;
    return this.b;
  }
  setOption(option: string, value: unknown): ECB {
    this.m.options[option] = value;
    return this.b;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ECB {
    this.m.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this.b;
  }
  setTransposeRowsAndColumns(transpose: boolean): ECB {
    this.m.options.transpose = transpose;
    return this.b;
  }
  /** asPieChart() etc. return the same builder with the type set (we do not model the typed sub-builders). */
  asPieChart(): ECB {
    return this.setChartType('PIE' as unknown as GoogleAppsScript.Charts.ChartType);
  }
  asBarChart(): ECB {
    return this.setChartType('BAR' as unknown as GoogleAppsScript.Charts.ChartType);
  }
  asColumnChart(): ECB {
    return this.setChartType('COLUMN' as unknown as GoogleAppsScript.Charts.ChartType);
  }
  asLineChart(): ECB {
    return this.setChartType('LINE' as unknown as GoogleAppsScript.Charts.ChartType);
  }
  /** Chart option setters of the typed sub-builders, recorded as options. */
  setTitle(title: string): ECB {
    return this.setOption('title', title);
  }
  setColors(colors: string[]): ECB {
    return this.setOption('colors', colors);
  }
  setLegendPosition(p: unknown): ECB {
    return this.setOption('legend.position', String(p));
  }
  setStacked(): ECB {
    return this.setOption('isStacked', true);
  }
}
counted(EmbeddedChartBuilderImpl, 'SpreadsheetApp', { only: ['build'], name: 'EmbeddedChartBuilder' });

// ---------------- Protection ----------------

type P = GoogleAppsScript.Spreadsheet.Protection;

export class ProtectionImpl
  implements
    Pick<
      P,
      | 'addEditor'
      | 'addEditors'
      | 'canDomainEdit'
      | 'canEdit'
      | 'getDescription'
      | 'getEditors'
      | 'getProtectionType'
      | 'getRange'
      | 'getUnprotectedRanges'
      | 'isWarningOnly'
      | 'remove'
      | 'removeEditor'
      | 'removeEditors'
      | 'setDescription'
      | 'setDomainEdit'
      | 'setUnprotectedRanges'
      | 'setWarningOnly'
    >
{
  readonly ctx: EmuContext;
  constructor(
    readonly book: Book,
    readonly id: number,
  ) {
    this.ctx = book.ctx;
  }

  /** sheet.protect() / range.protect(): a new protection whose editors are the owner and the current user. */
  static create(book: Book, kind: 'SHEET' | 'RANGE', sheetId: number, range?: GridRef): P {
    if (kind === 'SHEET' && book.wb.protections.some((p) => p.kind === 'SHEET' && p.sheetId === sheetId)) {
      // Sheet.protect() returns the existing sheet protection if there is one.
      const existing = book.wb.protections.find((p) => p.kind === 'SHEET' && p.sheetId === sheetId)!;
      return new ProtectionImpl(book, existing.id) as unknown as P;
    }
    const editors = [book.wb.owner, book.ctx.user.email].filter((e, i, a) => e && a.indexOf(e) === i);
    const m: ProtectionModel = {
      id: book.nextId(),
      kind,
      sheetId,
      range,
      description: '',
      warningOnly: false,
      editors,
      domainEdit: false,
      unprotected: [],
    };
    book.wb.protections.push(m);
    return new ProtectionImpl(book, m.id) as unknown as P;
  }

  private get p(): P {
    return this as unknown as P;
  }
  _m(): ProtectionModel {
    const m = this.book.wb.protections.find((x) => x.id === this.id);
    if (!m) throw new Error('The protection has been removed.');
    return m;
  }
  addEditor(emailAddress: unknown): P {
    const e = typeof emailAddress === 'string' ? emailAddress : (emailAddress as GoogleAppsScript.Base.User).getEmail();
    const m = this._m();
    if (!m.editors.includes(e)) m.editors.push(e);
    return this.p;
  }
  addEditors(emailAddresses: string[]): P {
    for (const e of emailAddresses) this.addEditor(e);
    return this.p;
  }
  canDomainEdit(): boolean {
    return this._m().domainEdit;
  }
  canEdit(): boolean {
    const m = this._m();
    return m.warningOnly || m.editors.includes(this.ctx.user.email) || this.ctx.user.email === this.book.wb.owner;
  }
  getDescription(): string {
    return this._m().description;
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._m().editors.map((e) => makeUser(e));
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this._m().kind as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getRange(): GRange {
    const m = this._m();
    if (m.range) return rangeOf(this.book, m.range);
    const s = this.book.sheet(m.sheetId);
    return rangeOf(this.book, { sheetId: s.id, row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols });
  }
  getUnprotectedRanges(): GRange[] {
    return this._m().unprotected.map((g) => rangeOf(this.book, g));
  }
  isWarningOnly(): boolean {
    return this._m().warningOnly;
  }
  remove(): void {
    this.book.wb.protections = this.book.wb.protections.filter((x) => x.id !== this.id);
  }
  removeEditor(emailAddress: unknown): P {
    const e = typeof emailAddress === 'string' ? emailAddress : (emailAddress as GoogleAppsScript.Base.User).getEmail();
    const m = this._m();
    m.editors = m.editors.filter((x) => x !== e || x === this.book.wb.owner);
    return this.p;
  }
  removeEditors(emailAddresses: unknown[]): P {
    for (const e of emailAddresses) this.removeEditor(e);
    return this.p;
  }
  setDescription(description: string): P {
    this._m().description = description;
    return this.p;
  }
  setDomainEdit(editable: boolean): P {
    this._m().domainEdit = editable;
    return this.p;
  }
  setUnprotectedRanges(ranges: GRange[]): P {
    const m = this._m();
    if (m.kind !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    m.unprotected = ranges.map(refOf);
    return this.p;
  }
  setWarningOnly(warningOnly: boolean): P {
    this._m().warningOnly = warningOnly;
    return this.p;
  }
}
counted(ProtectionImpl, 'SpreadsheetApp', { name: 'Protection' });

// ---------------- Named ranges ----------------

export class NamedRangeImpl
  implements Pick<GoogleAppsScript.Spreadsheet.NamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'>
{
  readonly ctx: EmuContext;
  constructor(
    readonly book: Book,
    private name: string,
  ) {
    this.ctx = book.ctx;
  }
  private m() {
    const m = this.book.wb.named.find((n) => n.name === this.name);
    if (!m) throw new Error(`Named range ${this.name} not found.`);
    return m;
  }
  getName(): string {
    return this.name;
  }
  getRange(): GRange {
    return rangeOf(this.book, this.m().range);
  }
  remove(): void {
    this.book.wb.named = this.book.wb.named.filter((n) => n.name !== this.name);
  }
  setName(name: string): GoogleAppsScript.Spreadsheet.NamedRange {
    this.m().name = name;
    this.name = name;
    return this as unknown as GoogleAppsScript.Spreadsheet.NamedRange;
  }
  setRange(range: GRange): GoogleAppsScript.Spreadsheet.NamedRange {
    this.m().range = refOf(range);
    return this as unknown as GoogleAppsScript.Spreadsheet.NamedRange;
  }
}
counted(NamedRangeImpl, 'SpreadsheetApp', { skip: ['getName'], name: 'NamedRange' });

// ---------------- Users ----------------

export function makeUser(email: string): GoogleAppsScript.Base.User {
  return {
    getEmail: () => email,
    getUserLoginId: () => email,
    toString: () => email,
  } as unknown as GoogleAppsScript.Base.User;
}

/** Criteria values that hold Dates are kept as Dates; the snapshot shows them as serials in the sheet's zone. */
export function criteriaForSnapshot(values: unknown[], tz: string): unknown[] {
  return values.map((v) => (v instanceof Date ? dateToSerial(v, tz) : v));
}

export type { S };
