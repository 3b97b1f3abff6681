/**
 * The settings form as DOM (every value through text nodes and attributes, never innerHTML), and
 * what it sends: the fields as plain JSON, validated on the server by the same schema as stored
 * settings (a bad field keeps its default and says so).
 */

import { type Language, sayIn } from '../../src/core/language';
import type { ReminderSettings } from '../../src/core/reminders/settings';
import type { OwnerView, SettingsPageData } from '../../src/shared/settings-contract';
import { h } from '../../src/ui/dom';

const WEEKDAYS: Record<Language, string[]> = {
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

function row(label: string, control: HTMLElement, note?: string): HTMLElement {
  return h('label', { class: 'row' }, h('span', {}, label, note ? h('small', {}, note) : null), control);
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
  suggestedHead: string | null,
  lang: Language,
): HTMLFormElement {
  const say = sayIn(lang);
  const hours = Array.from({ length: 24 }, (_, i): [string, string] => [String(i), `${String(i).padStart(2, '0')}:00`]);
  return h(
    'form',
    { id: 'f' },
    row(say('Напоминания включены', 'Reminders on'), check('enabled', s.enabled)),
    row(
      say('Час отправки (время таблицы)', 'Hour of sending (the spreadsheet’s time)'),
      select('hour', hours, String(s.hour)),
    ),
    row(say('Только по будним дням', 'Weekdays only'), check('weekdaysOnly', s.weekdaysOnly)),
    row(
      say('За сколько дней до срока (через запятую)', 'Days before the deadline (comma-separated)'),
      text('daysBefore', s.daysBefore.join(', '), '7, 1'),
    ),
    row(say('Напоминать в день срока', 'Remind on the day'), check('onTheDay', s.onTheDay)),
    row(
      say('После срока: каждые N дней', 'After the deadline: every N days'),
      num('overdueEveryDays', s.overdueEveryDays, 1, 60),
    ),
    row(
      say('После срока: не больше M раз', 'After the deadline: up to M times'),
      num('overdueTimes', s.overdueTimes, 0, 30),
    ),
    row(
      say(
        'Сообщать координаторам через K дней просрочки (пусто — никогда)',
        'Tell the coordinators after K days overdue (empty: never)',
      ),
      num('escalateAfterDays', s.escalateAfterDays, 0, 365),
    ),
    row(
      who.isOwner
        ? say('Координаторы (адреса через запятую)', 'Coordinators (addresses, comma-separated)')
        : say('Координаторы (меняет только владелец таблицы)', 'Coordinators (only the owner changes them)'),
      text('coordinators', s.coordinators.join(', '), '', !who.isOwner),
      // With none saved the daily run writes to the head and deputies of Сотрудники (withAudience):
      // said in words, never as a grey placeholder that looks like an example. Not put in the
      // field either: saving it would make them coordinators, a role.
      s.coordinators.length === 0 && suggested.length > 0
        ? say(
            `Не сохранены: сейчас письма координаторам получают ${suggested.join(', ')} (из «Сотрудников»: директор, заместители).`,
            `None saved: the coordinators’ e-mails now go to ${suggested.join(', ')} (the head and deputies in «Сотрудники»).`,
          )
        : undefined,
    ),
    row(
      say('Руководитель (адрес)', 'Head (address)'),
      text('head', s.head, ''),
      // As for the coordinators: the address the summary really goes to, in words, not an example.
      !s.head && suggestedHead
        ? say(
            `Не сохранён: сейчас сводку руководителю получает ${suggestedHead} (директор из «Сотрудников»).`,
            `Not saved: the head’s summary now goes to ${suggestedHead} (the head in «Сотрудники»).`,
          )
        : undefined,
    ),
    row(
      say('Еженедельная сводка координаторам и руководителю', 'Weekly summary to the coordinators and the head'),
      check('weeklySummary', s.weeklySummary),
    ),
    row(
      say('День сводки', 'Summary day'),
      select(
        'weeklyWeekday',
        WEEKDAYS[lang].map((d, i): [string, string] => [String(i + 1), d]),
        String(s.weeklyWeekday),
      ),
    ),
    row(
      say('Напоминать о начале мероприятия', 'Remind when an activity starts'),
      check('remindOnStart', s.remindOnStart),
    ),
    row(say('Адрес для ответа', 'Reply-to address'), text('replyTo', s.replyTo)),
    row(say('Имя отправителя', 'Sender name'), text('senderName', s.senderName)),
    row(
      say('Язык документа', 'Language of the document'),
      select(
        'language',
        [
          ['ru', say('русский', 'Russian')],
          ['en', say('английский', 'English')],
        ],
        s.language,
      ),
      say(
        'Письма, отчёты, статусы, окна и боковая панель — у всех; меню остаётся русским.',
        'E-mails, reports, statuses, dialogs and the sidebar, for everyone; the menu stays Russian.',
      ),
    ),
  );
}

export function warningsView(warnings: readonly string[]): HTMLElement | null {
  return warnings.length ? h('div', { class: 'warn' }, ...warnings.map((w) => h('p', {}, w))) : null;
}

/** Who owns the document; the hand-over field for the owner only. */
export function ownerView(w: OwnerView, lang: Language): HTMLElement {
  const say = sayIn(lang);
  return h(
    'div',
    { class: 'owner' },
    h(
      'p',
      {},
      say('Владелец таблицы: ', 'Owner of the spreadsheet: '),
      h('b', {}, w.owner ?? say('не определён', 'unknown')),
    ),
    w.pending
      ? h(
          'p',
          {},
          say(
            `Права передаются: ${w.pending} станет владельцем, когда войдёт в Google под этим адресом.`,
            `Hand-over under way: ${w.pending} becomes the owner when signed in to Google with this address.`,
          ),
        )
      : null,
    w.isOwner
      ? h(
          'label',
          { class: 'row' },
          h('span', {}, say('Передать права владельца (адрес)', 'Hand the ownership over (address)')),
          h('input', { type: 'text', id: 'successor', value: w.pending ?? '' }),
        )
      : null,
    w.isOwner ? h('button', { id: 'give', type: 'button' }, say('Передать', 'Hand over')) : null,
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
