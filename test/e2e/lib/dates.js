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

/** `2024-06-05T00:00:00+02:00` → `2024-06-05` */
const ymd = (value) => String(value ?? '').slice(0, 10);

module.exports = { todayUtc, todays, monthStarts, ymd };
