/** Field mapper fields of the Avinode node. */
import type { ResourceMapperFields } from 'n8n-workflow';

import { mapperFields } from '../../shared/mappedFields';
import { emptyLegMapperFields } from '../actions/emptyLeg/mapper';

/** Empty Leg → Create: what a new leg needs is required. */
export async function getEmptyLegFields(): Promise<ResourceMapperFields> {
	return { fields: mapperFields(emptyLegMapperFields(true)) };
}

/** Empty Leg → Update: only what is mapped changes. */
export async function getEmptyLegUpdateFields(): Promise<ResourceMapperFields> {
	return { fields: mapperFields(emptyLegMapperFields(false)) };
}
