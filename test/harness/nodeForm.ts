/**
 * A node's form as n8n's editor builds it: which parameters show for given values at a node version
 * (n8n's own display rules, `@version` conditions included), and the resource → operation pairs the
 * Operation fields offer.
 */
import type { INode, INodeParameters, INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

/** The top-level parameters the editor shows for these parameter values at a node version. */
export function shownParameters(description: INodeTypeDescription, version: number, values: INodeParameters): INodeProperties[] {
	const nodeAt = { typeVersion: version, parameters: values } as unknown as INode;
	return description.properties.filter((property) => NodeHelpers.displayParameter(values, property, nodeAt, description));
}

/** Every resource → operation pair the node's Operation fields offer. */
export function operationsOf(description: INodeTypeDescription): Array<{ resource: string; operation: string }> {
	return description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource ?? []).flatMap((resource) =>
				((property.options ?? []) as INodePropertyOptions[]).map((option) => ({ resource: String(resource), operation: String(option.value) })),
			),
		);
}
