import { analyse } from './analysis';
import { buildCalendar } from './calendar';
import { buildOverdue, buildUpcoming } from './lists';
import { buildQuality } from './quality';
import { buildSummary } from './summary';
import type { ReportInput, ReportTab } from './types';

/**
 * All report tabs for a plan on a day, in the order they are shown: Сводка, Просрочено,
 * Ближайшие 14 дней, Календарь, Качество данных. Pure and deterministic: the same plan and date give
 * the same tabs, so a rebuild is idempotent.
 */
export function buildReports(input: ReportInput): ReportTab[] {
  const an = analyse(input);
  return [
    buildSummary(an),
    buildOverdue(an),
    buildUpcoming(an),
    buildCalendar(an),
    buildQuality(an, input.warnings ?? []),
  ];
}
