/** The plan's title and horizon, kept in document properties at import (validated on read). */
import * as z from 'zod/mini';
import { documentProps, type Props } from './props';

export const PLAN_META_KEY = 'plan.meta';

export interface PlanMeta {
  title: string | null;
  horizonYear: number | null;
  importedAt: string | null;
  /** Who imported the plan: the sidebar treats them as the owner (may mark any activity). */
  owner?: string | null;
}

const text = z.nullable(z.string());
/** Each field on its own: a bad one reads as null, the others are kept. (Not `z.catch`: it pulls
 * all of zod's utilities into the bundle.) */
const FIELDS = { title: text, horizonYear: z.nullable(z.int()), importedAt: text, owner: text };

const field = <T>(schema: z.ZodMiniType<T>, value: unknown): T | null => {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
};

export function readPlanMeta(doc: Props = documentProps()): PlanMeta {
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
  if ('owner' in obj && obj.owner !== undefined) meta.owner = field(FIELDS.owner, obj.owner);
  return meta;
}

export function writePlanMeta(meta: PlanMeta): void {
  PropertiesService.getDocumentProperties().setProperty(PLAN_META_KEY, JSON.stringify(meta));
}
