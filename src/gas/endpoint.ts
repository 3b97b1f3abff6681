/**
 * How one google.script.run endpoint runs: the guard first (src/gas/access.ts, its row of
 * ENTRY_POINTS), then the request schema, then the handler — and whatever goes wrong, one answer:
 * the Failure envelope of src/shared/reply.ts with its kind. A refusal or a bad request is
 * returned, not thrown: Apps Script would log a thrown user error as a failed execution, and the
 * page could only guess its kind from the text. A bug is logged here and answered as `internal`.
 */
import type * as z from 'zod/mini';
import type { EntryName } from '../core/access/entry-points';
import { ENTRY_POINTS } from '../core/access/entry-points';
import { isUserError } from '../core/errors';
import type { Language } from '../core/language';
import { type Failure, invalidRequest, type WithLang } from '../shared/reply';
import { RU_ERRORS } from '../shared/zod-errors';
import { type Access, accessInDocument, admit } from './access';

export interface Endpoint<S extends z.ZodMiniType, R> {
  schema: S;
  handle: (req: z.output<S>, access: Access) => R;
  /** Parses instead of the schema alone (checks before it, its own wording); throws a UserError. */
  parse?: (raw: unknown) => z.output<S>;
}

/** Declares an endpoint: its request schema and its handler (typed by the schema). */
export function endpoint<S extends z.ZodMiniType, R>(
  schema: S,
  handle: (req: z.output<S>, access: Access) => R,
  opts: { parse?: (raw: unknown) => z.output<S> } = {},
): Endpoint<S, R> {
  return { schema, handle, ...opts };
}

export function failure(kind: Failure['kind'], message: string, en: string): Failure {
  return { ok: false, kind, message, en };
}

/** Any exception as the envelope: a UserError keeps its words and kind; anything else is a bug. */
export function failureOf(e: unknown): Failure {
  if (isUserError(e)) return failure(e.kind, e.message, e.en);
  const err = typeof e === 'object' && e !== null ? (e as { message?: unknown; stack?: unknown }) : {};
  const detail = typeof err.message === 'string' ? err.message : String(e);
  console.error(typeof err.stack === 'string' ? err.stack : detail);
  return {
    ...failure(
      'internal',
      'Внутренняя ошибка надстройки. Повторите; если ошибка повторится, сообщите координатору.',
      'Internal error of the add-on. Try again; if it happens again, tell the coordinator.',
    ),
    detail,
  };
}

/** The request parsed (`parse`, else the schema), then handled; whatever goes wrong, one envelope. */
export function handled<S extends z.ZodMiniType, R>(
  e: Pick<Endpoint<S, R>, 'schema' | 'parse'>,
  raw: unknown,
  handle: (req: z.output<S>) => R,
): R | Failure {
  try {
    if (e.parse) return handle(e.parse(raw));
    const r = e.schema.safeParse(raw ?? {}, RU_ERRORS);
    if (!r.success) return invalidRequest(r.error.issues);
    return handle(r.data);
  } catch (err) {
    return failureOf(err);
  }
}

type Served<T> = {
  [K in keyof T]: T[K] extends Endpoint<z.ZodMiniType, infer R> ? (raw: unknown) => WithLang<R> | Failure : never;
};

/** An answer with the document's language on it (every object answer: values and envelopes alike). */
function withLang(v: unknown, lang: Language): unknown {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v, lang } : v;
}

/** The table as Apps Script functions (raw request in, the handler's value or a Failure out). */
export function serve<T extends { [K in keyof T]: Endpoint<z.ZodMiniType, unknown> }>(table: T): Served<T> {
  const out: Record<string, (raw: unknown) => unknown> = {};
  for (const name of Object.keys(table) as (keyof T & EntryName)[]) {
    const e = table[name] as Endpoint<z.ZodMiniType, unknown>;
    // A named function: the Apps Script log's stack trace says which endpoint failed.
    out[name] = {
      [name](raw: unknown): unknown {
        // The document's language, known once the guard has read the settings (Russian before).
        let lang: Language = 'ru';
        const answer = (): unknown => {
          const found = accessInDocument(name);
          lang = found.lang;
          // Rows whose rule depends on the request (a changed coordinator list) are checked against it.
          const access = admit(found, 'ownerFor' in ENTRY_POINTS[name] ? raw : undefined);
          if (!access) return failure('forbidden', 'Нет доступа.', 'Access denied.');
          return handled(e, raw, (req) => e.handle(req, access));
        };
        try {
          return withLang(answer(), lang);
        } catch (err) {
          return withLang(failureOf(err), lang);
        }
      },
    }[name];
  }
  return out as Served<T>;
}
