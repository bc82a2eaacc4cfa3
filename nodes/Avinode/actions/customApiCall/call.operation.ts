import { customApiCallOperation } from '../../../shared/customApiCall';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../../transport';

const operation = customApiCallOperation('the Avinode API', '/trips/atrip-12345678', AVINODE_REQUEST_DEFAULTS, (context, method, path, options) =>
	avinodeRequest.call(context, 'avinode', method, path, options),
);

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
