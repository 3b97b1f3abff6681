import type { StaffMember } from '../../../src/core/people/types';
import {
  findPerson,
  identityChoices,
  identityReason,
  privilegedChoiceRefusal,
} from '../../../src/core/sidebar/identity';

const m = (name: string, email: string, active = true): StaffMember => ({
  name,
  positions: [],
  email,
  groups: [],
  aliases: [],
  active,
});
const staff = [
  m('Смирнова Ольга Петровна', 'O.Smirnova@dou.example'),
  m('Архипова Анна', 'a@dou.example'),
  m('Уволенный Иван', 'gone@dou.example', false),
  m('Без Почты', ''),
];

describe('identity', () => {
  it('finds an active person by e-mail, any case', () => {
    expect(findPerson(' o.smirnova@DOU.example', staff)).toEqual({
      email: 'o.smirnova@dou.example',
      name: 'Смирнова Ольга Петровна',
    });
  });
  it('never guesses: blank, unknown or inactive is nobody', () => {
    expect(findPerson('', staff)).toBeNull();
    expect(findPerson(null, staff)).toBeNull();
    expect(findPerson('x@dou.example', staff)).toBeNull();
    expect(findPerson('gone@dou.example', staff)).toBeNull();
  });
  it('offers active people with an e-mail, by name', () => {
    expect(identityChoices(staff).map((p) => p.name)).toEqual(['Архипова Анна', 'Смирнова Ольга Петровна']);
  });
  it('never offers the owner or a coordinator: «Кто вы?» gives staff rights only', () => {
    const auth = { owner: 'a@dou.example', coordinators: ['O.SMIRNOVA@dou.example'] };
    expect(identityChoices(staff, auth)).toEqual([]);
    expect(identityChoices(staff, { owner: 'a@dou.example', coordinators: [] }).map((p) => p.name)).toEqual([
      'Смирнова Ольга Петровна',
    ]);
    expect(privilegedChoiceRefusal('A@dou.example').ru).toMatch(/^a@dou\.example — координатор или владелец/);
  });
  it('explains why it asks, and what a coordinator must do instead', () => {
    expect(identityReason('').ru).toMatch(/не сообщил/);
    expect(identityReason('x@gmail.com').ru).toMatch(/x@gmail.com/);
    for (const e of ['', 'x@gmail.com']) {
      expect(identityReason(e).ru).toMatch(/войдите в Google под адресом из списка координаторов/);
      expect(identityReason(e).en).toMatch(/coordinator/);
    }
  });
});
