/**
 * Russian plural forms: `forms` are [one, few, many] — 1 мероприятие, 2 мероприятия,
 * 5 мероприятий; 11–14 take "many", 21 takes "one".
 */
export function pluralRu(n: number, forms: readonly [string, string, string]): string {
  const abs = Math.abs(Math.trunc(n));
  const d100 = abs % 100;
  const d10 = abs % 10;
  if (d100 >= 11 && d100 <= 14) return forms[2];
  if (d10 === 1) return forms[0];
  if (d10 >= 2 && d10 <= 4) return forms[1];
  return forms[2];
}

/** "2 мероприятия" */
export function countRu(n: number, forms: readonly [string, string, string]): string {
  return `${n} ${pluralRu(n, forms)}`;
}

export function countEn(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
