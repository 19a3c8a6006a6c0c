'use strict';
// Dates the example workflows compute with n8n expressions ($now, $today), recomputed here. n8n runs
// with GENERIC_TIMEZONE=UTC in the suite, the sandbox keeps Central European dates; around midnight
// both may differ by a day, so checks accept either.

const { todayCet } = require('./erp');

function todayUtc(date = new Date()) {
	return date.toISOString().slice(0, 10);
}

/** The days "today" may be for a workflow run now: UTC (n8n) and Central European (sandbox). */
function todays(date = new Date()) {
	return [...new Set([todayUtc(date), todayCet(date)])];
}

/** First day of the month of each of those days. */
function monthStarts(date = new Date()) {
	return [...new Set(todays(date).map((d) => `${d.slice(0, 7)}-01`))];
}

/**
 * The node writes a date filter as the day's midnight in ERP XT's time zone (Central European):
 * `2026-11-01` → `2026-11-01T00:00:00+01:00`, `2026-06-01` → `2026-06-01T00:00:00+02:00`. The
 * offset is taken from the platform's time-zone data here, not from the node's own rule.
 */
function cetMidnight(day) {
	// Europe/Berlin changes its offset at 01:00 UTC, so 00:00 UTC of the day has the offset of its local midnight.
	const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' }).formatToParts(new Date(`${day}T00:00:00Z`));
	const offset = parts.find((p) => p.type === 'timeZoneName').value.replace('GMT', '') || '+00:00';
	return `${day}T00:00:00${offset}`;
}

/** `2024-06-05T00:00:00+02:00` → `2024-06-05` */
const ymd = (value) => String(value ?? '').slice(0, 10);

module.exports = { todayUtc, todays, monthStarts, cetMidnight, ymd };
