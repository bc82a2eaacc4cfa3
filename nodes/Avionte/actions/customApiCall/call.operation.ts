import { customApiCallOperation } from '../../../shared/customApiCall';
import { AVIONTE_DEFAULT_CONCURRENCY, avionteRequest } from '../../transport';

const operation = customApiCallOperation('/front-office/v1', AVIONTE_DEFAULT_CONCURRENCY, (context, method, path, options) =>
	avionteRequest.call(context, method, path, options),
);

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
