/**
 * Google API field masks ("properties.timeZone,sheets.properties(sheetId,title)"): the real
 * Spreadsheets.get returns only what `fields` names, so code that reads a field it did not ask
 * for gets undefined here too. developers.google.com/sheets/api/guides/field-masks
 */
export type Mask = Map<string, Mask | true>;

export function parseMask(fields: string): Mask {
  let i = 0;
  const parseList = (): Mask => {
    const mask: Mask = new Map();
    while (i < fields.length) {
      let name = '';
      while (i < fields.length && !',()'.includes(fields[i])) name += fields[i++];
      name = name.trim();
      let sub: Mask | true = true;
      if (fields[i] === '(') {
        i++;
        sub = parseList();
        i++; // ')'
      }
      if (name) addPath(mask, name.split('/').join('.').split('.'), sub);
      if (fields[i] === ',') {
        i++;
        continue;
      }
      if (fields[i] === ')' || i >= fields.length) break;
    }
    return mask;
  };
  return parseList();
}

function addPath(mask: Mask, path: string[], leaf: Mask | true): void {
  const [head, ...rest] = path;
  if (!rest.length) {
    const existing = mask.get(head);
    if (existing === true || leaf === true) mask.set(head, true);
    else if (existing) for (const [k, v] of leaf) existing.set(k, v);
    else mask.set(head, leaf);
    return;
  }
  let next = mask.get(head);
  if (next === true) return;
  if (!next) {
    next = new Map();
    mask.set(head, next);
  }
  addPath(next, rest, leaf);
}

export function applyMask(value: unknown, mask: Mask | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (mask.has('*')) return value;
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = applyMask(v, sub);
  }
  return out;
}
