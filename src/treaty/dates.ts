/**
 * @module Calendar dates as `YYYY-MM-DD` strings. Treaty deadlines count calendar days, so dates
 * never carry a time or a zone, and day arithmetic is done on day numbers, not on `Date` objects.
 */

declare const isoDateBrand: unique symbol;
/** A calendar date `YYYY-MM-DD`, created only by {@link parseIsoDate} or {@link addDays}. */
export type IsoDate = string & { readonly [isoDateBrand]: 'IsoDate' };

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Returns the date if `text` is a real calendar date `YYYY-MM-DD` (so `2010-02-30` is not), else null. */
export function parseIsoDate(text: string): IsoDate | null {
  const m = SHAPE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return null;
  const [yy, mm, dd] = civilFromDays(daysFromCivil(y, mo, d));
  return yy === y && mm === mo && dd === d ? (text as IsoDate) : null;
}

/** Like {@link parseIsoDate} for literals in the treaty data: a malformed literal is a bug, so it throws. */
export function isoDate(text: string): IsoDate {
  const date = parseIsoDate(text);
  if (date === null) throw new TypeError(`not a calendar date: ${text}`);
  return date;
}

/** Day number of a date (days since 1970-01-01). */
export function dayNumber(date: IsoDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = civilFromDays(dayNumber(date) + days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as IsoDate;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
