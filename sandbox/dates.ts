/**
 * Calendar dates. The API stores dates without time and answers them as local midnight with the
 * Central European offset (Europe/Warsaw and Europe/Berlin share the EU DST rules).
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Day-of-month of the last Sunday of a month (1-based month). */
function lastSunday(year: number, month: number): number {
	const last = new Date(Date.UTC(year, month, 0));
	return last.getUTCDate() - last.getUTCDay();
}

/** Whether local midnight of this date is in summer time (+02:00). DST switches at 02:00/03:00 local. */
export function isSummerTimeAtMidnight(ymd: string): boolean {
	const y = Number(ymd.slice(0, 4));
	const m = Number(ymd.slice(5, 7));
	const d = Number(ymd.slice(8, 10));
	if (m < 3 || m > 10) return false;
	if (m > 3 && m < 10) return true;
	if (m === 3) return d > lastSunday(y, 3);
	return d <= lastSunday(y, 10);
}

/** `2024-06-05` → `2024-06-05T00:00:00+02:00`. */
export function formatDate(ymd: string | null): string | null {
	if (!ymd) return null;
	return `${ymd}T00:00:00${isSummerTimeAtMidnight(ymd) ? '+02:00' : '+01:00'}`;
}

function validYmd(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Local (Central European) calendar date of an instant. */
export function localDateOf(instant: Date): string {
	// Offset is +1 h, or +2 h while summer time is in force (from 01:00 UTC on the last Sunday of March
	// to 01:00 UTC on the last Sunday of October).
	const y = instant.getUTCFullYear();
	const start = Date.UTC(y, 2, lastSunday(y, 3), 1);
	const end = Date.UTC(y, 9, lastSunday(y, 10), 1);
	const t = instant.getTime();
	const offsetH = t >= start && t < end ? 2 : 1;
	const local = new Date(t + offsetH * 3600_000);
	return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

export function today(): string {
	return localDateOf(new Date());
}

/**
 * Parses a request date: `YYYY-MM-DD`, or a full ISO date-time. A date-time with an explicit offset
 * is converted to the local calendar date; without one its date part is taken as written.
 * Returns null when the text is not a valid date.
 */
export function parseInputDate(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const s = value.trim();
	let m = DATE_RE.exec(s);
	if (m) return validYmd(+m[1], +m[2], +m[3]) ? s : null;
	m = DATETIME_RE.exec(s);
	if (!m) return null;
	if (!validYmd(+m[1], +m[2], +m[3]) || +m[4] > 23 || +m[5] > 59 || (m[6] !== undefined && +m[6] > 59)) return null;
	if (!m[7]) return `${m[1]}-${m[2]}-${m[3]}`;
	const iso = m[7].toUpperCase() === 'Z' || m[7].includes(':') ? s.replace(' ', 'T') : s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
	const inst = new Date(iso);
	if (Number.isNaN(inst.getTime())) return null;
	return localDateOf(inst);
}

export function addDays(ymd: string, days: number): string {
	const d = new Date(`${ymd}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
