import type { IDataObject } from 'n8n-workflow';

import { AvinodeTrigger } from '../../nodes/Avinode/AvinodeTrigger.node';
import { avinodeCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import { hookContext, receiverForEachTest, webhookContext } from '../harness/triggers';
import { sha256 } from '../../nodes/shared/webhookSecurity';

const node = new AvinodeTrigger();
const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ avinodeApi: avinodeCredentials(running) }) });
const receiver = receiverForEachTest();
const lifecycle = node.webhookMethods.default;

function activate(staticData: IDataObject, events = ['TripRequest'], webhookUrl = receiver().url) {
	return hookContext({ node, parameters: { events, options: { displayName: 'n8n test' } }, store: store(), staticData, webhookUrl });
}

describe('Avinode Trigger lifecycle (webhooks/settings on the Avinode host)', () => {
	it('creates a setting with generated Basic credentials, finds it again, and deactivates it on delete', async () => {
		const staticData: IDataObject = {};
		const hooks = activate(staticData);
		expect(await lifecycle.checkExists.call(hooks as never)).toBe(false);
		expect(await lifecycle.create.call(hooks as never)).toBe(true);
		const post = sandbox().ledger.find((e) => e.method === 'POST' && e.path === '/avinode/api/webhooks/settings')!;
		const body = post.body as IDataObject;
		expect(body).toMatchObject({ targetURI: receiver().url, eventTypes: ['TripRequest'], active: true, clientAuthenticationType: 'BASIC', displayName: 'n8n test' });
		expect(String(body.clientSecret)).toHaveLength(48);
		// Static data keeps a hash, never the secret itself.
		expect(JSON.stringify(staticData)).not.toContain(String(body.clientSecret));
		expect(await lifecycle.checkExists.call(hooks as never)).toBe(true);
		expect(await lifecycle.checkExists.call(activate(staticData, ['TripRequest', 'TripChatFromBuyer']) as never)).toBe(false);

		expect(await lifecycle.delete.call(hooks as never)).toBe(true);
		const setting = [...sandbox().data.avinode.webhookSettings.values()][0];
		expect(setting.active).toBe(false);
		expect(sandbox().ledger.some((e) => e.method === 'DELETE')).toBe(false);
	});

	it('re-activation reuses the deactivated setting instead of piling up new ones', async () => {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		await lifecycle.delete.call(activate(staticData) as never);
		await lifecycle.create.call(activate(staticData) as never);
		expect(sandbox().data.avinode.webhookSettings.size).toBe(1);
		expect([...sandbox().data.avinode.webhookSettings.values()][0].active).toBe(true);
	});

	it('refuses to register a non-HTTPS URL in production, before any call', async () => {
		store().set('avinodeApi', { ...avinodeCredentials(sandbox()), environment: 'production' });
		await expect(lifecycle.create.call(activate({}, ['TripRequest'], 'http://n8n.internal:5678/webhook/x') as never)).rejects.toThrow(/production only delivers webhooks to HTTPS URLs/);
		expect(sandbox().ledger).toHaveLength(0);
	});
});

describe('Avinode Trigger deliveries', () => {
	async function deliver(staticData: IDataObject, options: IDataObject = {}) {
		const statuses = await sandbox().emitAvinode('TripRequest');
		expect(statuses).toHaveLength(1);
		const delivery = receiver().received.at(-1)!;
		const { context, response } = webhookContext({
			node,
			parameters: { events: ['TripRequest'], options },
			store: store(),
			staticData,
			headers: delivery.headers as Record<string, string>,
			body: delivery.body,
		});
		return { result: await node.webhook.call(context as never), response, delivery };
	}

	it('accepts Avinode\'s Basic-authenticated delivery and resolves the href to the full RFQ', async () => {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		const { result, delivery } = await deliver(staticData);
		expect(delivery.body).toMatchObject({ type: 'rfqs', id: expect.stringMatching(/^arfq-/) });
		const json = result.workflowData![0][0].json;
		expect(json).toMatchObject({ id: delivery.body.id, type: 'rfqs', subscribedEvents: ['TripRequest'] });
		expect((json.resource as IDataObject).id).toBe(delivery.body.id);
		expect((json.resource as IDataObject).segments).toBeDefined();
	});

	it('drops a repeated delivery of the same notification', async () => {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		expect((await deliver(staticData)).result.workflowData).toBeDefined();
		expect((await deliver(staticData)).result).toEqual({});
		expect((await deliver(staticData, { dedupeMinutes: 0 })).result.workflowData).toBeDefined();
	});

	it('answers a new delivery itself, so n8n saves the recorded key before it starts the run', async () => {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		const first = await deliver(staticData);
		expect(first.result).toEqual({ workflowData: expect.any(Array), noWebhookResponse: true });
		expect(first.response).toEqual({ status: 200, body: { message: 'Workflow was started' } });
		expect(Object.keys((staticData['lastRuns'] ?? {}) as IDataObject)).toHaveLength(1);
		// A repeat and a delivery without de-duplication are answered by n8n as usual.
		const repeat = await deliver(staticData);
		expect(repeat.response).toEqual({});
		const unchecked = await deliver(staticData, { dedupeMinutes: 0 });
		expect(unchecked.result.noWebhookResponse).toBeUndefined();
		expect(unchecked.response).toEqual({});
	});

	it('refuses calls without the right Basic credentials: 401 and no run', async () => {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		for (const authorization of [undefined, `Basic ${Buffer.from('n8n-x:wrong').toString('base64')}`, 'Bearer abc']) {
			const { context, response } = webhookContext({ node, parameters: { events: ['TripRequest'] }, store: store(), staticData, headers: { authorization }, body: { id: 'arfq-1', href: 'x', type: 'rfqs' } });
			const result = await node.webhook.call(context as never);
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response.status).toBe(401);
		}
	});

	it('still emits the notification when the href cannot be resolved, saying why', async () => {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		const { delivery } = await deliver(staticData, { dedupeMinutes: 0 });
		const rfqId = String(delivery.body.id);
		sandbox().data.avinode.rfqs.delete(rfqId);
		// Avinode re-delivers the same notification; the RFQ is gone by now.
		const { context } = webhookContext({ node, parameters: { events: ['TripRequest'], options: { dedupeMinutes: 0 } }, store: store(), staticData, headers: delivery.headers as Record<string, string>, body: delivery.body });
		const emitted = await node.webhook.call(context as never);
		expect(emitted.workflowData![0][0].json).toMatchObject({ id: rfqId, resolveError: 'Avinode API error 404: Not found [NOT_FOUND]' });
	});
});

describe('Avinode Trigger: a later event for the same resource runs, a true re-delivery does not', () => {
	const THIRTY_MINUTES = 30 * 60_000;

	/** One notification pointer, delivered as Avinode does: Basic credentials of the setting, the same body every time. */
	async function activated(options: IDataObject = {}) {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		const [setting] = [...sandbox().data.avinode.webhookSettings.values()];
		const rfq = [...sandbox().data.avinode.rfqs.values()][0] as IDataObject & { sellerLift: IDataObject[]; links: { tripmsgs: IDataObject[] } };
		const authorization = `Basic ${Buffer.from(`${String(setting.clientIdentifier)}:${String(setting.clientSecret)}`).toString('base64')}`;
		const pointer = { id: rfq.id, href: `${sandbox().avinodeBaseUrl}/rfqs/${String(rfq.id)}`, type: 'rfqs' };
		/** The run's output, or undefined when the delivery started no run. */
		const deliver = async (extra: IDataObject = {}) => {
			const { context } = webhookContext({ node, parameters: { events: ['TripRequest'], options }, store: store(), staticData, headers: { authorization }, body: { ...pointer, ...extra } });
			const result = await node.webhook.call(context as never);
			return result.workflowData?.[0][0].json;
		};
		/** Moves every recorded time back, as if the deliveries so far had arrived `ms` earlier. */
		const age = (ms: number) => {
			for (const run of Object.values((staticData.lastRuns ?? {}) as Record<string, { at: number }>)) run.at -= ms;
		};
		return { staticData, rfq, pointer, deliver, age };
	}

	it('an update (lift added) and a cancellation 30 minutes after the first delivery each start a run; their repeats do not', async () => {
		const { rfq, deliver, age } = await activated();
		expect((await deliver())?.resource).toMatchObject({ id: rfq.id, canceled: false });
		expect(await deliver()).toBeUndefined();
		age(THIRTY_MINUTES);
		rfq.sellerLift.push({ id: 'asellerlift-added', aircraftType: 'Gulfstream G650', aircraftTail: 'N650XX', sourcingStatus: 1, links: { quotes: [] } });
		const updated = (await deliver())?.resource as IDataObject | undefined;
		expect((updated?.sellerLift as IDataObject[] | undefined)?.map((lift) => lift.id)).toContain('asellerlift-added');
		expect(await deliver()).toBeUndefined();
		age(THIRTY_MINUTES);
		rfq.canceled = true;
		expect((await deliver())?.resource).toMatchObject({ id: rfq.id, canceled: true });
		expect(await deliver()).toBeUndefined();
	});

	it('a property that differs between attempts (a send time, an attempt count) does not make a re-delivery new', async () => {
		const { rfq, deliver } = await activated();
		expect(await deliver({ sentAt: '2026-12-04T10:00:00Z', attempt: 1 })).toBeDefined();
		expect(await deliver({ sentAt: '2026-12-04T10:01:00Z', attempt: 2 })).toBeUndefined();
		rfq.canceled = true;
		expect((await deliver({ sentAt: '2026-12-04T10:30:00Z', attempt: 1 }))?.resource).toMatchObject({ canceled: true });
	});

	it('a record changed back to an earlier state is new again', async () => {
		const { rfq, deliver } = await activated();
		expect(await deliver()).toBeDefined();
		rfq.canceled = true;
		expect(await deliver()).toBeDefined();
		rfq.canceled = false;
		expect((await deliver())?.resource).toMatchObject({ canceled: false });
	});

	it("the workflow's own answer (a quote links to the RFQ) does not make a re-delivery new", async () => {
		const { rfq, deliver } = await activated();
		expect(await deliver()).toBeDefined();
		(rfq.sellerLift[0].links as { quotes: IDataObject[] }).quotes.push({ id: 'aquote-1', href: 'x', type: 'quotes' });
		rfq.links.tripmsgs.push({ id: 'asellermsg-1', href: 'x', type: 'tripmsgs' });
		expect(await deliver()).toBeUndefined();
	});

	it('without Resolve Resource the record is still read to compare: a repeat is skipped, an update runs, the output holds no record', async () => {
		const { rfq, deliver } = await activated({ resolveHref: false });
		const first = await deliver();
		expect(first).toMatchObject({ type: 'rfqs', subscribedEvents: ['TripRequest'] });
		expect(first).not.toHaveProperty('resource');
		expect(await deliver()).toBeUndefined();
		rfq.canceled = true;
		expect(await deliver()).toMatchObject({ type: 'rfqs' });
		expect(await deliver()).toBeUndefined();
	});

	it('with repeats not ignored (0) and Resolve Resource off, every delivery runs and nothing is read', async () => {
		const { deliver, staticData } = await activated({ resolveHref: false, dedupeMinutes: 0 });
		sandbox().clearLedger();
		for (let delivery = 0; delivery < 3; delivery++) expect(await deliver()).toMatchObject({ type: 'rfqs' });
		expect(staticData.lastRuns).toBeUndefined();
		expect(sandbox().ledger.filter((entry) => entry.path.includes('/rfqs/'))).toHaveLength(0);
	});

	it.each([
		['Resolve Resource on', {}, { resolveError: 'Avinode API error 404: Not found [NOT_FOUND]' }],
		['Resolve Resource off', { resolveHref: false }, { type: 'rfqs' }],
	])('when the record cannot be read every delivery runs: in doubt nothing is dropped (%s)', async (_name, options, expected) => {
		const { rfq, deliver } = await activated(options);
		sandbox().data.avinode.rfqs.delete(String(rfq.id));
		for (let delivery = 0; delivery < 2; delivery++) expect(await deliver()).toMatchObject(expected);
	});

	it('reads static data of earlier versions: it still authenticates, and a notification they recorded runs (nothing to compare with)', async () => {
		const { staticData, pointer, deliver } = await activated();
		// What the earlier version kept: the setting id, the client identifier, the password hash, and
		// hashes of [type, id, href] with when they arrived.
		expect(Object.keys(staticData).sort()).toEqual(['clientIdentifier', 'clientSecretHash', 'webhookSettingId']);
		staticData.seen = { [sha256(JSON.stringify([pointer.type, pointer.id, pointer.href])).slice(0, 32)]: Date.now() - THIRTY_MINUTES };
		expect((await deliver())?.resource).toMatchObject({ id: pointer.id });
		expect(staticData.seen).toBeUndefined();
		expect(await deliver()).toBeUndefined();
	});
});
