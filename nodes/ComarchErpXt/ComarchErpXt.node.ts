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
					{ name: 'Bank Account', value: 'bankAccount' },
					{ name: 'Corrective Advance Invoice', value: 'correctiveAdvanceInvoice', description: 'Corrections of advance invoices. Poland, Betterfly.' },
					{ name: 'Corrective Invoice', value: 'correctiveInvoice', description: 'Corrections of sales invoices (korekty). Poland, Betterfly.' },
					{ name: 'Customer', value: 'customer', description: 'Customers and suppliers (Kunden/Lieferanten, kontrahenci)' },
					{ name: 'Invoice', value: 'invoice', description: 'Sales invoices (Ausgangsrechnungen, faktury sprzedaży)' },
					{ name: 'Margin Invoice', value: 'marginInvoice', description: 'VAT margin invoices (faktury VAT marża), read-only. Poland, Betterfly.' },
					{ name: 'Payment', value: 'payment', description: 'Payments to make and receive (płatności). Poland, Betterfly.' },
					{ name: 'Payment Type', value: 'paymentType' },
					{ name: 'Print Template', value: 'printTemplate' },
					{ name: 'Product', value: 'product' },
					{ name: 'Proforma', value: 'proforma', description: 'Proforma invoices; orders (Aufträge) in Germany' },
					{ name: 'Purchase Invoice', value: 'purchaseInvoice', description: 'Purchase invoices (faktury zakupu), read-only. Poland, Betterfly.' },
					{ name: 'VAT Purchase Register', value: 'vatPurchaseRegister', description: 'Rejestr VAT zakupu, read-only. Poland, Betterfly.' },
					{ name: 'VAT Rate', value: 'vatRate', description: 'EU VAT rates and countries for OSS. Poland, Betterfly.' },
				],
				default: 'invoice',
			},
			...Object.values(resources).flatMap((resource) => resource.description),
			{
				displayName: 'API Version',
				name: 'apiVersion',
				type: 'options',
				// Most users never touch this: the credential's region picks the current version.
				options: [
					{ name: '1.0 (Unversioned, Germany)', value: '1.0' },
					{ name: '1.1', value: '1.1' },
					{ name: '1.2', value: '1.2' },
					{ name: '1.3', value: '1.3' },
					{ name: '1.4 (Poland)', value: '1.4' },
					{ name: '1.5 (Betterfly)', value: '1.5' },
					{ name: 'Default for the Region', value: '' },
				],
				default: '',
				description:
					'Override the ERP XT API version for tenants on an older or newer API. Resources that exist in only one version ignore this.',
				displayOptions: {
					show: {
						resource: ['advanceInvoice', 'correctiveAdvanceInvoice', 'correctiveInvoice', 'customer', 'invoice', 'payment', 'proforma', 'purchaseInvoice'],
					},
				},
			},
		],
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
