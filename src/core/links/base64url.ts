/**
 * base64url (RFC 4648 §5, no padding) of bytes and of text as UTF-8. Core has no Buffer, btoa or
 * TextEncoder (Apps Script's V8 has none of them), so it is written here; a token is a few hundred
 * bytes, so speed does not matter.
 */
const ABC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes may be signed (Apps Script's Byte[] is -128…127): each is taken modulo 256. */
export function encodeBytes(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] & 255) << 16) | ((bytes[i + 1] & 255) << 8) | (bytes[i + 2] & 255);
    const left = bytes.length - i;
    out += ABC[n >> 18] + ABC[(n >> 12) & 63] + (left > 1 ? ABC[(n >> 6) & 63] : '') + (left > 2 ? ABC[n & 63] : '');
  }
  return out;
}

/** Null when `s` is not base64url. */
export function decodeBytes(s: string): number[] | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const out: number[] = [];
  let n = 0;
  let bits = 0;
  for (const ch of s) {
    n = (n << 6) | ABC.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((n >> bits) & 255);
    }
  }
  return out;
}

export function encodeText(s: string): string {
  const bin = unescape(encodeURIComponent(s));
  return encodeBytes(Array.from(bin, (c) => c.charCodeAt(0)));
}

/** Null when `s` is not base64url of UTF-8 text. */
export function decodeText(s: string): string | null {
  const bytes = decodeBytes(s);
  if (!bytes) return null;
  try {
    return decodeURIComponent(escape(String.fromCharCode(...bytes)));
  } catch {
    return null;
  }
}
