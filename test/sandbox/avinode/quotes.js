/**
 * Quotes of the fake Avinode Marketplace: read one (quotes a seller submits are in trip-messages.js),
 * and download a quote's attachment: `GET /quotes/{quoteId}/attachment/{attachmentId}/stream` [C]
 * answers the attachment's bytes, not JSON.
 */
const { fail, ok } = require('./envelope');

/** Seeds one quote with two attachments (a PDF and a photo), for the aircraft with tail `tail`. */
function seedQuotes(tail) {
	const quotes = new Map();
	const sampleQuoteId = 'aquote-61000001';
	quotes.set(sampleQuoteId, {
		id: sampleQuoteId,
		type: 'quotes',
		totalPrice: 48500,
		currencyCode: 'USD',
		lift: { aircraftTail: tail },
		attachments: [
			{ id: 'aquoteattachment-61000101', name: 'Quote N100SB.pdf', mimeType: 'application/pdf', type: 'QUOTE' },
			{ id: 'aquoteattachment-61000102', name: 'Cabin photo.jpg', mimeType: 'image/jpeg', type: 'PHOTO' },
		],
	});
	return quotes;
}

/** Deterministic bytes for a seeded attachment: a tiny PDF or a JPEG header, naming the attachment. */
function attachmentBytes(attachment) {
	if (typeof attachment.data === 'string') return Buffer.from(attachment.data, 'base64');
	if (attachment.mimeType === 'image/jpeg') return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(`JFIF sandbox ${attachment.id}`), Buffer.from([0xff, 0xd9])]);
	return Buffer.from(`%PDF-1.4\n% sandbox attachment ${attachment.id}\n%%EOF\n`, 'latin1');
}

function routes({ data }) {
	return [
		['GET', /^\/quotes\/([^/]+)$/, ([id]) => (data.quotes.has(id) ? ok(data.quotes.get(id)) : fail(404, 'Not found', 'NOT_FOUND'))],
		['GET', /^\/quotes\/([^/]+)\/attachment\/([^/]+)\/stream$/, ([quoteId, attachmentId]) => {
			const quote = data.quotes.get(decodeURIComponent(quoteId));
			const attachment = quote?.attachments?.find((entry) => entry.id === decodeURIComponent(attachmentId));
			if (!attachment) return fail(404, 'Not found', 'NOT_FOUND');
			const fileName = attachment.name;
			const ascii = fileName.replace(/[^\x20-\x7e]|"/g, '_');
			return [200, attachmentBytes(attachment), { 'Content-Type': attachment.mimeType ?? 'application/octet-stream', 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}` }];
		}],
	];
}

module.exports = { seedQuotes, routes, attachmentBytes };
