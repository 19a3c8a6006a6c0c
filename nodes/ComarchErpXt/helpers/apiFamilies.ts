import type { ApiFamily } from './interfaces';

/**
 * Which path and API version each resource uses per edition (erpxt-api.md §4, §17, §18).
 * Germany documents only the unversioned family (1.0). Poland and Betterfly serve the legacy
 * paths too, but their current versions carry more fields (receiving party, OSS, currency).
 * A resource without a default for an edition does not exist there.
 */
export const API_FAMILIES = {
	products: { segment: 'products', versions: ['1.0'], defaults: { de: '1.0', pl: '1.0', betterfly: '1.0' } },
	customers: { segment: 'customers', versions: ['1.0', '1.2'], defaults: { de: '1.0', pl: '1.2', betterfly: '1.2' } },
	paymentTypes: { segment: 'paymenttypes', versions: ['1.0'], defaults: { de: '1.0', pl: '1.0', betterfly: '1.0' } },
	bankAccounts: { segment: 'bankaccounts', versions: ['1.0'], defaults: { de: '1.0', pl: '1.0', betterfly: '1.0' } },
	printTemplates: { segment: 'customprints', versions: ['1.0'], defaults: { de: '1.0', pl: '1.0', betterfly: '1.0' } },
	invoices: {
		segment: 'invoices',
		versions: ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'],
		defaults: { de: '1.0', pl: '1.4', betterfly: '1.5' },
	},
	proformas: {
		segment: 'proformas',
		versions: ['1.0', '1.1', '1.2', '1.4'],
		defaults: { de: '1.0', pl: '1.4', betterfly: '1.4' },
	},
	advanceInvoices: { segment: 'advanceInvoices', versions: ['1.4', '1.5'], defaults: { pl: '1.4', betterfly: '1.5' } },
	correctiveInvoices: { segment: 'correctiveinvoices', versions: ['1.4', '1.5'], defaults: { pl: '1.4', betterfly: '1.5' } },
	correctiveAdvanceInvoices: {
		segment: 'correctiveadvanceinvoices',
		versions: ['1.4', '1.5'],
		defaults: { pl: '1.4', betterfly: '1.5' },
	},
	marginInvoices: { segment: 'profitmargininvoices', versions: ['1.4'], defaults: { pl: '1.4', betterfly: '1.4' } },
	purchaseInvoices: { segment: 'purchaseinvoices', versions: ['1.4', '1.5'], defaults: { pl: '1.4', betterfly: '1.5' } },
	vatPurchaseRegister: { segment: 'vatpurchasebooks', versions: ['1.4'], defaults: { pl: '1.4', betterfly: '1.4' } },
	paymentDetails: { segment: 'paymentdetails', versions: ['1.4', '1.5'], defaults: { pl: '1.4', betterfly: '1.5' } },
	/** Status updates go to the separate "payments" collection, documented only in 1.4. */
	payments: { segment: 'payments', versions: ['1.4'], defaults: { pl: '1.4', betterfly: '1.4' } },
	vatRates: { segment: 'vatrates', versions: ['1.2'], defaults: { pl: '1.2', betterfly: '1.2' } },
} satisfies Record<string, ApiFamily>;
