/**
 * A hand-built, minimal but valid PDF 1.4 (catalog, pages, one A4 page, Helvetica text, xref with
 * exact byte offsets). Text is transliterated to ASCII so the built-in font encoding is never an issue
 * and the document number appears verbatim in the content stream.
 */

function toAscii(s: string): string {
	const map: Record<string, string> = { ł: 'l', Ł: 'L', ß: 'ss', '€': 'EUR', '–': '-', '„': '"', '”': '"' };
	return s
		.replace(/[łŁß€–„”]/g, (c) => map[c])
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\x20-\x7e]/g, '?');
}

function escapeText(s: string): string {
	return toAscii(s).replace(/([\\()])/g, '\\$1');
}

export function buildPdf(title: string, lines: string[]): Buffer {
	const textOps: string[] = ['BT', '/F1 16 Tf', '50 790 Td', `(${escapeText(title)}) Tj`, '/F1 10 Tf'];
	for (const line of lines) textOps.push('0 -16 Td', `(${escapeText(line)}) Tj`);
	textOps.push('ET');
	const stream = textOps.join('\n');

	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
	];

	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(out, 'latin1'));
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xrefAt = Buffer.byteLength(out, 'latin1');
	// Each xref entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, flag, CRLF-equivalent.
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}

/** The wire form of a print: a JSON string holding a PDF data URI. */
export function pdfDataUri(pdf: Buffer): string {
	return `data:application/pdf;base64,${pdf.toString('base64')}`;
}
