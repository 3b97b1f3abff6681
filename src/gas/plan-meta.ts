/** The plan's title and horizon, kept in document properties at import (validated on read). */
import * as z from 'zod';
import { documentProps, type Props } from './props';

export const PLAN_META_KEY = 'plan.meta';

const PlanMeta = z.object({
  title: z.string().nullable().catch(null),
  horizonYear: z.number().int().nullable().catch(null),
  importedAt: z.string().nullable().catch(null),
  /** Who imported the plan: the sidebar treats them as the owner (may mark any activity). */
  owner: z.string().nullable().catch(null).optional(),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

export function readPlanMeta(doc: Props = documentProps()): PlanMeta {
  const raw = doc[PLAN_META_KEY];
  try {
    return PlanMeta.parse(raw ? JSON.parse(raw) : {});
  } catch {
    return { title: null, horizonYear: null, importedAt: null, owner: null };
  }
}

export function writePlanMeta(meta: PlanMeta): void {
  PropertiesService.getDocumentProperties().setProperty(PLAN_META_KEY, JSON.stringify(meta));
}
