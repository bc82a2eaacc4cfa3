/** Avinode fields several operations share. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readOpaqueId } from '../../shared/inputs';

/** A required opaque id typed or mapped by the user. */
export function idField(name: string, displayName: string, placeholder: string, description?: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, placeholder, description };
}

/** Ids are opaque [C]: text or a number, trimmed, checked for presence and path safety, never parsed. */
export function readId(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	return readOpaqueId(context, name, displayName, itemIndex);
}

export function readRequiredString(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	const value = String(context.getNodeParameter(name, itemIndex, '') ?? '');
	if (value.trim() === '') throw new NodeOperationError(context.getNode(), `"${displayName}" of item ${itemIndex} is empty`, { itemIndex });
	return value;
}

export const actAsOption: INodeProperties = {
	displayName: 'Act-As Account',
	name: 'actAsAccount',
	type: 'string',
	default: '',
	description: 'Avinode username to act as for this operation (X-Avinode-ActAsAccount); overrides the credential default',
};

/** Sparse fieldsets: `fields[<type>]` [C]. Known values become a multi-select, others a comma list. */
export function sparseFieldsOption(type: string, values?: string[]): INodeProperties {
	if (values) {
		return {
			displayName: `Sparse Fields (${type})`,
			name: 'sparseFields',
			type: 'multiOptions',
			options: values.map((value) => ({ name: value, value })),
			default: [],
			description: `Extra information to request with fields[${type}]`,
		};
	}
	return {
		displayName: `Sparse Fields (${type})`,
		name: 'sparseFields',
		type: 'string',
		default: '',
		placeholder: 'e.g. segments,links',
		description: `Comma-separated values sent as fields[${type}] (see the operation's page in the Avinode docs)`,
	};
}

/**
 * The documented extras of one resource type as a list [C: API Basics, "Sparse Fields": information
 * included only when requested in the operation's `fields[…]` parameter].
 */
export function extraFieldsOption(type: string, values: string[]): INodeProperties {
	return {
		displayName: `Include Extra Information (fields[${type}])`,
		name: 'extraFields',
		type: 'multiOptions',
		options: values.map((value) => ({ name: value, value })),
		default: [],
		description: `Extra information the answer includes only when asked for, sent as fields[${type}]`,
	};
}

/** RFQ "Include" (version 1 name kept): the values go into `fields[rfqs]`, as the docs ask. */
export function expansionsOption(values: string[]): INodeProperties {
	return {
		displayName: 'Include',
		name: 'expansions',
		type: 'multiOptions',
		options: values.map((value) => ({ name: value, value })),
		default: [],
		description: 'Extra information the answer includes only when asked for, sent as fields[rfqs] values',
	};
}

/** A comma list or an array (expressions may give either), trimmed, empties dropped. */
export function listOf(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : String(value ?? '').split(',');
	return raw.map((entry) => String(entry).trim()).filter(Boolean);
}

/**
 * Builds `fields[<type>]` from an operation's Options: the free-text Sparse Fields, the documented list
 * (Include Extra Information) and the RFQ Include list all end up there, each value once. The API reads
 * no `<value>=true` parameters [C: API Basics].
 */
export function queryFromOptions(options: IDataObject, sparseType?: string): IDataObject {
	const values = [...new Set([...listOf(options.sparseFields), ...listOf(options.extraFields), ...listOf(options.expansions)])];
	return sparseType && values.length > 0 ? { [`fields[${sparseType}]`]: values } : {};
}
