import { customApiCallOperation } from '../../../shared/customApiCall';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest } from '../../transport';

const operation = customApiCallOperation('the Avionté Front Office API', '/talent/123/assessments', AVIONTE_REQUEST_DEFAULTS, (context, method, path, options) =>
	avionteRequest.call(context, method, path, options),
);

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
