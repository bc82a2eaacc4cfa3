import { sparseFieldsOption } from '../../helpers/fields';
import { getManyOperation } from '../../helpers/operations';

/** `GET /aircrafttypes` with `fields[aircrafttypes]` [C-3p]. */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'aircraftType',
	path: () => '/aircrafttypes',
	sparseType: 'aircrafttypes',
	extraOptions: [sparseFieldsOption('aircrafttypes', ['perfdetails', 'typedetails', 'typephotos'])],
});

export const description = operation.description;
export const execute = operation.execute;
