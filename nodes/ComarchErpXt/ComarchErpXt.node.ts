import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { resources } from './actions/resources';
import { router } from './actions/router';
import { listSearch, loadOptions } from './methods';

export class ComarchErpXt implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Comarch ERP XT',
		name: 'comarchErpXt',
		icon: { light: 'file:../../icons/comarchErpXt.svg', dark: 'file:../../icons/comarchErpXt.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Create invoices, sync customers and download PDFs in Comarch ERP XT and Comarch Betterfly',
		defaults: { name: 'Comarch ERP XT' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'comarchErpXtOAuth2Api', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Advance Invoice', value: 'advanceInvoice', description: 'Advance invoices (faktury zaliczkowe). Poland, Betterfly.' },
					{ name: 'Bank Account', value: 'bankAccount', description: 'Own bank accounts (Bankkonten, rachunki bankowe)' },
					{ name: 'Corrective Advance Invoice', value: 'correctiveAdvanceInvoice', description: 'Corrections of advance invoices. Poland, Betterfly.' },
					{ name: 'Corrective Invoice', value: 'correctiveInvoice', description: 'Corrections of sales invoices (korekty). Poland, Betterfly.' },
					{ name: 'Customer', value: 'customer', description: 'Customers and suppliers (Kunden/Lieferanten, kontrahenci)' },
					{ name: 'Invoice', value: 'invoice', description: 'Sales invoices (Ausgangsrechnungen, faktury sprzedaży)' },
					{ name: 'Margin Invoice', value: 'marginInvoice', description: 'VAT margin invoices (faktury VAT marża), read-only. Poland, Betterfly.' },
					{ name: 'Payment', value: 'payment', description: 'Payments to make and receive (płatności). Poland, Betterfly.' },
					{ name: 'Payment Type', value: 'paymentType', description: 'Payment methods and terms (Zahlungsmethoden, formy płatności)' },
					{ name: 'Print Template', value: 'printTemplate', description: 'User-defined print layouts for PDFs (customprints)' },
					{ name: 'Product', value: 'product', description: 'Products and services (Produkte, produkty)' },
					{ name: 'Proforma', value: 'proforma', description: 'Proforma invoices; orders (Aufträge) in Germany' },
					{ name: 'Purchase Invoice', value: 'purchaseInvoice', description: 'Purchase invoices (faktury zakupu), read-only. Poland, Betterfly.' },
					{ name: 'VAT Purchase Register', value: 'vatPurchaseRegister', description: 'Rejestr VAT zakupu, read-only. Poland, Betterfly.' },
					{ name: 'VAT Rate', value: 'vatRate', description: 'EU VAT rates and countries for OSS. Poland, Betterfly.' },
				],
				default: 'invoice',
			},
			...Object.values(resources).flatMap((resource) => resource.description),
		],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
