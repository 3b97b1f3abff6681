/**
 * Proof on the built file: dist/Code.js as Apps Script sees it. Parsed with acorn (every entry
 * point must be a top-level function declaration), then run in a bare VM context whose only
 * globals are the emulator's services.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { menuFunctions } from '../../src/gas/menu';
import * as main from '../../src/main';
import { createEmulator } from '../../tools/emulator';

const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');

function topLevelFunctions(src: string): string[] {
  const ast = parse(src, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as {
    body: { type: string; id?: { name: string } }[];
  };
  return ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id!.name);
}

function load(emu: ReturnType<typeof createEmulator>) {
  const ctx = vm.createContext({ ...emu.globals });
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  return ctx as Record<string, (...a: unknown[]) => unknown>;
}

describe('dist/Code.js', () => {
  it('declares every exported function and every menu callback as a top-level function', () => {
    const declared = new Set(topLevelFunctions(code));
    const exported = Object.keys(main).filter((k) => typeof (main as Record<string, unknown>)[k] === 'function');
    expect(exported.length).toBeGreaterThan(5);
    for (const name of [...exported, 'onOpen', 'onInstall', ...menuFunctions()]) expect(declared).toContain(name);
  });

  it('is caught when an entry point is missing', () => {
    const broken = code.replace(/^function menuCreatePlan\(.*$/m, '');
    expect(new Set(topLevelFunctions(broken)).has('menuCreatePlan')).toBe(false);
  });

  it('adds the План-график menu on open, touching no properties', () => {
    const emu = createEmulator();
    const app = load(emu);
    app.onOpen({ authMode: 'NONE' });
    const menu = emu.ui.menus.find((m) => m.title === 'План-график');
    expect(menu).toBeDefined();
    expect(JSON.stringify(menu)).toContain('Создать план-график');
    expect(emu.calls.byService().PropertiesService ?? 0).toBe(0);
  });

  it('"Создать план-график" turns an empty spreadsheet into a formatted План tab within 18 calls', () => {
    const emu = createEmulator();
    const app = load(emu);
    emu.calls.reset();
    app.menuCreatePlan();
    // 10 for the tab, 3 for the role check, 3 once per document to record the owner of record, 1 for
    // where the call comes from (the web app has no document lock) and 1 for which lock the writers
    // take (ScriptApp.getService: the script lock once the web app is deployed) — issue 17.
    expect(emu.calls.total).toBeLessThanOrEqual(18);
    const snap = emu.snapshot();
    const plan = snap.sheets.find((s) => s.name === 'План')!;
    expect(plan).toBeDefined();
    expect(snap.sheets).toHaveLength(1); // the empty default tab was replaced
    expect(plan.frozenRows).toBe(1);
    expect(plan.displayValues[0].slice(0, 6)).toEqual([
      'ID',
      '№',
      'Этап',
      'Раздел',
      'Группа мероприятий',
      'Мероприятие',
    ]);
    expect(plan.hiddenColumns[0]).toBe(true);
    expect(plan.conditionalFormatRules).toHaveLength(3);
  });
});
