/**
 * The page of an e-mail link (src/gas/webapp.ts serves it, webapp/ draws it): what it is opened
 * with (a <meta>, escaped JSON, as the settings dialog) and what its two calls send and answer.
 */
import * as z from 'zod/mini';
import type { Language } from '../core/language';
import type { MarkFailure, SidebarCard, SidebarGroup } from './sidebar-contract';
import { MarkRequestSchema } from './sidebar-contract';

export const WEB_META = 'plan-grafik-link';

export type WebPageData =
  | {
      ok: true;
      /** The link itself: every call of the page sends it, and the server checks it again. */
      token: string;
      /** The document's language: the page is drawn in it. */
      lang: Language;
      name: string;
      today: string;
      /** The activity of the link, when it is still the person's. */
      focus: SidebarCard | null;
      /** Why the link's activity is not shown (removed, or no longer the person's). */
      note: string | null;
      /** The person's other open activities, in the sidebar's groups. */
      groups: SidebarGroup[];
      /** The person's calendar feed («Мои сроки в календаре»), null when the web app has no URL. */
      feed: string | null;
    }
  | { ok: false; message: string; en: string };

export const WebMarkRequest = z.object({ ...MarkRequestSchema.shape, token: z.string(), status: z.enum(['done']) });
export const WebUndoRequest = z.object({ token: z.string(), ticket: z.string().check(z.maxLength(200_000)) });
export type WebMarkRequest = z.infer<typeof WebMarkRequest>;
export type WebUndoRequest = z.infer<typeof WebUndoRequest>;

/** `ticket`: the signed undo of this mark, which only this page holds. */
export type WebResult = { ok: true; card: SidebarCard; ticket?: string } | MarkFailure;
