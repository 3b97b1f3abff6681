/**
 * The sidebar as one HTML string: `sidebar/main.ts` bundled by esbuild (iife, minified) and
 * `sidebar/style.css` inlined into `sidebar/index.html`. HtmlService serves no separate files,
 * and the page loads in an iframe on every open, so it must stay small (≤ 60 KB, checked by test).
 *
 * `npx tsx tools/build-sidebar.ts` prints the size; `tools/build.ts` writes dist/sidebar.html.
 */
import { join } from 'node:path';
import { buildPageHtml, bundlePageJs } from './build-page';

const dir = join(__dirname, '..', 'sidebar');
export const SIDEBAR_LIMIT_BYTES = 60 * 1024;

export function bundleSidebarJs(): Promise<string> {
  return bundlePageJs(dir);
}

export function buildSidebarHtml(): Promise<string> {
  return buildPageHtml(dir);
}

if (require.main === module) {
  buildSidebarHtml().then(
    (html) => {
      const bytes = Buffer.byteLength(html);
      process.stdout.write(`sidebar.html: ${(bytes / 1024).toFixed(1)} KB (limit ${SIDEBAR_LIMIT_BYTES / 1024} KB)\n`);
      if (bytes > SIDEBAR_LIMIT_BYTES) process.exit(1);
    },
    (e) => {
      process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
      process.exit(1);
    },
  );
}
