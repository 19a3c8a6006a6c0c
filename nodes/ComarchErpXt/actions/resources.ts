import type { ResourceModule } from '../helpers/interfaces';
import { bankAccountResource } from './bankAccount/BankAccount.resource';
import { customerResource } from './customer/Customer.resource';
import { invoiceResource } from './invoice/Invoice.resource';
import { paymentTypeResource } from './paymentType/PaymentType.resource';
import { printTemplateResource } from './printTemplate/PrintTemplate.resource';
import { productResource } from './product/Product.resource';
import { proformaResource } from './proforma/Proforma.resource';

/** Every resource of the node, keyed by its Resource dropdown value. */
export const resources: Record<string, ResourceModule> = {
	bankAccount: bankAccountResource,
	customer: customerResource,
	invoice: invoiceResource,
	paymentType: paymentTypeResource,
	printTemplate: printTemplateResource,
	product: productResource,
	proforma: proformaResource,
};
