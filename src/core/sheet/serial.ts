import { addDays, diffDays, type IsoDate, isoFromParts } from '../dates/calendar';

/**
 * Spreadsheet serial dates: days since 30.12.1899 (the Lotus/Sheets epoch). A serial is a calendar
 * day in the spreadsheet's own time zone, so converting it involves no time zone at all — which is
 * why reads go through the Sheets API with `dateTimeRenderOption: SERIAL_NUMBER`.
 */
const EPOCH: IsoDate = '1899-12-30';

export function isoToSerial(d: IsoDate): number {
  return diffDays(EPOCH, d);
}

export function serialToIso(serial: number): IsoDate {
  return addDays(EPOCH, Math.floor(serial));
}

/**
 * A date cell's value as a calendar date: a serial number, an ISO string, or text typed as
 * `дд.мм.гггг`. Anything else → null (the caller keeps the text and flags it).
 */
export function cellToIso(v: unknown): IsoDate | null {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 200_000) return serialToIso(v);
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
