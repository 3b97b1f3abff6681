/**
 * A few organisations late with a small municipal plan, for the reminders to organisations
 * (org-reminders.test.ts, test/gas/rollup-mail.test.ts). 13.03.2023 is a Monday.
 */
import type { IsoDate } from '../../../src/core/dates/calendar';
import { type OrgRead, type Rollup, rollUp } from '../../../src/core/rollup/rollup';
import type { TrackedActivity } from '../../../src/core/tracking/types';
import { act, deadline } from '../reports/fixture';
import { org, planValues } from './fixture';

const due = (iso: IsoDate, text = iso.split('-').reverse().join('.')) => deadline({ text, end: iso });
export const municipal: TrackedActivity[] = [
  act({ id: 'm1', number: '1.1', title: 'Провести педсовет', responsible: 'Заведующий', deadline: due('2023-03-06') }),
  act({
    id: 'm2',
    number: '1.2',
    title: 'Отчёт <script>alert(1)</script> & «итоги»',
    responsible: 'Старший воспитатель',
    deadline: due('2023-03-10', 'до 10 марта'),
  }),
  act({ id: 'm3', number: '1.3', title: 'Анкетирование родителей', deadline: due('2023-03-14') }),
  act({ id: 'm4', number: '2.1', title: 'Смотр-конкурс', deadline: due('2023-04-01') }),
];
export const done = (a: TrackedActivity): TrackedActivity => ({ ...a, status: 'done', doneDate: '2023-03-01' });
export const values = (rows: TrackedActivity[]): OrgRead => ({ kind: 'values', values: planValues(rows) });

export const A = org('sadA', { name: 'МБДОУ № 1', email: 'Coord1@Example.org', row: 2 });
export const B = org('sadB', { name: 'МБДОУ № 2', email: 'coord2@example.org', row: 3 });
export const C = org('sadC', { name: 'МБДОУ № 3', email: 'coord3@example.org', row: 4 });
export const D = org('sadD', { name: 'МБДОУ № 4', email: 'coord4@example.org', row: 5 });
export const E = org('sadE', { name: 'МБДОУ № 5', email: 'нет', row: 6 });
export const F = org('sadF', { name: 'МБДОУ № 6', email: 'coord6@example.org', row: 7 });

export const readOf: Record<string, OrgRead> = {
  [A.name]: values(municipal),
  [B.name]: values(municipal.map((a) => (a.id === 'm1' ? done(a) : a))),
  [C.name]: values(municipal.map(done)),
  [D.name]: { kind: 'error', message: 'нет доступа к таблице: попросите координатора организации открыть её вам' },
  [E.name]: values(municipal),
  [F.name]: { kind: 'pending' },
};

export function rollup(today: IsoDate, orgs = [A, B, C, D, E]): Rollup {
  return rollUp({ today, municipal, organisations: orgs.map((o) => ({ org: o, read: readOf[o.name] })) });
}
