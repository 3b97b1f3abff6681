import type { Deadline } from '../../../src/core/deadline/types';
import type { TrackedActivity } from '../../../src/core/tracking/types';

/** A tracked activity with sensible blanks; tests override what they check. */
export type ActivityOverrides = Partial<Omit<TrackedActivity, 'deadline'>> & { deadline?: Partial<Deadline> };

export function activity(id: string, over: ActivityOverrides = {}): TrackedActivity {
  const { deadline, ...rest } = over;
  return {
    id,
    number: id.replace(/^a/, ''),
    stage: 'Этап 1',
    section: null,
    group: null,
    title: `Мероприятие ${id}`,
    result: null,
    tools: null,
    responsible: 'Смирнова О.П.',
    deadline: { text: '', start: null, end: null, recurrence: 'none', inherited: false, problem: null, ...deadline },
    status: 'not-started',
    doneDate: null,
    doneBy: null,
    comment: null,
    donePeriods: [],
    ...rest,
  };
}
