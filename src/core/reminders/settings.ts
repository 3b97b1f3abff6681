import * as z from 'zod/mini';
import { type Language, sayIn } from '../language';
import { shorten } from '../shorten';

/**
 * Reminder settings, stored as JSON in document properties. A bad stored value must never break
 * the daily trigger: each field is checked on its own, and a bad one falls back to its default
 * with a warning, in the document's language, that the settings dialog and «Состояние напоминаний» show.
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

/** Each field as the settings dialog names it, Russian and English. */
const LABELS: Record<keyof ReminderSettings, [string, string]> = {
  enabled: ['Напоминания включены', 'Reminders on'],
  hour: ['Час отправки', 'Hour of sending'],
  weekdaysOnly: ['Только по будним дням', 'Weekdays only'],
  daysBefore: ['За сколько дней напоминать', 'Days before the deadline'],
  onTheDay: ['Напоминать в день срока', 'Remind on the day'],
  overdueEveryDays: ['После срока: каждые N дней', 'After the deadline: every N days'],
  overdueTimes: ['После срока: не больше M раз', 'After the deadline: up to M times'],
  escalateAfterDays: ['Сообщать координаторам через K дней просрочки', 'Tell the coordinators after K days overdue'],
  coordinators: ['Координаторы', 'Coordinators'],
  head: ['Руководитель', 'Head'],
  weeklySummary: ['Еженедельная сводка', 'Weekly summary'],
  weeklyWeekday: ['День еженедельной сводки', 'Summary day'],
  remindOnStart: ['Напоминать о начале', 'Remind when an activity starts'],
  replyTo: ['Адрес для ответа', 'Reply-to address'],
  senderName: ['Имя отправителя', 'Sender name'],
  language: ['Язык документа', 'Language of the document'],
};

const FLAG: [string, string] = ['флажок: включено или выключено', 'a tick: on or off'];
const EMAIL_OR_EMPTY: [string, string] = ['адрес электронной почты или пусто', 'an e-mail address or nothing'];
const whole = (from: number, to: number): [string, string] => [
  `целое число от ${from} до ${to}`,
  `a whole number from ${from} to ${to}`,
];
/** What each field accepts, in words: every warning names it, so the coordinator knows what to type. */
const ALLOWED: Record<keyof ReminderSettings, [string, string]> = {
  enabled: FLAG,
  hour: whole(0, 23),
  weekdaysOnly: FLAG,
  daysBefore: ['до 10 целых чисел от 1 до 90 через запятую', 'up to 10 whole numbers from 1 to 90, comma-separated'],
  onTheDay: FLAG,
  overdueEveryDays: whole(1, 60),
  overdueTimes: whole(0, 30),
  escalateAfterDays: [
    'целое число от 0 до 365 или пусто (никогда)',
    'a whole number from 0 to 365, or nothing (never)',
  ],
  coordinators: ['адреса электронной почты через запятую', 'e-mail addresses, comma-separated'],
  head: EMAIL_OR_EMPTY,
  weeklySummary: FLAG,
  weeklyWeekday: ['число от 1 (понедельник) до 5 (пятница)', 'a number from 1 (Monday) to 5 (Friday)'],
  remindOnStart: FLAG,
  replyTo: EMAIL_OR_EMPTY,
  senderName: ['текст от 1 до 100 знаков', 'a text of 1 to 100 characters'],
  language: ['русский (ru) или английский (en)', 'Russian (ru) or English (en)'],
};

type Say = (ru: string, en: string) => string;

/** A value as a person reads it: no JSON brackets, no `null` (a number the form could not read is «пусто»). */
const show = (v: unknown, say: Say): string => {
  const one = (x: unknown): string => {
    if (x === undefined || x === null || x === '' || (typeof x === 'number' && !Number.isFinite(x)))
      return say('пусто', 'nothing');
    if (typeof x === 'boolean') return x ? say('включено', 'on') : say('выключено', 'off');
    if (typeof x === 'number' || typeof x === 'string') return String(x);
    return Array.isArray(x)
      ? x.map(one).join(', ') || say('пусто', 'nothing')
      : say('не число и не текст', 'neither a number nor a text');
  };
  return shorten(one(v), 60);
};

export interface ParsedSettings {
  settings: ReminderSettings;
  /** In the settings' own language: one per field that fell back to its default (or per dropped address). */
  warnings: string[];
}

/**
 * Read stored settings: an object, or its JSON text (document properties hold strings). Missing
 * fields take their defaults silently; present but bad ones take them with a warning. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  // Worded once the language is known: it is one of the settings read here.
  const found: ((say: Say) => string)[] = [];
  const fallBack = (ru: string, en: string) =>
    found.push((say) =>
      say(
        `Настройки напоминаний ${ru} — используются настройки по умолчанию.`,
        `The reminder settings are ${en}: the defaults are used.`,
      ),
    );
  let obj: unknown = raw;
  if (typeof raw === 'string') {
    try {
      obj = raw.trim() ? JSON.parse(raw) : {};
    } catch {
      fallBack('повреждены (не JSON)', 'damaged (not JSON)');
      obj = {};
    }
  }
  if (obj === null || obj === undefined) obj = {};
  if (typeof obj !== 'object' || Array.isArray(obj)) {
    fallBack('имеют неверный формат', 'in a wrong format');
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
      found.push((say) => {
        const [label, allowed] = [LABELS[key], ALLOWED[key]].map((w) => say(...w));
        const [bad, dflt] = [show(src[key], say), show(DEFAULT_SETTINGS[key], say)];
        return say(
          `Настройка «${label}»: «${bad}» не подходит — нужно ${allowed}; используется значение по умолчанию (${dflt}).`,
          `Setting «${label}»: «${bad}» will not do — it takes ${allowed}; the default (${dflt}) is used.`,
        );
      });
  }
  // Coordinators: one bad address must not drop the others.
  const good: string[] = [];
  for (const c of out.coordinators) {
    const s = c.trim().toLowerCase();
    if (!s) continue;
    if (email.safeParse(s).success) {
      if (!good.includes(s)) good.push(s);
    } else
      found.push((say) =>
        say(
          `Координаторы: «${show(c, say)}» — не адрес электронной почты, пропущен.`,
          `Coordinators: «${show(c, say)}» is not an e-mail address and is left out.`,
        ),
      );
  }
  out.coordinators = good;
  if (out.head) out.head = out.head.toLowerCase();
  const say = sayIn(out.language);
  return { settings: out, warnings: found.map((w) => w(say)) };
}

/** Settings as stored (JSON text for a document property). */
export function serializeSettings(s: ReminderSettings): string {
  return JSON.stringify(s);
}
