/**
 * The dialog's server calls through google.script.run, as Promises: `importApply` (the plan), and
 * `importColumnsGet` / `importColumnsSave` (the column roles remembered per table shape).
 * Only plain JSON crosses (no Date, ArrayBuffer, typed array or Blob: they do not survive the call),
 * so the plan is sent after a JSON round trip.
 */
import type { ColumnRole } from '../../src/core/plan/columns';
import type { PlanImport } from '../../src/core/plan/types';
import type { ImportResponse } from '../../src/shared/import-contract';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

type Google = { script?: { run?: ScriptRun; host?: { close?: () => void } } };
const google = () => (globalThis as { google?: Google }).google;

export class CallFailed extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'CallFailed';
  }
}

/** What is sent: the whole import JSON (the server validates it and drops what it does not read). */
export function requestOf(plan: PlanImport): { plan: PlanImport } {
  return JSON.parse(JSON.stringify({ plan }));
}

/** One google.script.run call as a Promise; `arg` must be plain JSON. */
function call<T>(fn: string, arg: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const run = google()?.script?.run;
    if (!run) {
      reject(new CallFailed('google.script.run is not available'));
      return;
    }
    const runner = run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => {
        const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
        reject(new CallFailed(detail || 'unknown error'));
      });
    const f = runner[fn];
    if (typeof f !== 'function') {
      reject(new CallFailed(`server function ${fn} is missing`));
      return;
    }
    f.call(runner, arg);
  });
}

export function importApply(plan: PlanImport): Promise<ImportResponse> {
  return call<ImportResponse>('importApply', requestOf(plan));
}

export type RoleChoice = Record<string, ColumnRole>;

/** The column roles remembered for a table of this shape (src/gas/import-columns.ts), or null. */
export async function rememberedColumns(shape: string): Promise<RoleChoice | null> {
  const r = await call<{ columns: RoleChoice | null }>('importColumnsGet', { shape });
  return r?.columns ?? null;
}

export function rememberColumns(shape: string, columns: RoleChoice): Promise<unknown> {
  return call('importColumnsSave', { shape, columns: { ...columns } });
}

/** The displayed text of the sheet «Распознать таблицу на этом листе» was chosen on. */
export function importSheetSource(sheet: string): Promise<{ sheet: string; values: string[][] }> {
  return call('importSheetSource', { sheet });
}

export function closeDialog(): void {
  google()?.script?.host?.close?.();
}
