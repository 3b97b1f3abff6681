/**
 * The one way a page calls the server: `google.script.run` as Promises, typed by the endpoint
 * table (src/shared/api.ts, `import type` only). Every answer is the endpoint's value or the
 * Failure envelope; a call that never reached the server (several Google accounts signed in, no
 * connection, a value google.script.run cannot carry) is answered as an `internal` Failure too,
 * so a page words every failure one way (src/ui/failure.ts).
 */
import type { Api, EndpointName, ReplyOf } from '../shared/api';
import type { Failure } from '../shared/reply';

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [fn: string]: unknown;
}

type Google = { script?: { run?: ScriptRun; host?: { close?: () => void } } };
const google = () => (globalThis as { google?: Google }).google;

/** The envelope of a call that did not get an answer from the server. */
export function notReached(fn: string, detail: string): Failure {
  return {
    ok: false,
    kind: 'internal',
    message:
      'Не удалось связаться с Google. Чаще всего так бывает, когда в браузере выполнен вход сразу в несколько аккаунтов Google: выйдите из других аккаунтов (или откройте таблицу в окне инкогнито) и повторите.',
    en: 'Could not reach Google. This usually happens when several Google accounts are signed in: sign out of the others (or use a private window) and try again.',
    detail: `${fn}: ${detail}`,
  };
}

export function isFailure(v: unknown): v is Failure {
  return typeof v === 'object' && v !== null && (v as Failure).ok === false && typeof (v as Failure).kind === 'string';
}

/** A Failure as an exception, for code that awaits a value (`answerOf`). */
export class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
    this.name = 'Refused';
  }
}

/** The answer's value; a Failure is thrown as `Refused`. */
export function answerOf<T>(r: T | Failure): T {
  if (isFailure(r)) throw new Refused(r);
  return r;
}

/** One call; `req` goes through a JSON round trip first: only plain data crosses, as on the server. */
export function call<K extends EndpointName>(fn: K, req: Parameters<Api[K]>[0]): Promise<ReplyOf<K>> {
  return new Promise((resolve) => {
    const run = google()?.script?.run;
    if (!run) {
      resolve(notReached(fn, 'google.script.run is not available') as ReplyOf<K>);
      return;
    }
    const runner = run
      .withSuccessHandler((v) => resolve(v as ReplyOf<K>))
      .withFailureHandler((e) => {
        const detail = e instanceof Error ? e.message : typeof e === 'string' ? e : JSON.stringify(e);
        resolve(notReached(fn, detail || 'unknown error') as ReplyOf<K>);
      });
    const f = runner[fn];
    if (typeof f !== 'function') {
      resolve(notReached(fn, `server function ${fn} is missing`) as ReplyOf<K>);
      return;
    }
    f.call(runner, JSON.parse(JSON.stringify(req)));
  });
}

/** The typed client of a few endpoints: `client(['sidebarLoad'])` → `{ sidebarLoad(req) }`. */
export function client<K extends EndpointName>(names: readonly K[]): Pick<Api, K> {
  const out: Partial<Record<EndpointName, unknown>> = {};
  for (const n of names) out[n] = (req: Parameters<Api[K]>[0]) => call(n, req);
  return out as Pick<Api, K>;
}

export function closeDialog(): void {
  google()?.script?.host?.close?.();
}
