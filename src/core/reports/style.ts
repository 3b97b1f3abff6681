import type { ReportState } from './situation';

/** Colours shared by all report tabs: one meaning per colour, the same in bars, lists and charts. */
export const STATE_COLORS: Record<ReportState, string> = {
  done: '#93c47d',
  'in-progress': '#6fa8dc',
  overdue: '#e06666',
  'not-started': '#b7b7b7',
  cancelled: '#eeeeee',
};

export const COLORS = {
  header: '#e8eaed',
  title: '#1f3864',
  muted: '#666666',
  overdueText: '#cc0000',
  stageBand: '#fff2cc',
  stageSpan: '#ffd966',
  today: '#ff9900',
  todayColumn: '#fde9d9',
  todayText: '#ffffff',
  section: '#d9e2f3',
} as const;

export const TAB_COLORS = {
  summary: '#1a73e8',
  overdue: '#cc0000',
  upcoming: '#e69138',
  calendar: '#6aa84f',
  quality: '#999999',
} as const;

export const FORMAT = { text: '@', integer: '0', percent: '0%' } as const;

/**
 * The report tabs' names in each language. They are regenerated on every refresh, so they follow
 * the document's language; a refresh deletes the other language's tabs (src/gas/reports.ts).
 */
export const TAB_NAMES = {
  ru: {
    summary: 'Отчёт: Сводка',
    overdue: 'Отчёт: Просрочено',
    upcoming: 'Отчёт: Ближайшие 14 дней',
    calendar: 'Отчёт: Календарь',
    quality: 'Отчёт: Качество данных',
  },
  en: {
    summary: 'Report: Summary',
    overdue: 'Report: Overdue',
    upcoming: 'Report: Next 14 days',
    calendar: 'Report: Calendar',
    quality: 'Report: Data quality',
  },
} as const;
