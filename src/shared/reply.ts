/**
 * The one error envelope every server call answers with (src/gas/endpoint.ts), and the type of a
 * page's view of the server derived from the endpoint table (src/gas/endpoints.ts), the way tRPC
 * or gas-client derive a client from the server's router: the page imports only these types, so
 * a changed request schema or reply is a compile error on the page, not a surprise at run time.
 */
import type * as z from 'zod/mini';
import type { ErrorKind } from '../core/errors';
import type { Language } from '../core/language';
import { issueWords } from './zod-errors';

export type { ErrorKind } from '../core/errors';

/** A refusal or a failure: `message` Russian, shown as is; `en` its English. */
export interface Failure {
  ok: false;
  kind: ErrorKind;
  message: string;
  en: string;
  /** Technical detail (an exception's text, the transport's error), shown folded, never alone. */
  detail?: string;
  /** The document's language (every server answer carries it; absent when the call never reached the server). */
  lang?: Language;
}

/** A handler's answer as served: an object answer carries the document's language (src/gas/endpoint.ts). */
export type WithLang<R> = R extends object ? R & { lang: Language } : R;

/** One endpoint as declared on the server: its request schema and its handler. */
export interface EndpointShape {
  schema: z.ZodMiniType;
  handle: (req: never, access: never) => unknown;
}

/** What a call answers: the handler's value, or the envelope (a handler may answer one itself). */
export type Reply<E extends EndpointShape> = WithLang<ReturnType<E['handle']>> | Failure;

/** The page's side: each endpoint a function of its request (as sent, before the schema's transforms). */
export type ClientOf<T extends Record<string, EndpointShape>> = {
  [K in keyof T]: (req: z.input<T[K]['schema']>) => Promise<Reply<T[K]>>;
};

/** The first problem of a request, the field named (zod's issues; RU_ERRORS and issueWords word them). */
export function invalidRequest(issues: readonly z.core.$ZodIssue[]): Failure {
  const issue = issues[0];
  const path = issue?.path.length ? issue.path.join('.') : '';
  return {
    ok: false,
    kind: 'invalid',
    message: `Неверный запрос${path ? ` (поле «${path}»)` : ''}: ${issue?.message ?? 'неизвестная ошибка'}. Ничего не изменено.`,
    en: `Invalid request${path ? ` (field "${path}")` : ''}: ${issue ? issueWords(issue).en : 'unknown error'}. Nothing was changed.`,
  };
}
