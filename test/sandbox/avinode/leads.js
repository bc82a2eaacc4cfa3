/**
 * Client leads of the fake Avinode Marketplace (an end-client app sends a lead to an operator). A lead
 * with a `clientIdentifier` already used is answered with the existing lead and nothing changes.
 */
const { fail, ok } = require('./envelope');

/** Phone and email types as the docs' example writes them [C: /reference-link/createendclientlead]. */
const CONTACT_TYPES = ['Work', 'Home', 'Mobile', 'Other'];

function routes({ data, avinodeUrl, nextId }) {
	return [
		['POST', /^\/leads$/, (_, { body }) => {
			if (!body?.leadContactInfo || typeof body.leadContactInfo.name !== 'string' || !body.leadContactInfo.name) return fail(422, 'leadContactInfo.name is required', 'VALIDATION_FAILED');
			for (const [list, key] of [['emailAddresses', 'emailAddress'], ['phoneNumbers', 'phoneNumber']]) {
				for (const [i, entry] of (body.leadContactInfo[list] ?? []).entries()) {
					if (!CONTACT_TYPES.includes(entry?.type)) return fail(422, `leadContactInfo.${list}[${i}].type must be one of ${CONTACT_TYPES.join(', ')}`, 'VALIDATION_FAILED');
					if (typeof entry[key] !== 'string' || !entry[key]) return fail(422, `leadContactInfo.${list}[${i}].${key} is required`, 'VALIDATION_FAILED');
				}
			}
			if (body.clientIdentifier) {
				const existing = [...data.leads.values()].find((lead) => lead.clientIdentifier === body.clientIdentifier);
				if (existing) return ok(existing, 200, { infos: [{ title: 'A lead with this clientIdentifier exists; nothing changed', code: 'DUPLICATE_IGNORED' }] });
			}
			const id = nextId('alead');
			const lead = { id, type: 'leads', href: avinodeUrl(`/leads/${id}`), ...body };
			data.leads.set(id, lead);
			return ok(lead, 201);
		}],
		['GET', /^\/leads\/([^/]+)$/, ([id]) => (data.leads.has(id) ? ok(data.leads.get(id)) : fail(404, 'Not found', 'NOT_FOUND'))],
	];
}

module.exports = { routes };
