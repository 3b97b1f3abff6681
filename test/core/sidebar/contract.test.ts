import {
  LoadRequestSchema,
  MarkRequestSchema,
  parseRequest,
  SetIdentityRequestSchema,
} from '../../../src/shared/sidebar-contract';

// The contract lives in src/shared; its runtime part (request validation) is tested here beside
// the core it serves. The compile-time JSON-safety checks are in contract-types.ts (tsc).
describe('parseRequest', () => {
  const mark = { activityId: 'a1', status: 'done', expectedVersion: 'v1' };
  it('accepts good requests', () => {
    expect(parseRequest(MarkRequestSchema, { ...mark, date: '2025-03-28', link: 'https://x.example/a' })).toMatchObject(
      {
        ok: true,
        value: { activityId: 'a1', date: '2025-03-28' },
      },
    );
    expect(parseRequest(LoadRequestSchema, undefined)).toEqual({ ok: true, value: {} });
    expect(parseRequest(SetIdentityRequestSchema, { email: ' A@B.example ' })).toEqual({
      ok: true,
      value: { email: 'a@b.example' },
    });
  });
  it.each([
    [{ ...mark, status: 'cancelled' }, 'status'],
    [{ ...mark, date: '2025-02-30' }, 'date'],
    [{ ...mark, date: new Date() }, 'date'],
    [{ ...mark, link: 'javascript:alert(1)' }, 'link'],
    [{ ...mark, activityId: '' }, 'activityId'],
    [{ ...mark, expectedVersion: undefined }, 'expectedVersion'],
  ])('refuses %o in Russian, naming the field', (raw, field) => {
    const r = parseRequest(MarkRequestSchema, raw);
    expect(r).toMatchObject({ ok: false, code: 'invalid' });
    expect(!r.ok && r.message).toContain(`поле «${field}»`);
  });
  it('refuses a bad e-mail', () => {
    expect(parseRequest(SetIdentityRequestSchema, { email: 'не почта' })).toMatchObject({ ok: false, code: 'invalid' });
  });
});
