import { naiveEmails } from '../../../src/core/reminders/naive';
import { act, recipientsOf } from './fixtures';

describe('naiveEmails', () => {
  it('mails every row to every responsible while due within 7 days or late', () => {
    const acts = [
      act('1', { end: '2021-03-10', responsible: 'Иванов, Петров' }),
      act('2', { end: '2021-03-01', responsible: 'Иванов' }),
      act('3', { end: '2021-03-20', responsible: 'Иванов' }),
      act('4', { end: '2021-03-05', responsible: 'Иванов', status: 'done' }),
    ];
    const mails = naiveEmails(acts, recipientsOf, '2021-03-04');
    expect(mails.map((m) => `${m.to}:${m.activity}`)).toEqual(['ivanov@x.org:1', 'petrov@x.org:1', 'ivanov@x.org:2']);
  });
});
