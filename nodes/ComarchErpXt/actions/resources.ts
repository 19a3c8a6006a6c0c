import type { ResourceModule } from '../helpers/interfaces';
import { advanceInvoiceResource } from './advanceInvoice/AdvanceInvoice.resource';
import { bankAccountResource } from './bankAccount/BankAccount.resource';
import { correctiveAdvanceInvoiceResource } from './correctiveAdvanceInvoice/CorrectiveAdvanceInvoice.resource';
import { correctiveInvoiceResource } from './correctiveInvoice/CorrectiveInvoice.resource';
import { customerResource } from './customer/Customer.resource';
import { invoiceResource } from './invoice/Invoice.resource';
import { marginInvoiceResource } from './marginInvoice/MarginInvoice.resource';
import { paymentResource } from './payment/Payment.resource';
import { paymentTypeResource } from './paymentType/PaymentType.resource';
import { printTemplateResource } from './printTemplate/PrintTemplate.resource';
import { productResource } from './product/Product.resource';
import { proformaResource } from './proforma/Proforma.resource';
import { purchaseInvoiceResource } from './purchaseInvoice/PurchaseInvoice.resource';
import { vatPurchaseRegisterResource } from './vatPurchaseRegister/VatPurchaseRegister.resource';
import { vatRateResource } from './vatRate/VatRate.resource';

/** Every resource of the node, keyed by its Resource dropdown value. */
export const resources: Record<string, ResourceModule> = {
	advanceInvoice: advanceInvoiceResource,
	bankAccount: bankAccountResource,
	correctiveAdvanceInvoice: correctiveAdvanceInvoiceResource,
	correctiveInvoice: correctiveInvoiceResource,
	customer: customerResource,
	invoice: invoiceResource,
	marginInvoice: marginInvoiceResource,
	payment: paymentResource,
	paymentType: paymentTypeResource,
	printTemplate: printTemplateResource,
	product: productResource,
	proforma: proformaResource,
	purchaseInvoice: purchaseInvoiceResource,
	vatPurchaseRegister: vatPurchaseRegisterResource,
	vatRate: vatRateResource,
};
