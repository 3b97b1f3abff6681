/**
 * Build: `dist/Code.js` (one es2020 bundle + top-level entry-point functions), `dist/sidebar.html`
 * and `dist/import.html` (JS and CSS inlined: HtmlService serves no separate files), and
 * `dist/appsscript.json` — the school add-on. And the education department's add-on «План-график:
 * Свод» (issue 18), a separate Apps Script project sharing src/core: `dist/rollup/Code.js` from
 * `src/rollup-main.ts` and `dist/rollup/appsscript.json` from `appsscript.rollup.json`, built the
 * same two-pass way (README, «Свод: отдельное дополнение отдела образования»).
 *
 * Apps Script finds entry points only as top-level `function` declarations in a pushed file. The
 * bundle is an IIFE under one global (`App`); the wrappers are generated from what `src/main.ts`
 * exports, found by evaluating the bundle in an empty VM context — so the list is never kept twice,
 * and loading the bundle with no Apps Script globals at all proves it does no work at load time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
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

export async function bundleServer(entry: string = PROJECTS.school.entry): Promise<string> {
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
  const result = await build({
    ...COMMON,
    stdin: {
      contents: `"use strict";${gatherTopLevelNames(dropNestedNames(ours.outputFiles[0].text))}`,
      resolveDir: join(root, 'src'),
      sourcefile: 'main.js',
      loader: 'js',
    },
    format: 'iife',
    globalName: GLOBAL_NAME,
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
  });
  return result.outputFiles[0].text;
}

/** Names of the functions the bundle exports, found by running it in an empty context. */
export function exportedFunctions(bundle: string): string[] {
  const ctx = vm.createContext({});
  vm.runInContext(`${bundle}\n;this.__app = ${GLOBAL_NAME};`, ctx, { timeout: 5000 });
  const app = (ctx as { __app: Record<string, unknown> }).__app;
  return Object.keys(app)
    .filter((k) => typeof app[k] === 'function')
    .sort();
}

/** Every key of the bundle's exports, in their order (`Object.values` gives them in the same order). */
function exportedKeys(bundle: string): string[] {
  const ctx = vm.createContext({});
  vm.runInContext(`${bundle}\n;this.__keys = Object.keys(${GLOBAL_NAME});`, ctx, { timeout: 5000 });
  return (ctx as { __keys: string[] }).__keys;
}

export function withEntryPoints(bundle: string, names: string[]): string {
  // Apps Script calls only top-level `function` declarations: one per entry point, each taking at
  // most one argument (an event, or a page's request: src/main.ts). Each calls its function by
  // its place among the exports, so that its name is written once (~20 bytes an entry point).
  const keys = exportedKeys(bundle);
  const wrappers = names.map((n) => `function ${n}(e){return ${GLOBAL_NAME}[${keys.indexOf(n)}](e)}`);
  return `${bundle}\n// Entry points for Apps Script\n${GLOBAL_NAME}=Object.values(${GLOBAL_NAME});\n${wrappers.join('\n')}\n`;
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
