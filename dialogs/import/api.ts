/**
 * The one server call of the dialog: `importApply` through google.script.run, as a Promise.
 * Only plain JSON crosses (no Date, ArrayBuffer, typed array or Blob: they do not survive the call),
 * so the plan is sent after a JSON round trip.
 */
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

export function importApply(plan: PlanImport): Promise<ImportResponse> {
  return new Promise((resolve, reject) => {
    const run = google()?.script?.run;
    if (!run) {
      reject(new CallFailed('google.script.run is not available'));
      return;
    }
    const runner = run
      .withSuccessHandler((v) => resolve(v as ImportResponse))
      .withFailureHandler((e) => {
        const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
        reject(new CallFailed(detail || 'unknown error'));
      });
    const f = runner.importApply;
    if (typeof f !== 'function') {
      reject(new CallFailed('server function importApply is missing'));
      return;
    }
    f.call(runner, requestOf(plan));
  });
}

export function closeDialog(): void {
  google()?.script?.host?.close?.();
}
