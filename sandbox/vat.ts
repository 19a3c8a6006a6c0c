/** VAT keys, money rounding and document total computation. */
import type { DocItem, Edition } from './types';

/** Product `Rate` key → percentage. PL is documented; DE percentages are a sandbox choice. */
const RATE_TABLES: Record<'de' | 'pl', Record<number, number>> = {
	pl: { 9: 23, 8: 8, 7: 5, 6: 4, 2: 0, 1: 0, 0: 0 },
	de: { 9: 19, 8: 7, 7: 0, 6: 0, 2: 0, 1: 0, 0: 0 },
};

export function rateTable(edition: Edition): Record<number, number> {
	return RATE_TABLES[edition === 'de' ? 'de' : 'pl'];
}

export function isRateKey(edition: Edition, key: unknown): key is number {
	return typeof key === 'number' && Number.isInteger(key) && key in rateTable(edition);
}

export function ratePercent(edition: Edition, key: number): number {
	return rateTable(edition)[key] ?? 0;
}

/** Half-away-from-zero rounding to 2 decimals, robust against binary artefacts (1.005 → 1.01). */
export function round2(n: number): number {
	return Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-7) / 100;
}

export function round4(n: number): number {
	return Math.sign(n) * Math.round(Math.abs(n) * 10000 + 1e-7) / 10000;
}

export function grossFromNet(net: number, pct: number): number {
	return round2(net * (1 + pct / 100));
}

export function netFromGross(gross: number, pct: number): number {
	return round2(gross / (1 + pct / 100));
}

export interface Totals {
	net: number;
	vat: number;
	gross: number;
}

/**
 * Totals the way Polish/German invoicing does it: item values are summed per VAT rate, and VAT is
 * computed once per rate group (from net for InvoiceType 0, extracted from gross for InvoiceType 1).
 */
export function documentTotals(items: DocItem[], invoiceType: number): Totals {
	const groups = new Map<number, number>();
	for (const it of items) {
		const value = round2(it.Price * it.Quantity);
		groups.set(it.VatPercent, round2((groups.get(it.VatPercent) ?? 0) + value));
	}
	let net = 0;
	let vat = 0;
	let gross = 0;
	for (const [pct, value] of groups) {
		if (invoiceType === 1) {
			const n = netFromGross(value, pct);
			net += n;
			gross += value;
			vat += round2(value - n);
		} else {
			const v = round2((value * pct) / 100);
			net += value;
			vat += v;
			gross += round2(value + v);
		}
	}
	return { net: round2(net), vat: round2(vat), gross: round2(gross) };
}
