import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** A positive whole number as ERP XT uses for ids; accepts "123" and 123. */
export function toId(
	this: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): number {
	const text = String(value ?? '').trim();
	if (!/^\d+$/.test(text) || Number(text) <= 0 || !Number.isSafeInteger(Number(text))) {
		throw new NodeOperationError(
			this.getNode(),
			`${label} must be a positive whole number, not "${text}"`,
			{
				itemIndex,
				description: 'ERP XT identifies records by numeric IDs. Pick the record from the list or map its ID.',
			},
		);
	}
	return Number(text);
}

/** The last Sunday of a month, as a UTC day of the month (European DST changes happen then). */
function lastSunday(year: number, month: number): number {
	const last = new Date(Date.UTC(year, month + 1, 0));
	return last.getUTCDate() - last.getUTCDay();
}

/**
 * ERP XT's clock: Central European time (Germany and Poland share it), +01:00 in winter and
 * +02:00 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
 */
export function centralEuropeanOffsetMinutes(instant: Date): number {
	const year = instant.getUTCFullYear();
	const summerStart = Date.UTC(year, 2, lastSunday(year, 2), 1);
	const summerEnd = Date.UTC(year, 9, lastSunday(year, 9), 1);
	const time = instant.getTime();
	return time >= summerStart && time < summerEnd ? 120 : 60;
}

/**
 * ERP XT takes dates as YYYY-MM-DD. n8n date pickers give local timestamps without an offset:
 * their calendar date is what a bookkeeper means. A timestamp with Z or an offset is an instant;
 * its date is taken in ERP XT's own time zone (22:30Z on 4 June is 5 June in Warsaw and Berlin).
 */
export function toErpDate(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
	if (!match) return undefined;
	const [, year, month, day] = match.map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text) && text.length > 10) {
		const instant = new Date(text);
		if (Number.isNaN(instant.getTime())) return undefined;
		const local = new Date(instant.getTime() + centralEuropeanOffsetMinutes(instant) * 60_000);
		return local.toISOString().slice(0, 10);
	}
	return text.slice(0, 10);
}

export function requireErpDate(
	this: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): string {
	const date = toErpDate(value);
	if (!date) {
		throw new NodeOperationError(this.getNode(), `${label} must be a date like 2024-06-05, not "${String(value)}"`, {
			itemIndex,
		});
	}
	return date;
}

/**
 * A number from a parameter or mapped text. A decimal comma is accepted ("12,5"), but text that
 * could be read two ways ("1,000", "1.234,56") is refused rather than guessed. `decimals` bounds
 * the precision ERP XT keeps (2 for money, 4 for quantities).
 */
export function requireNumber(
	this: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
	decimals?: number,
): number {
	let number: unknown = value;
	if (typeof value === 'string') {
		const text = value.trim();
		const ambiguous = /^-?\d{1,3},\d{3}$/.test(text) || (text.includes(',') && text.includes('.'));
		number = text === '' || ambiguous ? NaN : Number(text.replace(',', '.'));
	}
	if (typeof number !== 'number' || !Number.isFinite(number)) {
		throw new NodeOperationError(this.getNode(), `${label} must be a number like 12.5, not "${String(value)}"`, {
			itemIndex,
			description: 'Use a dot or a comma for decimals and no thousands separators.',
		});
	}
	if (decimals !== undefined && Math.abs(number * 10 ** decimals - Math.round(number * 10 ** decimals)) > 1e-6) {
		throw new NodeOperationError(this.getNode(), `${label} may have at most ${decimals} decimals, not ${number}`, { itemIndex });
	}
	return number;
}
