/**
 * The ONE contract between the sidebar (browser) and the Apps Script server.
 *
 * Both sides import these types; the server also validates every request with the zod schemas
 * below, because what arrives over `google.script.run` is whatever the page sent. Everything here
 * must survive `google.script.run` serialization: no `Date` (the call fails), no `undefined` inside
 * arrays, no functions, no class instances. Days are `YYYY-MM-DD` strings. The compile-time checks
 * at the bottom (`JsonSafe`) make a field that breaks this a type error, not a runtime surprise.
 *
 * The sidebar must import this file with `import type` only: the zod schemas are for the server
 * and would add tens of kilobytes to the 60 KB page.
 */
import * as z from 'zod/mini';
import { type Failure, invalidRequest } from './reply';
import { RU_ERRORS } from './zod-errors';

// ---------------------------------------------------------------- shared vocabulary

export type Locale = 'ru' | 'en';
export type Role = 'staff' | 'coordinator' | 'owner';
/** Stored statuses (as `Status` in src/core/tracking/types.ts; repeated so the page needs no core import). */
export type CardStatus = 'not-started' | 'in-progress' | 'done' | 'cancelled';
/** The statuses the sidebar may set. "Отменено" is the coordinator's decision in the sheet. */
export type MarkStatus = 'done' | 'in-progress' | 'not-started';
/** Groups of «Мои», in display order. */
export type GroupKey = 'overdue' | 'week' | 'month' | 'later' | 'undated' | 'done';
export const GROUP_ORDER: readonly GroupKey[] = ['overdue', 'week', 'month', 'later', 'undated', 'done'];
/** Filter value for status in «Все»: a stored status or the derived "overdue". */
export type StatusFilter = CardStatus | 'overdue';

/** One activity as the sidebar shows it. */
export interface SidebarCard {
  id: string;
  /** № as the document shows it ("1.1", "2.2.3"), or null. */
  number: string | null;
  title: string;
  stage: string | null;
  section: string | null;
  /** The responsible cell as written in the plan. */
  responsible: string | null;
  /** Resolved people responsible (names), for the «Все» person filter. */
  people: string[];
  /** Responsible people other than the current user (names; the source text when nothing resolved). */
  others: string[];
  status: CardStatus;
  /** Derived: an open activity whose due day has passed. */
  overdue: boolean;
  group: GroupKey;
  /** The day that matters (end of the current period), or null when the plan gives none. */
  due: string | null;
  /** The deadline as the document shows it. */
  deadlineText: string;
  /** "до 31 марта — осталось 3 дня", "просрочено на 5 дней", "сегодня", "выполнено 12.03.2025". */
  deadlineWords: string;
  /** For a recurring activity: the period the marks apply to ("2022", "2022-Q1"); null otherwise. */
  period: string | null;
  doneDate: string | null;
  doneBy: string | null;
  comment: string | null;
  /** Hash of the row's current content: a write with another version is refused as stale. */
  version: string;
  /** The current user is among the responsibles. */
  mine: boolean;
  /** The current user may mark it (server-checked again on every write). */
  canMark: boolean;
  /** The last change of this activity was made by the current user and can be undone. */
  canUndo: boolean;
}

export interface SidebarGroup {
  key: GroupKey;
  /** Localised heading ("Просрочено"). */
  title: string;
  cards: SidebarCard[];
}

export interface FilterOptions {
  people: string[];
  stages: string[];
  statuses: { value: StatusFilter; label: string }[];
}

export interface Progress {
  done: number;
  total: number;
}

export interface Person {
  email: string;
  name: string;
}

/** What one `sidebarLoad` returns: everything the view needs. */
export type SidebarData =
  | {
      needIdentity: false;
      locale: Locale;
      /** Today in the spreadsheet's time zone. */
      today: string;
      me: Person;
      role: Role;
      /** «Мои», in GROUP_ORDER; empty groups are included so the page can say "нет". */
      groups: SidebarGroup[];
      progress: Progress;
      /** «Все»: every activity in plan order; null for staff. */
      all: SidebarCard[] | null;
      filters: FilterOptions | null;
      /** A Russian note for the user (e.g. "your e-mail is not in Сотрудники"), or null. */
      notice: string | null;
    }
  | {
      needIdentity: true;
      locale: Locale;
      today: string;
      /** The active staff to choose from in «Кто вы?». */
      staff: Person[];
      /** Why we ask (Russian), e.g. "Google не сообщил ваш адрес". */
      reason: string;
    };

export type MarkFailureCode = 'stale' | 'forbidden' | 'not-found' | 'locked' | 'invalid';

/**
 * The common envelope (src/shared/reply.ts) with the sidebar's finer reason: `not-found` is a
 * `stale` answer after which the page drops the card.
 */
export interface MarkFailure extends Failure {
  code: MarkFailureCode;
  /** The refreshed card (stale: what the row holds now). */
  card?: SidebarCard;
}

export type MarkResult =
  | {
      ok: true;
      card: SidebarCard;
      /** The refreshed view (groups and progress move when a card is done). */
      data?: SidebarData;
      /** Journal entry of this change, for «Отменить последнее». */
      journalId?: string;
    }
  | MarkFailure;

export type ShowRowResult = { ok: true } | MarkFailure;

// ---------------------------------------------------------------- requests (validated on the server)

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const realDay = (s: string): boolean => {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
};

const activityId = z.string().check(z.trim(), z.minLength(1, 'Не указано мероприятие'), z.maxLength(200));
const email = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email('Неверный адрес электронной почты'));
/** The language the page is drawn in; the server answers in it (the document's when absent). */
const locale = z.optional(z.enum(['ru', 'en']));

export const LoadRequestSchema = z.object({
  /** An e-mail the page already knows (e.g. after «Кто вы?»); the server checks it against Сотрудники. */
  identity: z.optional(email),
  locale,
});

export const MarkRequestSchema = z.object({
  activityId,
  status: z.enum(['done', 'in-progress', 'not-started'], 'Неизвестный статус'),
  date: z.optional(z.string().check(z.refine(realDay, 'Дата должна быть в виде ГГГГ-ММ-ДД'))),
  comment: z.optional(z.string().check(z.maxLength(2000, 'Комментарий длиннее 2000 знаков'))),
  link: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(2000, 'Ссылка длиннее 2000 знаков'),
      z.refine((s) => s === '' || /^https?:\/\/\S+$/i.test(s), 'Ссылка должна начинаться с http:// или https://'),
    ),
  ),
  expectedVersion: z.string().check(z.minLength(1, 'Нет версии карточки — обновите список'), z.maxLength(64)),
  locale,
});

export const UndoRequestSchema = z.object({
  activityId,
  journalId: z.optional(z.string().check(z.maxLength(200))),
  locale,
});

export const SetIdentityRequestSchema = z.object({ email, locale });

export const ShowRowRequestSchema = z.object({ activityId });

export type LoadRequest = z.infer<typeof LoadRequestSchema>;
export type MarkRequest = z.infer<typeof MarkRequestSchema>;
export type UndoRequest = z.infer<typeof UndoRequestSchema>;
export type SetIdentityRequest = z.infer<typeof SetIdentityRequestSchema>;
export type ShowRowRequest = z.infer<typeof ShowRowRequestSchema>;

/** Validate what arrived (the test double's way; the server's is src/gas/endpoint.ts). */
export function parseRequest<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
): { ok: true; value: z.output<S> } | MarkFailure {
  const r = schema.safeParse(raw ?? {}, RU_ERRORS);
  return r.success ? { ok: true, value: r.data } : { ...invalidRequest(r.error.issues), code: 'invalid' };
}

// ---------------------------------------------------------------- JSON-safety, checked by the compiler

type Primitive = string | number | boolean | null;

/**
 * `true` when every value of T survives `google.script.run` (JSON-like): no Date, no function, no
 * undefined inside arrays. Optional object fields are fine (they are simply absent).
 */
export type IsJsonSafe<T> = [T] extends [Primitive]
  ? true
  : [T] extends [Date]
    ? false
    : [T] extends [(...args: never[]) => unknown]
      ? false
      : [T] extends [readonly (infer U)[]]
        ? [undefined] extends [U]
          ? false
          : IsJsonSafe<U>
        : [T] extends [object]
          ? AllTrue<{ [K in keyof T]-?: IsJsonSafeUnion<Exclude<T[K], undefined>> }>
          : false;

/** Unions are checked member by member. */
type IsJsonSafeUnion<T> = [T] extends [never]
  ? true
  : AllTrue<{ [K in 'x']: T extends unknown ? IsJsonSafe<T> : never }>;
type AllTrue<O> = [O[keyof O]] extends [true] ? true : false;

/** `Jsonify<T>` is T when it is JSON-safe, `never` otherwise: the types sent over the wire are wrapped in it. */
export type Jsonify<T> = IsJsonSafeUnion<T> extends true ? T : never;

type Assert<T extends true> = T;
// If one of these fails to compile, a field was added that google.script.run cannot carry.
export type _ContractIsJsonSafe = [
  Assert<IsJsonSafeUnion<SidebarData>>,
  Assert<IsJsonSafeUnion<MarkResult>>,
  Assert<IsJsonSafeUnion<ShowRowResult>>,
  Assert<IsJsonSafeUnion<LoadRequest>>,
  Assert<IsJsonSafeUnion<MarkRequest>>,
  Assert<IsJsonSafeUnion<UndoRequest>>,
  Assert<IsJsonSafeUnion<SetIdentityRequest>>,
  Assert<IsJsonSafeUnion<ShowRowRequest>>,
];
