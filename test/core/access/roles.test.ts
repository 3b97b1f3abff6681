import { allows, isPrivileged, roleOf } from '../../../src/core/access/roles';

const auth = { owner: 'Head@School.example', coordinators: ['coord@school.example', ' Zam@School.example '] };
const google = (email: string) => ({ email, verified: true });

describe('roleOf', () => {
  it('finds the owner and the coordinators, ignoring case and spaces', () => {
    expect(roleOf(google('head@school.example'), auth)).toBe('owner');
    expect(roleOf(google('COORD@school.example'), auth)).toBe('coordinator');
    expect(roleOf(google('zam@school.example'), auth)).toBe('coordinator');
  });
  it('makes everyone else staff, a blank e-mail included', () => {
    expect(roleOf(google('teacher@school.example'), auth)).toBe('staff');
    expect(roleOf(google(''), auth)).toBe('staff');
    expect(roleOf(google(''), { owner: null, coordinators: [] })).toBe('staff');
  });
  it('never gives more than staff to an address Google did not report («Кто вы?»)', () => {
    expect(roleOf({ email: 'head@school.example', verified: false }, auth)).toBe('staff');
    expect(roleOf({ email: 'coord@school.example', verified: false }, auth)).toBe('staff');
  });
  it('knows which addresses «Кто вы?» must not offer', () => {
    expect(isPrivileged(' ZAM@school.example', auth)).toBe(true);
    expect(isPrivileged('head@school.example', auth)).toBe(true);
    expect(isPrivileged('teacher@school.example', auth)).toBe(false);
    expect(isPrivileged('', auth)).toBe(false);
  });
});

describe('allows', () => {
  it('ranks owner over coordinator over staff', () => {
    expect([allows('anyone', 'staff'), allows('coordinator', 'staff'), allows('owner', 'staff')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([allows('coordinator', 'coordinator'), allows('owner', 'coordinator')]).toEqual([true, false]);
    expect([allows('coordinator', 'owner'), allows('owner', 'owner')]).toEqual([true, true]);
  });
});
