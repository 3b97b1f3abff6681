/**
 * How large an import may be, checked before anything else (the schema, the sheet): a plan with
 * more activities is refused in Russian, nothing written. 20,000 rows import in one batch within
 * Apps Script's 6 minutes with room to spare (npm run bench: 10,000 in ~3 s of CPU, 18 calls).
 */
export const MAX_IMPORT_ACTIVITIES = 20_000;

/** 20000 → «20 000»: digits in threes, as Russian writes them. */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/**
 * A Russian message (English second) when a plan of this many activities must not be written,
 * else null. Zero is refused too: applied, an empty plan would mark every row of the current План
 * «нет в новой версии» — the dialog disables its button, and the server must not rely on that.
 */
export function importCountProblem(n: number): { ru: string; en: string } | null {
  if (n === 0)
    return {
      ru: 'В плане не найдено ни одного мероприятия: импортировать нечего. Ничего не записано, вкладка «План» не изменилась. Проверьте, что таблица скопирована целиком.',
      en: 'No activities found: nothing to import. Nothing was written; the plan tab is unchanged.',
    };
  if (n <= MAX_IMPORT_ACTIVITIES) return null;
  return {
    ru: `В плане ${thousands(n)} мероприятий, а за один импорт можно загрузить не больше ${thousands(MAX_IMPORT_ACTIVITIES)}. Ничего не записано. Разделите план на части (например, по этапам) и импортируйте их в разные таблицы.`,
    en: `The plan has ${n} activities; one import takes at most ${MAX_IMPORT_ACTIVITIES}. Nothing was written: split the plan.`,
  };
}

/** A Russian message (English second) when the request is too large, else null. Never throws. */
export function importSizeProblem(raw: unknown): { ru: string; en: string } | null {
  const plan = (raw as { plan?: { activities?: unknown } } | null)?.plan;
  const n = Array.isArray(plan?.activities) ? plan.activities.length : 0;
  return n > MAX_IMPORT_ACTIVITIES ? importCountProblem(n) : null;
}
