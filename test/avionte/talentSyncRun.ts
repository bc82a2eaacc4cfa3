/** Runs Talent Create or Update / Update (node version 2) on rows, one field-mapper value per item. */
import type { IDataObject } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import type { CredentialStore, RunResult } from '../harness/context';
import { runNode } from '../harness/context';

const node = new Avionte();

export type TalentRow = Record<string, string | number>;

export function runTalentSync(
	store: CredentialStore,
	rows: TalentRow[],
	form: ({ operation: 'upsert'; matchOn: string } | { operation: 'update'; matchingColumns: string[] }) & { options?: IDataObject; continueOnFail?: boolean },
): Promise<RunResult> {
	const matching = form.operation === 'upsert' ? { status: { __rl: true, mode: 'list', value: 'Active' }, matchOn: form.matchOn } : {};
	return runNode({
		node,
		store,
		typeVersion: 2,
		items: rows,
		continueOnFail: form.continueOnFail ?? true,
		parameters: (i) => ({
			resource: 'talent',
			operation: form.operation,
			...matching,
			columns: { mappingMode: 'defineBelow', value: rows[i], matchingColumns: form.operation === 'update' ? form.matchingColumns : [], schema: [] },
			options: { maxRetries: 2, maxRequestsPerSecond: 0, ...form.options },
		}),
	});
}
