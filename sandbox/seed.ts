/**
 * Seed tenants (a German and a Polish company's data) and the bulk generator used for benchmarks.
 * Tax numbers and account numbers carry valid check digits so client-side validators accept them.
 */
import { addDays } from './dates';
import { mulberry32 } from './faults';
import { snapshot } from './resources/documents';
import { EU_COUNTRIES } from './resources/masterdata';
import { createIncomePayment } from './resources/payments';
import { baseCurrency, Ctx } from './store';
import type { Customer, Doc, DocItem, DocKind, PaymentDetail, VatRate } from './types';
import { documentTotals, grossFromNet, ratePercent, round2 } from './vat';

// ---------------------------------------------------------------- check-digit helpers

/** Polish NIP: 9 digits + weighted mod-11 check digit (prefixes giving 10 are skipped). */
export function nip(prefix9: string): string {
	const w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
	let p = prefix9;
	for (;;) {
		const sum = [...p].reduce((s, d, i) => s + Number(d) * w[i], 0) % 11;
		if (sum !== 10) return p + sum;
		p = String(Number(p) + 1).padStart(9, '0');
	}
}

/** German USt-IdNr: DE + 8 digits + ISO 7064 MOD 11,10 check digit. */
export function ustId(digits8: string): string {
	let product = 10;
	for (const ch of digits8) {
		let sum = (Number(ch) + product) % 10;
		if (sum === 0) sum = 10;
		product = (2 * sum) % 11;
	}
	const check = 11 - product === 10 ? 0 : 11 - product;
	return `DE${digits8}${check}`;
}

function mod97(digits: string): number {
	let r = 0;
	for (const ch of digits) r = (r * 10 + Number(ch)) % 97;
	return r;
}

/** IBAN check digits for a country + numeric BBAN. */
function ibanCheck(country: string, bban: string): string {
	const letters = [...country].map((c) => String(c.charCodeAt(0) - 55)).join('');
	return String(98 - mod97(`${bban}${letters}00`)).padStart(2, '0');
}

export const deIban = (blz: string, account: string): string => {
	const bban = blz + account.padStart(10, '0');
	return `DE${ibanCheck('DE', bban)}${bban}`;
};

/** Polish NRB (26 digits, i.e. the IBAN without "PL"), as the API returns bank account numbers. */
export const plNrb = (bank8: string, account16: string): string => `${ibanCheck('PL', bank8 + account16)}${bank8}${account16}`;

// ---------------------------------------------------------------- builders

interface ItemSpec {
	product: number;
	qty: number;
	price?: number;
	description?: string;
}

interface DocSpec {
	kind: DocKind;
	buyer: number;
	receiver?: number | null;
	paymentType: number;
	bank?: number | null;
	issueDate: string;
	salesDate?: string;
	status?: number;
	paymentStatus?: number;
	invoiceType?: number;
	description?: string | null;
	items: ItemSpec[];
	extra?: Partial<Doc>;
}

function buildItem(ctx: Ctx, spec: ItemSpec, invoiceType: number): DocItem {
	const p = ctx.store.products.get(spec.product)!;
	const pct = ratePercent(ctx.opts.edition, p.Rate);
	return {
		Id: ctx.store.nextId('item'), ProductId: p.Id, Quantity: spec.qty,
		Price: spec.price ?? (invoiceType === 1 ? p.SaleGrossPrice : p.SaleNetPrice),
		ProductName: p.Name, ProductDescription: spec.description ?? '', UnitOfMeasurement: p.UnitOfMeasurment, VatRateId: pct, VatPercent: pct,
	};
}

export function seedDoc(ctx: Ctx, s: DocSpec): Doc {
	const invoiceType = s.invoiceType ?? 0;
	const deadline = ctx.store.paymentTypes.get(s.paymentType)?.Deadline ?? 0;
	const d: Doc = {
		kind: s.kind, Id: ctx.store.nextId('doc'), Number: ctx.store.nextNumber(s.kind, s.issueDate), Status: s.status ?? 0,
		PaymentStatus: s.paymentStatus ?? 0, PurchasingPartyId: s.buyer, PurchasingParty: snapshot(ctx.store.customers.get(s.buyer)),
		ReceivingPartyId: s.receiver ?? null, ReceivingParty: s.receiver ? snapshot(ctx.store.customers.get(s.receiver)) : null,
		PaymentTypeId: s.paymentType, BankAccountId: s.bank ?? null, SalesDate: s.salesDate ?? s.issueDate, IssueDate: s.issueDate,
		PaymentDeadline: addDays(s.issueDate, deadline), deadlineExplicit: false, InvoiceType: invoiceType,
		Description: s.description ?? null, IsOSSProcedure: false, OSSProcedureCountryCode: '', CurrencyCode: baseCurrency(ctx.opts.edition),
		CurrencyRateType: 0, CurrencyRateDate: null, CurrencyConverter: 1, CurrencyRate: 1,
		Items: s.items.map((i) => buildItem(ctx, i, invoiceType)), IsFinal: false, InvoiceDocIdNum: null, CorrectedId: null,
		CorrectionReasonText: '', AdvanceGroupId: null, CurrencyAdvance: 0, FinalInvoiceId: null, PaymentId: null,
		DocumentCreatedByTaxPayer: true, ProfitMarginInvoiceProcedureType: 0, ProfitMarginTotal: 0, ...s.extra,
	};
	if (d.kind === 'advance' && d.AdvanceGroupId === null) d.AdvanceGroupId = d.Id;
	ctx.store.putDoc(d);
	if (d.Status === 1 && (d.kind === 'invoice' || d.kind === 'corrective')) {
		d.PaymentId = createIncomePayment(ctx, d);
	}
	return d;
}

function addProduct(ctx: Ctx, name: string, unit: string, rate: number, net: number, type = 0, description = '', itemCode = '', qty = 0): number {
	const id = ctx.store.nextId('product');
	const pct = ratePercent(ctx.opts.edition, rate);
	ctx.store.products.set(id, {
		Id: id, Name: name, Description: description, ItemCode: itemCode, ProductCode: ctx.store.nextProductCode(),
		UnitOfMeasurment: unit, Rate: rate, SaleNetPrice: net, SaleGrossPrice: grossFromNet(net, pct), Quantity: qty, ProductType: type,
	});
	return id;
}

interface CustomerSpec {
	name: string;
	tax: string;
	mail?: string;
	phone?: string;
	type?: number;
	kind?: number;
	status?: number;
	country?: string;
	street: string;
	building: string;
	flat?: string;
	postal: string;
	city: string;
	repFirst?: string;
	repLast?: string;
	bankName?: string;
	bankAccount?: string;
}

function addCustomer(ctx: Ctx, c: CustomerSpec): number {
	const id = ctx.store.nextId('customer');
	const rec: Customer = {
		Id: id, Name: c.name, CountryCode: c.country ?? (ctx.opts.edition === 'de' ? 'DE' : ''), CustomerTaxNumber: c.tax,
		CustomerCode: ctx.store.nextCustomerCode(), Mail: c.mail ?? '', PhoneNumber: c.phone ?? '', CustomerType: c.type ?? 1,
		CustomerKind: c.kind ?? 1, CustomerStatus: c.status ?? 0, RepresentativeFirstName: c.repFirst ?? '',
		RepresentativeLastName: c.repLast ?? '', BankName: c.bankName ?? '', BankAccountNumber: c.bankAccount ?? '',
		Address: { Id: ctx.store.nextId('address'), Street: c.street, BuildingNumber: c.building, FlatNumber: c.flat ?? '', PostalCode: c.postal, City: c.city },
	};
	ctx.store.customers.set(id, rec);
	return id;
}

function addPaymentType(ctx: Ctx, name: string, type: number, deadline: number, primary = false): number {
	const id = ctx.store.nextId('paymentType');
	ctx.store.paymentTypes.set(id, { Id: id, Name: name, Primary: primary, Deadline: deadline, Type: type });
	return id;
}

function addBankAccount(ctx: Ctx, number: string, bank: string, symbol: string, period: number, primary = false): number {
	const id = ctx.store.nextId('bankAccount');
	ctx.store.bankAccounts.set(id, { Id: id, AccountNumber: number, BankName: bank, Symbol: symbol, ReportingPeriod: period, Primary: primary });
	return id;
}

function addPrint(ctx: Ctx, name: string, language: string, type: number): number {
	const id = ctx.store.nextId('customPrint');
	ctx.store.customPrints.set(id, { Id: id, Name: name, Language: language, Type: type });
	return id;
}

// ---------------------------------------------------------------- German tenant

function seedGerman(ctx: Ctx): void {
	const ueberweisung = addPaymentType(ctx, 'Überweisung', 1, 14, true);
	const bar = addPaymentType(ctx, 'Bar', 0, 0);
	const karte = addPaymentType(ctx, 'Karte', 2, 0);
	const ueb30 = addPaymentType(ctx, 'Überweisung 30 Tage', 1, 30);

	const spk = addBankAccount(ctx, deIban('37050198', '1802057'), 'Sparkasse KölnBonn', 'SPK', 3, true);
	addBankAccount(ctx, deIban('10070000', '0532013000'), 'Deutsche Bank', 'DB', 4);

	const beratung = addProduct(ctx, 'Beratungsstunde', 'Std.', 9, 95, 0, 'IT-Beratung je angefangene Stunde');
	const laptop = addProduct(ctx, 'Notebook ThinkPad E14', 'Stk.', 9, 849, 2, '', '', 12);
	const paket = addProduct(ctx, 'Büromaterial-Paket', 'Paket', 9, 39.9, 1);
	const buch = addProduct(ctx, 'Fachbuch Umsatzsteuerrecht', 'Stk.', 8, 49.9, 1);
	const kaffee = addProduct(ctx, 'Kaffeebohnen 1 kg', 'kg', 8, 18.5, 2, '', '', 40);
	const wartung = addProduct(ctx, 'Wartungsvertrag monatlich', 'Monat', 9, 120, 0);
	const versand = addProduct(ctx, 'Versandpauschale', 'Stk.', 9, 4.9, 0);
	addProduct(ctx, 'Software-Lizenz Jahresabo', 'Stk.', 9, 299, 0);

	const mueller = addCustomer(ctx, { name: 'Müller Maschinenbau GmbH', tax: ustId('81190798'), mail: 'einkauf@mueller-maschinenbau.de', phone: '+49 221 4711 0', street: 'Industriestraße', building: '17', postal: '50667', city: 'Köln' });
	const schneider = addCustomer(ctx, { name: 'Schneider & Söhne KG', tax: ustId('12945678'), mail: 'buchhaltung@schneider-soehne.de', street: 'Leopoldstraße', building: '88', postal: '80802', city: 'München' });
	const weber = addCustomer(ctx, { name: 'Bäckerei Weber e.K.', tax: ustId('26473519'), phone: '+49 40 3344551', street: 'Ottenser Hauptstraße', building: '5', postal: '22765', city: 'Hamburg' });
	const fischer = addCustomer(ctx, { name: 'Fischer IT-Service GmbH', tax: ustId('30918264'), mail: 'info@fischer-it.de', street: 'Mainzer Landstraße', building: '201', flat: '3', postal: '60326', city: 'Frankfurt am Main' });
	addCustomer(ctx, { name: 'Hofmann Logistik AG', tax: ustId('14785236'), street: 'Am Hafen', building: '2', postal: '28217', city: 'Bremen' });
	const becker = addCustomer(ctx, { name: 'Klaus Becker', tax: '', type: 0, mail: 'k.becker@example.de', street: 'Lindenweg', building: '9', postal: '04109', city: 'Leipzig' });
	addCustomer(ctx, { name: 'Bürobedarf Schulz GmbH', tax: ustId('27364519'), kind: 2, street: 'Gewerbepark', building: '4', postal: '70565', city: 'Stuttgart' });
	addCustomer(ctx, { name: 'Wagner Elektrotechnik GmbH', tax: ustId('19283746'), kind: 3, street: 'Siemensstraße', building: '12', postal: '90459', city: 'Nürnberg' });

	addPrint(ctx, 'Rechnung Standard', 'DE', 0);
	addPrint(ctx, 'Rechnung Englisch', 'EN', 0);
	addPrint(ctx, 'Auftragsbestätigung', 'DE', 7);

	seedDoc(ctx, { kind: 'invoice', buyer: mueller, paymentType: ueberweisung, bank: spk, issueDate: '2024-01-15', status: 1, paymentStatus: 1, items: [{ product: beratung, qty: 8 }, { product: versand, qty: 1 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: schneider, paymentType: ueb30, bank: spk, issueDate: '2024-03-28', status: 1, items: [{ product: laptop, qty: 2 }, { product: paket, qty: 3 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: weber, paymentType: bar, issueDate: '2024-06-05', status: 1, paymentStatus: 1, invoiceType: 1, items: [{ product: kaffee, qty: 10 }, { product: buch, qty: 1 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: fischer, paymentType: ueberweisung, bank: spk, issueDate: '2024-06-12', items: [{ product: wartung, qty: 1, description: 'Juni 2024' }] });
	seedDoc(ctx, { kind: 'invoice', buyer: becker, paymentType: karte, issueDate: '2024-06-14', invoiceType: 1, items: [{ product: laptop, qty: 1 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: mueller, paymentType: ueberweisung, bank: spk, issueDate: '2024-10-30', description: 'Wartung Q4', items: [{ product: wartung, qty: 3 }, { product: beratung, qty: 2.5 }] });
	const inv = seedDoc(ctx, { kind: 'invoice', buyer: schneider, paymentType: ueberweisung, bank: spk, issueDate: '2024-11-04', status: 1, items: [{ product: paket, qty: 5 }] });

	seedDoc(ctx, { kind: 'proforma', buyer: schneider, paymentType: ueberweisung, bank: spk, issueDate: '2024-10-28', status: 1, items: [{ product: paket, qty: 5 }], extra: { InvoiceDocIdNum: inv.Id } });
	seedDoc(ctx, { kind: 'proforma', buyer: fischer, paymentType: ueberweisung, issueDate: '2024-06-03', items: [{ product: beratung, qty: 16 }] });
	seedDoc(ctx, { kind: 'proforma', buyer: mueller, paymentType: ueb30, issueDate: '2024-12-02', items: [{ product: laptop, qty: 4 }, { product: versand, qty: 1 }] });
}

// ---------------------------------------------------------------- Polish tenant

/** Standard / reduced rates of the other EU countries (OSS dictionary). */
const EU_RATES: Array<[string, string[]]> = [
	['AT', ['20', '13', '10']], ['BE', ['21', '12', '6']], ['BG', ['20', '9']], ['CY', ['19', '9', '5']], ['HR', ['25', '13', '5']],
	['CZ', ['21', '12']], ['DK', ['25']], ['EE', ['22', '9']], ['FI', ['24', '14', '10']], ['FR', ['20', '10', '5.5', '2.1']],
	['EL', ['24', '13', '6']], ['ES', ['21', '10', '4']], ['NL', ['21', '9']], ['IE', ['23', '13.5', '9']], ['LT', ['21', '9', '5']],
	['LV', ['21', '12', '5']], ['LU', ['17', '14', '8', '3']], ['MT', ['18', '7', '5']], ['DE', ['19', '7']], ['PT', ['23', '13', '6']],
	['RO', ['19', '9', '5']], ['SK', ['20', '10']], ['SI', ['22', '9.5', '5']], ['SE', ['25', '12', '6']], ['HU', ['27', '18', '5']],
	['IT', ['22', '10', '5', '4']], ['XI', ['20', '5']],
];

function vatRates(): VatRate[] {
	const out: VatRate[] = [];
	let id = 1001;
	for (const [cc, rates] of EU_RATES) {
		if (!EU_COUNTRIES.includes(cc)) continue;
		for (const r of rates) out.push({ RateId: id++, Rate: r, Symbol: `${r}%`, CountryCode: cc });
	}
	return out;
}

function seedPolish(ctx: Ctx): void {
	const s = ctx.store;
	s.vatRates = vatRates();
	const gotowka = addPaymentType(ctx, 'Gotówka', 0, 0, true);
	const przelew = addPaymentType(ctx, 'Przelew', 1, 7);
	const karta = addPaymentType(ctx, 'Karta', 2, 0);
	const przelew14 = addPaymentType(ctx, 'Przelew 14 dni', 1, 14);

	const mbank = addBankAccount(ctx, plNrb('11402004', '0000370212345678'), 'mBank S.A.', 'MBANK', 3, true);
	addBankAccount(ctx, plNrb('10201026', '0000190201234567'), 'PKO Bank Polski', 'PKO', 4);

	const usluga = addProduct(ctx, 'Usługa informatyczna', 'godz.', 9, 150, 0, 'Godzina pracy serwisanta', '62.02.30.0');
	const dysk = addProduct(ctx, 'Wymiana dysku', 'szt.', 9, 100, 0, '', '95.11.10.0');
	const mysz = addProduct(ctx, 'Mysz komputerowa', 'szt.', 9, 50, 2, '', '26.20.16.0', 35);
	const laptop = addProduct(ctx, 'Laptop Dell Latitude 5440', 'szt.', 9, 4299, 2, '', '26.20.11.0', 6);
	const ksiazka = addProduct(ctx, 'Książka „Podatki w firmie”', 'szt.', 7, 79, 1, '', '58.11.19.0');
	const catering = addProduct(ctx, 'Usługa cateringowa', 'os.', 8, 85, 0, '', '56.21.19.0');
	const chleb = addProduct(ctx, 'Chleb żytni 1 kg', 'szt.', 7, 9.5, 1);
	const szkolenie = addProduct(ctx, 'Szkolenie BHP', 'usł.', 1, 350, 0, 'Zwolnione z VAT', '85.59.13.0');
	const antyk = addProduct(ctx, 'Zegar antyczny (komis)', 'szt.', 0, 1200, 1);

	const comarch = addCustomer(ctx, { name: 'COMARCH SPÓŁKA AKCYJNA', tax: '6770065406', street: 'Aleja Jana Pawła II', building: '39 A', postal: '31-864', city: 'Kraków', repFirst: 'Jan', repLast: 'Kowalski' });
	const kowalski = addCustomer(ctx, { name: 'Przedsiębiorstwo Handlowe Kowalski Sp. z o.o.', tax: nip('521301234'), mail: 'biuro@phkowalski.pl', phone: '+48 22 555 12 34', street: 'ul. Puławska', building: '145', flat: '12', postal: '02-715', city: 'Warszawa', repFirst: 'Adam', repLast: 'Kowalski', bankName: 'Santander Bank Polska', bankAccount: plNrb('10901014', '0000071219812874') });
	const nowak = addCustomer(ctx, { name: 'Biuro Rachunkowe Nowak', tax: nip('779210543'), mail: 'kontakt@br-nowak.pl', street: 'ul. Półwiejska', building: '32', postal: '61-888', city: 'Poznań', repFirst: 'Ewa', repLast: 'Nowak' });
	const wisniewski = addCustomer(ctx, { name: 'Jan Wiśniewski', tax: '', type: 0, mail: 'jan.wisniewski@example.pl', street: 'ul. Długa', building: '7', postal: '80-827', city: 'Gdańsk' });
	const zielinski = addCustomer(ctx, { name: 'Hurtownia Budowlana Zieliński Sp.j.', tax: nip('894301122'), street: 'ul. Legnicka', building: '55', postal: '54-203', city: 'Wrocław', bankName: 'ING Bank Śląski', bankAccount: plNrb('10501562', '1000002345678901') });
	const wojcik = addCustomer(ctx, { name: 'Tech-Serwis Wójcik', tax: nip('676240511'), phone: '+48 12 411 22 33', street: 'ul. Wielicka', building: '28', postal: '30-552', city: 'Kraków' });
	addCustomer(ctx, { name: 'Müller Maschinenbau GmbH', tax: 'DE811907980', country: 'DE', status: 1, street: 'Industriestraße', building: '17', postal: '50667', city: 'Köln' });
	addCustomer(ctx, { name: 'Marie Dubois', tax: '', type: 0, country: 'FR', status: 10, street: 'Rue de Rivoli', building: '12', postal: '75004', city: 'Paris' });

	addPrint(ctx, 'Faktura - wzór standardowy', 'PL', 0);
	addPrint(ctx, 'Invoice - English', 'EN', 0);
	addPrint(ctx, 'Proforma - wzór standardowy', 'PL', 7);

	seedDoc(ctx, { kind: 'invoice', buyer: comarch, paymentType: przelew, bank: mbank, issueDate: '2024-01-22', status: 1, paymentStatus: 1, items: [{ product: usluga, qty: 12 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: kowalski, paymentType: przelew14, bank: mbank, issueDate: '2024-03-27', status: 1, items: [{ product: laptop, qty: 2 }, { product: mysz, qty: 2 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: nowak, paymentType: gotowka, issueDate: '2024-04-02', status: 1, paymentStatus: 1, invoiceType: 1, items: [{ product: ksiazka, qty: 3 }, { product: catering, qty: 12 }] });
	const src = seedDoc(ctx, { kind: 'invoice', buyer: comarch, paymentType: przelew, bank: mbank, issueDate: '2024-06-05', status: 1, items: [{ product: dysk, qty: 1 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: wisniewski, paymentType: karta, issueDate: '2024-06-10', invoiceType: 1, items: [{ product: mysz, qty: 1 }, { product: chleb, qty: 4 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: wojcik, receiver: kowalski, paymentType: przelew14, bank: mbank, issueDate: '2024-06-18', description: "Faktura za serwis O'Reilly", items: [{ product: usluga, qty: 6.5 }, { product: szkolenie, qty: 1 }] });
	seedDoc(ctx, { kind: 'invoice', buyer: kowalski, paymentType: przelew, bank: mbank, issueDate: '2024-10-31', items: [{ product: laptop, qty: 1 }] });
	seedDoc(ctx, { kind: 'corrective', buyer: comarch, paymentType: przelew, bank: mbank, issueDate: '2024-06-20', status: 1, items: [{ product: dysk, qty: 1, price: 80 }], extra: { CorrectedId: src.Id, CorrectionReasonText: 'Rabat posprzedażowy' } });

	const conv = seedDoc(ctx, { kind: 'invoice', buyer: nowak, paymentType: przelew, bank: mbank, issueDate: '2024-05-14', status: 1, items: [{ product: usluga, qty: 4 }] });
	seedDoc(ctx, { kind: 'proforma', buyer: nowak, paymentType: przelew, bank: mbank, issueDate: '2024-05-10', status: 1, items: [{ product: usluga, qty: 4 }], extra: { InvoiceDocIdNum: conv.Id } });
	seedDoc(ctx, { kind: 'proforma', buyer: kowalski, paymentType: przelew14, bank: mbank, issueDate: '2024-06-03', items: [{ product: laptop, qty: 5 }] });
	seedDoc(ctx, { kind: 'proforma', buyer: comarch, receiver: wojcik, paymentType: przelew, issueDate: '2024-12-09', invoiceType: 1, description: 'Oferta na szkolenia', items: [{ product: szkolenie, qty: 10 }, { product: catering, qty: 10 }] });

	// An order paid in advances: two linked advance invoices (one confirmed), plus a standalone one.
	const adv1 = seedDoc(ctx, { kind: 'advance', buyer: zielinski, paymentType: przelew, bank: mbank, issueDate: '2024-06-03', status: 1, items: [{ product: laptop, qty: 3 }], extra: { CurrencyAdvance: 5000 } });
	seedDoc(ctx, { kind: 'advance', buyer: zielinski, paymentType: przelew, bank: mbank, issueDate: '2024-06-17', items: [{ product: laptop, qty: 3 }], extra: { CurrencyAdvance: 3000, AdvanceGroupId: adv1.Id } });
	seedDoc(ctx, { kind: 'advance', buyer: comarch, paymentType: przelew, bank: mbank, issueDate: '2024-07-01', status: 1, items: [{ product: usluga, qty: 40 }], extra: { CurrencyAdvance: 2000 } });

	for (const [buyer, price, cost, date] of [[wisniewski, 1200, 900, '2024-05-20'], [nowak, 2500, 1800, '2024-06-11']] as Array<[number, number, number, string]>) {
		const d = seedDoc(ctx, { kind: 'margin', buyer, paymentType: gotowka, issueDate: date, status: 1, paymentStatus: 1, invoiceType: 1, items: [{ product: antyk, qty: 1, price }], extra: { ProfitMarginInvoiceProcedureType: 4 } });
		d.Items.forEach((i) => (i.VatPercent = 0));
		d.ProfitMarginTotal = round2(price - cost);
	}

	// Purchase side.
	const purchases: Array<[number, string, string, number, number, number]> = [
		[zielinski, 'FV/2024/05/118', '2024-05-06', mysz, 20, 31],
		[zielinski, 'FV/2024/06/042', '2024-06-03', laptop, 3, 3650],
		[wojcik, '17/06/2024', '2024-06-21', usluga, 10, 120],
	];
	for (const [seller, number, date, product, qty, price] of purchases) {
		const p = s.products.get(product)!;
		const pct = ratePercent(ctx.opts.edition, p.Rate);
		const id = s.nextId('purchase');
		const sellerRec = s.customers.get(seller)!;
		const item: DocItem = { Id: s.nextId('item'), ProductId: product, Quantity: qty, Price: price, ProductName: p.Name, ProductDescription: '', UnitOfMeasurement: p.UnitOfMeasurment, VatRateId: pct, VatPercent: pct };
		const inv = {
			Id: id, Number: number, PaymentStatus: 0, SellingPartyId: seller, ReceivingPartyId: null, PaymentTypeId: przelew14,
			SellingPartyBankAccountNumber: sellerRec.BankAccountNumber, SellingPartyBankAccountName: sellerRec.BankName, BankAccountId: mbank,
			PurchaseDate: date, IssueDate: date, PaymentDeadline: addDays(date, 14), InvoiceType: 0, CurrencyCode: 'PLN', Items: [item], Description: '',
		};
		s.purchaseInvoices.set(id, inv);
		const t = documentTotals([item], 0);
		addOutcomePayment(ctx, { id, number, date, due: inv.PaymentDeadline, seller: sellerRec, amount: t.gross, vat: t.vat });
		const bookId = s.nextId('purchase');
		s.vatPurchaseBooks.set(bookId, {
			Id: bookId, PaymentStatus: 0, CustomerId: seller, PaymentTypeId: przelew14, PaymentDeadline: inv.PaymentDeadline,
			CustomerBankAccountNumber: sellerRec.BankAccountNumber, CustomerBankAccountName: sellerRec.BankName, BankAccountId: mbank,
			PurchaseDate: date, NetTotal: t.net, VatTotal: t.vat, CurrencyCode: 'PLN', Description: `Zakup: ${p.Name}`, IssueDate: date,
			ReceiptDate: addDays(date, 2), Number: number, Correction: false, CorrectedDocumentNumber: '', InternalDocument: false,
			IncludedInJPKV7: date < '2024-06-01', VATDeclatationDate: date < '2024-06-01' ? `${date.slice(0, 7)}-01` : null,
			IncludedInVATUE: false, VATUEDeclarationDate: null, VatRateId: pct,
		});
	}
	// A cost entered only in the register (no purchase invoice), e.g. a utility bill.
	const billId = s.nextId('purchase');
	s.vatPurchaseBooks.set(billId, {
		Id: billId, PaymentStatus: 1, CustomerId: zielinski, PaymentTypeId: przelew, PaymentDeadline: '2024-06-14', CustomerBankAccountNumber: '',
		CustomerBankAccountName: '', BankAccountId: mbank, PurchaseDate: '2024-05-31', NetTotal: 812.2, VatTotal: 186.81, CurrencyCode: 'PLN',
		Description: 'Energia elektryczna 05/2024', IssueDate: '2024-05-31', ReceiptDate: '2024-06-03', Number: 'E/2024/05/77123',
		Correction: false, CorrectedDocumentNumber: '', InternalDocument: false, IncludedInJPKV7: true, VATDeclatationDate: '2024-06-01',
		IncludedInVATUE: false, VATUEDeclarationDate: null, VatRateId: 23,
	});
	addTaxPayment(ctx, 'SOCIAL_INSURANCE', 'ZUS 05/2024', '2024-06-20', 1600.32);
	addTaxPayment(ctx, 'VAT', 'VAT-7 05/2024', '2024-06-25', 2412);
	addTaxPayment(ctx, 'INCOME_TAX', 'PIT-5L 05/2024', '2024-06-20', 980);
	addTaxPayment(ctx, 'TAX_OR_FEE', 'PPK 05/2024', '2024-06-15', 145.5);
}

function addOutcomePayment(ctx: Ctx, p: { id: number; number: string; date: string; due: string; seller: Customer; amount: number; vat: number }): void {
	const own = ctx.store.bankAccounts.values().next().value;
	const detail: PaymentDetail = {
		PaymentId: ctx.store.nextId('payment'), PaymentType: 'OUTCOME', DocumentId: p.id, DocumentType: 'PURCHASE_INVOICE', DocumentNumber: p.number,
		CorrectedDocumentId: null, CorrectedDocumentType: null, CorrectionReason: null, CreationDate: `${p.date}T08:00:00Z`,
		UpdateDate: `${p.date}T08:00:00Z`, IssueDate: p.date, DueDate: p.due, SenderTaxId: '5260250995', SenderName: 'Sandbox Handel Sp. z o.o.',
		SenderAddress: { Street: 'ul. Marszałkowska', HouseNumber: '84', ApartmentNumbe: '5', ZipCode: '00-514', City: 'Warszawa', Region: 'mazowieckie' },
		SenderAccountNumber: own ? `PL${own.AccountNumber}` : '', RecipientTaxId: p.seller.CustomerTaxNumber, RecipientName: p.seller.Name,
		RecipientAddress: { Street: p.seller.Address.Street, HouseNumber: p.seller.Address.BuildingNumber, ApartmentNumbe: p.seller.Address.FlatNumber, ZipCode: p.seller.Address.PostalCode, City: p.seller.Address.City, Region: '' },
		RecipientAccountNumber: p.seller.BankAccountNumber ? `PL${p.seller.BankAccountNumber}` : '', Amount: p.amount, VatAmount: p.vat, Balance: p.amount,
		SplitPayment: p.amount >= 15000, CashAccounting: false, PaymentStatus: 0, Currency: 'PLN', ExchangeRate: 1, Title: p.number, ExportStatus: 0,
	};
	ctx.store.paymentDetails.set(detail.PaymentId, detail);
}

function addTaxPayment(ctx: Ctx, type: string, title: string, due: string, amount: number): void {
	const detail: PaymentDetail = {
		PaymentId: ctx.store.nextId('payment'), PaymentType: type, DocumentId: null, DocumentType: 'TAX', DocumentNumber: title,
		CorrectedDocumentId: null, CorrectedDocumentType: null, CorrectionReason: null, CreationDate: `${due.slice(0, 8)}05T06:00:00Z`,
		UpdateDate: `${due.slice(0, 8)}05T06:00:00Z`, IssueDate: `${due.slice(0, 8)}05`, DueDate: due, SenderTaxId: '5260250995',
		SenderName: 'Sandbox Handel Sp. z o.o.', SenderAddress: { Street: 'ul. Marszałkowska', HouseNumber: '84', ApartmentNumbe: '5', ZipCode: '00-514', City: 'Warszawa', Region: 'mazowieckie' },
		SenderAccountNumber: '', RecipientTaxId: '', RecipientName: type === 'SOCIAL_INSURANCE' ? 'Zakład Ubezpieczeń Społecznych' : 'Urząd Skarbowy Warszawa-Śródmieście',
		RecipientAddress: { Street: '', HouseNumber: '', ApartmentNumbe: '', ZipCode: '', City: 'Warszawa', Region: '' },
		RecipientAccountNumber: `PL${plNrb('10100071', '2222000000000000')}`, Amount: amount, VatAmount: 0, Balance: amount, SplitPayment: false,
		CashAccounting: false, PaymentStatus: 0, Currency: 'PLN', ExchangeRate: 1, Title: title, ExportStatus: 0,
	};
	ctx.store.paymentDetails.set(detail.PaymentId, detail);
}

export function seedTenant(ctx: Ctx): void {
	if (ctx.opts.edition === 'de') seedGerman(ctx);
	else seedPolish(ctx);
}

// ---------------------------------------------------------------- bulk generation

export interface BulkSpec {
	invoices?: number;
	proformas?: number;
	products?: number;
	customers?: number;
}

const CITIES_DE = ['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt am Main', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden', 'Hannover'];
const CITIES_PL = ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk', 'Szczecin', 'Lublin', 'Katowice', 'Białystok'];

/** Generates many records quickly (benchmarks, paging tests). Deterministic for a given seed. */
export function bulkSeed(ctx: Ctx, spec: BulkSpec, seed: number): Record<string, number> {
	const rand = mulberry32(seed);
	const pick = <T>(arr: T[]): T => arr[Math.floor(rand() * arr.length)];
	const de = ctx.opts.edition === 'de';
	const s = ctx.store;
	for (let i = 0; i < (spec.products ?? 0); i++) {
		const rate = de ? pick([9, 9, 9, 8]) : pick([9, 9, 9, 8, 7]);
		addProduct(ctx, `${de ? 'Artikel' : 'Towar'} ${i + 1}`, de ? 'Stk.' : 'szt.', rate, round2(5 + rand() * 995), pick([0, 1, 2]));
	}
	for (let i = 0; i < (spec.customers ?? 0); i++) {
		const city = pick(de ? CITIES_DE : CITIES_PL);
		addCustomer(ctx, {
			name: de ? `Kunde ${i + 1} GmbH` : `Kontrahent ${i + 1} Sp. z o.o.`,
			tax: de ? ustId(String(10000000 + Math.floor(rand() * 89999999))) : nip(String(100000000 + Math.floor(rand() * 899999999))),
			street: de ? 'Hauptstraße' : 'ul. Główna', building: String(1 + Math.floor(rand() * 200)), postal: de ? '10115' : '00-001', city,
		});
	}
	const customers = [...s.customers.keys()];
	const products = [...s.products.values()].map((p) => p.Id);
	const paymentTypes = [...s.paymentTypes.keys()];
	const bank = s.bankAccounts.keys().next().value ?? null;
	const randomDate = (): string => addDays('2022-01-01', Math.floor(rand() * 1096));
	const genDoc = (kind: DocKind): void => {
		const items: ItemSpec[] = [];
		const n = 1 + Math.floor(rand() * 3);
		for (let k = 0; k < n; k++) items.push({ product: pick(products), qty: 1 + Math.floor(rand() * 10) });
		const confirmed = kind === 'invoice' && rand() < 0.7;
		seedDoc(ctx, {
			kind, buyer: pick(customers), paymentType: pick(paymentTypes), bank, issueDate: randomDate(), status: confirmed ? 1 : 0,
			paymentStatus: confirmed && rand() < 0.5 ? 1 : 0, invoiceType: rand() < 0.2 ? 1 : 0, items,
		});
	};
	for (let i = 0; i < (spec.invoices ?? 0); i++) genDoc('invoice');
	for (let i = 0; i < (spec.proformas ?? 0); i++) genDoc('proforma');
	return { ...s.summary() };
}

