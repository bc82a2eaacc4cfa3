/**
 * A talent's stages for a job in the fake Avionté API: nomination stages (read and added) and job
 * pipeline stages (added).
 *
 * Add a nomination stage: talentId and jobId required, stage dates in UTC `YYYY-MM-DDTHH:mm:ss.sssZ` [C];
 * path `POST /talent/stage` and property names are [I].
 */
const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const STAGE_DATES = ['stageDate', 'startDate', 'endDate', 'declinedDate', 'acceptedDate'];
const PIPELINE_FIELDS = ['jobActivityName', 'jobId', 'talentId', 'stageType', 'stagedDate', 'jobActivityDate'];

/** Seeds nomination stages of the first talents, for the first jobs. */
function seedStages(talentIds, jobIds) {
	return {
		pipelineStages: [],
		nominationStages: new Map(talentIds.slice(0, 4).map((id, i) => [7001 + i, { id: 7001 + i, talentId: id, jobId: jobIds[i % jobIds.length], jobActivityName: ['Submitted', 'Interview Scheduled'][i % 2], stageType: 'Submitted', stageDate: '2024-03-05T15:00:00.000Z' }])),
		nextNominationId: 8001,
	};
}

function routes({ data, notFound }) {
	return [
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
		['POST', /^\/pipeline\/talent-stage\/add\/?$/, (_, { body }) => {
			for (const field of PIPELINE_FIELDS) {
				if (body?.[field] === undefined || body[field] === '') return [400, { message: `${field} is required.` }];
			}
			if (!data.talents.has(Number(body.talentId))) return notFound('Talent', body.talentId);
			if (!data.jobs.has(Number(body.jobId))) return notFound('Job', body.jobId);
			const stage = { id: data.pipelineStages.length + 1, ...body };
			data.pipelineStages.push(stage);
			return [200, stage];
		}],
	];
}

module.exports = { seedStages, routes };
