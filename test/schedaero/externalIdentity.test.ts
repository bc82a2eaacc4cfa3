/**
 * The documented CRM-link flow end to end [C: docs/external-identifiers]: create an external system,
 * set a person contact's identity in it, read the contact back, deactivate the identity.
 */
import type { IDataObject } from 'n8n-workflow';

import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { searchPeople } from '../../nodes/Schedaero/methods/listSearch';
import { createLoadOptionsContext, runNode } from '../harness/context';
import { avinodeCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Schedaero();
const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ avinodeApi: avinodeCredentials(running, { platform: 'schedaero' }) }) });
const run = (parameters: IDataObject | ((i: number) => IDataObject), extra: { items?: IDataObject[]; continueOnFail?: boolean } = {}) => runNode({ node, parameters, store: store(), ...extra });
const patches = () => sandbox().ledger.filter((e) => e.method === 'PATCH');
const person = (id: string) => ({ __rl: true, mode: 'list', value: id });


async function externalSystem(): Promise<string> {
	return String((await run({ resource: 'externalSystem', operation: 'create', name: 'Our CRM' })).json[0].id);
}

describe('Contact > Set / Deactivate External Identity', () => {
	it('links a contact to its CRM record, then deactivates the link', async () => {
		const systemId = await externalSystem();
		const set = await run({ resource: 'contact', operation: 'setExternalIdentity', contactId: person('contact-70000001'), externalSystemId: systemId, identifier: 'CRM-0001', additionalFields: { name: 'Ana in CRM', uri: 'https://crm.example.com/c/1' } });
		expect(set.json[0].externalIdentities).toEqual([{ externalSystemId: systemId, identifier: 'CRM-0001', name: 'Ana in CRM', uri: 'https://crm.example.com/c/1' }]);
		expect(patches()[0].path).toBe(`/schedaero/api/contacts/people/contact-70000001/externalidentity/${systemId}`);
		const read = await run({ resource: 'contact', operation: 'get', contactType: 'people', contactId: 'contact-70000001' });
		expect(read.json[0].externalIdentities).toHaveLength(1);

		const off = await run({ resource: 'contact', operation: 'deactivateExternalIdentity', contactId: person('contact-70000001'), externalSystemId: systemId });
		expect(patches()[1].body).toEqual({ isActive: 'false' });
		expect(off.json[0].externalIdentities).toEqual([]);
	});

	it('refuses an empty identifier or a link that is not http(s) before sending, naming the item', async () => {
		const systemId = await externalSystem();
		await expect(run({ resource: 'contact', operation: 'setExternalIdentity', contactId: person('contact-70000001'), externalSystemId: systemId, identifier: '  ' })).rejects.toThrow('"Identifier" of item 0 is empty');
		const uris = ['https://crm.example.com/c/1', 'javascript:alert(1)'];
		await expect(run((i) => ({ resource: 'contact', operation: 'setExternalIdentity', contactId: person('contact-70000001'), externalSystemId: systemId, identifier: `CRM-${i}`, additionalFields: { uri: uris[i] } }), { items: [{}, {}] })).rejects.toThrow('"URI" of item 1 is not an http(s) link: "javascript:alert(1)"');
		await expect(run({ resource: 'contact', operation: 'deactivateExternalIdentity', contactId: person(''), externalSystemId: systemId })).rejects.toThrow('"Person Contact" of item 0 is empty');
		expect(patches()).toHaveLength(1); // item 0 of the two-item run only
	});

	it('surfaces what Schedaero refuses: an identifier already used in the system, an unknown system', async () => {
		const systemId = await externalSystem();
		await run({ resource: 'contact', operation: 'setExternalIdentity', contactId: person('contact-70000001'), externalSystemId: systemId, identifier: 'CRM-7' });
		const taken = await run({ resource: 'contact', operation: 'setExternalIdentity', contactId: person('contact-70000002'), externalSystemId: systemId, identifier: 'CRM-7' }).catch((e) => e);
		expect(taken.message).toBe('Schedaero API error 422: identifier is already used by another contact in this external system [DUPLICATE]');
		const unknown = await run({ resource: 'contact', operation: 'deactivateExternalIdentity', contactId: person('contact-70000001'), externalSystemId: 'external-system-404' }).catch((e) => e);
		expect(unknown.message).toBe('Schedaero API error 404: External system not found [NOT_FOUND]');
	});

	it('retries the PATCH after a 502 (setting the same values twice changes nothing)', async () => {
		const systemId = await externalSystem();
		sandbox().script({ status: 502, method: 'PATCH' });
		const result = await run({ resource: 'contact', operation: 'setExternalIdentity', contactId: person('contact-70000003'), externalSystemId: systemId, identifier: 'CRM-3', options: { maxRetries: 2 } });
		expect(result.json[0].externalIdentities).toHaveLength(1);
		expect(patches().map((e) => e.status)).toEqual([502, 200]);
	});

	it('the sandbox takes isActive as the documented string only', async () => {
		const systemId = await externalSystem();
		const error = await run({ resource: 'customApiCall', operation: 'call', method: 'PATCH', path: `/contacts/people/contact-70000001/externalidentity/${systemId}`, sendBody: true, body: '{"isActive": false}' }).catch((e) => e);
		expect(error.message).toBe('Schedaero API error 422: isActive must be "true" or "false" [VALIDATION_FAILED]');
	});

	it('picks person contacts by name and email, never showing the id', async () => {
		const { results } = await searchPeople.call(createLoadOptionsContext(store(), node) as never, 'ortiz');
		expect(results.length).toBeGreaterThan(0);
		for (const entry of results) {
			expect(entry.name).toMatch(/^Ana Ortiz \(pax\d+@example\.test\)$/);
			expect(entry.name).not.toContain(entry.value);
		}
	});
});
