/**
 * The real add-on, as pushed: dist/Code.js and the HTML files, run in a VM context whose globals
 * are the emulator's services. The playground, the benchmark and the end-to-end tests all drive
 * the add-on through this, so what they show is what Apps Script would run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEmulator, type Emulator, type EmulatorOptions } from '../emulator';
import { recordChartSpecs, type SentChart } from './chart-specs';
import { answeringSpreadsheetApp, type PendingAnswer } from './ui-answers';

const dist = join(__dirname, '../../dist');

export interface Addon {
  emu: Emulator;
  /** Calls a top-level function of Code.js, the way a menu click, trigger or google.script.run does. */
  call(fn: string, ...args: unknown[]): unknown;
  has(fn: string): boolean;
  /** The addChart specs Code.js sent, by chart id (for drawing the charts). */
  charts: Map<number, SentChart>;
  /** Answers the page's person gave, each waiting for the question it answers (ui-answers.ts). */
  pending: PendingAnswer[];
}

export function htmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of ['sidebar', 'import', 'settings', 'webapp']) {
    const p = join(dist, `${name}.html`);
    if (existsSync(p)) files[name] = readFileSync(p, 'utf8');
  }
  return files;
}

/**
 * Which built project: the school add-on (dist/Code.js with its HTML files) or the education
 * department's «План-график: Свод» (dist/rollup/Code.js, no HTML: its menu asks with alerts only).
 */
export type Bundle = 'school' | 'rollup';

export function loadAddon(opts: EmulatorOptions = {}, bundle: Bundle = 'school'): Addon {
  const code = readFileSync(join(dist, bundle === 'rollup' ? 'rollup/Code.js' : 'Code.js'), 'utf8');
  const files = bundle === 'rollup' ? {} : htmlFiles();
  const emu = createEmulator({ ...opts, files: { ...files, ...(opts.files ?? {}) } });
  const charts = new Map<number, SentChart>();
  const pending: PendingAnswer[] = [];
  // Code.js's Date: the emulator's clock, and its local time in the script's zone (as in Apps Script).
  const ctx = vm.createContext({
    ...emu.globals,
    Sheets: recordChartSpecs(emu.globals.Sheets, charts),
    SpreadsheetApp: answeringSpreadsheetApp(emu.globals.SpreadsheetApp, () => emu, pending),
    Date: emu.scriptDate,
  });
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  const g = ctx as Record<string, unknown>;
  // Triggers and simulated edits call Code.js's top-level functions by name, as Apps Script does.
  emu.handlers = new Proxy(
    {},
    { get: (_t, name) => (typeof name === 'string' && typeof g[name] === 'function' ? g[name] : undefined) },
  ) as typeof emu.handlers;
  return {
    emu,
    charts,
    pending,
    has: (fn) => typeof g[fn] === 'function',
    call(fn, ...args) {
      const f = g[fn];
      if (typeof f !== 'function') throw new Error(`Code.js has no function ${fn}`);
      return (f as (...a: unknown[]) => unknown)(...args);
    },
  };
}

/**
 * What google.script.run does to arguments and results: JSON-like serialisation that fails on a
 * Date (the call errors) and drops functions. We refuse rather than silently convert.
 */
export function scriptRunClone<T>(value: T, where: string): T {
  const walk = (v: unknown, path: string): void => {
    // Code.js runs in another realm: its Dates are not `instanceof Date` here.
    if (Object.prototype.toString.call(v) === '[object Date]')
      throw new Error(`google.script.run: a Date cannot be passed (${where}${path})`);
    if (typeof v === 'function') throw new Error(`google.script.run: a function cannot be passed (${where}${path})`);
    if (Array.isArray(v)) for (let i = 0; i < v.length; i++) walk(v[i], `${path}[${i}]`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, '');
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
