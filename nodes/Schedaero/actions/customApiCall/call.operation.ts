import { customApiCallOperation } from '../../../shared/customApiCall';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../../../Avinode/transport';

const operation = customApiCallOperation('the Schedaero API', '/contacts/people/contact-12345678', AVINODE_REQUEST_DEFAULTS, (context, method, path, options) =>
	avinodeRequest.call(context, 'schedaero', method, path, options),
);

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
