/**
 * What the triggers and the Webhook Setting operations do with what a caller or the API could abuse: a
 * delivery for another tenant, an event name like `__proto__`, a call without the secret, a re-activation
 * that fails, Avinode re-deliveries, client secrets in answers.
 */
import type { IDataObject } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { AVINODE_DEDUPE_DEFAULT_MINUTES, AvinodeTrigger } from '../../nodes/Avinode/AvinodeTrigger.node';
import { AvionteTrigger, tenantMismatch } from '../../nodes/Avionte/AvionteTrigger.node';
import type { LastRuns } from '../../nodes/shared/webhookSecurity';
import { repeatsLastRun } from '../../nodes/shared/webhookSecurity';
import { runNode } from '../harness/context';
import { avinodeCredentials, avionteCredentials, sandboxConfig } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import { hookContext, webhookContext } from '../harness/triggers';

const webhookSecret = sandboxConfig.avionte.webhookSecret;
const { sandbox, store } = sandboxForEachTest({
	talentCount: 20,
	credentials: (running) => ({ avionteApi: avionteCredentials(running, { webhookSecret, frontOfficeTenantId: sandboxConfig.avionte.frontOfficeTenantId }), avinodeApi: avinodeCredentials(running) }),
});

describe('Avionté Trigger', () => {
	const node = new AvionteTrigger();

	async function deliver(body: IDataObject, { headers = { 'X-Payload-Signature': webhookSecret } as Record<string, string>, options = { fetchRecord: true } as IDataObject } = {}) {
		const { context, response } = webhookContext({ node, parameters: { events: [], options }, store: store(), staticData: {}, headers, body });
		return { result: await node.webhook.call(context as never), response };
	}

	const envelope = (tenant: number | string | undefined, eventName = 'talent_created'): IDataObject => ({
		EventName: eventName,
		FrontOfficeTenantId: tenant,
		Resource: JSON.stringify({ Id: 100001 }),
		CorrelationId: `c-${String(tenant)}-${eventName}`,
	});

	it('a delivery for another FrontOfficeTenantId is output with tenantMismatch and the record is not fetched', async () => {
		const { result } = await deliver(envelope(9999));
		const json = result.workflowData![0][0].json;
		expect(json).toMatchObject({ tenantMismatch: true, recordError: 'Record not fetched: the event is for FrontOfficeTenantId 9999, but the credential is for 4242' });
		expect(json.record).toBeUndefined();
		expect(sandbox().ledger.filter((entry) => entry.path.includes('/talent/'))).toEqual([]);
	});

	it('the credential\'s own tenant (number or string) is fetched; without a tenant id in the credential nothing is compared', async () => {
		const own = (await deliver(envelope(4242))).result.workflowData![0][0].json;
		expect((own.record as IDataObject).id).toBe(100001);
		expect(own.tenantMismatch).toBeUndefined();
		store().set('avionteApi', avionteCredentials(sandbox(), { webhookSecret, frontOfficeTenantId: '' }));
		const unknown = (await deliver(envelope(9999))).result.workflowData![0][0].json;
		expect((unknown.record as IDataObject).id).toBe(100001);
		expect(tenantMismatch('4242', ' 4242 ')).toBeUndefined();
		expect(tenantMismatch(undefined, '4242')).toMatch(/for FrontOfficeTenantId \(none\)/);
	});

	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__PROTO__'])('EventName %j runs the workflow without a crash or a fetch', async (eventName) => {
		const { result } = await deliver(envelope(4242, eventName));
		expect(result.workflowData![0][0].json).toMatchObject({ eventName });
		expect(result.workflowData![0][0].json.record).toBeUndefined();
		expect(sandbox().ledger).toEqual([]);
	});

	it('without a configured secret the caller gets the same Unauthorized answer as for a wrong secret', async () => {
		const wrong = await deliver(envelope(4242), { headers: { 'X-Payload-Signature': 'wrong' } });
		store().set('avionteApi', avionteCredentials(sandbox(), { webhookSecret: '' }));
		const missing = await deliver(envelope(4242), { headers: { 'X-Payload-Signature': 'anything' } });
		const none = await deliver(envelope(4242), { headers: {} });
		for (const answer of [wrong, missing, none]) {
			expect(answer.result).toEqual({ noWebhookResponse: true });
			expect(answer.response).toEqual({ status: 401, body: { message: 'Unauthorized' } });
		}
		// The explanation is given where the owner sees it: activation refuses a credential without a secret.
		await expect(node.webhookMethods.default.create.call(hookContext({ node, parameters: {}, store: store(), staticData: {} }) as never)).rejects.toThrow(/Set a Webhook Secret in the Avionté credential first/);
	});
});

describe('Avinode Trigger', () => {
	const node = new AvinodeTrigger();
	const lifecycle = node.webhookMethods.default;
	const activate = (staticData: IDataObject) => hookContext({ node, parameters: { events: ['TripRequest'], options: {} }, store: store(), staticData, webhookUrl: 'http://127.0.0.1:9/webhook' });

	it('a failing PUT on re-activation is reported and creates no second setting', async () => {
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		const before = { ...staticData };
		sandbox().clearLedger();
		sandbox().script({ method: 'PUT', pathPattern: '/webhooks/settings/', status: 403, body: { meta: { errors: [{ title: 'Forbidden', code: 'FORBIDDEN' }] } } });
		await expect(lifecycle.create.call(activate(staticData) as never)).rejects.toThrow(/Avinode API error 403: Forbidden/);
		expect(sandbox().ledger.filter((entry) => entry.method === 'POST')).toEqual([]);
		expect(sandbox().data.avinode.webhookSettings.size).toBe(1);
		expect(staticData).toEqual(before);
	});

	it('a 404 on re-activation (the setting is gone) falls back to creating a new one', async () => {
		const staticData: IDataObject = { webhookSettingId: 'webhooksetting-gone' };
		expect(await lifecycle.create.call(activate(staticData) as never)).toBe(true);
		expect(sandbox().ledger.map((entry) => `${entry.method} ${entry.status}`)).toEqual(['PUT 404', 'POST 201']);
		expect(staticData.webhookSettingId).not.toBe('webhooksetting-gone');
	});

	it('the default window drops Avinode re-deliveries of an unchanged record for 48 hours, keeping only hashes, at most 2,000', async () => {
		expect(AVINODE_DEDUPE_DEFAULT_MINUTES).toBe(2880);
		const staticData: IDataObject = {};
		await lifecycle.create.call(activate(staticData) as never);
		const post = sandbox().ledger.find((entry) => entry.method === 'POST')!.body as IDataObject;
		const authorization = `Basic ${Buffer.from(`${String(post.clientIdentifier)}:${String(post.clientSecret)}`).toString('base64')}`;
		const notification = { type: 'rfqs', id: 'arfq-30000001', href: `${sandbox().avinodeBaseUrl}/rfqs/arfq-30000001` };
		const deliver = async () => {
			const { context } = webhookContext({ node, parameters: { events: ['TripRequest'], options: {} }, store: store(), staticData, headers: { authorization }, body: notification });
			return (await node.webhook.call(context as never)).workflowData !== undefined;
		};
		const age = (minutes: number) => {
			for (const run of Object.values(staticData.lastRuns as Record<string, { at: number }>)) run.at -= minutes * 60_000;
		};
		expect(await deliver()).toBe(true);
		age(11);
		expect(await deliver()).toBe(false);
		age(47 * 60);
		expect(await deliver()).toBe(false);
		age(2 * 60);
		expect(await deliver()).toBe(true);
		const stored = JSON.stringify(staticData.lastRuns);
		expect(Object.keys(staticData.lastRuns as object).every((key) => /^[0-9a-f]{32}$/.test(key))).toBe(true);
		expect(stored).not.toContain('arfq-30000001');
		const rfq = sandbox().data.avinode.rfqs.get('arfq-30000001') as { sellerLift: Array<{ aircraftTail: string }> };
		expect(stored).not.toContain(rfq.sellerLift[0].aircraftTail);

		const lastRuns: LastRuns = {};
		for (let i = 0; i < 2500; i++) repeatsLastRun(lastRuns, `key-${i}`, 'v1', 1_000_000 + i, 48 * 3_600_000);
		expect(Object.keys(lastRuns)).toHaveLength(2000);
		expect(repeatsLastRun(lastRuns, 'key-2499', 'v1', 1_003_000, 48 * 3_600_000)).toBe(true);
		expect(repeatsLastRun(lastRuns, 'key-2499', 'v2', 1_003_000, 48 * 3_600_000)).toBe(false);
	});
});

describe('Webhook Setting operations', () => {
	const node = new Avinode();
	const leakySetting = { id: 'webhooksetting-1', active: true, clientIdentifier: 'n8n-abc', clientSecret: 'generated-basic-password-0123456789', clientAuthenticationType: 'BASIC' };

	it.each([
		['getAll', { resource: 'webhookSetting', operation: 'getAll' }, 'GET', { data: [leakySetting, { id: 'webhooksetting-2', active: false }] }],
		['create', { resource: 'webhookSetting', operation: 'create', displayName: 'x', targetURI: 'https://x.test/h', eventTypes: ['TripRequest'] }, 'POST', { data: leakySetting }],
		['update', { resource: 'webhookSetting', operation: 'update', webhookSettingId: 'webhooksetting-1', updateFields: { active: true } }, 'PUT', { data: leakySetting }],
	])('%s never outputs clientSecret, only clientSecretSet', async (_name, parameters, method, answer) => {
		sandbox().script({ method, pathPattern: '/webhooks/settings', status: 200, body: answer });
		const result = await runNode({ node, store: store(), parameters });
		expect(JSON.stringify(result.json)).not.toContain('generated-basic-password');
		expect(result.json[0]).toMatchObject({ id: 'webhooksetting-1', clientIdentifier: 'n8n-abc', clientSecretSet: true });
		expect(result.json[0]).not.toHaveProperty('clientSecret');
		if (result.json[1]) expect(result.json[1]).not.toHaveProperty('clientSecretSet');
	});
});
