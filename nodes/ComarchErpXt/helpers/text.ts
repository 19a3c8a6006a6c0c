/** "invoices", "VAT purchase register entries". */
export function plural(noun: string): string {
	return /[^aeiou]y$/i.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** "an invoice", "a proforma". */
export function article(noun: string): string {
	return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "payment type" → "Payment Type" (display names). */
export function titleCase(text: string): string {
	return text.replace(/\b\w/g, (letter) => letter.toUpperCase());
}
