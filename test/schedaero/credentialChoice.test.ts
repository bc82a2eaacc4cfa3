/**
 * Which credential the Schedaero node and the Avinode Trigger read: the Schedaero node from version 2
 * offers and reads only Schedaero API credentials, version 1 keeps the Avinode credential it was saved
 * with, and the trigger takes either, as its Credential Type says. Transport, rate budget and token
 * cache treat one connection the same whichever type holds it.
 */
import type { IDataObject, INode, INodeCredentialDescription, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { AvinodeTrigger } from '../../nodes/Avinode/AvinodeTrigger.node';
import { transportProfile } from '../../nodes/Avinode/transport';
import { credentialTypeOf } from '../../nodes/Avinode/transport/connection';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { runNode } from '../harness/context';
import { avinodeCredentials, sandboxConfig, schedaeroCredentials } from '../harness/sandbox';
import { hookContext, webhookContext } from '../harness/triggers';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Schedaero();
const trigger = new AvinodeTrigger();

const { sandbox, store } = sandboxForEachTest({ credentials: () => ({}) });

/** The credential types n8n's editor offers a node, computed the way it does (display rules with the node's version). */
function offeredCredentials(description: INodeTypeDescription, typeVersion: number, parameters: IDataObject = {}): string[] {
	const instance: INode = { id: 'node', name: description.displayName, type: description.name, typeVersion, position: [0, 0], parameters: parameters as INode['parameters'] };
	return (description.credentials ?? []).filter((credential: INodeCredentialDescription) => NodeHelpers.displayParameter(instance.parameters, credential, instance, description)).map((credential) => credential.name);
}

describe('Schedaero node credential', () => {
	it('version 2 (the default for new nodes) offers only Schedaero API credentials; version 1 keeps the Avinode one', () => {
		expect(node.description.defaultVersion).toBe(2);
		expect(offeredCredentials(node.description, 2)).toEqual(['schedaeroApi']);
		expect(offeredCredentials(node.description, 1)).toEqual(['avinodeApi']);
	});

	it('version 2 runs with a Schedaero API credential on the Schedaero host', async () => {
		store().set('schedaeroApi', schedaeroCredentials(sandbox()));
		const result = await runNode({ node, store: store(), typeVersion: 2, parameters: { resource: 'contact', operation: 'get', contactType: 'people', contactId: 'contact-70000001' } });
		expect(result.json[0]).toMatchObject({ id: 'contact-70000001' });
		const call = sandbox().ledger.at(-1)!;
		expect(call.path).toBe('/schedaero/api/contacts/people/contact-70000001');
		expect(call.headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}`);
	});

	it('version 1 still reads the Avinode credential and explains a Marketplace one', async () => {
		store().set('avinodeApi', avinodeCredentials(sandbox()));
		await expect(runNode({ node, store: store(), typeVersion: 1, parameters: { resource: 'contact', operation: 'get', contactType: 'people', contactId: 'contact-70000001' } })).rejects.toThrow(
			'This credential is for Avinode Marketplace, but this node calls Schedaero. Choose a credential whose Platform is Schedaero.',
		);
		store().set('avinodeApi', avinodeCredentials(sandbox(), { platform: 'schedaero' }));
		const result = await runNode({ node, store: store(), typeVersion: 1, parameters: { resource: 'contact', operation: 'get', contactType: 'people', contactId: 'contact-70000001' } });
		expect(result.json[0].id).toBe('contact-70000001');
	});

	it('names the credential a node reads: by trigger Credential Type, else by Schedaero node version', () => {
		const P = 'n8n-nodes-avionte-avinode';
		expect(credentialTypeOf({ type: `${P}.schedaero`, typeVersion: 2, parameters: {} })).toBe('schedaeroApi');
		expect(credentialTypeOf({ type: `${P}.schedaeroTool`, typeVersion: 2, parameters: {} })).toBe('schedaeroApi');
		expect(credentialTypeOf({ type: `${P}.schedaero`, typeVersion: 1, parameters: {} })).toBe('avinodeApi');
		expect(credentialTypeOf({ type: `${P}.avinode`, typeVersion: 1.1, parameters: {} })).toBe('avinodeApi');
		expect(credentialTypeOf({ type: `${P}.avinodeTrigger`, typeVersion: 1, parameters: {} })).toBe('avinodeApi');
		expect(credentialTypeOf({ type: `${P}.avinodeTrigger`, typeVersion: 1, parameters: { authentication: 'schedaeroApi' } })).toBe('schedaeroApi');
	});

	it('one connection has one rate budget, whichever credential type holds it', () => {
		const legacy = avinodeCredentials(sandbox(), { platform: 'schedaero' });
		const own = schedaeroCredentials(sandbox());
		for (const api of ['avinode', 'schedaero'] as const) {
			expect(transportProfile(api, 'schedaeroApi').rateAccount(own)).toEqual(transportProfile(api, 'avinodeApi').rateAccount(legacy));
			expect(transportProfile(api, 'schedaeroApi').credentialType).toBe('schedaeroApi');
		}
	});
});

describe('Avinode Trigger with either credential', () => {
	it('offers the Avinode credential by default (saved triggers) and the Schedaero one when chosen', () => {
		expect(offeredCredentials(trigger.description, 1, { authentication: 'avinodeApi' })).toEqual(['avinodeApi']);
		expect(offeredCredentials(trigger.description, 1, { authentication: 'schedaeroApi' })).toEqual(['schedaeroApi']);
		const choice = trigger.description.properties.find((p) => p.name === 'authentication')!;
		expect(choice.default).toBe('avinodeApi');
	});

	it('a Schedaero API credential subscribes on the Avinode host and resolves the contact on the Schedaero host', async () => {
		store().set('schedaeroApi', schedaeroCredentials(sandbox()));
		const parameters = { authentication: 'schedaeroApi', events: ['SchedAeroContacts'], options: {} };
		const staticData: IDataObject = {};
		await trigger.webhookMethods.default.create.call(hookContext({ node: trigger, parameters, store: store(), staticData, webhookUrl: 'http://127.0.0.1:9/webhook' }) as never);
		const subscribe = sandbox().ledger.find((e) => e.method === 'POST')!;
		expect(subscribe.path).toBe('/avinode/api/webhooks/settings');
		expect(subscribe.headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}`);
		const body = subscribe.body as IDataObject;
		const authorization = `Basic ${Buffer.from(`${String(body.clientIdentifier)}:${String(body.clientSecret)}`).toString('base64')}`;
		const notification = { id: 'contact-70000001', href: `${sandbox().schedaeroBaseUrl}/contacts/people/contact-70000001`, type: 'SchedAeroContacts', platformTripId: null };
		const { context } = webhookContext({ node: trigger, parameters, store: store(), staticData, headers: { authorization }, body: notification });
		const result = await trigger.webhook.call(context as never);
		const json = result.workflowData![0][0].json;
		expect(json.resource).toMatchObject({ id: 'contact-70000001', firstName: 'Ana' });
		expect(sandbox().ledger.at(-1)!.path).toBe('/schedaero/api/contacts/people/contact-70000001');
	});

	it('a saved trigger (no Credential Type) keeps its Avinode credential with Platform Schedaero', async () => {
		store().set('avinodeApi', avinodeCredentials(sandbox(), { platform: 'schedaero' }));
		await trigger.webhookMethods.default.create.call(hookContext({ node: trigger, parameters: { events: ['SchedAeroContacts'], options: {} }, store: store(), staticData: {}, webhookUrl: 'http://127.0.0.1:9/webhook' }) as never);
		expect(sandbox().ledger.find((e) => e.method === 'POST')!.headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}`);
	});
});
