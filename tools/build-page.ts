/**
 * One HTML page for HtmlService from a folder holding `main.ts`, `style.css` and `index.html`:
 * the script bundled by esbuild (iife, minified, es2020, utf8) and the CSS inlined into the
 * template's `/*__JS__*\/` and `/*__CSS__*\/` markers. HtmlService serves no separate files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';

export interface PageOptions {
  /**
   * The page's script doubles as its Web Worker: `worker.ts` is the entry and exports
   * `serveInWorker()`; `main.ts` runs only where that returns false (on the page). HtmlService
   * serves one file, so a worker cannot be a file of its own (dialogs/import/worker.ts).
   */
  worker?: boolean;
  /** Another page's folder whose style.css comes first (the link page wears the sidebar's look). */
  cssFrom?: string;
}

/**
 * `main.ts` runs once the page is parsed (esbuild runs a required module when `require` is
 * called): what the server appends after the script (HtmlOutput.append) — the document's language
 * (src/gas/page-language.ts), a dialog's data — is then in the page for it to read.
 */
const RUN_MAIN =
  "const run = () => require('./main');\n" +
  "if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);\nelse run();\n";

function entryOf(dir: string, opts: PageOptions): BuildOptions {
  const contents = opts.worker
    ? `import { serveInWorker } from './worker';\nif (!serveInWorker()) {\n${RUN_MAIN}}\n`
    : RUN_MAIN;
  return { stdin: { contents, resolveDir: dir, sourcefile: 'entry.ts', loader: 'ts' } };
}

export async function bundlePageJs(dir: string, opts: PageOptions = {}): Promise<string> {
  const result = await build({
    ...entryOf(dir, opts),
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

export async function buildPageHtml(dir: string, opts: PageOptions = {}): Promise<string> {
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const base = opts.cssFrom ? readFileSync(join(opts.cssFrom, 'style.css'), 'utf8') : '';
  const css = minifyCss(base + readFileSync(join(dir, 'style.css'), 'utf8'));
  const js = scriptSafe(await bundlePageJs(dir, opts));
  // Function replacers: `$` in the bundle must not be read as a replacement pattern.
  return template.replace('/*__CSS__*/', () => css.replace(/<\/style/gi, '<\\/style')).replace('/*__JS__*/', () => js);
}
