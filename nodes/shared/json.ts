import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Reads a JSON parameter that may arrive as text (typed by the user) or as an object (an expression
 * result). Bad JSON becomes an error naming the field and the item, with the parser's position.
 */
export function parseJsonParameter(node: INode, value: unknown, fieldName: string, itemIndex: number, expect: 'object' | 'array' | 'any' = 'object'): unknown {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return expect === 'array' ? [] : {};
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw new NodeOperationError(node, `The "${fieldName}" field of item ${itemIndex} is not valid JSON`, {
				itemIndex,
				description: (error as Error).message,
			});
		}
	}
	if (expect === 'object' && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) {
		throw new NodeOperationError(node, `The "${fieldName}" field of item ${itemIndex} must be a JSON object`, { itemIndex });
	}
	if (expect === 'array' && !Array.isArray(parsed)) {
		throw new NodeOperationError(node, `The "${fieldName}" field of item ${itemIndex} must be a JSON array`, { itemIndex });
	}
	return parsed;
}

export function parseJsonObject(node: INode, value: unknown, fieldName: string, itemIndex: number): IDataObject {
	return parseJsonParameter(node, value, fieldName, itemIndex, 'object') as IDataObject;
}

/** Drops keys whose value is undefined or '' (n8n collections send empty strings for cleared fields). */
export function compact(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (value !== undefined && value !== '') result[key] = value;
	return result;
}
