/**
 * Dialogs as one HTML string each: `dialogs/<name>/main.ts` bundled by esbuild (iife, minified,
 * es2020, utf8) and `dialogs/<name>/style.css` inlined into `dialogs/<name>/index.html`.
 * HtmlService serves no separate files, so the page must be self-contained.
 *
 * `npx tsx tools/build-dialogs.ts` prints the size; `tools/build.ts` writes dist/<name>.html.
 */
import { join } from 'node:path';
import { buildPageHtml, bundlePageJs, type PageOptions } from './build-page';

export type DialogName = 'import' | 'settings';
export const DIALOGS: readonly DialogName[] = ['import', 'settings'];

const dirOf = (name: DialogName) => join(__dirname, '..', 'dialogs', name);
/** The import dialog reads a .docx in a worker made of its own script (dialogs/import/worker.ts). */
const OPTIONS: Record<DialogName, PageOptions> = { import: { worker: true }, settings: {} };

export function bundleDialogJs(name: DialogName): Promise<string> {
  return bundlePageJs(dirOf(name), OPTIONS[name]);
}

export function buildDialogHtml(name: DialogName): Promise<string> {
  return buildPageHtml(dirOf(name), OPTIONS[name]);
}

if (require.main === module) {
  (async () => {
    for (const name of DIALOGS) {
      const html = await buildDialogHtml(name);
      process.stdout.write(`${name}.html: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB\n`);
    }
  })().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  });
}
