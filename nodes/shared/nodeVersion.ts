/**
 * Node versions: a change that would break a saved workflow (a new required field, an operation that
 * no longer exists) ships in a new node version; workflows saved with an older version keep the
 * behaviour they were built with. These helpers keep the `@version` display rules readable.
 */
import type { IDisplayOptions, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

/** Shown only in workflows saved with exactly these versions. */
export function onlyInVersions(...versions: number[]): Show {
	return { '@version': versions };
}

/** Shown from this version on. */
export function fromVersion(version: number): Show {
	return { '@version': [{ _cnd: { gte: version } }] };
}

/** The version of the node being run (1 when n8n gives none). */
export function nodeVersion(context: IExecuteFunctions | ILoadOptionsFunctions): number {
	return Number(context.getNode().typeVersion ?? 1) || 1;
}

/** The properties with these display rules added to their own (e.g. one operation's fields per node version). */
export function shownOnly<T extends { displayOptions?: IDisplayOptions }>(show: Show, properties: T[]): T[] {
	return properties.map((property) => ({ ...property, displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, ...show } } }));
}
