/**
 * A sealed value: `base64url(JSON) "." base64url(HMAC-SHA256(first part))`. The HMAC is passed in
 * (Apps Script: the Utilities HMAC-SHA256 of src/gas/links.ts under the script's secret; tests: node:crypto),
 * so core stays pure. The signature is compared in constant time: how long a wrong guess takes
 * says nothing about how much of it was right.
 */
import type * as z from 'zod/mini';
import { parseStored } from '../stored-json';
import { decodeText, encodeBytes, encodeText } from './base64url';

/** HMAC-SHA256 of `message` under the secret the adapter holds (signed or unsigned bytes). */
export type Hmac = (message: string) => ArrayLike<number>;

export function seal(value: unknown, hmac: Hmac): string {
  const body = encodeText(JSON.stringify(value));
  return `${body}.${encodeBytes(hmac(body))}`;
}

export function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i % (b.length || 1));
  return diff === 0;
}

/** The value, or null when the seal is malformed, signed under another secret or not of `schema`. */
export function unseal<S extends z.ZodMiniType>(token: unknown, schema: S, hmac: Hmac): z.output<S> | null {
  if (typeof token !== 'string' || token.length > 4000) return null;
  const dot = token.indexOf('.');
  if (dot < 1) return null;
  const body = token.slice(0, dot);
  if (!sameText(token.slice(dot + 1), encodeBytes(hmac(body)))) return null;
  const text = decodeText(body);
  return parseStored(schema as z.ZodMiniType<z.output<S>>, text);
}
