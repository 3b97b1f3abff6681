/**
 * Build: `dist/Code.js` (one es2020 bundle + top-level entry-point functions), `dist/sidebar.html`
 * and `dist/import.html` (JS and CSS inlined: HtmlService serves no separate files), and
 * `dist/appsscript.json` — the school add-on. And the education department's add-on «План-график:
 * Свод» (issue 18), a separate Apps Script project sharing src/core: `dist/rollup/Code.js` from
 * `src/rollup-main.ts` and `dist/rollup/appsscript.json` from `appsscript.rollup.json`, built the
 * same two-pass way (README, «Свод: отдельное дополнение отдела образования»).
 *
 * Apps Script finds entry points only as top-level `function` declarations in a pushed file. The
 * bundle is an IIFE that leaves one global (`App`, the list of what `src/main.ts` exports); the
 * wrappers are generated from that export list — so it is never kept twice — and the bundle is
 * evaluated in an empty VM context first: loading it with no Apps Script globals at all proves it
 * does no work at load time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { parse } from 'acorn';
import { type BuildOptions, build } from 'esbuild';
import { buildPageHtml } from './build-page';
import { dropNestedNames, gatherTopLevelNames } from './bundle-names';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
export const GLOBAL_NAME = 'App';
/** The size limit of `dist/Code.js` (issue 13): every execution of the add-on parses all of it. */
export const MAX_CODE_BYTES = 250 * 1024;
/**
 * The department's bundle: parsed by every execution of the roll-up too, each continuation run
 * included; it holds the roll-up, the plan reader, the tab writers and the reminders to the
 * organisations (the school's planner and digest wording), not the school's sidebar, import or
 * settings (test/build/rollup-bundle.test.ts). 148 KB with the reminders; the cap leaves ~10 KB.
 */
export const MAX_ROLLUP_CODE_BYTES = 160 * 1024;

/** The two Apps Script projects built from this repository: entry file, output folder, manifest. */
export const PROJECTS = {
  school: { entry: 'src/main.ts', out: dist, manifest: 'appsscript.json' },
  rollup: { entry: 'src/rollup-main.ts', out: join(dist, 'rollup'), manifest: 'appsscript.rollup.json' },
} as const;

/** What both passes of `bundleServer` share. */
const COMMON = {
  bundle: true,
  write: false,
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  charset: 'utf8',
} satisfies BuildOptions;

/** The server bundle, and the names of what its entry module exports, in the order of `App`. */
export interface ServerBundle {
  code: string;
  exports: string[];
}

/**
 * The entry module's `export { … }` (pass 1) as one assignment, `App = [f, g, …]`, to a global the
 * bundle declares (bundleServer): without exports esbuild's IIFE needs no export object, its
 * getters and their helpers (~1.1 KB), and no key of it is needed — the wrappers call by place.
 */
export function exportsAsList(esm: string): { code: string; exports: string[] } {
  const program = parse(esm, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as {
    body: ({ type: string; start: number; end: number } & Record<string, unknown>)[];
  };
  const lists = program.body.filter((s) => s.type === 'ExportNamedDeclaration');
  const [list] = lists;
  const specifiers = list?.specifiers as { local: { name: string }; exported: { name: string } }[] | undefined;
  if (lists.length !== 1 || list.declaration || list.source || !specifiers)
    throw new Error('build: expected one `export { … }` list in the entry module (did esbuild change its ESM?)');
  const assignment = `${GLOBAL_NAME} = [${specifiers.map((x) => x.local.name).join(', ')}];`;
  return {
    code: esm.slice(0, list.start) + assignment + esm.slice(list.end),
    exports: specifiers.map((x) => x.exported.name),
  };
}

export async function bundleServer(entry: string = PROJECTS.school.entry): Promise<ServerBundle> {
  // Two passes, so that only our own code keeps its names (issue 13: "names readable in stack
  // traces"); zod's and the stemmer's functions are minified like their locals (~2 KB).
  // 1. Our code alone, packages left as imports, not minified: `keepNames` gives every function
  //    and class its source name back (`.name`, which V8 prints in a stack trace), so the Apps
  //    Script log says `at runReminders`, not `at q`; the top-level functions' names in two
  //    statements, and none for a function nested in another or a small one (tools/bundle-names.ts,
  //    ~7 KB less than one call each).
  const ours = await build({
    ...COMMON,
    entryPoints: [join(root, entry)],
    format: 'esm',
    packages: 'external',
    keepNames: true,
  });
  // 2. With the packages, no `keepNames`. Every execution parses the whole file (kept ≤
  //    MAX_CODE_BYTES, test/build/bundle-size.test.ts): whitespace and syntax minified, local names
  //    shortened — the names given in pass 1 are calls in the code by now, and stay. Property names
  //    are never renamed. `"use strict"` written out: pass 1 made the TypeScript strict (tsconfig's
  //    `strict`), and pass 2 reads plain JavaScript.
  const listed = exportsAsList(gatherTopLevelNames(dropNestedNames(ours.outputFiles[0].text)));
  const result = await build({
    ...COMMON,
    stdin: {
      contents: `"use strict";${listed.code}`,
      resolveDir: join(root, 'src'),
      sourcefile: 'main.js',
      loader: 'js',
    },
    format: 'iife',
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
  });
  // `App` is no binding of the module, so esbuild neither renames it nor gives its name to another.
  const strict = '"use strict";';
  const code = result.outputFiles[0].text;
  if (!code.startsWith(strict)) throw new Error('build: the bundle does not begin with "use strict"');
  return { code: `${strict}var ${GLOBAL_NAME};${code.slice(strict.length)}`, exports: listed.exports };
}

/**
 * The exports that are functions, found by running the bundle in an empty context (no Apps Script
 * global: a bundle that did work at load time throws here).
 */
export function exportedFunctions(bundle: ServerBundle): string[] {
  const ctx = vm.createContext({});
  vm.runInContext(`${bundle.code}\n;this.__app = ${GLOBAL_NAME};`, ctx, { timeout: 5000 });
  const app = (ctx as { __app: unknown[] }).__app;
  if (!Array.isArray(app) || app.length !== bundle.exports.length)
    throw new Error(`build: ${GLOBAL_NAME} is not the list of the ${bundle.exports.length} exports`);
  return bundle.exports.filter((_, k) => typeof app[k] === 'function').sort();
}

export function withEntryPoints(bundle: ServerBundle, names: string[]): string {
  // Apps Script calls only top-level `function` declarations: one per entry point, each taking at
  // most one argument (an event, or a page's request: src/main.ts). Each calls its function by
  // its place among the exports, so that its name is written once (~20 bytes an entry point).
  const wrappers = names.map((n) => `function ${n}(e){return ${GLOBAL_NAME}[${bundle.exports.indexOf(n)}](e)}`);
  return `${bundle.code}\n// Entry points for Apps Script\n${wrappers.join('\n')}\n`;
}

async function main(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const bundle = await bundleServer();
  const names = exportedFunctions(bundle);
  writeFileSync(join(dist, 'Code.js'), withEntryPoints(bundle, names));
  writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
  const rollup = PROJECTS.rollup;
  mkdirSync(rollup.out, { recursive: true });
  const rollupBundle = await bundleServer(rollup.entry);
  const rollupNames = exportedFunctions(rollupBundle);
  writeFileSync(join(rollup.out, 'Code.js'), withEntryPoints(rollupBundle, rollupNames));
  writeFileSync(join(rollup.out, 'appsscript.json'), readFileSync(join(root, rollup.manifest)));
  const pages: string[] = [];
  const { buildSidebarHtml } = await import('./build-sidebar');
  const { buildDialogHtml, DIALOGS } = await import('./build-dialogs');
  const html: Record<string, string> = {
    sidebar: await buildSidebarHtml(),
    // The page of an e-mail link (src/gas/webapp.ts), in the sidebar's look.
    webapp: await buildPageHtml(join(root, 'webapp'), { cssFrom: join(root, 'sidebar') }),
  };
  for (const d of DIALOGS) html[d] = await buildDialogHtml(d);
  for (const [name, page] of Object.entries(html)) {
    writeFileSync(join(dist, `${name}.html`), page);
    pages.push(`${name}.html ${(Buffer.byteLength(page) / 1024).toFixed(1)} KB`);
  }
  process.stdout.write(`dist/Code.js: ${names.length} entry points (${names.join(', ')}); ${pages.join('; ')}\n`);
  process.stdout.write(`dist/rollup/Code.js: ${rollupNames.length} entry points (${rollupNames.join(', ')})\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  });
}
