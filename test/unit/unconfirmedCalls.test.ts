/**
 * Calls the APIs' public documentation does not show: the node's form says nothing about them (the
 * README's API coverage table keeps the evidence), and when one answers 404 or 405, which may mean the
 * connection does not offer it, the error says so in plain words and how to go on.
 */
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { resources as avinodeResources } from '../../nodes/Avinode/actions/router';
import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { resources as avionteResources } from '../../nodes/Avionte/actions/router';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { resources as schedaeroResources } from '../../nodes/Schedaero/actions/router';
import type { UnconfirmedCall } from '../../nodes/shared/evidence';
import { unconfirmedCallAdvice, unconfirmedCallIn, withUnconfirmedCallAdvice } from '../../nodes/shared/evidence';
import type { ResourceMap } from '../../nodes/shared/router';
import { runNode } from '../harness/context';
import { avinodeCredentials, avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

function declared(resources: ResourceMap): string[] {
	return Object.entries(resources)
		.flatMap(([resource, operations]) => Object.entries(operations).filter(([, module]) => module.unconfirmedCall).map(([operation]) => `${resource}.${operation}`))
		.sort();
}

describe('operations declare the calls the public documentation does not show', () => {
	it('Avionté', () => {
		expect(declared(avionteResources)).toEqual(['talent.addNominationStage', 'talent.uploadDocument', 'talent.upsert', 'user.getAll']);
	});

	it('Avinode', () => {
		expect(declared(avinodeResources)).toEqual([
			'emptyLeg.delete',
			'emptyLeg.getAll',
			'emptyLeg.update',
			'emptyLegWatch.deactivate',
			'emptyLegWatch.delete',
			'emptyLegWatch.update',
			'lead.get',
			'quote.get',
			'rfq.cancel',
			'tripMessage.sendChatMessage',
		]);
	});

	it('Schedaero', () => {
		expect(declared(schedaeroResources)).toEqual(['contact.create', 'contact.getAll', 'contact.update', 'contact.upsert', 'externalSystem.get', 'passenger.getAll']);
	});

	it('no form shows a notice about them', () => {
		for (const node of [new Avionte(), new Avinode()]) {
			expect(node.description.properties.filter((property) => property.type === 'notice' && /document|inferred/i.test(property.displayName))).toEqual([]);
		}
	});
});

describe('the advice on a failed unconfirmed call', () => {
	const cancel: UnconfirmedCall = { api: 'Avinode', method: 'PUT', instead: 'Trip → Cancel cancels the trip with all its RFQs.' };

	it('comes with 404 and 405 of the declared request, in plain words, with the way on', () => {
		for (const status of [404, '405']) {
			const advice = unconfirmedCallAdvice(cancel, status, 'PUT');
			expect(advice).toContain("Avinode's public documentation does not describe this operation");
			expect(advice).toContain('Trip → Cancel cancels the trip with all its RFQs.');
			expect(advice).toContain('Custom API Call');
		}
	});

	it('an operation sending several such requests names each method; a node version that sends none of them gets no advice', () => {
		const sync: UnconfirmedCall = { api: 'Schedaero', method: ['GET', 'POST', 'PUT'] };
		for (const method of ['GET', 'POST', 'PUT']) expect(unconfirmedCallAdvice(sync, 404, method)).toContain('Custom API Call');
		expect(unconfirmedCallAdvice(sync, 404, 'PATCH')).toBeUndefined();
		const upToVersion2: UnconfirmedCall = { api: 'Avionté', method: 'POST', beforeVersion: 2 };
		expect(unconfirmedCallIn(upToVersion2, 1.1)).toBe(upToVersion2);
		expect(unconfirmedCallIn(upToVersion2, 2)).toBeUndefined();
		expect(unconfirmedCallIn(sync, 2)).toBe(sync);
		expect(unconfirmedCallIn(undefined, 1)).toBeUndefined();
	});

	it('does not come with other statuses, nor with another request of the operation', () => {
		expect(unconfirmedCallAdvice(cancel, 400, 'PUT')).toBeUndefined();
		expect(unconfirmedCallAdvice(cancel, 500, 'PUT')).toBeUndefined();
		expect(unconfirmedCallAdvice(cancel, 404, 'GET')).toBeUndefined();
		expect(unconfirmedCallAdvice(cancel, undefined, undefined)).toBeUndefined();
	});

	it('goes in front of the description of the API error and keeps its details', () => {
		const node = { id: '1', name: 'Avinode', type: 'n8n-nodes-avionte-avinode.avinode', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };
		const error = new NodeApiError(node, { message: 'x' }, { message: 'Avinode API error 405: Method not allowed', description: 'PUT /rfqs/a/cancel', httpCode: '405' });
		error.context.requestMethod = 'PUT';
		const advised = withUnconfirmedCallAdvice(error, cancel) as NodeApiError;
		expect(advised.message).toBe('Avinode API error 405: Method not allowed');
		expect(advised.description).toMatch(/^Avinode's public documentation .* Custom API Call resource of this node\. \(PUT \/rfqs\/a\/cancel\)$/);
		const plain = new Error('not an API error');
		expect(withUnconfirmedCallAdvice(plain, cancel)).toBe(plain);
	});
});

describe('a connection that does not offer an unconfirmed call', () => {
	const { sandbox, store } = sandboxForEachTest({
		talentCount: 5,
		credentials: (running) => ({ avionteApi: avionteCredentials(running), avinodeApi: avinodeCredentials(running) }),
	});

	/** The run fails with the API's 404 as it is, without the advice on an unconfirmed call. */
	async function expectOwnNotFound(run: Promise<unknown>): Promise<void> {
		const error = await run.then(
			() => undefined,
			(thrown: NodeApiError) => thrown,
		);
		expect(error?.httpCode).toBe('404');
		expect(error?.description ?? '').not.toContain('Custom API Call');
	}

	const avinodeRefusal = (status: number) => ({ status, body: { meta: { errors: [{ title: 'Method not allowed', code: 'METHOD_NOT_ALLOWED' }], warnings: [], infos: [] } } });

	it('Avinode RFQ → Cancel answered 405: the error item names the documented way and Custom API Call', async () => {
		sandbox().script({ ...avinodeRefusal(405), method: 'PUT', pathPattern: '/rfqs/' });
		const result = await runNode({ node: new Avinode(), store: store(), continueOnFail: true, parameters: { resource: 'rfq', operation: 'cancel', rfqId: 'arfq-1', messageToSeller: '' } });
		const error = result.json[0] as IDataObject;
		expect(error.error).toBe('Avinode API error 405: Method not allowed [METHOD_NOT_ALLOWED]');
		expect(error.description).toContain('Trip → Cancel cancels the trip with all its RFQs.');
		expect(error.description).toContain('Custom API Call');
	});

	it('Avionté Create or Update answered 404 on its POST: the thrown error carries the advice', async () => {
		sandbox().script({ status: 404, method: 'POST', pathPattern: '/talent/0$', body: { message: 'Not found' } });
		const run = runNode({
			node: new Avionte(),
			store: store(),
			parameters: { resource: 'talent', operation: 'upsert', talentId: { __rl: true, mode: 'id', value: '0' }, firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', additionalFields: { status: 'Active' } },
		});
		await expect(run).rejects.toMatchObject({ httpCode: '404', description: expect.stringContaining('Talent → Create and Talent → Update do the same with documented calls.') });
	});

	it('Avionté Create or Update version 2 sends only documented calls: a 404 of its create keeps its own error', async () => {
		sandbox().script({ status: 404, method: 'POST', pathPattern: '/talent$', body: { message: 'Not found' } });
		const run = runNode({
			node: new Avionte(),
			store: store(),
			typeVersion: 2,
			parameters: {
				resource: 'talent',
				operation: 'upsert',
				status: { __rl: true, mode: 'list', value: 'Active' },
				matchOn: 'duplicateCheck',
				columns: { mappingMode: 'defineBelow', value: { firstName: 'A', lastName: 'B', emailAddress: 'new.person@example.test' }, matchingColumns: [], schema: [] },
			},
		});
		await expectOwnNotFound(run);
	});

	it("Avionté Create or Update: a 404 of its documented read (the talent's ID is wrong) keeps its own error", async () => {
		const run = runNode({ node: new Avionte(), store: store(), parameters: { resource: 'talent', operation: 'upsert', talentId: { __rl: true, mode: 'id', value: '999999' }, firstName: 'A' } });
		await expectOwnNotFound(run);
	});
});
