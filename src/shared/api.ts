/**
 * The pages' view of the server, derived from the endpoint table the server runs
 * (src/gas/endpoints.ts): a type only, so a page that imports it (`import type`) gets no server
 * code. Change a request schema or a handler's answer there and the page fails to compile here.
 */
import type { Endpoints } from '../gas/endpoints';
import type { ClientOf } from './reply';

export type Api = ClientOf<Endpoints>;
export type EndpointName = keyof Api;
/** What `fn` answers once the call is back: its value or the Failure envelope. */
export type ReplyOf<K extends EndpointName> = Awaited<ReturnType<Api[K]>>;
/** Its value alone. */
export type ValueOf<K extends EndpointName> = Exclude<ReplyOf<K>, { ok: false; kind: string }>;
