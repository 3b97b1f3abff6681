/**
 * The plan's title and horizon, kept in document properties at import (validated on read). The
 * title is cut to fit a property (the Журнал row of the import holds it in full). Who owns the
 * document is not here: the owner of record is kept apart (src/gas/access.ts) and an import never
 * changes it.
 */
import * as z from 'zod';
import { cutText, fitJson } from '../core/limits/property-size';
import { KEYS } from './property-keys';
import { documentProps, type Props } from './props';

export const PLAN_META_KEY = KEYS.planMeta;
/** Characters of the title kept in the property (reports show it; the Журнал keeps all of it). */
export const META_TITLE_CHARS = 500;

const PlanMeta = z.object({
  title: z.string().nullable().catch(null),
  horizonYear: z.number().int().nullable().catch(null),
  importedAt: z.string().nullable().catch(null),
});
export type PlanMeta = z.infer<typeof PlanMeta>;

export function readPlanMeta(doc: Props = documentProps()): PlanMeta {
  const raw = doc[PLAN_META_KEY];
  try {
    return PlanMeta.parse(raw ? JSON.parse(raw) : {});
  } catch {
    return { title: null, horizonYear: null, importedAt: null };
  }
}

export function writePlanMeta(meta: PlanMeta): void {
  const fitted = { ...meta, title: meta.title === null ? null : cutText(meta.title, META_TITLE_CHARS) };
  PropertiesService.getDocumentProperties().setProperty(PLAN_META_KEY, fitJson(fitted));
}
