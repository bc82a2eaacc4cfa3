import { getListOperation } from '../../helpers/operations';
import { jobLocator, readRecordId } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /webapplicants/job/{jobId}` [C]: people who applied to a job online. */
const operation = getListOperation({
	resource: 'job',
	operation: 'getWebApplicants',
	fields: [jobLocator],
	path: (context, itemIndex) => `/webapplicants/job/${segment(readRecordId(context, 'jobId', 'Job', itemIndex))}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
