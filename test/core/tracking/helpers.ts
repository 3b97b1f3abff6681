import type { Deadline } from '../../../src/core/deadline/types';
import type { TrackedActivity } from '../../../src/core/tracking/types';

export function activity(deadline: Partial<Deadline>, extra: Partial<TrackedActivity> = {}): TrackedActivity {
  return {
    id: 'a1',
    number: '1',
    stage: null,
    section: null,
    group: null,
    title: 'Мероприятие',
    result: null,
    tools: null,
    responsible: null,
    deadline: { text: '', start: null, end: null, recurrence: 'none', inherited: false, problem: null, ...deadline },
    status: 'not-started',
    doneDate: null,
    doneBy: null,
    comment: null,
    donePeriods: [],
    ...extra,
  };
}
