/**
 * One HTML page for HtmlService from a folder holding `main.ts`, `style.css` and `index.html`:
 * the script bundled by esbuild (iife, minified, es2020, utf8) and the CSS inlined into the
 * template's `/*__JS__*\/` and `/*__CSS__*\/` markers. HtmlService serves no separate files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function bundlePageJs(dir: string): Promise<string> {
  const result = await build({
    entryPoints: [join(dir, 'main.ts')],
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

export async function buildPageHtml(dir: string): Promise<string> {
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const css = minifyCss(readFileSync(join(dir, 'style.css'), 'utf8'));
  const js = scriptSafe(await bundlePageJs(dir));
  // Function replacers: `$` in the bundle must not be read as a replacement pattern.
  return template.replace('/*__CSS__*/', () => css.replace(/<\/style/gi, '<\\/style')).replace('/*__JS__*/', () => js);
}
