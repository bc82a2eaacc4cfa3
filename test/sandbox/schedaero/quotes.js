/**
 * Quotes of the fake Schedaero API: read one (with its `generate-pdf` link), and the quote as a PDF
 * stream. A strict server: the stream is a PDF, so an Accept that allows only JSON gets 406.
 */
const { fail, ok } = require('../avinode/envelope');

function seedQuotes() {
	const quotes = new Map();
	for (let i = 0; i < 4; i++) {
		const id = `schedaero-quote-${82000001 + i}`;
		quotes.set(id, { id, type: 'schedaero-quote', price: { amount: 25000 + i * 1000, currency: 'USD' }, status: 'SENT' });
	}
	return quotes;
}

/** Whether an Accept header allows a PDF (a missing header allows anything). */
function acceptsPdf(accept) {
	if (accept === undefined || accept === '') return true;
	return String(accept).split(',').map((part) => part.split(';')[0].trim().toLowerCase()).some((type) => ['application/pdf', 'application/octet-stream', 'application/*', '*/*'].includes(type));
}

/** A tiny but valid one-page PDF naming the quote. */
function quotePdf(id) {
	const text = `Quote ${id}`;
	const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
	const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>', `<< /Length ${content.length} >>\nstream\n${content}\nendstream`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
	let pdf = '%PDF-1.4\n';
	const offsets = [];
	objects.forEach((object, i) => {
		offsets.push(pdf.length);
		pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = pdf.length;
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(pdf, 'latin1');
}

function routes({ schedaero, schedaeroUrl }) {
	return [
		['GET', /^\/quotes\/([^/]+)$/, ([id]) => {
			const quote = schedaero.quotes.get(id);
			return quote ? ok({ ...quote, href: schedaeroUrl(`/quotes/${id}`), links: { 'generate-pdf': { href: schedaeroUrl(`/streams/quotes/${id}`) } } }) : fail(404, 'Not found', 'NOT_FOUND');
		}],
		['GET', /^\/streams\/quotes\/([^/]+)$/, ([id], { req }) => {
			if (!acceptsPdf(req.headers.accept)) return fail(406, 'Not acceptable: this stream is application/pdf', 'NOT_ACCEPTABLE');
			if (!schedaero.quotes.has(id)) return fail(404, 'Not found', 'NOT_FOUND');
			return [200, quotePdf(id), { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${id}.pdf"` }];
		}],
	];
}

module.exports = { seedQuotes, routes };
