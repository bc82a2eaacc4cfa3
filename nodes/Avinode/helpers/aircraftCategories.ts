import type { INodePropertyOptions } from 'n8n-workflow';

/** Aircraft size categories as Avinode names them. */
export const AIRCRAFT_CATEGORIES: INodePropertyOptions[] = [
	{ name: 'Heavy Jet', value: 'Heavy jet' },
	{ name: 'Light Jet', value: 'Light jet' },
	{ name: 'Midsize Jet', value: 'Midsize jet' },
	{ name: 'Super Midsize Jet', value: 'Super midsize jet' },
	{ name: 'Turboprop', value: 'Turboprop' },
	{ name: 'Ultra Long Range', value: 'Ultra long range' },
];
