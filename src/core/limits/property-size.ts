/**
 * Properties hold 9 KB a value and 500 KB a store (Apps Script quotas page, "Properties value
 * size" / "Properties total storage"); a bigger setProperty throws «Argument too large». Whatever
 * the add-on keeps there is made to fit before it is written, so the write cannot fail for size:
 * long texts are cut (the full text lives in the sheet), long lists shortened (with their counts
 * kept beside them by the caller).
 */

/** Apps Script's limit for one property value. */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
/** What we allow ourselves: a margin under the limit (keys count too). */
export const PROPERTY_BUDGET_BYTES = 8 * 1024;

/** UTF-8 length (Apps Script has no TextEncoder). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** At most `max` characters, ending with «…» when cut; a surrogate pair is never split. */
export function cutText(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

function shrink(v: unknown, maxText: number, maxItems: number): unknown {
  if (typeof v === 'string') return cutText(v, maxText);
  if (Array.isArray(v)) return v.slice(0, maxItems).map((x) => shrink(x, maxText, maxItems));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shrink(x, maxText, maxItems)]));
  return v;
}

/**
 * JSON of `value` within `maxBytes`: as is when it fits, else with texts cut and lists shortened,
 * step by step, until it does. Numbers and keys are never changed.
 */
export function fitJson(value: unknown, maxBytes = PROPERTY_BUDGET_BYTES): string {
  let json = JSON.stringify(value);
  if (utf8Bytes(json) <= maxBytes) return json;
  for (let text = 2000, items = 200; text >= 8; ) {
    json = JSON.stringify(shrink(value, text, items));
    if (utf8Bytes(json) <= maxBytes) return json;
    if (items > 1) items = Math.floor(items / 2);
    else text = Math.floor(text / 2);
  }
  return JSON.stringify(shrink(value, 8, 0));
}
