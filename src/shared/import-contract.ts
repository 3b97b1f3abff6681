/**
 * What the import dialog sends to the server through google.script.run: the plan it built in the
 * browser (plain JSON). The server validates it with zod before writing a single cell.
 */
import * as z from 'zod/mini';
import { UserError } from '../core/errors';
import { importCountProblem, importSizeProblem, MAX_IMPORT_ACTIVITIES } from '../core/limits/import-size';
import type { PlanImport, WarningKind } from '../core/plan/types';
import { issueWords, RU_ERRORS } from './zod-errors';

const day = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
const text = z.string().check(z.maxLength(50_000));
const optText = z.nullable(text);
const upTo = (n: number) => z.string().check(z.maxLength(n));

const Deadline = z.object({
  text: upTo(2_000),
  start: day,
  end: day,
  recurrence: z.enum(['none', 'yearly', 'monthly', 'quarterly', 'weekly', 'ongoing', 'as-needed']),
  inherited: z.boolean(),
  merged: z.optional(z.boolean()),
  problem: z.nullable(upTo(2_000)),
  discrete: z.optional(z.boolean()),
  until: z.optional(day),
});

const Activity = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  number: z.nullable(upTo(100)),
  stage: optText,
  section: optText,
  group: optText,
  title: text,
  result: optText,
  tools: optText,
  responsible: optText,
  responsibleFrom: z.optional(z.nullable(z.enum(['cell', 'inherited', 'merged', 'heading']))),
  deadline: Deadline,
  // Any keys, text values (a loose object and a check: zod's record kind costs the bundle ~0.4 KB).
  extra: z.optional(
    z.looseObject({}).check(z.refine((o) => Object.values(o).every((v) => typeof v === 'string'))),
  ) as z.ZodMiniOptional<z.ZodMiniType<Record<string, string>>>,
  line: z.optional(z.number()),
});

const WARNING_KINDS = [
  'end-before-start',
  'stage-order',
  'no-deadline',
  'no-responsible',
  'deadline-problem',
  'duplicate-number',
  'structure',
] as const;
// Both ways: a WarningKind added in core and not here fails to compile (and the server would refuse it).
type SameAs<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const _warningKindsComplete: SameAs<(typeof WARNING_KINDS)[number], WarningKind> = true;

export const PlanImportSchema = z.object({
  title: z.nullable(upTo(5_000)),
  horizonYear: z.nullable(z.int()),
  activities: z.array(Activity).check(z.maxLength(MAX_IMPORT_ACTIVITIES)),
  unrecognized: z.array(z.string()).check(z.maxLength(100_000)),
  warnings: z.array(z.object({ activity: z.nullable(z.string()), kind: z.enum(WARNING_KINDS), message: z.string() })),
});

export const ImportRequest = z.object({ plan: PlanImportSchema });

/** Validates a request; a bad one is a Russian message, never a half-written tab. Size first. */
export function parseImportRequest(raw: unknown): z.output<typeof ImportRequest> {
  const size = importSizeProblem(raw);
  if (size) throw new UserError('import-too-large', size.ru, size.en);
  const r = ImportRequest.safeParse(raw, RU_ERRORS);
  if (!r.success) {
    const first = r.error.issues[0];
    const path = first?.path.join('.') ?? '';
    // RU_ERRORS makes zod's message Russian; issueWords gives its English.
    throw new UserError(
      'import-invalid',
      `Неверные данные импорта (поле «${path}»: ${first?.message ?? 'неверное значение'}). Ничего не записано.`,
      `Invalid import data (${path}: ${first ? issueWords(first).en : 'an invalid value'}). Nothing was written.`,
    );
  }
  const empty = importCountProblem(r.data.plan.activities.length);
  if (empty) throw new UserError('import-empty', empty.ru, empty.en);
  return r.data;
}

// What the schema lets through is a PlanImport, checked by the compiler (no cast).
export const _schemaIsPlanImport: SameAs<z.output<typeof PlanImportSchema>, PlanImport> extends true
  ? true
  : z.output<typeof PlanImportSchema> extends PlanImport
    ? true
    : false = true;
