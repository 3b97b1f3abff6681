import {
  type FilterOptions,
  GROUP_ORDER,
  type GroupKey,
  type Locale,
  type Progress,
  type SidebarCard,
  type SidebarGroup,
  type StatusFilter,
} from '../../shared/sidebar-contract';
import { addDays, type IsoDate, weekday } from '../dates/calendar';
import { fold } from '../people/text';
import { dueOf } from '../periods/current';
import { OVERDUE_LABEL, STATUS_LABELS, type TrackedActivity } from '../tracking/types';
import { activityVersion } from './version';
import { deadlineWords } from './words';

/**
 * The sidebar's view model, pure: from the tracked activities, the ids the current person is
 * responsible for and today, the cards of «Мои» in groups, the flat list of «Все», the filter
 * options and the progress. The server calls it once per load; the result crosses
 * `google.script.run` as is.
 */
export interface ViewInput {
  activities: readonly TrackedActivity[];
  /** Ids of the activities the current person is responsible for (resolved elsewhere). */
  mine: Iterable<string>;
  today: IsoDate;
  locale?: Locale;
  /** The current person's name, left out of a card's "other responsibles". */
  me?: string | null;
  /** Activity id → names of the resolved responsible people. */
  people?: Readonly<Record<string, readonly string[]>>;
  /** Who may mark what; default: only one's own activities. */
  canMark?: (a: TrackedActivity) => boolean;
  /** Ids whose last change was the current user's and can be undone. */
  undoable?: Iterable<string>;
  /** The plan's horizon year: recurring activities run until its end. */
  horizonYear?: number | null;
}

export const GROUP_TITLES: Record<GroupKey, { ru: string; en: string }> = {
  overdue: { ru: 'Просрочено', en: 'Overdue' },
  week: { ru: 'На этой неделе', en: 'This week' },
  month: { ru: 'Ближайшие 30 дней', en: 'Next 30 days' },
  later: { ru: 'Позже', en: 'Later' },
  undated: { ru: 'Без срока', en: 'No deadline' },
  done: { ru: 'Выполнено', en: 'Done' },
};

/** Sunday of the (Monday-first) week of `today`. */
export function endOfWeek(today: IsoDate): IsoDate {
  return addDays(today, (7 - weekday(today)) % 7);
}

export function groupOf(state: 'open' | 'closed', due: IsoDate | null, today: IsoDate): GroupKey {
  if (state === 'closed') return 'done';
  if (!due) return 'undated';
  if (due < today) return 'overdue';
  if (due <= endOfWeek(today)) return 'week';
  if (due <= addDays(today, 30)) return 'month';
  return 'later';
}

const normName = fold;

interface CardContext {
  today: IsoDate;
  locale: Locale;
  me: string | null;
  people: Readonly<Record<string, readonly string[]>>;
  mine: ReadonlySet<string>;
  undoable: ReadonlySet<string>;
  canMark: (a: TrackedActivity) => boolean;
  horizonYear: number | null;
}

function context(input: ViewInput): CardContext {
  const mine = new Set(input.mine);
  return {
    today: input.today,
    locale: input.locale ?? 'ru',
    me: input.me ?? null,
    people: input.people ?? {},
    mine,
    undoable: new Set(input.undoable ?? []),
    canMark: input.canMark ?? ((a) => mine.has(a.id)),
    horizonYear: input.horizonYear ?? null,
  };
}

function card(a: TrackedActivity, c: CardContext): SidebarCard {
  const d = dueOf(a, c.today, c.horizonYear);
  const people = [...(c.people[a.id] ?? [])];
  const me = c.me ? normName(c.me) : null;
  const others = people.length
    ? people.filter((p) => normName(p) !== me)
    : a.responsible && !c.mine.has(a.id)
      ? [a.responsible]
      : [];
  const group = groupOf(d.state, d.due, c.today);
  return {
    id: a.id,
    number: a.number,
    title: a.title,
    stage: a.stage,
    section: a.section,
    responsible: a.responsible,
    people,
    others,
    status: a.status,
    overdue: group === 'overdue',
    group,
    due: d.due,
    deadlineText: a.deadline.text,
    deadlineWords: deadlineWords(
      {
        state: d.state,
        status: a.status,
        due: d.due,
        start: d.start,
        doneDate: a.doneDate,
        recurrence: a.deadline.recurrence,
        text: a.deadline.text,
      },
      c.today,
      c.locale,
    ),
    period: d.period,
    doneDate: a.doneDate,
    doneBy: a.doneBy,
    comment: a.comment,
    version: activityVersion(a),
    mine: c.mine.has(a.id),
    canMark: c.canMark(a),
    canUndo: c.undoable.has(a.id),
  };
}

/** One card, e.g. the refreshed card after a mark or a stale conflict. */
export function buildCard(a: TrackedActivity, input: Omit<ViewInput, 'activities'>): SidebarCard {
  return card(a, context({ ...input, activities: [] }));
}

/** Open cards by due day, undated and done ones in plan order (done: latest first). */
function sortGroup(key: GroupKey, cards: SidebarCard[]): SidebarCard[] {
  const order = new Map(cards.map((c, i) => [c.id, i]));
  const pos = (c: SidebarCard) => order.get(c.id) ?? 0;
  if (key === 'done')
    return [...cards].sort((x, y) => (y.doneDate ?? '').localeCompare(x.doneDate ?? '') || pos(x) - pos(y));
  if (key === 'undated') return cards;
  return [...cards].sort((x, y) => (x.due ?? '').localeCompare(y.due ?? '') || pos(x) - pos(y));
}

export function groupCards(cards: readonly SidebarCard[], locale: Locale = 'ru'): SidebarGroup[] {
  return GROUP_ORDER.map((key) => ({
    key,
    title: GROUP_TITLES[key][locale],
    cards: sortGroup(
      key,
      cards.filter((c) => c.group === key),
    ),
  }));
}

/** Done of total; cancelled activities count in neither. */
export function progressOf(cards: readonly SidebarCard[]): Progress {
  const counted = cards.filter((c) => c.status !== 'cancelled');
  return { done: counted.filter((c) => c.group === 'done').length, total: counted.length };
}

const STATUS_FILTERS: StatusFilter[] = ['overdue', 'not-started', 'in-progress', 'done', 'cancelled'];

export function filterOptions(cards: readonly SidebarCard[], locale: Locale = 'ru'): FilterOptions {
  const people = [...new Set(cards.flatMap((c) => c.people))].sort((a, b) => a.localeCompare(b, 'ru'));
  const stages: string[] = [];
  for (const c of cards) if (c.stage && !stages.includes(c.stage)) stages.push(c.stage);
  return {
    people,
    stages,
    statuses: STATUS_FILTERS.map((value) => ({
      value,
      label: value === 'overdue' ? OVERDUE_LABEL[locale] : STATUS_LABELS[value][locale],
    })),
  };
}

export interface SidebarView {
  groups: SidebarGroup[];
  progress: Progress;
  /** Every activity in plan order (the server sends it to coordinators only). */
  all: SidebarCard[];
  filters: FilterOptions;
}

export function buildView(input: ViewInput): SidebarView {
  const c = context(input);
  const all = input.activities.map((a) => card(a, c));
  const mine = all.filter((x) => x.mine);
  return {
    groups: groupCards(mine, c.locale),
    progress: progressOf(mine),
    all,
    filters: filterOptions(all, c.locale),
  };
}
