/**
 * Opens a page in a real Chromium (Debian's `chromium`, driven by playwright-core; nothing is
 * downloaded at test time) with a `google.script.run` shim that behaves like the real one where
 * it matters to the sidebar:
 *
 * - calls are asynchronous and answer through withSuccessHandler / withFailureHandler;
 * - arguments and return values cross as JSON, and a `Date`, a function, `undefined` inside an
 *   array, a Map or another class instance makes the call FAIL (failure handler), as it does in
 *   Apps Script — so a contract that leaks a Date breaks a test, not production;
 * - `failAll` makes every call fail the way it does when several Google accounts are signed in.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The README's pictures (docs/img/NAME.png), taken only when asked for (`PICTURES=1 npm run
 * test:browser`): a test run must not rewrite tracked files.
 */
export async function picture(page: Page | Locator, name: string, opts: { style?: string } = {}): Promise<void> {
  if (process.env.PICTURES !== '1') return;
  const dir = join(__dirname, '../../docs/img');
  mkdirSync(dir, { recursive: true });
  // `style`: CSS applied while the picture is taken (e.g. hiding a passing toast), not to the page.
  await page.screenshot({ path: join(dir, `${name}.png`), ...opts });
}

/**
 * The server side: its function-valued properties are the callable server functions (as Apps
 * Script's global functions); anything else on it (a test double's state) is not reachable.
 */
export type ServerFunctions = object;

export interface OpenOptions {
  /** Make every call fail with this message (true: the several-accounts message Google shows). */
  failAll?: boolean | string;
  viewport?: { width: number; height: number };
  /** Milliseconds each call takes, to see the busy state. */
  latency?: number;
  /** The browser's language (default ru-RU). */
  locale?: string;
}

export interface ServerCall {
  fn: string;
  args: unknown[];
}

export interface Opened {
  page: Page;
  /** Every call that reached the server, in order. */
  calls: ServerCall[];
  /** Alerts, confirms and prompts the page opened (a hostile title must open none). */
  dialogs: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Wait for the Chromium binary (it may still be being installed by apt). */
export async function waitForChromium(timeoutMs = 120_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(CHROMIUM)) {
    if (Date.now() > until)
      throw new Error(`${CHROMIUM} not found: install Chromium (apt-get install chromium) or set CHROMIUM_PATH`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  return CHROMIUM;
}

let shared: Promise<Browser> | null = null;

/** One browser per test file; pages are cheap. */
export function browser(): Promise<Browser> {
  shared ??= waitForChromium().then((executablePath) =>
    chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    }),
  );
  return shared;
}

export async function closeBrowser(): Promise<void> {
  if (!shared) return;
  const b = await shared;
  shared = null;
  await b.close();
}

/** Where a value would not survive google.script.run: a path like "groups[0].due", or null. */
export function nonJsonPath(v: unknown, path = 'value'): string | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : path;
  if (typeof v === 'undefined' || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint')
    return path;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (v[i] === undefined) return `${path}[${i}]`;
      const p = nonJsonPath(v[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return path; // Date, Map, class instances
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === undefined) continue; // an absent optional field
    const p = nonJsonPath(x, `${path}.${k}`);
    if (p) return p;
  }
  return null;
}

const SEVERAL_ACCOUNTS =
  'ScriptError: We are sorry, a server error occurred while reading from storage. Error code: PERMISSION_DENIED.';

/** The page side of the shim: runs before any page script. */
function shimSource(): string {
  // Kept as plain ES2019 in a string: it runs in the page, not in Node.
  return `(() => {
  const nonJson = (v, path) => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
    if (typeof v === 'number') return isFinite(v) ? null : path;
    if (typeof v !== 'object') return path;
    if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) { if (v[i] === undefined) return path + '[' + i + ']'; const p = nonJson(v[i], path + '[' + i + ']'); if (p) return p; } return null; }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return path;
    for (const k of Object.keys(v)) { if (v[k] === undefined) continue; const p = nonJson(v[k], path + '.' + k); if (p) return p; }
    return null;
  };
  const runner = (ok, fail) => new Proxy({}, {
    get(_t, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      if (name === 'withUserObject') return () => runner(ok, fail);
      if (typeof name !== 'string') return undefined;
      return (...args) => {
        const bad = nonJson(args, 'args');
        if (bad) { setTimeout(() => fail && fail(new Error('Failed due to illegal value in property: ' + bad)), 0); return; }
        window.__gasCall(name, JSON.stringify(args)).then((r) => {
          if (r.ok) { if (ok) ok(JSON.parse(r.json)); }
          else if (fail) fail(new Error(r.message));
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {}, editor: { focus() {} } } } };
})();`;
}

/** Serve `html` on 127.0.0.1 (random port) and open it with the shim forwarding to `server`. */
export async function openWithServer(html: string, server: ServerFunctions, opts: OpenOptions = {}): Promise<Opened> {
  const http: Server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const port = (http.address() as AddressInfo).port;
  const b = await browser();
  const context = await b.newContext({
    viewport: opts.viewport ?? { width: 320, height: 900 },
    locale: opts.locale ?? 'ru-RU',
  });
  const page = await context.newPage();
  const calls: ServerCall[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Block everything but our page: the sidebar must not need the network.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
  );
  await page.exposeFunction('__gasCall', async (fn: string, argsJson: string) => {
    if (opts.latency) await new Promise((r) => setTimeout(r, opts.latency));
    if (opts.failAll) return { ok: false, message: typeof opts.failAll === 'string' ? opts.failAll : SEVERAL_ACCOUNTS };
    const f = Object.hasOwn(server, fn) ? (server as Record<string, unknown>)[fn] : undefined;
    if (typeof f !== 'function') return { ok: false, message: `Script function not found: ${fn}` };
    const args = JSON.parse(argsJson) as unknown[];
    calls.push({ fn, args });
    try {
      const result = await (f as (...a: unknown[]) => unknown)(...args);
      const bad = nonJsonPath(result, 'result');
      // The real google.script.run cannot return a Date (or any non-plain value): the call fails.
      if (bad) return { ok: false, message: `Failed due to illegal value in property: ${bad}` };
      return { ok: true, json: JSON.stringify(result ?? null) };
    } catch (e) {
      return { ok: false, message: `Exception: ${e instanceof Error ? e.message : String(e)}` };
    }
  });
  await page.addInitScript(shimSource());
  await page.goto(`http://127.0.0.1:${port}/`);
  return {
    page,
    calls,
    dialogs,
    pageErrors,
    async close() {
      await context.close();
      await new Promise<void>((r) => http.close(() => r()));
    },
  };
}
