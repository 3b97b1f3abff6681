/**
 * The settings form as DOM (every value through text nodes and attributes, never innerHTML), and
 * what it sends: the fields as plain JSON, validated on the server by the same schema as stored
 * settings (a bad field keeps its default and says so).
 */
import type { ReminderSettings } from '../../src/core/reminders/settings';
import type { OwnerView, SettingsPageData } from '../../src/shared/settings-contract';
import { h } from '../../src/ui/dom';

const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница'];

function row(label: string, en: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'row' }, h('span', {}, label, h('small', {}, en)), control);
}

const check = (name: string, on: boolean) => h('input', { type: 'checkbox', name, checked: on });
const num = (name: string, v: number | null, min: number, max: number) =>
  h('input', { type: 'number', name, min, max, value: v === null ? '' : v });
const text = (name: string, v: string | null, placeholder = '', readonly = false) =>
  h('input', { type: 'text', name, value: v ?? '', placeholder, readonly });
const select = (name: string, options: [string, string][], selected: string) =>
  h('select', { name }, ...options.map(([v, label]) => h('option', { value: v, selected: v === selected }, label)));

export function formView(
  s: ReminderSettings,
  suggested: readonly string[],
  who: OwnerView,
  suggestedHead: string | null = null,
): HTMLFormElement {
  const hours = Array.from({ length: 24 }, (_, i): [string, string] => [String(i), `${String(i).padStart(2, '0')}:00`]);
  return h(
    'form',
    { id: 'f' },
    row('Напоминания включены', 'Reminders on', check('enabled', s.enabled)),
    row('Час отправки (время таблицы)', 'Hour of sending', select('hour', hours, String(s.hour))),
    row('Только по будним дням', 'Weekdays only', check('weekdaysOnly', s.weekdaysOnly)),
    row(
      'За сколько дней до срока (через запятую)',
      'Days before the deadline',
      text('daysBefore', s.daysBefore.join(', '), '7, 1'),
    ),
    row('Напоминать в день срока', 'On the day', check('onTheDay', s.onTheDay)),
    row(
      'После срока: каждые N дней',
      'After the deadline: every N days',
      num('overdueEveryDays', s.overdueEveryDays, 1, 60),
    ),
    row('После срока: не больше M раз', '… up to M times', num('overdueTimes', s.overdueTimes, 0, 30)),
    row(
      'Сообщать координаторам через K дней просрочки (пусто — никогда)',
      'Escalate after K days',
      num('escalateAfterDays', s.escalateAfterDays, 0, 365),
    ),
    row(
      who.isOwner ? 'Координаторы (адреса через запятую)' : 'Координаторы (меняет только владелец таблицы)',
      // With none saved the daily run writes to the head and deputies of Сотрудники (withAudience):
      // said in words, never as a grey placeholder that looks like an example. Not put in the
      // field either: saving it would make them coordinators, a role.
      s.coordinators.length === 0 && suggested.length > 0
        ? `Не сохранены: сейчас письма координаторам получают ${suggested.join(', ')} (из «Сотрудников»: директор, заместители). Coordinators: none saved; escalations go to these addresses.`
        : 'Coordinators',
      text('coordinators', s.coordinators.join(', '), '', !who.isOwner),
    ),
    row(
      'Руководитель (адрес)',
      // As for the coordinators: the address the summary really goes to, in words, not an example.
      !s.head && suggestedHead
        ? `Не сохранён: сейчас сводку руководителю получает ${suggestedHead} (директор из «Сотрудников»). Head: not saved; the summary goes to this address.`
        : 'Head',
      text('head', s.head, ''),
    ),
    row('Еженедельная сводка координаторам и руководителю', 'Weekly summary', check('weeklySummary', s.weeklySummary)),
    row(
      'День сводки',
      'Summary day',
      select(
        'weeklyWeekday',
        WEEKDAYS.map((d, i): [string, string] => [String(i + 1), d]),
        String(s.weeklyWeekday),
      ),
    ),
    row('Напоминать о начале мероприятия', 'Remind when an activity starts', check('remindOnStart', s.remindOnStart)),
    row('Адрес для ответа', 'Reply-to', text('replyTo', s.replyTo)),
    row('Имя отправителя', 'Sender name', text('senderName', s.senderName)),
    row(
      'Язык писем',
      'Language',
      select(
        'language',
        [
          ['ru', 'русский'],
          ['en', 'English'],
        ],
        s.language,
      ),
    ),
  );
}

export function warningsView(warnings: readonly string[]): HTMLElement | null {
  return warnings.length ? h('div', { class: 'warn' }, ...warnings.map((w) => h('p', {}, w))) : null;
}

/** Who owns the document; the hand-over field for the owner only. */
export function ownerView(w: OwnerView): HTMLElement {
  return h(
    'div',
    { class: 'owner' },
    h('p', {}, 'Владелец таблицы / Owner: ', h('b', {}, w.owner ?? 'не определён')),
    w.pending
      ? h('p', {}, `Права передаются: ${w.pending} станет владельцем, когда войдёт в Google под этим адресом.`)
      : null,
    w.isOwner
      ? h(
          'label',
          { class: 'row' },
          h('span', {}, 'Передать права владельца (адрес)', h('small', {}, 'Hand the ownership over')),
          h('input', { type: 'text', id: 'successor', value: w.pending ?? '' }),
        )
      : null,
    w.isOwner ? h('button', { id: 'give', type: 'button' }, 'Передать / Hand over') : null,
  );
}

const list = (s: string) =>
  s
    .split(/[,;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** The form as the request remindersSettingsSave takes. */
export function collect(f: HTMLFormElement): { [K in keyof ReminderSettings]: ReminderSettings[K] } {
  const el = (n: string) => f.elements.namedItem(n) as HTMLInputElement;
  const esc = el('escalateAfterDays').value.trim();
  return {
    enabled: el('enabled').checked,
    hour: Number(el('hour').value),
    weekdaysOnly: el('weekdaysOnly').checked,
    daysBefore: list(el('daysBefore').value).map(Number),
    onTheDay: el('onTheDay').checked,
    overdueEveryDays: Number(el('overdueEveryDays').value),
    overdueTimes: Number(el('overdueTimes').value),
    escalateAfterDays: esc === '' ? null : Number(esc),
    coordinators: list(el('coordinators').value),
    head: el('head').value.trim() || null,
    weeklySummary: el('weeklySummary').checked,
    weeklyWeekday: Number(el('weeklyWeekday').value),
    remindOnStart: el('remindOnStart').checked,
    replyTo: el('replyTo').value.trim() || null,
    senderName: el('senderName').value,
    language: el('language').value === 'en' ? 'en' : 'ru',
  };
}

export type { SettingsPageData };
