/**
 * Reading Avionté's answer to a create that its duplicate check stopped. Avionté documents the check
 * ("New talent records are NOT created … if provided Email is already associated to an existing
 * talent") but not its answer, so every plausible one is understood: the existing talent with 200,
 * a refusal (4xx) naming the existing talent's ID, and a refusal that does not name it.
 */
import type { IDataObject } from 'n8n-workflow';

import { apiTime, createdTime } from '../../helpers/recordTimes';
import { emailKey } from './talentIndex';

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

const ID_PROPERTIES = ['talentId', 'existingTalentId', 'id'];

/**
 * The talent a refusal names: a talent ID property of its body before a number in its text, which
 * may as well be a reference or request number. Either is only a candidate until the talent is read.
 */
export function namedTalentId(body: unknown, message: string): number | undefined {
	if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
		for (const property of ID_PROPERTIES) {
			const value = (body as IDataObject)[property];
			const id = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
			if (Number.isInteger(id) && id > 0) return id;
		}
	}
	return existingTalentIdIn(message);
}

interface IdSet {
	has(id: number): boolean;
}

export interface CreateAnswer {
	statusCode: number;
	/** The talent Avionté answered with. */
	talent: IDataObject;
	/** What the create sent. */
	sent: IDataObject;
	/** Epoch ms just before the create was sent and just after it was answered. */
	sentAt: number;
	answeredAt: number;
	/** The listing, when this execution read it before the create was sent. */
	listed?: IdSet;
	writtenThisRun: IdSet;
}

export type CreateAnswerKind = 'created' | 'existing' | 'undecided';

/**
 * Avionté writes its times without a zone, read here as UTC: a creation time a day before the
 * request is older than any zone offset can explain.
 */
const OLDER_THAN_ANY_ZONE_MS = 24 * 3600_000;
/** A talent updated this long after its creation was edited since: not one a create just made. */
const EDITED_SINCE_CREATED_MS = 60_000;
/** The clock of the n8n host and Avionté's may differ by a little. */
const ANSWER_CLOCK_SLACK_MS = 5_000;

/** Whether the talent carries the names and email the create sent (a create keeps them). */
function carriesSentIdentity(talent: IDataObject, sent: IDataObject): boolean {
	const text = (value: unknown) => String(value ?? '').trim().toLowerCase();
	for (const field of ['firstName', 'lastName']) {
		if (text(sent[field]) !== '' && text(talent[field]) !== text(sent[field])) return false;
	}
	const email = emailKey(sent.emailAddress);
	return email === undefined || emailKey(talent.emailAddress) === email;
}

/**
 * Whether a successful answer to a create is a new talent or the existing one Avionté's duplicate
 * check found. The talent tells, not the status alone: one the listing held or this execution wrote,
 * one created a day before, edited since it was created, or under other names or email is existing;
 * a 201, or a 200 with a talent created while the request ran, is new. Anything else is undecided: a
 * 200 for a talent as sent, created in the hours before (Avionté's time zone is not known).
 */
export function readCreateAnswer(answer: CreateAnswer): CreateAnswerKind {
	const id = Number(answer.talent.id);
	if (answer.writtenThisRun.has(id)) return 'existing';
	if (answer.listed) return answer.listed.has(id) ? 'existing' : 'created';
	const created = createdTime(answer.talent);
	const updated = apiTime(answer.talent.lastUpdatedDate);
	if (created !== undefined && created < answer.sentAt - OLDER_THAN_ANY_ZONE_MS) return 'existing';
	if (created !== undefined && updated !== undefined && updated - created > EDITED_SINCE_CREATED_MS) return 'existing';
	if (answer.statusCode === 201) return 'created';
	if (!carriesSentIdentity(answer.talent, answer.sent)) return 'existing';
	if (created !== undefined && created >= answer.sentAt && created <= answer.answeredAt + ANSWER_CLOCK_SLACK_MS) return 'created';
	return 'undecided';
}
