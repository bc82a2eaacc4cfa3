/**
 * Talent routes of the fake Avionté API added with issue 13: Post a Talent (upsert), document upload
 * from a JSON body, nomination stages, assessments, onboarding tasks and referrals.
 *
 * What the reference pages state is enforced as stated [C]; where they are silent the choice is
 * marked [I] and kept strict, so a node that relies on the lenient reading fails here first:
 * - Post a Talent: path `{talentId}`, 0 creates [C]; a create needs a valid status or statusId as
 *   Create a Talent does [I: by analogy with createtalent]; an update replaces the record [I], so it
 *   needs the same names and email as a create.
 * - Upload from body: talentId (required), a title of 1–500 characters whose extension is one of
 *   txt, doc, docx, pdf, xls, xlsx, png, jpg, jpeg, and non-empty base64 contents [C]; the property
 *   name of the contents (`fileContents`) and the path are [I].
 * - Add a nomination stage: talentId and jobId required, stage dates in UTC `YYYY-MM-DDTHH:mm:ss.sssZ` [C];
 *   path `POST /talent/stage` and property names are [I].
 */
const DOCUMENT_EXTENSIONS = ['txt', 'doc', 'docx', 'pdf', 'xls', 'xlsx', 'png', 'jpg', 'jpeg'];
const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const STAGE_DATES = ['stageDate', 'startDate', 'endDate', 'declinedDate', 'acceptedDate'];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function talentExtraRoutes({ data, now, notFound, validateTalent, stampNow = () => new Date(now()).toISOString() }) {
	const subList = (map) => ([id]) => (data.talents.has(Number(id)) ? [200, map.get(Number(id)) || []] : notFound('Talent', id));
	return [
		['POST', /^\/talent\/(\d+)\/?$/, ([idText], { body }) => {
			const id = Number(idText);
			if (body && typeof body === 'object' && body.id !== undefined && Number(body.id) !== id && Number(body.id) !== 0) {
				return [400, { message: 'The id in the body does not match the talentId in the path.' }];
			}
			const problem = validateTalent(body, false);
			if (problem) return [400, { message: problem }];
			const stamp = stampNow();
			if (id === 0) {
				const status = data.talentStatuses.find((s) => (body.statusId !== undefined && s.id === Number(body.statusId)) || (typeof body.status === 'string' && s.name.toLowerCase() === body.status.trim().toLowerCase()));
				if (!status) return [400, { message: 'Either a valid StatusId or Status value is required.' }];
				const newId = data.nextTalentId++;
				const talent = { ...body, status: status.name, statusId: status.id, id: newId, createdDate: stamp, lastUpdatedDate: stamp };
				data.talents.set(newId, talent);
				return [201, talent];
			}
			const existing = data.talents.get(id);
			if (!existing) return notFound('Talent', id);
			// "If both a valid StatusId and a Status value are passed ... the endpoint will set the talent status
			// using the provided StatusId" [C: createtalent; that Post a Talent does the same is inferred].
			const byId = body.statusId !== undefined ? data.talentStatuses.find((s) => s.id === Number(body.statusId)) : undefined;
			const byName = typeof body.status === 'string' ? data.talentStatuses.find((s) => s.name.toLowerCase() === body.status.trim().toLowerCase()) : undefined;
			const status = byId ?? byName;
			// Replacement [I]: what the body leaves out is gone, except what Avionté owns.
			const replaced = { ...body, ...(status ? { status: status.name, statusId: status.id } : {}), id, createdDate: existing.createdDate, lastUpdatedDate: stamp };
			data.talents.set(id, replaced);
			return [200, replaced];
		}],
		['POST', /^\/talent\/(\d+)\/document\/?$/, ([idText], { body }) => {
			const id = Number(idText);
			if (!data.talents.has(id)) return notFound('Talent', id);
			if (!body || typeof body !== 'object' || Array.isArray(body)) return [400, { message: 'The request body must be a talent document object.' }];
			if (!Number.isInteger(body.talentId)) return [400, { message: 'talentId is required.' }];
			if (body.talentId !== id) return [400, { message: 'talentId must match the talent in the path.' }];
			if (typeof body.title !== 'string' || body.title.length < 1 || body.title.length > 500) return [400, { message: 'title is required and must be between 1 and 500 characters.' }];
			const extension = /\.([^.]+)$/.exec(body.title)?.[1]?.toLowerCase();
			if (!extension || !DOCUMENT_EXTENSIONS.includes(extension)) {
				return [400, { message: `title must end with a valid file extension: ${DOCUMENT_EXTENSIONS.map((e) => `'${e}'`).join(', ')}.` }];
			}
			if (typeof body.fileContents !== 'string' || body.fileContents.length < 1 || !BASE64.test(body.fileContents)) {
				return [400, { message: 'fileContents is required and must be a Base-64 encoded string.' }];
			}
			const bytes = Buffer.from(body.fileContents, 'base64');
			const document = {
				documentId: 990000 + data.nextDocumentId++,
				talentId: id,
				title: body.title,
				fileName: `${require('node:crypto').randomBytes(8).toString('hex')}.${extension}`,
				documentType: body.documentType ?? null,
				documentTypeId: body.documentTypeId ?? null,
				expirationDate: body.expirationDate ?? null,
				isPrivate: body.isPrivate ?? false,
				uploadDate: new Date(now()).toISOString(),
				sizeBytes: bytes.length,
			};
			const list = data.talentDocuments.get(id) || [];
			list.push(document);
			data.talentDocuments.set(id, list);
			data.uploadedDocumentBytes = data.uploadedDocumentBytes || new Map();
			data.uploadedDocumentBytes.set(document.documentId, bytes);
			return [201, document];
		}],
		['GET', /^\/talent\/stage\/(\d+)\/?$/, ([id]) => {
			const stage = data.nominationStages.get(Number(id));
			return stage ? [200, stage] : notFound('Talent nomination stage', id);
		}],
		['POST', /^\/talent\/stage\/?$/, (_, { body }) => {
			if (!body || typeof body !== 'object' || Array.isArray(body)) return [400, { message: 'The request body must be a talent nomination stage object.' }];
			for (const field of ['talentId', 'jobId']) if (!Number.isInteger(body[field])) return [400, { message: `${field} is required.` }];
			if (!data.talents.has(body.talentId)) return notFound('Talent', body.talentId);
			if (!data.jobs.has(body.jobId)) return notFound('Job', body.jobId);
			for (const field of STAGE_DATES) {
				if (body[field] !== undefined && !(typeof body[field] === 'string' && UTC_MILLIS.test(body[field]) && !Number.isNaN(Date.parse(body[field])))) {
					return [400, { message: `${field} must be a UTC date-time in the format YYYY-MM-DDTHH:mm:ss.sssZ.` }];
				}
			}
			for (const field of ['jobActivityName', 'stageType']) {
				if (body[field] !== undefined && (typeof body[field] !== 'string' || body[field].length > 255)) return [400, { message: `${field} must be a string of at most 255 characters.` }];
			}
			const stage = { ...body, id: data.nextNominationId++ };
			data.nominationStages.set(stage.id, stage);
			return [200, stage];
		}],
		['GET', /^\/talent\/(\d+)\/assessments\/?$/, subList(data.talentAssessments)],
		['GET', /^\/talent\/(\d+)\/talent-onboarding-tasks\/?$/, subList(data.talentOnboardingTasks)],
		['GET', /^\/talent\/(\d+)\/talent-referrals\/?$/, subList(data.talentReferrals)],
	];
}

module.exports = { talentExtraRoutes, DOCUMENT_EXTENSIONS };
