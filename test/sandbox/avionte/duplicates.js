/**
 * What the fake Avionté does when Create a Talent (`POST /talent`) meets a person it already has.
 * Avionté documents a duplicate check [C: support article "Using the CreateTalent API"] but not its
 * answer, so each plausible answer is a switch (settings `{ duplicates, duplicateStatus, duplicateRules }`):
 * - `duplicates`: 'none' (no check at all; the default, so other tests see the create they send),
 *   'existing' (200 with the existing talent; nothing is created or changed), 'error-with-id' (a refusal
 *   whose message names the existing talent's id, which the body also carries as `talentId`),
 *   'error' (a refusal that names no talent).
 * - `duplicateStatus`: the refusal's HTTP status, 400 (default) or 409.
 * - `duplicateRules`: which talents count as the same person. 'current' (the article's newer
 *   version): with a full SSN only the SSN is compared; else with an email only the email; else first
 *   name + last name + mobile phone (digits only). 'older': with an SSN the SSN; else first name AND last
 *   name AND (email OR mobile phone). Names and emails compare ignoring case and surrounding spaces.
 * - `createdStatus`: what a create that goes ahead answers, 201 (when unset) or 200, the status an
 *   existing talent is answered with too.
 */
const ANSWERS = ['none', 'existing', 'error-with-id', 'error'];
const RULES = ['current', 'older'];
const DEFAULTS = Object.freeze({ duplicates: 'none', duplicateStatus: 400, duplicateRules: 'current' });

function check(settings) {
	const problems = [];
	if (!ANSWERS.includes(settings.duplicates)) problems.push(`duplicates must be one of ${ANSWERS.join(', ')}`);
	if (![400, 409, 422].includes(settings.duplicateStatus)) problems.push('duplicateStatus must be 400, 409 or 422');
	if (!RULES.includes(settings.duplicateRules)) problems.push(`duplicateRules must be one of ${RULES.join(', ')}`);
	if (settings.createdStatus !== undefined && ![200, 201].includes(settings.createdStatus)) problems.push('createdStatus must be 200 or 201');
	if (problems.length > 0) throw new Error(`Invalid sandbox duplicate settings: ${problems.join('; ')}`);
}

/** Mutable duplicate settings, started from the defaults plus start options. */
function createDuplicateSettings(initial = {}) {
	let current;
	const api = {
		get current() {
			return current;
		},
		update(next = {}) {
			const merged = { ...current, ...next };
			check(merged);
			current = merged;
			return { ...current };
		},
		reset() {
			current = { ...DEFAULTS };
			api.update(initial);
		},
		snapshot() {
			return { ...current };
		},
	};
	api.reset();
	return api;
}

const same = (a, b) => typeof a === 'string' && typeof b === 'string' && a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
const digits = (value) => String(value ?? '').replace(/\D/g, '');
const sameDigits = (a, b) => digits(a) !== '' && digits(a) === digits(b);

/** The rule a create is checked by and the talents it matches. */
function findDuplicate(talents, body, rules) {
	const ssn = digits(body.taxIdNumber);
	const all = [...talents.values()];
	if (ssn.length === 9) return { rule: 'SSN', talent: all.find((t) => digits(t.taxIdNumber) === ssn) };
	const sameName = (t) => same(t.firstName, body.firstName) && same(t.lastName, body.lastName);
	if (rules === 'older') {
		return { rule: 'name and email or mobile phone', talent: all.find((t) => sameName(t) && (same(t.emailAddress, body.emailAddress) || sameDigits(t.mobilePhone, body.mobilePhone))) };
	}
	if (typeof body.emailAddress === 'string' && body.emailAddress.trim() !== '') return { rule: 'email', talent: all.find((t) => same(t.emailAddress, body.emailAddress)) };
	return { rule: 'name and mobile phone', talent: all.find((t) => sameName(t) && sameDigits(t.mobilePhone, body.mobilePhone)) };
}

/** The answer to a create of `body`, or undefined when it may go ahead. */
function duplicateAnswer(settings, talents, body) {
	if (settings.duplicates === 'none') return undefined;
	const { rule, talent } = findDuplicate(talents, body, settings.duplicateRules);
	if (!talent) return undefined;
	if (settings.duplicates === 'existing') return [200, talent];
	if (settings.duplicates === 'error-with-id') {
		return [settings.duplicateStatus, { message: `Duplicate talent: a talent with this ${rule} already exists (talent ID ${talent.id}).`, talentId: talent.id }];
	}
	return [settings.duplicateStatus, { message: 'Duplicate talent: New talent records are not created when the details are already associated to an existing talent.' }];
}

module.exports = { createDuplicateSettings, duplicateAnswer, findDuplicate, DUPLICATE_DEFAULTS: DEFAULTS };
