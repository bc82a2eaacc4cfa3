/** Web applications (a talent applying to a job online) in the fake Avionté API, read per talent or per job. */
const { SEEDED_AT } = require('./seed-values');

/** Seeds one application for each of the first talents. */
function seedWebApplications(talentIds, jobIds) {
	return new Map(talentIds.slice(0, 10).map((id, i) => [id, [{ jobId: jobIds[i % jobIds.length], appliedDate: SEEDED_AT, source: 'Job Board' }]]));
}

function routes({ data, notFound }) {
	return [
		['GET', /^\/webapplicants\/talent\/(\d+)\/?$/, ([id]) => (data.talents.has(Number(id)) ? [200, data.webApplications.get(Number(id)) || []] : notFound('Talent', id))],
		['GET', /^\/webapplicants\/job\/(\d+)\/?$/, ([id]) => {
			if (!data.jobs.has(Number(id))) return notFound('Job', id);
			const applicants = [];
			for (const [talentId, apps] of data.webApplications) for (const app of apps) if (app.jobId === Number(id)) applicants.push({ talentId, ...app });
			return [200, applicants];
		}],
	];
}

module.exports = { seedWebApplications, routes };
