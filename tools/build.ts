/**
 * Build: `dist/Code.js` (one es2020 bundle + top-level entry-point functions), `dist/sidebar.html`
 * and `dist/import.html` (JS and CSS inlined: HtmlService serves no separate files), and
 * `dist/appsscript.json`.
 *
 * Apps Script finds entry points only as top-level `function` declarations in a pushed file. The
 * bundle is an IIFE under one global (`App`); the wrappers are generated from what `src/main.ts`
 * exports, found by evaluating the bundle in an empty VM context — so the list is never kept twice,
 * and loading the bundle with no Apps Script globals at all proves it does no work at load time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { buildPageHtml } from './build-page';

const root = join(__dirname, '..');
const dist = join(root, 'dist');
export const GLOBAL_NAME = 'App';
/** The size limit of `dist/Code.js` (issue 13): every execution of the add-on parses all of it. */
export const MAX_CODE_BYTES = 250 * 1024;

export async function bundleServer(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    // Every execution parses the whole file (kept ≤ MAX_CODE_BYTES, test/build/bundle-size.test.ts):
    // whitespace and syntax minified, local names shortened — but `keepNames` gives every function
    // and class its source name back (`.name`, which V8 prints in a stack trace), so the Apps Script
    // log still says `at runReminders`, not `at q`. Property names are never renamed.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    keepNames: true,
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

export function withEntryPoints(bundle: string, names: string[]): string {
  // Every entry point takes at most one argument (an event, or a page's request: src/main.ts).
  const wrappers = names.map((n) => `function ${n}(e){return ${GLOBAL_NAME}.${n}(e)}`);
  return `${bundle}\n// Entry points for Apps Script (src/main.ts)\n${wrappers.join('\n')}\n`;
}

async function main(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const bundle = await bundleServer();
  const names = exportedFunctions(bundle);
  writeFileSync(join(dist, 'Code.js'), withEntryPoints(bundle, names));
  writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
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
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  });
}
