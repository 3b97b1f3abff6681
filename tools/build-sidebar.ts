/**
 * The sidebar as one HTML string: `sidebar/main.ts` bundled by esbuild (iife, minified) and
 * `sidebar/style.css` inlined into `sidebar/index.html`. HtmlService serves no separate files,
 * and the page loads in an iframe on every open, so it must stay small (≤ 60 KB, checked by test).
 *
 * `npx tsx tools/build-sidebar.ts` prints the size; `tools/build.ts` writes dist/sidebar.html.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '..');
export const SIDEBAR_LIMIT_BYTES = 60 * 1024;

export async function bundleSidebarJs(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

/** Text inlined into a <script> must not close it early. */
function scriptSafe(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export async function buildSidebarHtml(): Promise<string> {
  const template = readFileSync(join(root, 'sidebar/index.html'), 'utf8');
  const css = minifyCss(readFileSync(join(root, 'sidebar/style.css'), 'utf8'));
  const js = scriptSafe(await bundleSidebarJs());
  // Function replacers: `$` in the bundle must not be read as a replacement pattern.
  return template.replace('/*__CSS__*/', () => css.replace(/<\/style/gi, '<\\/style')).replace('/*__JS__*/', () => js);
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
