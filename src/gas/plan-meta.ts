/**
 * The plan's title and horizon, kept in the document's state (src/gas/doc-state.ts) at import (validated on read). The
 * title is cut to fit a property (the Журнал row of the import holds it in full). Who owns the
 * document is not here: the owner of record is kept apart (src/gas/access.ts) and an import never
 * changes it (an `owner` left by an earlier version is ignored).
 */
import * as z from 'zod/mini';
import { cutText, fitJson } from '../core/limits/property-size';
import { doneDateFloor } from '../core/tracking/plan-start';
import type { TrackedActivity } from '../core/tracking/types';
import { KEYS } from '../core/workbook/schema';
import type { Props } from './props';

export const PLAN_META_KEY = KEYS.planMeta;
/** Characters of the title kept in the property (reports show it; the Журнал keeps all of it). */
export const META_TITLE_CHARS = 500;

export interface PlanMeta {
  title: string | null;
  horizonYear: number | null;
  importedAt: string | null;
}

const text = z.nullable(z.string());
/** Each field on its own: a bad one reads as null, the others are kept. (Not `z.catch`: it pulls
 * all of zod's utilities into the bundle.) */
const FIELDS = { title: text, horizonYear: z.nullable(z.int()), importedAt: text };

const field = <T>(schema: z.ZodMiniType<T>, value: unknown): T | null => {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
};

export function readPlanMeta(doc: Props): PlanMeta {
  const raw = doc[PLAN_META_KEY];
  let obj: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) obj = parsed as Record<string, unknown>;
  } catch {
    // unreadable: every field null
  }
  const meta: PlanMeta = {
    title: field(FIELDS.title, obj.title),
    horizonYear: field(FIELDS.horizonYear, obj.horizonYear),
    importedAt: field(FIELDS.importedAt, obj.importedAt),
  };
  return meta;
}

/** The stored value of `meta` (the title cut to fit), for the document's state. */
export function planMetaValue(meta: PlanMeta): string {
  const fitted = { ...meta, title: meta.title === null ? null : cutText(meta.title, META_TITLE_CHARS) };
  return fitJson(fitted);
}

/** What a mark's «Дата выполнения» is checked against: the plan's horizon and the earliest day a plan of this import can have been done on. */
export function markDates(doc: Props, acts: readonly TrackedActivity[], today: string) {
  const meta = readPlanMeta(doc);
  return { horizonYear: meta.horizonYear, earliest: doneDateFloor(acts, (meta.importedAt ?? today).slice(0, 10)) };
}
