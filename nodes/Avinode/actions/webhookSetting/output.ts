import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/**
 * Webhook settings as output: a `clientSecret` the API returns is replaced by `clientSecretSet`, so
 * nobody who runs or reads an execution learns the password Avinode sends to the webhook (for the
 * Avinode Trigger, the one it generated).
 */
export function hideClientSecrets(records: IDataObject[]): IDataObject[] {
	return records.map((record) => {
		if (record === null || typeof record !== 'object' || !('clientSecret' in record)) return record;
		const { clientSecret, ...rest } = record;
		return { ...rest, clientSecretSet: clientSecret !== undefined && clientSecret !== null && clientSecret !== '' };
	});
}

/** The password typed into a Create or Update operation, scrubbed from its errors. */
export function typedClientSecret(context: IExecuteFunctions, itemIndex: number, collection: string): string[] {
	const fields = context.getNodeParameter(collection, itemIndex, {}) as IDataObject;
	return typeof fields.clientSecret === 'string' && fields.clientSecret ? [fields.clientSecret] : [];
}
