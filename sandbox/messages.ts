/**
 * Error messages in the edition's language (German for `de`, Polish for `pl` / `betterfly`).
 * The real texts are unknown; clients should only rely on the HTTP status and the `Message` key.
 */
import type { Edition } from './types';

type Lang = 'de' | 'pl';
type Template = (...args: string[]) => string;

const texts: Record<string, Record<Lang, Template>> = {
	required: { de: (f) => `Das Feld ${f} ist erforderlich.`, pl: (f) => `Pole ${f} jest wymagane.` },
	invalid: { de: (f, v) => `Ungültiger Wert für ${f}: ${v}.`, pl: (f, v) => `Nieprawidłowa wartość pola ${f}: ${v}.` },
	invalidDate: { de: (f, v) => `Ungültiges Datum in ${f}: ${v}.`, pl: (f, v) => `Nieprawidłowa data w polu ${f}: ${v}.` },
	refMissing: { de: (f, v) => `${f} ${v} existiert nicht.`, pl: (f, v) => `${f} ${v} nie istnieje.` },
	notFound: { de: (what, id) => `${what} ${id} wurde nicht gefunden.`, pl: (what, id) => `Nie znaleziono: ${what} ${id}.` },
	confirmed: {
		de: (n) => `Der Beleg ${n} ist bestätigt und kann nicht geändert werden.`,
		pl: (n) => `Dokument ${n} jest zatwierdzony i nie może być zmieniony.`,
	},
	alreadyConfirmed: { de: (n) => `Der Beleg ${n} ist bereits bestätigt.`, pl: (n) => `Dokument ${n} jest już zatwierdzony.` },
	paymentStatusCreate: {
		de: () => 'PaymentStatus darf beim Anlegen nur 0 (unbezahlt) oder 1 (bezahlt) sein.',
		pl: () => 'PaymentStatus przy dodawaniu może mieć wartość 0 (nierozliczona) lub 1 (rozliczona całkowicie).',
	},
	deadline: { de: () => 'Deadline muss eine ganze Zahl von 0 bis 366 sein.', pl: () => 'Termin płatności (Deadline) musi być liczbą całkowitą od 0 do 366.' },
	inUse: { de: (what, id) => `${what} ${id} wird in Belegen verwendet.`, pl: (what, id) => `${what} ${id} jest używany w dokumentach.` },
	duplicate: { de: (f, v) => `${f} ${v} ist bereits vergeben.`, pl: (f, v) => `${f} ${v} już istnieje.` },
	badBody: { de: () => 'Der Anfrageinhalt ist ungültig.', pl: () => 'Nieprawidłowa treść żądania.' },
	notConfirmedSource: {
		de: (n) => `Der Beleg ${n} muss bestätigt sein.`,
		pl: (n) => `Dokument ${n} musi być zatwierdzony.`,
	},
	alreadyFinalized: { de: (n) => `Die Anzahlungsrechnung ${n} wurde bereits abgerechnet.`, pl: (n) => `Faktura zaliczkowa ${n} została już rozliczona.` },
	countryCode: {
		de: () => 'CountryCode ist für EU-Kunden und OSS-Verfahren erforderlich.',
		pl: () => 'Kod kraju (CountryCode) jest wymagany dla kontrahentów unijnych i procedury OSS.',
	},
	printTemplate: { de: (id) => `Druckvorlage ${id} existiert nicht.`, pl: (id) => `Szablon wydruku ${id} nie istnieje.` },
	printDoc: { de: (id) => `Beleg ${id} existiert nicht.`, pl: (id) => `Dokument o identyfikatorze ${id} nie istnieje.` },
	converted: {
		de: (n) => `Der Auftrag ${n} wurde bereits konvertiert und kann nicht geändert werden.`,
		pl: (n) => `Faktura proforma ${n} została już przekształcona i nie może być zmieniona.`,
	},
};

export function msg(edition: Edition, key: keyof typeof texts, ...args: Array<string | number>): string {
	const lang: Lang = edition === 'de' ? 'de' : 'pl';
	return texts[key][lang](...args.map(String));
}
