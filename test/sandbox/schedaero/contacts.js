/**
 * Contacts of the fake Schedaero API: people and companies (listed, read, created, changed) and their
 * identities in external systems. The identifier is unique per external system [C].
 *
 * Behaviours the public material does not settle, one switch each (defaults first):
 * - `externalIdentities`: 'embedded' (contacts list and read their `externalIdentities`) | 'separate'
 *   (they do not; `GET /contacts/{kind}/{id}/externalidentity/{systemId}` answers per contact, 404 when unlinked);
 * - `companyExternalIdentity`: true (companies take external identities like people) | false (404);
 * - `createAnswer`: 'record' (201 with the contact) | 'location' (201 with only a Location header,
 *   as `POST /externalsystems` answers [C]);
 * - `putMode`: 'merge' (PUT changes the fields sent) | 'replace' (PUT replaces the contact: fields left out are cleared);
 * - `externalSystemRead`: 'served' (`GET /externalsystems/{id}`, the Location target, answers) | 'none' (405);
 * - `externalSystemList`: 'served' (`GET /externalsystems` lists the account's systems) | 'none' (405).
 */
const { fail, meta, ok } = require('../avinode/envelope');

const SCHEDAERO_SWITCHES = {
	externalIdentities: ['embedded', 'separate'],
	companyExternalIdentity: [true, false],
	createAnswer: ['record', 'location'],
	putMode: ['merge', 'replace'],
	externalSystemRead: ['served', 'none'],
	externalSystemList: ['served', 'none'],
};

/** The contact switches at their defaults; `configure` sets some and throws on an unknown switch or value. */
function createContactSwitches() {
	const values = Object.fromEntries(Object.entries(SCHEDAERO_SWITCHES).map(([name, choices]) => [name, choices[0]]));
	return {
		values,
		configure(settings) {
			for (const [name, value] of Object.entries(settings || {})) {
				if (!SCHEDAERO_SWITCHES[name]) throw new Error(`unknown Schedaero switch "${name}"`);
				if (!SCHEDAERO_SWITCHES[name].includes(value)) throw new Error(`Schedaero switch "${name}" takes ${SCHEDAERO_SWITCHES[name].map((v) => JSON.stringify(v)).join(' or ')}`);
				values[name] = value;
			}
		},
	};
}

function seedContacts(contactCount, companyCount) {
	const people = new Map();
	const companies = new Map();
	for (let i = 0; i < contactCount; i++) {
		const id = `contact-${70000001 + i}`;
		people.set(id, { id, type: 'contacts-people', firstName: ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli'][i % 5], lastName: ['Ortiz', 'Baker', 'Nguyen', 'Patel', 'Rossi'][i % 5], email: `pax${i}@example.test`, phone: '+1 555 0100', externalIdentities: [] });
	}
	for (let i = 0; i < companyCount; i++) {
		const id = `contact-${71000001 + i}`;
		const name = ['Acme Holdings', 'Blue Sky Family Office', 'Cedar Ventures', 'Delta Mining', 'Evergreen Trust', 'Fjord Capital'][i % 6];
		companies.set(id, { id, type: 'contacts-companies', name: i < 6 ? name : `${name} ${Math.floor(i / 6)}`, email: `office${i}@example.test` });
	}
	return { people, companies };
}

function routes({ schedaero, switches, paginate, schedaeroUrl }) {
	const settings = switches.values;
	function contactStore(kind) {
		return kind === 'people' ? schedaero.people : schedaero.companies;
	}
	/** A contact as the API shows it, per the externalIdentities switch. */
	function contactView(kind, contact) {
		const { externalIdentities, ...rest } = contact;
		const view = { ...rest, href: schedaeroUrl(`/contacts/${kind}/${contact.id}`) };
		return settings.externalIdentities === 'embedded' ? { ...view, externalIdentities: externalIdentities ?? [] } : view;
	}
	function identityRoute(kind) {
		return kind === 'people' || settings.companyExternalIdentity;
	}
	return [
		['GET', /^\/contacts\/(people|companies)$/, ([kind], { query }) => {
			const result = paginate([...contactStore(kind).values()], query);
			return result.error ?? ok(result.page.map((c) => contactView(kind, c)), 200, { pagination: result.pagination });
		}],
		['GET', /^\/contacts\/(people|companies)\/([^/]+)$/, ([kind, id]) => {
			const contact = contactStore(kind).get(id);
			return contact ? ok(contactView(kind, contact)) : fail(404, 'Not found', 'NOT_FOUND');
		}],
		['POST', /^\/contacts\/(people|companies)$/, ([kind], { body }) => {
			const required = kind === 'people' ? ['firstName', 'lastName'] : ['name'];
			for (const field of required) if (typeof body?.[field] !== 'string' || !body[field]) return fail(422, `${field} is required`, 'VALIDATION_FAILED');
			schedaero.counter += 1;
			const id = `contact-${schedaero.counter}`;
			const contact = { id, type: `contacts-${kind}`, ...body, externalIdentities: [] };
			contactStore(kind).set(id, contact);
			if (settings.createAnswer === 'location') return [201, { meta: meta() }, { Location: schedaeroUrl(`/contacts/${kind}/${id}`) }];
			return ok(contactView(kind, contact), 201);
		}],
		['PUT', /^\/contacts\/(people|companies)\/([^/]+)$/, ([kind, id], { body }) => {
			const contact = contactStore(kind).get(id);
			if (!contact) return fail(404, 'Not found', 'NOT_FOUND');
			const kept = { id, type: contact.type, externalIdentities: contact.externalIdentities ?? [] };
			const { externalIdentities: _ignored, ...sent } = body || {};
			const next = settings.putMode === 'replace' ? { ...sent, ...kept } : { ...contact, ...sent, ...kept };
			contactStore(kind).set(id, next);
			return ok(contactView(kind, next));
		}],
		['GET', /^\/contacts\/(people|companies)\/([^/]+)\/externalidentity\/([^/]+)$/, ([kind, id, systemId]) => {
			if (!identityRoute(kind)) return fail(404, `No operation matches GET /contacts/${kind}/.../externalidentity`, 'NOT_FOUND');
			const contact = contactStore(kind).get(id);
			if (!contact) return fail(404, 'Not found', 'NOT_FOUND');
			const identity = (contact.externalIdentities || []).find((e) => e.externalSystemId === systemId);
			return identity ? ok(identity) : fail(404, 'No external identity in this system', 'NOT_FOUND');
		}],
		['PATCH', /^\/contacts\/(people|companies)\/([^/]+)\/externalidentity\/([^/]+)$/, ([kind, id, systemId], { body }) => {
			if (!identityRoute(kind)) return fail(404, `No operation matches PATCH /contacts/${kind}/.../externalidentity`, 'NOT_FOUND');
			const contact = contactStore(kind).get(id);
			if (!contact) return fail(404, 'Not found', 'NOT_FOUND');
			if (!schedaero.externalSystems.has(systemId)) return fail(404, 'External system not found', 'NOT_FOUND');
			// The docs show isActive as the string "false" [C]; a JSON boolean is refused here [I].
			if (body?.isActive !== undefined && body.isActive !== 'false' && body.isActive !== 'true') return fail(422, 'isActive must be "true" or "false"', 'VALIDATION_FAILED');
			if (body?.isActive !== 'false' && (typeof body?.identifier !== 'string' || !body.identifier)) return fail(422, 'identifier is required', 'VALIDATION_FAILED');
			const taken = body?.isActive !== 'false' && [...contactStore(kind).values()].some((other) => other.id !== id && (other.externalIdentities || []).some((e) => e.externalSystemId === systemId && e.identifier === body.identifier));
			if (taken) return fail(422, 'identifier is already used by another contact in this external system', 'DUPLICATE');
			contact.externalIdentities = (contact.externalIdentities || []).filter((e) => e.externalSystemId !== systemId);
			if (body.isActive !== 'false') contact.externalIdentities.push({ externalSystemId: systemId, ...body });
			return ok(contactView(kind, contact));
		}],
	];
}

module.exports = { SCHEDAERO_SWITCHES, createContactSwitches, seedContacts, routes };
