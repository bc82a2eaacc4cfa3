/**
 * Fake Avionté BOLD Front Office API, mounted at `/avionte`.
 *
 * Auth as the seed describes: a form-encoded client-credentials POST to `/authorize/token` with the key
 * header; then every call needs `Authorization: Bearer`, the key header and `Tenant` (or
 * `FrontOfficeTenantId`); an optional `RequestId` must be a GUID and is echoed back.
 * Paging as the research found [C-code]: `/{plural}/ids/{page}/{pageSize}` returns a bare array of ids
 * (page base, page 0 and page-size cap per the listing switches, see listing.js), `/{plural}/multi-query`
 * takes a bare array of at most 100 ids.
 */
const crypto = require('node:crypto');
const { GUID, sendJson } = require('./http-utils');
const { avionteIdsPage } = require('./listing');
const { talentExtraRoutes } = require('./avionte-talent-extras');
const { duplicateAnswer } = require('./duplicates');

const MAX_MULTI_QUERY = 100;
/** The sandbox tenant's new-talent requirements (field → required), names as Whippy's model has them. */
const TALENT_REQUIREMENTS = { firstName: true, lastName: true, country: false, address: false, city: false, state: false, zip: false, phone: true, email: true, linkedInProfile: false, resume: false };

/** `tokens` outlives data resets: a token stays valid until it expires, whatever happens to the records. */
function createAvionteApi({ config, data, tokenLifetimeSeconds, now, tokens, counters, listing, times, duplicates }) {
	/** Record times as Avionté writes them (avionte-times.js). */
	const stampNow = () => (times ? times.stamp() : new Date(now()).toISOString());

	const collections = {
		talents: { map: data.talents, single: 'talent' },
		companies: { map: data.companies, single: 'company' },
		contacts: { map: data.contacts, single: 'contact' },
		jobs: { map: data.jobs, single: 'job' },
		placements: { map: data.placements, single: 'placement' },
		users: { map: data.users, single: 'user' },
		departments: { map: data.departments, single: 'department' },
	};

	function issueToken(req, body, res) {
		if (req.headers[config.keyHeader.toLowerCase()] !== config.apiKey) {
			return sendJson(res, 401, { statusCode: 401, message: 'Access denied due to missing or invalid API key.' });
		}
		if (!(req.headers['content-type'] || '').includes('application/x-www-form-urlencoded')) {
			return sendJson(res, 400, { error: 'invalid_request', error_description: 'form-encoded body required' });
		}
		if (!body || body.grant_type !== 'client_credentials') return sendJson(res, 400, { error: 'unsupported_grant_type' });
		if (body.client_id !== config.clientId || body.client_secret !== config.clientSecret) return sendJson(res, 400, { error: 'invalid_client' });
		if (body.scope !== config.scope) return sendJson(res, 400, { error: 'invalid_scope' });
		const token = `sbx-at-${crypto.randomBytes(18).toString('hex')}`;
		tokens.set(token, now() + tokenLifetimeSeconds() * 1000);
		counters.tokenFetches++;
		return sendJson(res, 200, { access_token: token, expires_in: tokenLifetimeSeconds(), token_type: 'Bearer' });
	}

	/** Returns an error response tuple, or undefined when the call is authenticated. */
	function checkAuth(req) {
		const key = req.headers[config.keyHeader.toLowerCase()];
		if (!key || key !== config.apiKey) return [401, { statusCode: 401, message: 'Access denied due to missing or invalid API key.' }];
		const auth = req.headers.authorization || '';
		const match = /^Bearer (.+)$/.exec(auth);
		if (!match) return [401, { message: 'Authorization has been denied for this request.' }];
		const expiresAt = tokens.get(match[1]);
		if (expiresAt === undefined || expiresAt <= now()) return [401, { message: 'Authorization has been denied for this request.' }];
		const tenant = req.headers.tenant;
		const frontOfficeTenantId = req.headers.frontofficetenantid;
		if (!tenant && !frontOfficeTenantId) return [400, { message: 'Either the Tenant or the FrontOfficeTenantId header is required.' }];
		if (tenant && tenant !== config.tenant) return [403, { message: `Tenant '${tenant}' is not accessible with these credentials.` }];
		if (frontOfficeTenantId && frontOfficeTenantId !== config.frontOfficeTenantId) return [403, { message: 'FrontOfficeTenantId is not accessible with these credentials.' }];
		const requestId = req.headers.requestid;
		if (requestId !== undefined && !GUID.test(String(requestId))) return [400, { message: 'RequestId must be a valid GUID.' }];
		return undefined;
	}

	/** Sorted ids per collection, rebuilt when the collection changed size (records are never deleted). */
	const sortedIdsCache = new Map();
	function sortedIds(plural) {
		const map = collections[plural].map;
		const cached = sortedIdsCache.get(plural);
		if (cached && cached.length === map.size) return cached;
		const ids = [...map.keys()].sort((a, b) => a - b);
		sortedIdsCache.set(plural, ids);
		return ids;
	}

	function notFound(kind, id) {
		return [404, { message: `${kind} ${id} was not found.` }];
	}

	/** With `useNewTalentRequirements=true` the tenant's map applies instead of the three default fields [C]. */
	function validateAgainstRequirements(body) {
		if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The request body must be a talent object.';
		const present = {
			firstName: body.firstName,
			lastName: body.lastName,
			email: body.emailAddress,
			phone: body.mobilePhone || body.homePhone || body.workPhone,
		};
		for (const [field, required] of Object.entries(TALENT_REQUIREMENTS)) {
			if (required && field in present && (typeof present[field] !== 'string' || present[field].trim() === '')) return `${field} is required.`;
		}
		return undefined;
	}

	function validateTalent(body, partial) {
		if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The request body must be a talent object.';
		for (const field of ['firstName', 'lastName', 'emailAddress']) {
			if (!partial && (typeof body[field] !== 'string' || body[field].trim() === '')) return `${field} is required.`;
			if (body[field] !== undefined && (typeof body[field] !== 'string' || body[field].length > 255)) return `${field} must be a string of at most 255 characters.`;
		}
		if (body.emailAddress !== undefined && !/^[^@\s]+@[^@\s]+$/.test(body.emailAddress)) return 'emailAddress is not a valid email address.';
		if (body.taxIdNumber !== undefined && !/^\d{9}$/.test(String(body.taxIdNumber))) return 'taxIdNumber must be exactly 9 digits.';
		return undefined;
	}

	/** Route table: [method, pattern, handler(params, ctx) -> [status, body] ]. Paths are below /front-office/v1. */
	const routes = [
		...talentExtraRoutes({ data, now, notFound, validateTalent, stampNow }),
		['GET', /^\/(talents|companies|contacts|jobs|placements|users|departments)\/ids\/(-?\d+)\/(-?\d+)\/?$/, ([plural, pageText, sizeText]) => {
			return avionteIdsPage(sortedIds(plural), pageText, sizeText, listing.avionte);
		}],
		['POST', /^\/(talents|companies|contacts|jobs|placements|users)\/multi-query\/?$/, ([plural], { body }) => {
			if (!Array.isArray(body)) return [400, { message: 'The request body must be a JSON array of ids.' }];
			if (body.length > MAX_MULTI_QUERY) return [400, { message: `At most ${MAX_MULTI_QUERY} ids per request.` }];
			const map = collections[plural].map;
			return [200, body.map((id) => map.get(Number(id))).filter(Boolean)];
		}],
		['GET', /^\/users\/?$/, () => {
			if (listing.avionte.usersList === 'absent-404') return [404, { message: 'No HTTP resource was found that matches the request URI.' }];
			if (listing.avionte.usersList === 'absent-405') return [405, { message: "The requested resource does not support http method 'GET'." }];
			return [200, [...data.users.values()]];
		}],
		['GET', /^\/branch\/?$/, () => [200, data.branches]],
		['GET', /^\/talent-statuses\/?$/, () => [200, data.talentStatuses]],
		['GET', /^\/certificates\/?$/, () => [200, data.certificates]],
		['GET', /^\/skill-positions\/?$/, () => [200, data.skillPositions]],
		['GET', /^\/talent-document-types\/?$/, () => [200, data.documentTypes]],
		['GET', /^\/talent\/activity-types\/?$/, () => [200, data.talentActivityTypes]],
		['GET', /^\/contact\/activity-types\/?$/, () => [200, data.contactActivityTypes]],
		['GET', /^\/talent-requirement\/?$/, () => [200, TALENT_REQUIREMENTS]],
		['POST', /^\/talent\/?$/, (_, { body, query }) => {
			const useRequirements = query.useNewTalentRequirements === 'true';
			const problem = useRequirements ? validateAgainstRequirements(body) : validateTalent(body, false);
			if (problem) return [400, { message: problem }];
			// [C: createtalent] "Either a valid StatusId or Status value is required to be passed in the payload."
			const status = data.talentStatuses.find((s) => (body.statusId !== undefined && s.id === Number(body.statusId)) || (typeof body.status === 'string' && s.name.toLowerCase() === body.status.trim().toLowerCase()));
			if (!status) return [400, { message: 'Either a valid StatusId or Status value is required.' }];
			body = { ...body, status: status.name, statusId: status.id };
			// The duplicate check and its answer per the duplicate switches (duplicates.js).
			const duplicate = duplicates ? duplicateAnswer(duplicates.current, data.talents, body) : undefined;
			if (duplicate) return duplicate;
			const id = data.nextTalentId++;
			const created = stampNow();
			const talent = { ...body, id, createdDate: created, lastUpdatedDate: created, useNewTalentRequirements: query.useNewTalentRequirements === 'true' ? true : undefined };
			delete talent.useNewTalentRequirements;
			data.talents.set(id, talent);
			return [duplicates?.current.createdStatus ?? 201, talent];
		}],
		['PUT', /^\/talent\/(\d+)\/?$/, ([id], { body }) => {
			const talent = data.talents.get(Number(id));
			if (!talent) return notFound('Talent', id);
			const problem = validateTalent(body, true);
			if (problem) return [400, { message: problem }];
			// A valid StatusId wins over a Status name sent with it (the docs accept either).
			const byId = body.statusId !== undefined ? data.talentStatuses.find((s) => s.id === Number(body.statusId)) : undefined;
			const byName = typeof body.status === 'string' ? data.talentStatuses.find((s) => s.name.toLowerCase() === body.status.trim().toLowerCase()) : undefined;
			const status = byId ?? byName;
			if ((body.statusId !== undefined || body.status !== undefined) && !status) return [400, { message: 'Either a valid StatusId or Status value is required.' }];
			const updated = { ...talent, ...body, ...(status ? { status: status.name, statusId: status.id } : {}), id: talent.id, lastUpdatedDate: stampNow() };
			data.talents.set(talent.id, updated);
			return [200, updated];
		}],
		['GET', /^\/talent\/(\d+)\/?$/, ([id], { query }) => {
			const talent = data.talents.get(Number(id));
			if (!talent) return notFound('Talent', id);
			return [200, query.includeResume === 'true' ? { ...talent, talentResume: { resumeFilename: 'resume.txt', resumeText: `Resume of ${talent.firstName}` } } : talent];
		}],
		['GET', /^\/talent\/(\d+)\/all-tags\/?$/, ([id]) => (data.talents.has(Number(id)) ? [200, data.talentTags.get(Number(id)) || []] : notFound('Talent', id))],
		['POST', /^\/talent\/(\d+)\/talenttag\/?$/, ([id], { body }) => {
			if (!data.talents.has(Number(id))) return notFound('Talent', id);
			if (!body || typeof body.tag !== 'string' || !body.tag) return [400, { message: 'tag is required.' }];
			if (Number(body.talentId) !== Number(id)) return [400, { message: 'talentId must match the talent in the path.' }];
			const tags = data.talentTags.get(Number(id)) || [];
			const tag = { id: tags.length + 1, tag: body.tag, detail: body.detail ?? null, expirationDate: body.expirationDate ?? null, talentId: Number(id) };
			tags.push(tag);
			data.talentTags.set(Number(id), tags);
			return [200, tag];
		}],
		['GET', /^\/talent\/(\d+)\/skills\/?$/, ([id]) => (data.talents.has(Number(id)) ? [200, data.talentSkills.get(Number(id)) || []] : notFound('Talent', id))],
		['GET', /^\/talent\/(\d+)\/document\/?$/, ([id]) => (data.talents.has(Number(id)) ? [200, data.talentDocuments.get(Number(id)) || []] : notFound('Talent', id))],
		['GET', /^\/webapplicants\/talent\/(\d+)\/?$/, ([id]) => (data.talents.has(Number(id)) ? [200, data.webApplications.get(Number(id)) || []] : notFound('Talent', id))],
		['GET', /^\/webapplicants\/job\/(\d+)\/?$/, ([id]) => {
			if (!data.jobs.has(Number(id))) return notFound('Job', id);
			const applicants = [];
			for (const [talentId, apps] of data.webApplications) for (const app of apps) if (app.jobId === Number(id)) applicants.push({ talentId, ...app });
			return [200, applicants];
		}],
		['POST', /^\/talent\/(\d+)\/activity\/?$/, ([id], { body }) => createActivity('talent', id, body)],
		['POST', /^\/contact\/(\d+)\/activity\/?$/, ([id], { body }) => createActivity('contact', id, body)],
		['POST', /^\/pipeline\/talent-stage\/add\/?$/, (_, { body }) => {
			for (const field of ['jobActivityName', 'jobId', 'talentId', 'stageType', 'stagedDate', 'jobActivityDate']) {
				if (body?.[field] === undefined || body[field] === '') return [400, { message: `${field} is required.` }];
			}
			if (!data.talents.has(Number(body.talentId))) return notFound('Talent', body.talentId);
			if (!data.jobs.has(Number(body.jobId))) return notFound('Job', body.jobId);
			const stage = { id: data.pipelineStages.length + 1, ...body };
			data.pipelineStages.push(stage);
			return [200, stage];
		}],
		['GET', /^\/(company|contact|job|placement|user|department)\/(\d+)\/?$/, ([single, id]) => {
			const plural = { company: 'companies', contact: 'contacts', job: 'jobs', placement: 'placements', user: 'users', department: 'departments' }[single];
			const record = collections[plural].map.get(Number(id));
			return record ? [200, record] : notFound(single[0].toUpperCase() + single.slice(1), id);
		}],
	];

	function createActivity(kind, id, body) {
		const owner = kind === 'talent' ? data.talents : data.contacts;
		if (!owner.has(Number(id))) return notFound(kind === 'talent' ? 'Talent' : 'Contact', id);
		const types = kind === 'talent' ? data.talentActivityTypes : data.contactActivityTypes;
		if (!body || !Number.isInteger(Number(body.typeId))) return [400, { message: 'typeId is required.' }];
		const type = types.find((t) => t.typeId === Number(body.typeId));
		if (!type) return [400, { message: `typeId ${body.typeId} is not a ${kind} activity type.` }];
		if (body.show_in === -2) return [400, { message: 'show_in -2 (archived) cannot be used on create.' }];
		const activity = { id: data.nextActivityId++, typeId: type.typeId, name: body.name || type.name, show_in: body.show_in ?? type.show_in, activityDate: body.activityDate || new Date(now()).toISOString(), [`${kind}Id`]: Number(id), notes: body.notes ?? '', userId: body.userId ?? null };
		data.activities.push(activity);
		return [200, activity];
	}

	/** Handles a request below `/avionte`; returns true when it answered. */
	function handle(req, res, { path, query, body, bodyError }) {
		if (req.method === 'POST' && path === '/authorize/token') {
			issueToken(req, body, res);
			return true;
		}
		const prefix = '/front-office/v1';
		if (!path.startsWith(prefix)) return false;
		const requestId = req.headers.requestid;
		const echo = requestId && GUID.test(String(requestId)) ? { RequestId: String(requestId) } : {};
		const authError = checkAuth(req);
		if (authError) {
			sendJson(res, authError[0], authError[1], echo);
			return true;
		}
		if (bodyError) {
			sendJson(res, 400, { message: bodyError }, echo);
			return true;
		}
		const subPath = path.slice(prefix.length);
		for (const [method, pattern, handler] of routes) {
			if (method !== req.method) continue;
			const match = pattern.exec(subPath);
			if (!match) continue;
			const [status, payload] = handler(match.slice(1), { body, query });
			sendJson(res, status, payload, echo);
			return true;
		}
		sendJson(res, 404, { message: `No HTTP resource was found that matches ${req.method} ${path}.` }, echo);
		return true;
	}

	return {
		handle,
		stats: () => ({ tokenFetches: counters.tokenFetches }),
		expireAllTokens() {
			for (const token of tokens.keys()) tokens.set(token, 0);
		},
	};
}

module.exports = { createAvionteApi };
