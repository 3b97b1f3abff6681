import { countEn, countRu, pluralRu } from './plural';
import type { DigestItem } from './types';

/**
 * The subject says how much needs attention and how much is late, so the inbox line alone tells
 * whether to open it: "План-график: 2 мероприятия требуют внимания, 1 просрочено".
 */
export function subjectOf(items: readonly DigestItem[], lang: 'ru' | 'en'): string {
  const all = new Set(items.map((i) => i.activity)).size;
  const late = new Set(items.filter((i) => i.daysLeft !== null && i.daysLeft < 0).map((i) => i.activity)).size;
  const weeklyOnly = items.length > 0 && items.every((i) => i.kind === 'weekly');
  if (lang === 'en') {
    const head = weeklyOnly ? 'Plan: weekly summary, ' : 'Plan: ';
    const need = `${countEn(all, 'activity', 'activities')} ${all === 1 ? 'needs' : 'need'} attention`;
    return `${head}${need}${late ? `, ${late} overdue` : ''}`;
  }
  const head = weeklyOnly ? 'План-график: сводка за неделю, ' : 'План-график: ';
  const need = `${countRu(all, ['мероприятие', 'мероприятия', 'мероприятий'])} ${pluralRu(all, ['требует', 'требуют', 'требуют'])} внимания`;
  const lateText = late ? `, ${late} ${pluralRu(late, ['просрочено', 'просрочены', 'просрочено'])}` : '';
  return `${head}${need}${lateText}`;
}
