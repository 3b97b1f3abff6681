/**
 * What the import dialog sends to the server through google.script.run: the plan it built in the
 * browser (plain JSON). The server validates it with zod before writing a single cell.
 */
import * as z from 'zod';
import { UserError } from '../core/errors';
import { importSizeProblem, MAX_IMPORT_ACTIVITIES } from '../core/limits/import-size';
import type { PlanImport } from '../core/plan/types';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
const text = z.string().max(50_000);
const optText = text.nullable();

const Deadline = z.object({
  text: z.string().max(2_000),
  start: day,
  end: day,
  recurrence: z.enum(['none', 'yearly', 'monthly', 'quarterly', 'weekly', 'ongoing', 'as-needed']),
  inherited: z.boolean(),
  merged: z.boolean().optional(),
  problem: z.string().max(2_000).nullable(),
  discrete: z.boolean().optional(),
  until: day.optional(),
});

const Activity = z.object({
  id: z.string().min(1).max(200),
  number: z.string().max(100).nullable(),
  stage: optText,
  section: optText,
  group: optText,
  title: text,
  result: optText,
  tools: optText,
  responsible: optText,
  responsibleFrom: z.enum(['cell', 'inherited', 'merged', 'heading']).nullable().optional(),
  deadline: Deadline,
  extra: z.record(z.string(), z.string()).optional(),
  line: z.number().optional(),
});

export const PlanImportSchema = z.object({
  title: z.string().max(5_000).nullable(),
  horizonYear: z.number().int().nullable(),
  activities: z.array(Activity).max(MAX_IMPORT_ACTIVITIES),
  unrecognized: z.array(z.string()).max(100_000),
  warnings: z.array(z.object({ activity: z.string().nullable(), kind: z.string(), message: z.string() })),
});

export const ImportRequest = z.object({ plan: PlanImportSchema });

export interface ImportResponse {
  activities: number;
  kept: number;
  added: number;
  vanished: number;
  backup: string | null;
}

/** zod's issue kinds in Russian (its own messages are English). */
const ISSUE_RU: Record<string, string> = {
  invalid_type: 'неверный тип значения',
  too_big: 'слишком большое значение',
  too_small: 'слишком маленькое значение',
  invalid_format: 'неверный формат',
  invalid_value: 'недопустимое значение',
};

/** Validates a request; a bad one is a Russian message, never a half-written tab. Size first. */
export function parseImportRequest(raw: unknown): { plan: PlanImport } {
  const size = importSizeProblem(raw);
  if (size) throw new UserError('import-too-large', `${size.ru}\n${size.en}`, size.en);
  const r = ImportRequest.safeParse(raw);
  if (!r.success) {
    const first = r.error.issues[0];
    const what = ISSUE_RU[first?.code ?? ''] ?? 'неверное значение';
    throw new UserError(
      'import-invalid',
      `Неверные данные импорта (поле «${first?.path.join('.') ?? ''}»: ${what}). Ничего не записано.`,
      `Invalid import data (${first?.path.join('.') ?? ''}: ${first?.message ?? ''}).`,
    );
  }
  return r.data as { plan: PlanImport };
}
