import type { SidebarApi, SidebarClient, SidebarFunction } from '../src/shared/sidebar-contract';

/**
 * The one way the page talks to the server: `google.script.run` turned into Promises, typed by
 * the shared contract. Only `import type` from the contract: the zod schemas stay on the server.
 */
interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

/** A failed `google.script.run` call (network, authorisation, several accounts, server exception). */
export class CallFailed extends Error {
  constructor(
    readonly fn: string,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'CallFailed';
  }
}

function scriptRun(): ScriptRun | null {
  const g = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  return g?.script?.run ?? null;
}

function call<K extends SidebarFunction>(fn: K, req: Parameters<SidebarApi[K]>[0]): Promise<ReturnType<SidebarApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run) {
      reject(new CallFailed(fn, 'google.script.run is not available'));
      return;
    }
    const runner = run
      .withSuccessHandler((v) => resolve(v as ReturnType<SidebarApi[K]>))
      .withFailureHandler((e) => {
        const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
        reject(new CallFailed(fn, detail || 'unknown error'));
      });
    const f = runner[fn];
    if (typeof f !== 'function') {
      reject(new CallFailed(fn, `server function ${fn} is missing`));
      return;
    }
    // JSON round trip first: what the page sends must be plain data, as on the server side.
    f.call(runner, JSON.parse(JSON.stringify(req)));
  });
}

export const api: SidebarClient = {
  sidebarLoad: (req) => call('sidebarLoad', req),
  sidebarMark: (req) => call('sidebarMark', req),
  sidebarUndo: (req) => call('sidebarUndo', req),
  sidebarSetIdentity: (req) => call('sidebarSetIdentity', req),
  sidebarShowRow: (req) => call('sidebarShowRow', req),
};
