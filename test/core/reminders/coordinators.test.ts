import type { StaffMember } from '../../../src/core/people/types';
import { defaultAudience } from '../../../src/core/reminders/coordinators';

const m = (name: string, positions: string[], email: string, active = true): StaffMember => ({
  name,
  positions,
  email,
  groups: [],
  aliases: [],
  active,
});

describe('defaultAudience', () => {
  it('takes the head and the coordinating roles, active ones with an address', () => {
    const staff = [
      m('A', ['Заведующий'], 'Head@x.org'),
      m('B', ['Старший воспитатель', 'Руководитель экспертной группы ВСОКО'], 'b@x.org'),
      m('C', ['Воспитатель'], 'c@x.org'),
      m('D', ['Заместитель директора по УВР'], 'd@x.org'),
      m('E', ['Муниципальный координатор МКДО'], 'e@x.org'),
      m('F', ['Директор'], 'f@x.org', false),
      m('G', ['Начальник отдела'], ''),
    ];
    expect(defaultAudience(staff)).toEqual({
      coordinators: ['head@x.org', 'b@x.org', 'd@x.org', 'e@x.org'],
      head: 'head@x.org',
    });
  });
  it('a deputy is not the head', () => {
    expect(defaultAudience([m('A', ['Заместитель начальника управления'], 'a@x.org')]).head).toBeNull();
  });
});
