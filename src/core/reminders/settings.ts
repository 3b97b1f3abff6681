import * as z from 'zod/mini';
import type { Language } from '../language';
import { shorten } from '../shorten';

/**
 * Reminder settings, stored as JSON in document properties. A bad stored value must never break
 * the daily trigger: each field is checked on its own, and a bad one falls back to its default
 * with a Russian warning the settings dialog and «Состояние напоминаний» show.
 */
export interface ReminderSettings {
  enabled: boolean;
  /** Hour of sending in the spreadsheet's time zone (0–23). */
  hour: number;
  /** Send on Monday–Friday only; whatever falls on the weekend is sent on Friday. */
  weekdaysOnly: boolean;
  /** Days before the deadline's end to remind ("Скоро"), largest first. */
  daysBefore: number[];
  /** Remind on the due day ("Сегодня"). */
  onTheDay: boolean;
  /** After the deadline: every N days … */
  overdueEveryDays: number;
  /** … up to M times. */
  overdueTimes: number;
  /** Tell the coordinators when an activity is this many days overdue; null = never. */
  escalateAfterDays: number | null;
  coordinators: string[];
  head: string | null;
  weeklySummary: boolean;
  /** Weekday of the summary: 1 = Monday … 5 = Friday. */
  weeklyWeekday: number;
  /** Remind when a long range starts ("Начинается"). */
  remindOnStart: boolean;
  replyTo: string | null;
  senderName: string;
  /**
   * The document's language (src/core/language.ts), not only the e-mails': the report tabs, the
   * status values and every page follow it. Russian unless saved otherwise.
   */
  language: Language;
}

export const DEFAULT_SETTINGS: Readonly<ReminderSettings> = Object.freeze({
  enabled: false,
  hour: 8,
  weekdaysOnly: true,
  daysBefore: [7, 1],
  onTheDay: true,
  overdueEveryDays: 3,
  overdueTimes: 3,
  escalateAfterDays: 3,
  coordinators: [],
  head: null,
  weeklySummary: true,
  weeklyWeekday: 1,
  remindOnStart: true,
  replyTo: null,
  senderName: 'План-график',
  language: 'ru',
});

const email = z.email();
const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
/** A trimmed address; blank means none. */
const optionalEmail = z.nullable(
  z.pipe(
    z.pipe(
      z.string().check(z.trim()),
      z.transform((s) => s || null),
    ),
    z.nullable(email),
  ),
);

/** Field schemas; arrays are normalised (sorted, unique) so equal settings compare equal. */
const FIELDS: { [K in keyof ReminderSettings]: z.ZodMiniType<ReminderSettings[K]> } = {
  enabled: z.boolean(),
  hour: int(0, 23),
  weekdaysOnly: z.boolean(),
  daysBefore: z.pipe(
    z.array(int(1, 90)).check(z.maxLength(10)),
    z.transform((a) => [...new Set(a)].sort((x, y) => y - x)),
  ),
  onTheDay: z.boolean(),
  overdueEveryDays: int(1, 60),
  overdueTimes: int(0, 30),
  escalateAfterDays: z.nullable(int(0, 365)),
  coordinators: z.array(z.string()),
  head: optionalEmail,
  weeklySummary: z.boolean(),
  weeklyWeekday: int(1, 5),
  remindOnStart: z.boolean(),
  replyTo: optionalEmail,
  senderName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  language: z.enum(['ru', 'en']),
};

const LABELS: Record<keyof ReminderSettings, string> = {
  enabled: 'Напоминания включены',
  hour: 'Час отправки',
  weekdaysOnly: 'Только по будним дням',
  daysBefore: 'За сколько дней напоминать',
  onTheDay: 'Напоминать в день срока',
  overdueEveryDays: 'После срока: каждые N дней',
  overdueTimes: 'После срока: не больше M раз',
  escalateAfterDays: 'Сообщать координаторам через K дней просрочки',
  coordinators: 'Координаторы',
  head: 'Руководитель',
  weeklySummary: 'Еженедельная сводка',
  weeklyWeekday: 'День еженедельной сводки',
  remindOnStart: 'Напоминать о начале',
  replyTo: 'Адрес для ответа',
  senderName: 'Имя отправителя',
  language: 'Язык документа',
};

const FLAG = 'флажок: включено или выключено';
const EMAIL_OR_EMPTY = 'адрес электронной почты или пусто';
/** What each field accepts, in words: every warning names it, so the coordinator knows what to type. */
const ALLOWED: Record<keyof ReminderSettings, string> = {
  enabled: FLAG,
  hour: 'целое число от 0 до 23',
  weekdaysOnly: FLAG,
  daysBefore: 'до 10 целых чисел от 1 до 90 через запятую',
  onTheDay: FLAG,
  overdueEveryDays: 'целое число от 1 до 60',
  overdueTimes: 'целое число от 0 до 30',
  escalateAfterDays: 'целое число от 0 до 365 или пусто (никогда)',
  coordinators: 'адреса электронной почты через запятую',
  head: EMAIL_OR_EMPTY,
  weeklySummary: FLAG,
  weeklyWeekday: 'число от 1 (понедельник) до 5 (пятница)',
  remindOnStart: FLAG,
  replyTo: EMAIL_OR_EMPTY,
  senderName: 'текст от 1 до 100 знаков',
  language: 'русский (ru) или английский (en)',
};

/** A value as a person reads it: no JSON brackets, no `null` (a number the form could not read is «пусто»). */
const show = (v: unknown): string => {
  const one = (x: unknown): string => {
    if (x === undefined || x === null || x === '' || (typeof x === 'number' && !Number.isFinite(x))) return 'пусто';
    if (typeof x === 'boolean') return x ? 'включено' : 'выключено';
    if (typeof x === 'number' || typeof x === 'string') return String(x);
    return Array.isArray(x) ? x.map(one).join(', ') || 'пусто' : 'не число и не текст';
  };
  return shorten(one(v), 60);
};

export interface ParsedSettings {
  settings: ReminderSettings;
  /** Russian, one per field that fell back to its default (or per dropped address). */
  warnings: string[];
}

/**
 * Read stored settings: an object, or its JSON text (document properties hold strings). Missing
 * fields take their defaults silently; present but bad ones take them with a warning. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const warnings: string[] = [];
  const fallBack = (why: string) =>
    warnings.push(`Настройки напоминаний ${why} — используются настройки по умолчанию.`);
  let obj: unknown = raw;
  if (typeof raw === 'string') {
    try {
      obj = raw.trim() ? JSON.parse(raw) : {};
    } catch {
      fallBack('повреждены (не JSON)');
      obj = {};
    }
  }
  if (obj === null || obj === undefined) obj = {};
  if (typeof obj !== 'object' || Array.isArray(obj)) {
    fallBack('имеют неверный формат');
    obj = {};
  }
  const src = obj as Record<string, unknown>;
  const out = {
    ...DEFAULT_SETTINGS,
    daysBefore: [...DEFAULT_SETTINGS.daysBefore],
    coordinators: [],
  } as ReminderSettings;
  for (const key of Object.keys(FIELDS) as (keyof ReminderSettings)[]) {
    if (!(key in src) || src[key] === undefined) continue;
    const r = FIELDS[key].safeParse(src[key]);
    if (r.success) (out as unknown as Record<string, unknown>)[key] = r.data;
    else
      warnings.push(
        `Настройка «${LABELS[key]}»: «${show(src[key])}» не подходит — нужно ${ALLOWED[key]}; используется значение по умолчанию (${show(DEFAULT_SETTINGS[key])}).`,
      );
  }
  // Coordinators: one bad address must not drop the others.
  const good: string[] = [];
  for (const c of out.coordinators) {
    const s = c.trim().toLowerCase();
    if (!s) continue;
    if (email.safeParse(s).success) {
      if (!good.includes(s)) good.push(s);
    } else warnings.push(`Координаторы: «${show(c)}» — не адрес электронной почты, пропущен.`);
  }
  out.coordinators = good;
  if (out.head) out.head = out.head.toLowerCase();
  return { settings: out, warnings };
}

/** Settings as stored (JSON text for a document property). */
export function serializeSettings(s: ReminderSettings): string {
  return JSON.stringify(s);
}
