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

/**
 * ERP XT takes dates as YYYY-MM-DD. n8n date pickers and expressions often give full ISO
 * timestamps; their calendar date is what a bookkeeper means, so the time part is dropped.
 */
export function toErpDate(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text);
	if (!match) return undefined;
	const [, year, month, day] = match.map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
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

export function requireNumber(
	this: IExecuteFunctions,
	value: unknown,
	label: string,
	itemIndex: number,
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value.replace(',', '.')) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) {
		throw new NodeOperationError(this.getNode(), `${label} must be a number, not "${String(value)}"`, {
			itemIndex,
		});
	}
	return number;
}
