import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { decodeBytes, decodeText, encodeBytes, encodeText } from '../../../src/core/links/base64url';
import { checkFeed, checkLink, LINK_DAYS, signFeed, signLink } from '../../../src/core/links/link';
import { sameText, seal, unseal } from '../../../src/core/links/seal';

const hmacOf = (secret: string) => (m: string) => createHmac('sha256', secret).update(m).digest();
// Apps Script's Byte[] is signed: the same signature as -128…127.
const signedHmac = (secret: string) => (m: string) => Array.from(hmacOf(secret)(m), (b) => (b > 127 ? b - 256 : b));
const hmac = hmacOf('s3cret');
const NOW = Date.UTC(2026, 2, 10);
const link = { person: 'Ivanova@School.ru', activity: 'a-17', period: '2026-03', spreadsheet: '1AbCdEfGhIjKlMnOp' };

describe('base64url', () => {
  it('matches node for any bytes and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (b) => {
        const s = encodeBytes(b);
        expect(s).toBe(Buffer.from(b).toString('base64url'));
        expect(decodeBytes(s)).toEqual(Array.from(b));
      }),
    );
  });
  it('round-trips any text as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(encodeText(s)).toBe(Buffer.from(s, 'utf8').toString('base64url'));
        expect(decodeText(encodeText(s))).toBe(s);
      }),
    );
  });
  it('refuses what is not base64url', () => {
    expect(decodeBytes('ab+/')).toBeNull();
    expect(decodeBytes('abcde')).toBeNull();
    expect(decodeText('_w')).toBeNull(); // 0xFF is no UTF-8
  });
});

describe('seal', () => {
  it('compares in full', () => {
    expect(sameText('abc', 'abc')).toBe(true);
    expect(sameText('abc', 'abd')).toBe(false);
    expect(sameText('abc', 'ab')).toBe(false);
    expect(sameText('', 'a')).toBe(false);
  });
  it('signed and unsigned bytes give the same seal', () => {
    expect(seal({ a: 1 }, signedHmac('k'))).toBe(seal({ a: 1 }, hmacOf('k')));
  });
  it('opens only what it sealed, of the schema', () => {
    const s = seal({ n: 1 }, hmac);
    expect(unseal(s, z.object({ n: z.number() }), hmac)).toEqual({ n: 1 });
    expect(unseal(s, z.object({ n: z.string() }), hmac)).toBeNull();
    expect(unseal(s, z.object({ n: z.number() }), hmacOf('other'))).toBeNull();
    expect(unseal(42, z.number(), hmac)).toBeNull();
    expect(unseal('x'.repeat(5000), z.number(), hmac)).toBeNull();
  });
});

describe('links', () => {
  const token = signLink(link, NOW, hmac);

  it('carries the person (lower-cased), activity, period, spreadsheet and expiry', () => {
    expect(checkLink(token, NOW, hmac)).toEqual({
      ok: true,
      link: { ...link, person: 'ivanova@school.ru', expires: NOW + LINK_DAYS * 86_400_000 },
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });
  it('expires', () => {
    expect(checkLink(token, NOW + LINK_DAYS * 86_400_000, hmac).ok).toBe(true);
    expect(checkLink(token, NOW + LINK_DAYS * 86_400_000 + 1, hmac)).toEqual({ ok: false, reason: 'expired' });
  });
  it('a replaced secret revokes it', () => {
    expect(checkLink(token, NOW, hmacOf('new secret'))).toEqual({ ok: false, reason: 'invalid' });
  });
  it('any change of one character is refused', () => {
    fc.assert(
      fc.property(fc.nat(token.length - 1), fc.constantFrom(...'AZaz09-_.'), (i, ch) => {
        fc.pre(token[i] !== ch);
        const t = token.slice(0, i) + ch + token.slice(i + 1);
        expect(checkLink(t, NOW, hmac).ok).toBe(false);
      }),
    );
  });
  it('a payload re-signed with another person under another key is refused', () => {
    const forged = signLink({ ...link, person: 'boss@school.ru' }, NOW, hmacOf('guess'));
    expect(checkLink(forged, NOW, hmac).ok).toBe(false);
    // The signature of one link on another body.
    const [, sig] = token.split('.');
    const [body] = signLink({ ...link, activity: 'a-1' }, NOW, hmac).split('.');
    expect(checkLink(`${body}.${sig}`, NOW, hmac).ok).toBe(false);
  });
  it('a well-signed value of another shape is not a link', () => {
    expect(checkLink(seal({ person: 'x' }, hmac), NOW, hmac)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the calendar feed link', () => {
  const feed = signFeed(link.person, link.spreadsheet, hmac);
  it('names the person and the spreadsheet, and never expires', () => {
    expect(checkFeed(feed, hmac)).toEqual({ person: 'ivanova@school.ru', spreadsheet: link.spreadsheet });
  });
  it('is no e-mail link, and an e-mail link is no feed link', () => {
    expect(checkLink(feed, NOW, hmac)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkFeed(signLink(link, NOW, hmac), hmac)).toBeNull();
  });
  it('a replaced secret or one changed character refuses it', () => {
    expect(checkFeed(feed, hmacOf('new secret'))).toBeNull();
    fc.assert(
      fc.property(fc.nat(feed.length - 1), fc.constantFrom(...'AZaz09-_.'), (i, ch) => {
        fc.pre(feed[i] !== ch);
        expect(checkFeed(feed.slice(0, i) + ch + feed.slice(i + 1), hmac)).toBeNull();
      }),
    );
  });
});
