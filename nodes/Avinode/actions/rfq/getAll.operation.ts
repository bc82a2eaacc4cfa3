import { expansionsOption } from '../../helpers/fields';
import { getManyOperation } from '../../helpers/operations';
import { RFQ_EXPANSIONS } from './get.operation';

/** `GET /rfqs` [I]: RFQs sent to your company (seller side). Downloading RFQs obliges you to answer them [C]. */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'rfq',
	path: () => '/rfqs',
	sparseType: 'rfqs',
	extraOptions: [expansionsOption(RFQ_EXPANSIONS)],
});

export const description = operation.description;
export const execute = operation.execute;
