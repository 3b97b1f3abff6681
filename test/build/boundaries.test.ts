/**
 * The boundaries the compiler enforces (issue 15 §5). src/core is compiled on its own with no
 * Apps Script and no DOM types (tsconfig.core.json, run by `npm run typecheck`): this test proves
 * those options reject both. Pages (sidebar/, dialogs/) import nothing from src/gas or src/main
 * (Biome's noRestrictedImports, biome.json) and only types from src/shared (checked here: Biome's
 * rule cannot tell a type import from a value import).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = join(__dirname, '../..');

function coreOptions(): ts.CompilerOptions {
  const file = join(root, 'tsconfig.core.json');
  const cfg = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(cfg.config, ts.sys, root, undefined, file).options;
}

describe('src/core is compiled without Apps Script or DOM types', () => {
  it('a core file naming SpreadsheetApp or document does not compile', () => {
    const fixture = join(root, 'test/fixtures/boundaries/core-leak.ts');
    const program = ts.createProgram([fixture], { ...coreOptions(), noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([
      expect.stringContaining("Cannot find name 'SpreadsheetApp'"),
      expect.stringContaining("Cannot find name 'document'"),
    ]);
  });
});

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pageFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Imports and re-exports of a page file that reach into `folder` with a value (not `import type`). */
function valueImportsInto(file: string, text: string, folder: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    const spec = ts.isImportDeclaration(st) || ts.isExportDeclaration(st) ? st.moduleSpecifier : undefined;
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
    const target = resolve(dirname(file), spec.text);
    if (!target.startsWith(folder)) continue;
    let typeOnly = false;
    if (ts.isImportDeclaration(st)) {
      const c = st.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : null;
      typeOnly = !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((n) => n.isTypeOnly)));
    } else if (ts.isExportDeclaration(st)) typeOnly = st.isTypeOnly;
    if (!typeOnly) out.push(`${relative(root, file)}: ${st.getText(sf).split('\n')[0]}`);
  }
  return out;
}

describe('pages take only types from src/shared', () => {
  const shared = join(root, 'src/shared');
  it('no page imports a value from src/shared', () => {
    const files = [
      ...pageFiles(join(root, 'sidebar')),
      ...pageFiles(join(root, 'dialogs')),
      ...pageFiles(join(root, 'webapp')),
    ];
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => valueImportsInto(f, readFileSync(f, 'utf8'), shared))).toEqual([]);
  });

  it('the check sees a value import (and lets a type import through)', () => {
    const file = join(root, 'dialogs/x/main.ts');
    const text = [
      "import type { Failure } from '../../src/shared/reply';",
      "import { type Person, GROUP_ORDER } from '../../src/shared/sidebar-contract';",
      "import { SETTINGS_META } from '../../src/shared/settings-contract';",
      "import { h } from '../../src/ui/dom';",
    ].join('\n');
    expect(valueImportsInto(file, text, shared)).toEqual([
      "dialogs/x/main.ts: import { type Person, GROUP_ORDER } from '../../src/shared/sidebar-contract';",
      "dialogs/x/main.ts: import { SETTINGS_META } from '../../src/shared/settings-contract';",
    ]);
  });
});
