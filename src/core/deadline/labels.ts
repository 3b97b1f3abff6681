import type { Recurrence } from './types';

/** How a recurrence is written for people: in the План tab's «Повтор» column, the preview, messages. */
export const RECURRENCE_LABELS: Record<'ru' | 'en', Record<Recurrence, string>> = {
  ru: {
    none: '',
    yearly: 'ежегодно',
    monthly: 'ежемесячно',
    quarterly: 'ежеквартально',
    weekly: 'еженедельно',
    ongoing: 'постоянно',
    'as-needed': 'по мере необходимости',
  },
  en: {
    none: '',
    yearly: 'yearly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    weekly: 'weekly',
    ongoing: 'ongoing',
    'as-needed': 'as needed',
  },
};
