/**
 * dist/Code.js is parsed by every execution of the add-on (each menu click, trigger and sidebar
 * call), so its size is a cost paid every time: issue 13 caps it.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { MAX_CODE_BYTES } from '../../tools/build';
import { createEmulator } from '../../tools/emulator';

const file = join(__dirname, '../../dist/Code.js');

describe('dist/Code.js size', () => {
  it(`is at most ${MAX_CODE_BYTES / 1024} KB`, () => {
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_CODE_BYTES);
  });

  it('still names our functions in a stack trace (identifiers minified, names kept)', () => {
    // A bug (here: a spreadsheet service that breaks) is answered as `internal` and its stack logged.
    const emu = createEmulator();
    const id = emu.documents[0];
    const globals = emu.globals as unknown as Record<string, unknown>;
    const sheets = globals.SpreadsheetApp as object;
    const logged: string[] = [];
    const ctx = vm.createContext({
      ...globals,
      console: { ...console, error: (s: unknown) => logged.push(String(s)) },
      SpreadsheetApp: new Proxy(sheets, {
        // A spreadsheet without its methods (but its id, for the document's state): Code.js's own
        // TypeError, its stack from Code.js.
        get: (t, k) => (k === 'getActive' ? () => ({ getId: () => id }) : Reflect.get(t, k)),
      }),
    });
    vm.runInContext(readFileSync(file, 'utf8'), ctx, { filename: 'Code.js' });
    const reply = (ctx as Record<string, (x: unknown) => unknown>).importSheetSource({ sheet: 'Лист1' });
    expect(reply).toMatchObject({ ok: false, kind: 'internal', detail: expect.stringContaining('getSheetByName') });
    expect(logged.join('\n')).toMatch(/at sheetSource \(Code\.js/);
    expect(logged.join('\n')).toMatch(/at (Object\.)?importSheetSource \(Code\.js/);
  });

  it("names only our own functions (tools/build.ts): zod's are minified like its locals", () => {
    const code = readFileSync(file, 'utf8');
    // zod's `function $constructor` (every schema kind is made by it) would be named "$constructor".
    expect(code).not.toContain('"$constructor"');
    // Ours, top-level ones given in one statement (tools/bundle-names.ts), none by a call of its own;
    // the small ones (~270) not at all.
    const gathered = code.match(/\],"([\w$ ]+)"\)/)?.[1].split(' ') ?? [];
    expect(gathered).toEqual(expect.arrayContaining(['sheetSource', 'splitResponsible', 'isoFromParts']));
    expect(gathered.length).toBeGreaterThan(300);
    expect(code).not.toMatch(/\w\(\w+,"(sheetSource|splitResponsible|isoFromParts)"\)/);
  });

  it('leaves one global, App, the list of the exports: no export object with a getter for each name', () => {
    const code = readFileSync(file, 'utf8');
    expect(code.startsWith('"use strict";var App;')).toBe(true);
    // esbuild's export object was `{…, webUndo: () => f}`.
    expect(code).not.toMatch(/webUndo:\(\)=>/);
    expect(code).toMatch(/^function webUndo\(e\)\{return App\[\d+\]\(e\)\}$/m);
  });
});
