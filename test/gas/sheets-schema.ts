/**
 * Checks Sheets API calls against Google's own schema: the types of
 * `@maxim_mazurok/gapi.client.sheets-v4`, generated from the API's discovery document (revision in
 * its header). Each captured call becomes a typed declaration in a generated TypeScript file, which
 * the compiler checks: an unknown field anywhere in a request (excess-property checks reach every
 * nested object literal) or a value outside an enum is a type error. Every field mask (`fields` of
 * updateCells, repeatCell, appendCells, updateSheetProperties, updateSpreadsheetProperties,
 * updateDimensionProperties, and of spreadsheets.get / values.batchGet) is checked path by path
 * against the type it masks.
 */
import { join } from 'node:path';
import ts from 'typescript';
import type { SheetsApiCall } from '../../tools/emulator';
import { type Mask, parseMask } from '../../tools/emulator/fields';

const root = join(__dirname, '../..');
const FILE = join(root, 'test/gas/__generated_schema_check__.ts');

/** The method's parameter type and its body type, as the typings name them. */
const METHODS: Record<string, { params: string; body?: string; mask: string }> = {
  'spreadsheets.get': { params: 'P<typeof S.spreadsheets.get>', mask: 'Spreadsheet' },
  'spreadsheets.batchUpdate': {
    params: 'P<typeof S.spreadsheets.batchUpdate>',
    body: 'BatchUpdateSpreadsheetRequest',
    mask: 'BatchUpdateSpreadsheetResponse',
  },
  'spreadsheets.values.get': { params: 'P<typeof S.spreadsheets.values.get>', mask: 'ValueRange' },
  'spreadsheets.values.batchGet': {
    params: 'P<typeof S.spreadsheets.values.batchGet>',
    mask: 'BatchGetValuesResponse',
  },
  'spreadsheets.values.update': {
    params: 'P<typeof S.spreadsheets.values.update>',
    body: 'ValueRange',
    mask: 'UpdateValuesResponse',
  },
  'spreadsheets.values.append': {
    params: 'P<typeof S.spreadsheets.values.append>',
    body: 'ValueRange',
    mask: 'AppendValuesResponse',
  },
  'spreadsheets.values.batchUpdate': {
    params: 'P<typeof S.spreadsheets.values.batchUpdate>',
    body: 'BatchUpdateValuesRequest',
    mask: 'BatchUpdateValuesResponse',
  },
  'spreadsheets.values.clear': {
    params: 'P<typeof S.spreadsheets.values.clear>',
    body: 'ClearValuesRequest',
    mask: 'ClearValuesResponse',
  },
  'spreadsheets.values.batchClear': {
    params: 'P<typeof S.spreadsheets.values.batchClear>',
    body: 'BatchClearValuesRequest',
    mask: 'BatchClearValuesResponse',
  },
};

/** Request kinds whose `fields` is a mask over a type (Sheets API reference, each request). */
const MASKED: Record<string, string> = {
  updateCells: 'CellData',
  repeatCell: 'CellData',
  appendCells: 'CellData',
  updateSheetProperties: 'SheetProperties',
  updateSpreadsheetProperties: 'SpreadsheetProperties',
  updateDimensionProperties: 'DimensionProperties',
};

const PRELUDE = `/// <reference types="@maxim_mazurok/gapi.client.sheets-v4" />
import S = gapi.client.sheets;
type P<F> = F extends (request: infer R, ...rest: never[]) => unknown ? R : never;
type Elem<T> = T extends readonly (infer E)[] ? E : T;
type Field<T, K> = K extends keyof NonNullable<T> ? Elem<NonNullable<NonNullable<T>[K]>> : never;
type UnknownField<Path extends string> = { unknownFieldInMask: Path };
type MaskOk<T, Path extends string, Full extends string = Path> = Path extends '*'
  ? true
  : Path extends \`\${infer H}.\${infer R}\`
    ? H extends keyof NonNullable<T>
      ? MaskOk<Field<T, H>, R, Full>
      : UnknownField<Full>
    : Path extends keyof NonNullable<T>
      ? true
      : UnknownField<Full>;
`;

function paths(mask: Mask, prefix = ''): string[] {
  return [...mask].flatMap(([k, sub]) => (sub === true ? [`${prefix}${k}`] : paths(sub, `${prefix}${k}.`)));
}

function maskLines(type: string, fields: unknown, where: string): string[] {
  if (typeof fields !== 'string' || !fields) return [];
  return paths(parseMask(fields)).map(
    (path) =>
      `const mask_${where.replace(/\W/g, '_')}_${hash(path)}: MaskOk<S.${type}, ${JSON.stringify(path)}> = true;`,
  );
}

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7).toString(36);

/** The generated TypeScript for `calls`. */
export function schemaSource(calls: readonly SheetsApiCall[]): string {
  const lines = [PRELUDE];
  calls.forEach((c, i) => {
    const m = METHODS[c.method];
    if (!m) {
      lines.push(`const unknownMethod_${i}: never = ${JSON.stringify(c.method)};`);
      return;
    }
    lines.push(`// call ${i}: ${c.method}`);
    lines.push(`const params_${i}: ${m.params} = ${JSON.stringify(c.params)};`);
    lines.push(...maskLines(m.mask, c.params.fields, `call${i}`));
    if (m.body) lines.push(`const body_${i}: S.${m.body} = ${JSON.stringify(c.body ?? {})};`);
    if (c.method === 'spreadsheets.batchUpdate') {
      const requests = ((c.body as { requests?: Record<string, { fields?: unknown }>[] })?.requests ?? []) as Record<
        string,
        { fields?: unknown }
      >[];
      requests.forEach((r, j) => {
        for (const [kind, type] of Object.entries(MASKED)) {
          if (r[kind]) lines.push(...maskLines(type, r[kind].fields, `call${i}_req${j}_${kind}`));
        }
      });
    }
  });
  return lines.join('\n');
}

/** Type errors of the generated file: empty when every call fits Google's schema. */
export function schemaProblems(calls: readonly SheetsApiCall[]): string[] {
  const source = schemaSource(calls);
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2020.d.ts'],
    types: [],
    skipLibCheck: true,
    noUnusedLocals: false,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    name === FILE ? ts.createSourceFile(name, source, lang) : getSourceFile(name, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === FILE || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === FILE ? source : readFile(name));
  const program = ts.createProgram([FILE], options, host);
  const lines = source.split('\n');
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.file.fileName !== FILE || d.start === undefined) return text;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${text}\n  at: ${lines[line].slice(0, 200)}`;
  });
}
