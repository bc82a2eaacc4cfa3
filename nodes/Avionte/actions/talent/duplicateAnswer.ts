/**
 * Reading Avionté's answer to a create that its duplicate check stopped. Avionté documents the check
 * ("New talent records are NOT created … if provided Email is already associated to an existing
 * talent") but not its answer, so every plausible one is understood: the existing talent with 200,
 * a refusal (4xx) naming the existing talent's ID, and a refusal that does not name it.
 */

/** Whether a refused create says the talent exists already. */
export function isDuplicateRefusal(httpCode: string | null | undefined, message: string): boolean {
	const status = Number(httpCode);
	if (!(status >= 400 && status < 500) || status === 401 || status === 403 || status === 404 || status === 429) return false;
	return status === 409 || /duplicate|already (exists?|associated|registered|in use)|existing talent/i.test(message);
}

/** The existing talent's ID a refusal names ("talent 100004", "TalentId: 100004", "ID 100004"), if any. */
export function existingTalentIdIn(message: string): number | undefined {
	const match = /\b(?:talent\s*(?:id)?|id)\s*[:#=]?\s*(\d{3,})\b/i.exec(message);
	return match ? Number(match[1]) : undefined;
}

interface IdSet {
	has(id: number): boolean;
}

/**
 * Whether a successful answer to a create is an existing talent: one the listing holds, or one this
 * execution already wrote. Without a listing, a 200 where a create answers 201 is taken as Avionté
 * answering with the talent it found.
 */
export function answerIsExisting(statusCode: number, talentId: number, known: { listed?: IdSet; writtenThisRun: IdSet }): boolean {
	if (known.writtenThisRun.has(talentId)) return true;
	if (known.listed) return known.listed.has(talentId);
	return statusCode === 200;
}
