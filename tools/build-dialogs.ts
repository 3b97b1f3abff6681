/**
 * Dialogs as one HTML string each: `dialogs/<name>/main.ts` bundled by esbuild (iife, minified,
 * es2020, utf8) and `dialogs/<name>/style.css` inlined into `dialogs/<name>/index.html`.
 * HtmlService serves no separate files, so the page must be self-contained.
 *
 * `npx tsx tools/build-dialogs.ts` prints the size; `tools/build.ts` writes dist/<name>.html.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(__dirname, '..');

export type DialogName = 'import';
export const DIALOGS: readonly DialogName[] = ['import'];

export async function bundleDialogJs(name: DialogName): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'dialogs', name, 'main.ts')],
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

export async function buildDialogHtml(name: DialogName): Promise<string> {
  const dir = join(root, 'dialogs', name);
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const css = minifyCss(readFileSync(join(dir, 'style.css'), 'utf8'));
  const js = scriptSafe(await bundleDialogJs(name));
  // Function replacers: `$` in the bundle must not be read as a replacement pattern.
  return template.replace('/*__CSS__*/', () => css.replace(/<\/style/gi, '<\\/style')).replace('/*__JS__*/', () => js);
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
