/**
 * Talents (candidates and employees) of the fake Avionté API: the seeded talents, Create a Talent
 * with its duplicate check (duplicates.js), Get, Update, Post a Talent (create or replace), and the
 * tenant's new-talent requirements. What hangs off a talent is in talent-details.js, stages.js,
 * activities.js and web-applications.js.
 *
 * What the reference pages state is enforced as stated [C]; where they are silent the choice is
 * marked [I] and kept strict, so a node that relies on the lenient reading fails here first:
 * - Create a Talent: "Either a valid StatusId or Status value is required to be passed in the payload" [C: createtalent].
 * - Post a Talent: path `{talentId}`, 0 creates [C]; a create needs a valid status or statusId as
 *   Create a Talent does [I: by analogy with createtalent]; an update replaces the record [I], so it
 *   needs the same names and email as a create.
 */
const { duplicateAnswer } = require('./duplicates');
const { FIRST, LAST, SEEDED_AT, address, pick } = require('./seed-values');

/** The sandbox tenant's new-talent requirements (field → required), names as Whippy's model has them. */
const TALENT_REQUIREMENTS = { firstName: true, lastName: true, country: false, address: false, city: false, state: false, zip: false, phone: true, email: true, linkedInProfile: false, resume: false };

/** Seeds the talents; each draws its status, then its address, from `random`. */
function seedTalents(random, { count, branches, statuses, userCount }) {
	const talents = new Map();
	for (let i = 0; i < count; i++) {
		const id = 100001 + i * 3; // gaps, like real ids
		const first = FIRST[i % FIRST.length];
		const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
		const status = pick(random, statuses);
		talents.set(id, {
			id,
			firstName: first,
			middleName: '',
			lastName: last,
			emailAddress: `${first}.${last}.${id}@example.test`.toLowerCase(),
			mobilePhone: `555-01${String(i % 100).padStart(2, '0')}`,
			status: status.name,
			statusId: status.id,
			frontOfficeId: branches[i % 3].id,
			officeName: branches[i % 3].name,
			representativeUser: 5001 + (i % userCount),
			residentAddress: address(random),
			createdDate: SEEDED_AT,
			lastUpdatedDate: SEEDED_AT,
			isArchived: false,
			flag: '',
			origin: 'sandbox',
			link: `https://apitest.myavionte.com/app/#/applicant/${id}`,
		});
	}
	return talents;
}

/** The first status that has the body's `statusId` or `status` name (as a create reads them). */
function statusOfCreate(statuses, body) {
	return statuses.find((s) => (body.statusId !== undefined && s.id === Number(body.statusId)) || (typeof body.status === 'string' && s.name.toLowerCase() === body.status.trim().toLowerCase()));
}

/**
 * The status an update sets: a valid StatusId wins over a Status name sent with it ("If both a valid
 * StatusId and a Status value are passed ... the endpoint will set the talent status using the
 * provided StatusId" [C: createtalent; that updates do the same is inferred]).
 */
function statusOfUpdate(statuses, body) {
	const byId = body.statusId !== undefined ? statuses.find((s) => s.id === Number(body.statusId)) : undefined;
	const byName = typeof body.status === 'string' ? statuses.find((s) => s.name.toLowerCase() === body.status.trim().toLowerCase()) : undefined;
	return byId ?? byName;
}

/** The problem with a talent body, or undefined; `partial` bodies (updates) need no names or email. */
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

function routes({ data, notFound, stampNow, duplicates }) {
	return [
		['GET', /^\/talent-requirement\/?$/, () => [200, TALENT_REQUIREMENTS]],
		['POST', /^\/talent\/?$/, (_, { body, query }) => {
			const useRequirements = query.useNewTalentRequirements === 'true';
			const problem = useRequirements ? validateAgainstRequirements(body) : validateTalent(body, false);
			if (problem) return [400, { message: problem }];
			const status = statusOfCreate(data.talentStatuses, body);
			if (!status) return [400, { message: 'Either a valid StatusId or Status value is required.' }];
			body = { ...body, status: status.name, statusId: status.id };
			// The duplicate check and its answer per the duplicate switches (duplicates.js).
			const duplicate = duplicates ? duplicateAnswer(duplicates.current, data.talents, body) : undefined;
			if (duplicate) return duplicate;
			const id = data.nextTalentId++;
			const created = stampNow();
			const talent = { ...body, id, createdDate: created, lastUpdatedDate: created };
			// The query flag is no talent field, even when the body repeats it.
			delete talent.useNewTalentRequirements;
			data.talents.set(id, talent);
			return [duplicates?.current.createdStatus ?? 201, talent];
		}],
		['PUT', /^\/talent\/(\d+)\/?$/, ([id], { body }) => {
			const talent = data.talents.get(Number(id));
			if (!talent) return notFound('Talent', id);
			const problem = validateTalent(body, true);
			if (problem) return [400, { message: problem }];
			const status = statusOfUpdate(data.talentStatuses, body);
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
		// Post a Talent: 0 creates, an existing id is replaced.
		['POST', /^\/talent\/(\d+)\/?$/, ([idText], { body }) => {
			const id = Number(idText);
			if (body && typeof body === 'object' && body.id !== undefined && Number(body.id) !== id && Number(body.id) !== 0) {
				return [400, { message: 'The id in the body does not match the talentId in the path.' }];
			}
			const problem = validateTalent(body, false);
			if (problem) return [400, { message: problem }];
			const stamp = stampNow();
			if (id === 0) {
				const status = statusOfCreate(data.talentStatuses, body);
				if (!status) return [400, { message: 'Either a valid StatusId or Status value is required.' }];
				const newId = data.nextTalentId++;
				const talent = { ...body, status: status.name, statusId: status.id, id: newId, createdDate: stamp, lastUpdatedDate: stamp };
				data.talents.set(newId, talent);
				return [201, talent];
			}
			const existing = data.talents.get(id);
			if (!existing) return notFound('Talent', id);
			const status = statusOfUpdate(data.talentStatuses, body);
			// Replacement [I]: what the body leaves out is gone, except what Avionté owns.
			const replaced = { ...body, ...(status ? { status: status.name, statusId: status.id } : {}), id, createdDate: existing.createdDate, lastUpdatedDate: stamp };
			data.talents.set(id, replaced);
			return [200, replaced];
		}],
	];
}

module.exports = { seedTalents, routes, TALENT_REQUIREMENTS };
