import type { IDataObject } from 'n8n-workflow';

import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import { AvionteTrigger } from '../../nodes/Avionte/AvionteTrigger.node';
import { avionteCredentials, sandboxConfig } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import { hookContext, pollContext, receiverForEachTest, webhookContext } from '../harness/triggers';

const secret = sandboxConfig.avionte.webhookSecret;
const { sandbox, store } = sandboxForEachTest({ talentCount: 120, credentials: (running) => ({ avionteApi: avionteCredentials(running, { webhookSecret: secret, webhookHeaderName: 'X-Payload-Signature' }) }) });
const receiver = receiverForEachTest();

beforeEach(() => {
	sandbox().setAvionteWebhook(receiver().url, secret);
});

describe('Avionté Trigger', () => {
	const node = new AvionteTrigger();

	describe('a webhook secret shorter than 16 characters', () => {
		/** Activation of a trigger saved with `typeVersion`; what it logged. */
		async function activate(webhookSecret: string, typeVersion: number) {
			store().set('avionteApi', avionteCredentials(sandbox(), { webhookSecret, webhookHeaderName: 'X-Payload-Signature' }));
			const hooks = hookContext({ node, parameters: { events: [], options: {} }, store: store(), staticData: {} });
			const warnings: string[] = [];
			const context = { ...hooks, getNode: () => ({ ...hooks.getNode(), typeVersion }), logger: { ...hooks.logger, warn: (message: string) => warnings.push(message) } };
			try {
				return { activated: await node.webhookMethods.default.create.call(context as never), warnings };
			} catch (error) {
				return { error: (error as Error).message, warnings };
			}
		}

		it('stops the activation of a newly added trigger (version 1.1) with a clear message', async () => {
			expect(node.description.defaultVersion).toBe(1.1);
			expect(await activate('7', 1.1)).toEqual({
				error: 'The Webhook Secret of the Avionté credential has 1 character; use at least 16 random characters, so nobody can guess it and start this workflow. Change it in the credential and give Avionté the new one.',
				warnings: [],
			});
			expect(await activate('sixteen-chars-ok', 1.1)).toEqual({ activated: true, warnings: [] });
		});

		it('lets a saved trigger (version 1) activate and run, with a warning in the log and a notice in the editor', async () => {
			const outcome = await activate('short-secret', 1);
			expect(outcome).toMatchObject({ activated: true });
			expect(outcome.warnings).toEqual([expect.stringContaining('was activated with a short webhook secret. The Webhook Secret of the Avionté credential has 12 characters')]);
			sandbox().setAvionteWebhook(receiver().url, 'short-secret');
			expect((await deliver('talent_created', { Id: 100001 }, { events: [], options: {} })).result.workflowData).toBeDefined();
			const notice = node.description.properties.find((property) => property.name === 'shortSecretNotice');
			expect(notice?.displayOptions?.show?.['@version']).toEqual([1]);
		});
	});

	async function deliver(eventName: string, resource: IDataObject, parameters: IDataObject, staticData: IDataObject = {}, correlationId?: string) {
		await sandbox().emitAvionte(eventName, resource, correlationId);
		const delivery = receiver().received.at(-1)!;
		const { context, response } = webhookContext({ node, parameters, store: store(), staticData, headers: delivery.headers as Record<string, string>, body: delivery.body });
		return { result: await node.webhook.call(context as never), response, delivery };
	}

	it('parses the Resource JSON string and fetches the full record when asked', async () => {
		const { result, delivery } = await deliver('talent_created', { Id: 100001 }, { events: [], options: { fetchRecord: true } });
		expect(typeof delivery.body.Resource).toBe('string');
		const json = result.workflowData![0][0].json;
		expect(json).toMatchObject({ eventName: 'talent_created', frontOfficeTenantId: 4242, resource: { Id: 100001 } });
		expect((json.record as IDataObject).id).toBe(100001);
	});

	it('maps placement and VMS job events to their records, case-insensitively', async () => {
		const placement = await deliver('placement_started', { PlacementId: 900001, PlacementExtensionId: 1 }, { events: [], options: { fetchRecord: true } });
		expect((placement.result.workflowData![0][0].json.record as IDataObject).id).toBe(900001);
		const job = await deliver('VMS_job_created', { VmsJobId: 9, JobId: 300002 }, { events: ['vms_job_created'], options: { fetchRecord: true } });
		expect((job.result.workflowData![0][0].json.record as IDataObject).id).toBe(300002);
	});

	it('filters by event name and drops a repeated CorrelationId', async () => {
		expect((await deliver('job_updated', { Id: 300001 }, { events: ['talent_created'] })).result).toEqual({});
		const staticData: IDataObject = {};
		expect((await deliver('talent_saved', { Id: 100001 }, { events: [] }, staticData, '11111111-2222-3333-4444-555555555555')).result.workflowData).toBeDefined();
		expect((await deliver('talent_saved', { Id: 100001 }, { events: [] }, staticData, '11111111-2222-3333-4444-555555555555')).result).toEqual({});
	});

	it('answers a new CorrelationId itself, so n8n saves it before it starts the run', async () => {
		const staticData: IDataObject = {};
		const first = await deliver('talent_saved', { Id: 100001 }, { events: [] }, staticData, 'corr-answered-1');
		expect(first.result).toEqual({ workflowData: expect.any(Array), noWebhookResponse: true });
		expect(first.response).toEqual({ status: 200, body: { message: 'Workflow was started' } });
		expect(Object.keys((staticData['seen'] ?? {}) as IDataObject)).toHaveLength(1);
		const unchecked = await deliver('talent_saved', { Id: 100001 }, { events: [], options: { dedupeMinutes: 0 } }, {}, 'corr-answered-2');
		expect(unchecked.result.noWebhookResponse).toBeUndefined();
		expect(unchecked.response).toEqual({});
	});

	it('refuses a wrong or missing secret with 401 and no run', async () => {
		await sandbox().emitAvionte('talent_created', { Id: 100001 }, undefined, { secret: 'not-the-secret' });
		const delivery = receiver().received.at(-1)!;
		for (const headers of [delivery.headers as Record<string, string>, {}]) {
			const { context, response } = webhookContext({ node, parameters: { events: [] }, store: store(), staticData: {}, headers, body: delivery.body });
			expect(await node.webhook.call(context as never)).toEqual({ noWebhookResponse: true });
			expect(response.status).toBe(401);
		}
	});

	it('will not activate without a webhook secret, and checks the credential when it does', async () => {
		store().set('avionteApi', avionteCredentials(sandbox()));
		await expect(node.webhookMethods.default.create.call(hookContext({ node, parameters: {}, store: store(), staticData: {} }) as never)).rejects.toThrow('Set a Webhook Secret in the Avionté credential first');
		store().set('avionteApi', avionteCredentials(sandbox(), { webhookSecret: secret }));
		const staticData: IDataObject = {};
		const hooks = hookContext({ node, parameters: {}, store: store(), staticData });
		expect(await node.webhookMethods.default.create.call(hooks as never)).toBe(true);
		expect(await node.webhookMethods.default.checkExists.call(hooks as never)).toBe(true);
		expect(sandbox().ledger.some((e) => e.path.endsWith('/branch'))).toBe(true);
	});
});

describe('Avionté New Record Trigger', () => {
	const node = new AvionteNewRecordTrigger();

	it('remembers the high-water mark at first, then emits only new records, once', async () => {
		const staticData: IDataObject = {};
		const poll = () => node.poll.call(pollContext({ node, parameters: { resource: 'talent' }, store: store(), staticData }) as never);
		expect(await poll()).toBeNull();
		expect(staticData.highWaterMark).toBe(Math.max(...sandbox().data.avionte.talents.keys()));
		const talents = sandbox().data.avionte.talents;
		talents.set(999001, { id: 999001, firstName: 'New', lastName: 'One' });
		talents.set(999002, { id: 999002, firstName: 'New', lastName: 'Two' });
		const emitted = await poll();
		expect(emitted![0].map((item) => item.json.id)).toEqual([999001, 999002]);
		expect(await poll()).toBeNull();
	});

	it('returns the newest record on a manual test without moving the mark', async () => {
		const staticData: IDataObject = {};
		const result = await node.poll.call(pollContext({ node, parameters: { resource: 'job' }, store: store(), staticData, mode: 'manual' }) as never);
		expect(result![0]).toHaveLength(1);
		expect(staticData.highWaterMark).toBeUndefined();
	});
});
