import { decideOwner, parseOwnerRecord, withPending } from '../../../src/core/access/owner';

const NOW = '2021-03-01T06:00:00.000Z';
const signed = (email: string) => ({ email, verified: true });
const never = () => {
  throw new Error('the Drive owner is asked only when nothing is recorded');
};

describe('the owner of record', () => {
  it('is the Drive owner, recorded once, whoever calls first', () => {
    const d = decideOwner(null, () => 'Owner@School.example', signed('teacher@school.example'), false, NOW);
    expect(d).toEqual({
      owner: 'owner@school.example',
      save: { email: 'owner@school.example', how: 'drive-owner', since: NOW, pending: null },
    });
  });

  it('once recorded, is not asked for again and no caller replaces it (an import included)', () => {
    const rec = parseOwnerRecord(JSON.stringify({ email: 'owner@school.example', how: 'drive-owner', since: NOW }));
    for (const caller of [
      signed('coordinator@school.example'),
      signed('teacher@school.example'),
      { email: '', verified: false },
    ])
      expect(decideOwner(rec, never, caller, true, NOW)).toEqual({ owner: 'owner@school.example', save: null });
  });

  it('in a shared drive (no Drive owner): the first signed-in caller of a coordinator action, never a sidebar user', () => {
    expect(decideOwner(null, () => null, signed('staff@school.example'), false, NOW)).toEqual({
      owner: null,
      save: null,
    });
    expect(decideOwner(null, () => null, { email: 'x@school.example', verified: false }, true, NOW)).toEqual({
      owner: null,
      save: null,
    });
    expect(decideOwner(null, () => null, signed('Setup@School.example'), true, NOW).save).toMatchObject({
      email: 'setup@school.example',
      how: 'first-use',
    });
  });

  it('a transfer is two steps: named by the owner, taken when the successor acts signed in', () => {
    const rec = withPending({ email: 'old@school.example', how: 'drive-owner', since: NOW }, 'New@School.example');
    expect(rec.pending).toBe('new@school.example');
    expect(decideOwner(rec, never, signed('other@school.example'), true, NOW)).toEqual({
      owner: 'old@school.example',
      save: null,
    });
    expect(decideOwner(rec, never, { email: 'new@school.example', verified: false }, true, NOW).owner).toBe(
      'old@school.example',
    );
    expect(decideOwner(rec, never, signed('new@school.example'), false, NOW)).toEqual({
      owner: 'new@school.example',
      save: { email: 'new@school.example', how: 'transferred', since: NOW, pending: null },
    });
    expect(withPending(rec, null).pending).toBeNull();
    expect(withPending(rec, 'OLD@school.example').pending).toBeNull();
  });

  it('an unreadable record is no record', () => {
    expect(parseOwnerRecord('{"email":1}')).toBeNull();
    expect(parseOwnerRecord('not json')).toBeNull();
    expect(parseOwnerRecord(null)).toBeNull();
  });
});
