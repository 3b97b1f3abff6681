/**
 * zod/mini loads no locale, so a check without a message of ours would say only "Invalid input".
 * Parsing with RU_ERRORS words those in Russian (our Russian messages win where given); `issueWords`
 * gives the same words in English for the envelope's `en` — a few plain phrases a coordinator
 * reads, not zod's own locale (which names types and codes, and costs 4 KB of the 250 KB Code.js).
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/** The problem in words, Russian and English. */
export function issueWords(issue: Issue): { ru: string; en: string } {
  const i = issue as Issue & { origin?: string; maximum?: unknown; minimum?: unknown; values?: unknown[] };
  const text = i.origin === 'string';
  const many = i.origin === 'array';
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined
        ? { ru: 'значение не указано', en: 'no value given' }
        : { ru: 'значение не того вида', en: 'a value of the wrong kind' };
    case 'too_big':
      return text
        ? { ru: `не длиннее ${i.maximum} знаков`, en: `at most ${i.maximum} characters` }
        : many
          ? { ru: `не больше ${i.maximum} элементов`, en: `at most ${i.maximum} items` }
          : { ru: `не больше ${i.maximum}`, en: `at most ${i.maximum}` };
    case 'too_small':
      return text
        ? { ru: `не короче ${i.minimum} знаков`, en: `at least ${i.minimum} characters` }
        : many
          ? { ru: `не меньше ${i.minimum} элементов`, en: `at least ${i.minimum} items` }
          : { ru: `не меньше ${i.minimum}`, en: `at least ${i.minimum}` };
    case 'invalid_format':
      return { ru: 'неверный формат', en: 'the wrong format' };
    case 'invalid_value': {
      const list = (i.values ?? []).join(', ');
      return { ru: `допустимо: ${list}`, en: `allowed: ${list}` };
    }
    default:
      return { ru: 'неверное значение', en: 'an invalid value' };
  }
}

export const RU_ERRORS = { error: (issue: z.core.$ZodRawIssue) => issueWords(issue).ru };
