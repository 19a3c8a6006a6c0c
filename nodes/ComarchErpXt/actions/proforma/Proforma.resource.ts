import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { salesDocumentOperations } from '../document';
import { DOCUMENT_FILTER_FIELDS, proformaFields } from '../document/fields';
import { buildResource } from '../resource';

/** Proforma invoices; the German edition calls them orders ("Aufträge"). API-created ones stay unconverted. */
export const proforma: ResourceDefinition = {
	value: 'proforma',
	noun: 'proforma',
	api: API_FAMILIES.proformas,
	titleKey: 'Number',
	numberKey: 'Number',
	// The proforma page documents DELETE /api2/public/proformas/{id} for every version.
	deleteVersion: '1.0',
	fields: proformaFields,
	simplify: ['Id', 'Number', 'Status', 'IssueDate', 'PurchasingPartyId', 'PaymentTypeId', 'InvoiceDocIdNum', 'Description'],
	filterFields: [
		...DOCUMENT_FILTER_FIELDS,
		{ name: 'Converted Invoice ID', value: 'InvoiceDocIdNum', type: 'number' },
	],
};

export const proformaResource = buildResource(proforma, salesDocumentOperations);
