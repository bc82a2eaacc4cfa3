/**
 * What the fake Avionté API keeps about a talent besides the record: tags, skills, documents (listed,
 * and uploaded from a JSON body), assessments, onboarding tasks and referrals.
 *
 * Upload from body: talentId (required), a title of 1–500 characters whose extension is one of txt,
 * doc, docx, pdf, xls, xlsx, png, jpg, jpeg, and non-empty base64 contents [C]; the property name of
 * the contents (`fileContents`) and the path are [I].
 */
const crypto = require('node:crypto');

const { SEEDED_AT } = require('./seed-values');

const DOCUMENT_EXTENSIONS = ['txt', 'doc', 'docx', 'pdf', 'xls', 'xlsx', 'png', 'jpg', 'jpeg'];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Seeds the lists of the first talents (in id order). */
function seedTalentDetails(talentIds) {
	return {
		talentTags: new Map(),
		talentSkills: new Map(talentIds.slice(0, 20).map((id, i) => [id, [{ skillId: 1 + (i % 3), name: ['Forklift', 'Nursing', 'Cooking'][i % 3], yearsOfExperience: 1 + (i % 6) }]])),
		talentDocuments: new Map(talentIds.slice(0, 20).map((id) => [id, [{ documentId: id * 7, title: 'resume.pdf', documentType: 'Resume', uploadDate: SEEDED_AT }]])),
		talentAssessments: new Map(talentIds.slice(0, 5).map((id, i) => [id, [{ assessmentId: 400 + i, name: ['Forklift Safety', 'Medication Math'][i % 2], score: 80 + i, completedDate: SEEDED_AT }]])),
		talentOnboardingTasks: new Map(talentIds.slice(0, 5).map((id, i) => [id, [{ taskId: 500 + i, name: 'I-9 Verification', status: i % 2 ? 'Complete' : 'Pending', dueDate: '2024-04-15T00:00:00' }]])),
		talentReferrals: new Map(talentIds.slice(0, 3).map((id, i) => [id, [{ referralId: 600 + i, referredTalentId: talentIds[10 + i], referredDate: SEEDED_AT }]])),
		nextDocumentId: 1,
	};
}

function routes({ data, now, notFound }) {
	const subList = (map) => ([id]) => (data.talents.has(Number(id)) ? [200, map.get(Number(id)) || []] : notFound('Talent', id));
	return [
		['GET', /^\/talent\/(\d+)\/all-tags\/?$/, subList(data.talentTags)],
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
		['GET', /^\/talent\/(\d+)\/skills\/?$/, subList(data.talentSkills)],
		['GET', /^\/talent\/(\d+)\/document\/?$/, subList(data.talentDocuments)],
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
				fileName: `${crypto.randomBytes(8).toString('hex')}.${extension}`,
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
		['GET', /^\/talent\/(\d+)\/assessments\/?$/, subList(data.talentAssessments)],
		['GET', /^\/talent\/(\d+)\/talent-onboarding-tasks\/?$/, subList(data.talentOnboardingTasks)],
		['GET', /^\/talent\/(\d+)\/talent-referrals\/?$/, subList(data.talentReferrals)],
	];
}

module.exports = { seedTalentDetails, routes, DOCUMENT_EXTENSIONS };
