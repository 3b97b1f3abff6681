/**
 * Words that make a deadline repeat ("ежегодно", "2 раза в год", "1 раз в четверть") or that
 * give no date on purpose ("по мере необходимости", "по графику …"), and phrases that tie a
 * deadline to an event instead of a date ("за 2 недели до экзамена").
 */
import type { Recurrence } from './types';

const W = '(?<![а-я])'; // word start
const E = '(?![а-я])'; // word end
const TIMES = `(?:(?:\\d+|один|одна|два|две|три|четыре)\\s+)?раз[а]?\\s+в\\s+`;

const WEEKDAY = '(?:понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье)';
const WEEKDAYS = '(?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)';

/** [pattern, recurrence, is a weekday rule ("по средам", "каждый понедельник")] */
const RECURRING: [RegExp, Recurrence, boolean][] = [
  [
    new RegExp(`${W}(?:ежегодн[а-я]*|каждый\\s+год|${TIMES}(?:год|полгода|полугодие)${E}|по\\s+годам)`),
    'yearly',
    false,
  ],
  [
    new RegExp(
      `${W}(?:ежекварт[а-я]*|ежечетвертн[а-я]*|поквартальн[а-я]*|каждый\\s+квартал|каждую\\s+четверть|${TIMES}(?:квартал|четверть|триместр)${E}|по\\s+(?:четвертям|кварталам|итогам\\s+(?:каждой\\s+)?четверти))`,
    ),
    'quarterly',
    false,
  ],
  [
    new RegExp(
      `${W}(?:ежемесячн[а-я]*|помесячн[а-я]*|кажд(?:ый|ого|ое|ом)\\s+месяц[а-я]*|${TIMES}месяц${E}|(?:перв|втор|трет|четверт|последн)[а-я]*\\s+${WEEKDAY}\\s+(?:каждого\\s+)?месяца|\\d-?[а-я]{0,2}\\s+${WEEKDAY}\\s+(?:каждого\\s+)?месяца)`,
    ),
    'monthly',
    false,
  ],
  [new RegExp(`${W}(?:еженедельн[а-я]*|каждую\\s+неделю|${TIMES}неделю${E})`), 'weekly', false],
  [new RegExp(`${W}(?:кажд(?:ый|ую|ое)\\s+${WEEKDAY}|по\\s+${WEEKDAYS})${E}`), 'weekly', true],
  [
    new RegExp(
      `${W}(?:ежедневн[а-я]*|каждый\\s+день|${TIMES}день${E}|постоянн[а-я]*|круглогодичн[а-я]*|систематически|регулярно|на\\s+постоянной\\s+основе)`,
    ),
    'ongoing',
    false,
  ],
];

export interface Found {
  recurrence: Recurrence;
  index: number;
  length: number;
  /** "по средам", "каждый понедельник": a weekday rule (with an explicit date, the date wins). */
  byWeekday: boolean;
}

/** The first recurrence word in normalized text, or null. */
export function findRecurrence(s: string): Found | null {
  let best: Found | null = null;
  for (const [re, recurrence, byWeekday] of RECURRING) {
    const m = re.exec(s);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
      best = { recurrence, index: m.index, length: m[0].length, byWeekday };
    }
  }
  return best;
}

/** "По мере необходимости", "по графику работы", "по плану учреждения", "по назначению". */
const AS_NEEDED = new RegExp(
  `^(?:[а-я]+\\s+)?(?:по\\s+мере\\s+(?:необходимости|поступления|потребности|надобности)|по\\s+необходимости|при\\s+необходимости|по\\s+потребности|по\\s+запросу|по\\s+запросам|по\\s+требованию|по\\s+назначени[юи]|по\\s+договор[а-я]*|по\\s+согласованию|по\\s+приглашению|по\\s+вызову|по\\s+(?:[а-я]+\\s+){0,2}(?:плану|планам|графику|графикам|календарю|расписанию|положению|регламенту)|согласно\\s+[а-я]+|график[а-я]*|в\\s+соответствии\\s+с\\s+(?:планом|графиком|календарем|расписанием))${E}`,
);

export function isAsNeeded(s: string): boolean {
  return AS_NEEDED.test(s);
}

/** A deadline tied to an event: it has no date of its own, and that has to be said. */
const RELATIVE = new RegExp(
  `(?<![а-я])(?:за\\s+(?:\\d+|[а-я]+)\\s+(?:[а-я]+\\s+)?(?:дн|день|недел|месяц|час|рабоч|календ)|за\\s+(?:день|неделю|месяц)${E}|по\\s+(?:завершени|окончани|истечени|итогам|результатам|факту|мере\\s+(?:завершения|готовности|выполнения|проведения))|после${E}|перед${E}|накануне${E}|в\\s+день${E}|в\\s+дни${E}|в\\s+период(?!\\s+со?${E})${E}|в\\s+периоды${E}|в\\s+ходе${E}|в\\s+процессе${E}|во\\s+время${E}|через${E}|при${E}|в\\s+течение\\s+\\d+|в\\s+течение\\s+(?:[а-я]+\\s+)?(?:дней|недел|месяц)|не\\s+позднее\\s+\\d+\\s+(?:дн|рабоч|календ|час)|в\\s+неблагоприятн|неблагоприятн|на\\s+следующий|в\\s+установленн|в\\s+сроки?\\s*,?\\s*установленн|до\\s+(?:начала|окончания|проведения|завершения|дня)${E}|к\\s+(?:началу|окончанию|концу|проведению|дню)${E}|по\\s+окончанию|по\\s+истечению|(?:до|к)\\s+(?:конца|концу)\\s+учебн)`,
);

/**
 * A text with no date that begins by tying the activity to something: «до наступления купального
 * сезона», «в течение отопительного периода», «к празднику». Asked only when nothing else was read.
 */
const EVENT_LEAD = /^(?:до(?:\s+и\s+в\s+течение)?|к|в\s+течение|на\s+протяжении|перед|после)\s+[а-я]/;

export function isEventLead(s: string): boolean {
  return EVENT_LEAD.test(s) && !/\d/.test(s);
}

/** At the start of the text (with dates in it), or anywhere in a text with no date. */
export function isRelative(s: string, atStart = false): boolean {
  const m = RELATIVE.exec(s);
  return m !== null && (!atStart || m.index === 0);
}
