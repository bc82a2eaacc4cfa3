import type { IDataObject } from 'n8n-workflow';

import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { readBinary } from '../harness/binary';
import { runNode } from '../harness/context';
import { avinodeCredentials, sandboxConfig } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Schedaero();
const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ avinodeApi: avinodeCredentials(running, { platform: 'schedaero' }) }) });
const run = (parameters: IDataObject, extra: { continueOnFail?: boolean } = {}) => runNode({ node, parameters, store: store(), ...extra });
const calls = () => sandbox().ledger.filter((e) => e.path.startsWith('/schedaero/api/'));


describe('Schedaero', () => {
	it('uses the Schedaero connection token on the Schedaero host, with no rate-limit headers expected', async () => {
		const result = await run({ resource: 'contact', operation: 'get', contactType: 'people', contactId: 'contact-70000001' });
		expect(result.json[0]).toMatchObject({ id: 'contact-70000001', firstName: 'Ana' });
		expect(calls()[0].headers.authorization).toBe(`Bearer ${sandboxConfig.avinode.schedaeroConnectionToken}`);
		expect(calls()[0].headers['x-avinode-apitoken']).toBe(sandboxConfig.avinode.apiToken);
	});

	it('gets many person and company contacts, creates and updates them', async () => {
		expect((await run({ resource: 'contact', operation: 'getAll', contactType: 'people', returnAll: true })).json).toHaveLength(25);
		expect((await run({ resource: 'contact', operation: 'getAll', contactType: 'companies', returnAll: false, limit: 4 })).json).toHaveLength(4);
		const created = await run({ resource: 'contact', operation: 'create', contactType: 'people', contactFields: { firstName: "O'Brien", lastName: 'Quote "Q"', email: 'ob@example.test' } });
		expect(created.json[0]).toMatchObject({ firstName: "O'Brien", lastName: 'Quote "Q"' });
		const updated = await run({ resource: 'contact', operation: 'update', contactType: 'people', contactId: created.json[0].id as string, updateFields: { phone: '+1 555 0199' } });
		expect(updated.json[0]).toMatchObject({ phone: '+1 555 0199', firstName: "O'Brien" });
		await expect(run({ resource: 'contact', operation: 'create', contactType: 'companies', contactFields: { email: 'x@example.test' } })).rejects.toThrow('"Company Name" of item 0 is empty');
	});

	it('reads passengers and a logistics service', async () => {
		const passengers = await run({ resource: 'passenger', operation: 'getAll', returnAll: true });
		expect(passengers.json).toHaveLength(12);
		const one = await run({ resource: 'passenger', operation: 'get', passengerId: passengers.json[0].id as string });
		expect(one.json[0].id).toBe(passengers.json[0].id);
		expect((await run({ resource: 'logistics', operation: 'get', serviceId: 'logistics-81000001' })).json[0]).toMatchObject({ serviceType: 'FBO' });
	});

	it('gets a quote and downloads its PDF as binary data through the generate-pdf link', async () => {
		const quote = await run({ resource: 'quote', operation: 'get', quoteId: 'schedaero-quote-82000001' });
		expect(((quote.json[0].links as IDataObject)['generate-pdf'] as IDataObject).href).toMatch(/\/streams\/quotes\//);
		const pdf = await run({ resource: 'quote', operation: 'downloadPdf', quoteId: 'schedaero-quote-82000001' });
		const binary = pdf.items[0].binary!.data;
		expect(binary.mimeType).toBe('application/pdf');
		// Stored by n8n-core's file-system binary store, read back the way a downstream node reads it.
		expect(binary.data).toBe('filesystem-v2');
		expect((await readBinary(binary)).subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.items[0].pairedItem).toEqual({ item: 0 });
		// The stream answers 406 to an Accept that allows only JSON; the quote read stays JSON.
		const [quoteRead, stream] = sandbox().ledger.filter((e) => e.path.startsWith('/schedaero/api/')).slice(-2);
		expect(quoteRead.headers.accept).toBe('application/json');
		expect(stream.path).toBe('/schedaero/api/streams/quotes/schedaero-quote-82000001');
		expect(stream.headers.accept).toBe('application/pdf, application/octet-stream, */*');
		expect(stream.status).toBe(200);
	});

	it('creates an external system from a 201 with only a Location header, and reads it', async () => {
		const created = await run({ resource: 'externalSystem', operation: 'create', name: 'Our CRM' });
		expect(created.json[0]).toMatchObject({ created: true, href: expect.stringMatching(/\/externalsystems\/external-system-\d+$/) });
		const got = await run({ resource: 'externalSystem', operation: 'get', externalSystemId: created.json[0].id as string });
		expect(got.json[0].name).toBe('Our CRM');
	});

	it('custom API call and a continueOnFail 404', async () => {
		const result = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: '/passengers', queryParameters: { parameter: [{ name: 'page[size]', value: '2' }] } });
		expect((result.json[0].data as IDataObject[]).length).toBe(2);
		const failed = await run({ resource: 'logistics', operation: 'get', serviceId: 'logistics-404' }, { continueOnFail: true });
		expect(failed.json[0].error).toBe('Schedaero API error 404: Not found [NOT_FOUND]');
	});

	it('refuses an Avinode Marketplace credential', async () => {
		store().set('avinodeApi', avinodeCredentials(sandbox()));
		await expect(run({ resource: 'quote', operation: 'get', quoteId: 'schedaero-quote-82000001' })).rejects.toThrow('This credential is for Avinode Marketplace, but this node calls Schedaero');
	});

	it('refuses to follow an href to another host (a forged link must not receive our token)', async () => {
		sandbox().data.schedaero.quotes.set('schedaero-quote-evil', { id: 'schedaero-quote-evil', type: 'schedaero-quote' });
		// The sandbox builds links on its own host; point one elsewhere to simulate a forged payload.
		const { followHref } = await import('../../nodes/Avinode/transport');
		const { createExecuteContext } = await import('../harness/context');
		const { context } = createExecuteContext({ node, parameters: {}, store: store() });
		await expect(followHref.call(context as never, 'https://attacker.example/api/streams/quotes/x')).rejects.toThrow("Refusing to follow an href outside the credential's API hosts");
	});
});

