/**
 * Numbers and IDs in the forms of write operations and trigger options: a value from an expression or
 * an AI model is checked like one typed in the editor, and a bad one fails with the field and the item
 * named, before any request (a trigger: when it is activated).
 */
import type { IDataObject, INodeExecutionData, INodeType } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { AvinodeTrigger } from '../../nodes/Avinode/AvinodeTrigger.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { AvionteTrigger } from '../../nodes/Avionte/AvionteTrigger.node';
import { parseRepeatWindowMs } from '../../nodes/shared/inputs';
import { prepareBinaryData } from '../harness/binary';
import { runNode } from '../harness/context';
import { avinodeCredentials, avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import { hookContext } from '../harness/triggers';

const { sandbox, store } = sandboxForEachTest({ talentCount: 20, credentials: (running) => ({ avionteApi: avionteCredentials(running), avinodeApi: avinodeCredentials(running) }) });

const apiCalls = () => sandbox().ledger.filter((entry) => !/token$/.test(entry.path));
const writes = () => apiCalls().filter((entry) => entry.method !== 'GET');
const byId = (value: unknown) => ({ __rl: true, mode: 'id', value });

function run(node: INodeType, parameters: IDataObject, extra: { inputItems?: INodeExecutionData[]; typeVersion?: number } = {}) {
	return runNode({ node, parameters, store: store(), ...extra });
}

describe('Avinode write forms', () => {
	const avinode = new Avinode();
	const firstRfq = () => String([...sandbox().data.avinode.rfqs.keys()][0]);
	const quote = (totalPrice: string | number) => ({ resource: 'tripMessage', operation: 'submitQuote', requestId: firstRfq(), totalPrice, currencyCode: 'USD' });

	it.each([['abc'], [-1], ['']])('Submit Quote refuses a Total Price of %p before any request', async (totalPrice) => {
		await expect(run(avinode, quote(totalPrice))).rejects.toThrow(/^"Total Price" of item 0 must be a number of 0 or more, got /);
		expect(writes()).toHaveLength(0);
	});

	it('Submit Quote takes a price given as text, as a number', async () => {
		await run(avinode, quote(' 24500.50 '));
		expect(writes().at(-1)!.body).toMatchObject({ quote: { totalPrice: 24500.5 } });
	});

	const emptyLeg = { resource: 'emptyLeg', operation: 'create', startAirport: 'KTEB', endAirport: 'KASE', aircraftTail: 'N9EL', departureDate: '2026-12-30', currency: 'USD' };

	it('Empty Leg Create refuses a price that is not a number, naming the field and the item', async () => {
		await expect(run(avinode, { ...emptyLeg, price: 'call us' })).rejects.toThrow('"Seller Price" of item 0 must be a number of 0 or more, got "call us"');
		expect(writes()).toHaveLength(0);
		await run(avinode, { ...emptyLeg, price: '9500' });
		expect(writes().at(-1)!.body).toMatchObject({ sellerPrice: 9500, sellerPriceCurrency: 'USD' });
	});

	const watch = (daysOut: string | number) => ({ resource: 'emptyLegWatch', operation: 'create', uniqueName: 'NY to Florida', watchedSegments: { segment: [{ start: 'KTEB', end: 'US' }] }, additionalFields: { daysOut } });

	it.each([[2.5], [0], ['two weeks']])('Empty Leg Watch Create refuses Days Out of %p before any request', async (daysOut) => {
		await expect(run(avinode, watch(daysOut))).rejects.toThrow(/^"Days Out" of item 0 must be a whole number of 1 or more, got /);
		expect(writes()).toHaveLength(0);
	});

	it('Empty Leg Watch Create and Update send Days Out given as text as a number', async () => {
		const created = await run(avinode, watch('14'));
		expect(writes().at(-1)!.body).toMatchObject({ daysOut: 14 });
		await expect(run(avinode, { resource: 'emptyLegWatch', operation: 'update', watchId: byId(created.json[0].id), updateFields: { daysOut: -3 } })).rejects.toThrow('"Days Out" of item 0 must be a whole number of 1 or more, got -3');
		await run(avinode, { resource: 'emptyLegWatch', operation: 'update', watchId: byId(created.json[0].id), updateFields: { daysOut: '21' } });
		expect(writes().at(-1)!.body).toMatchObject({ daysOut: 21 });
	});
});

describe('Avionté write forms', () => {
	const avionte = new Avionte();

	it('Add Nomination Stage refuses a Job Activity ID that is not an ID; left at 0 it is not sent', async () => {
		const stage = (additionalFields: IDataObject) => ({ resource: 'talent', operation: 'addNominationStage', talentId: byId(100001), jobId: byId(300001), additionalFields });
		await expect(run(avionte, stage({ jobActivityId: 'abc' }))).rejects.toThrow('"Job Activity ID" of item 0 must be a numeric Avionté ID, got "abc"');
		await expect(run(avionte, stage({ representativeUserId: 2.5 }))).rejects.toThrow('"Representative User Name or ID" of item 0 must be a numeric Avionté ID, got 2.5');
		expect(writes()).toHaveLength(0);
		await run(avionte, stage({ jobActivityId: 0, representativeUserId: '5001' }));
		expect(writes().at(-1)!.body).not.toHaveProperty('jobActivityId');
		expect(writes().at(-1)!.body).toMatchObject({ representativeUserId: 5001 });
	});

	it('Create Activity refuses a User ID that is not an ID', async () => {
		const activity = (userId: string | number) => ({ resource: 'contact', operation: 'createActivity', contactId: byId(800001), typeId: 31, notes: 'visit', additionalFields: { userId } });
		await expect(run(avionte, activity('Ann'))).rejects.toThrow('"User ID" of item 0 must be a numeric Avionté user ID, got "Ann"');
		expect(writes()).toHaveLength(0);
		await run(avionte, activity('5001'));
		expect(writes().at(-1)!.body).toMatchObject({ userId: 5001 });
	});

	it('Upload Document refuses an Employer ID that is not an ID', async () => {
		const item: INodeExecutionData = { json: {}, binary: { data: await prepareBinaryData(Buffer.from('%PDF-1.4\n%%EOF\n'), 'cv.pdf', 'application/pdf') } };
		const upload = (additionalFields: IDataObject) => run(avionte, { resource: 'talent', operation: 'uploadDocument', talentId: byId(100001), additionalFields }, { inputItems: [item] });
		await expect(upload({ employerId: 'ACME' })).rejects.toThrow('"Employer ID" of item 0 must be a numeric Avionté ID, got "ACME"');
		expect(writes()).toHaveLength(0);
		await upload({ employerId: 0, documentTypeId: '1' });
		expect(writes().at(-1)!.body).not.toHaveProperty('employerId');
		expect(writes().at(-1)!.body).toMatchObject({ documentTypeId: 1 });
	});
});

describe('Ignore Repeats Within (Minutes) of the triggers', () => {
	it('reads minutes as milliseconds: unset gives the default, fractions and text are allowed, 0 turns it off', () => {
		expect(parseRepeatWindowMs(undefined, 60)).toEqual({ value: 3_600_000 });
		expect(parseRepeatWindowMs(' 1.5 ', 60)).toEqual({ value: 90_000 });
		expect(parseRepeatWindowMs(0, 60)).toEqual({ value: 0 });
		expect(parseRepeatWindowMs('an hour', 60)).toEqual({ problem: 'must be a number of 0 or more, got "an hour"' });
		expect(parseRepeatWindowMs(-5, 60)).toEqual({ problem: 'must be a number of 0 or more, got -5' });
	});

	it('the Avinode Trigger does not activate with a window that is not a number, before any request', async () => {
		const node = new AvinodeTrigger();
		const context = hookContext({ node, parameters: { events: ['TripRequest'], options: { dedupeMinutes: 'two days' } }, store: store(), staticData: {}, webhookUrl: 'https://n8n.example.test/webhook/abc/webhook' });
		await expect(node.webhookMethods.default.create.call(context as never)).rejects.toThrow('"Ignore Repeats Within (Minutes)" must be a number of 0 or more, got "two days"');
		expect(writes()).toHaveLength(0);
	});

	it('the Avionté Trigger does not activate with a negative window', async () => {
		const node = new AvionteTrigger();
		store().set('avionteApi', { ...avionteCredentials(sandbox()), webhookSecret: 'a-long-enough-webhook-secret' });
		const context = hookContext({ node, parameters: { options: { dedupeMinutes: -1 } }, store: store(), staticData: {} });
		await expect(node.webhookMethods.default.create.call(context as never)).rejects.toThrow('"Ignore Repeats Within (Minutes)" must be a number of 0 or more, got -1');
		expect(apiCalls()).toHaveLength(0);
	});
});
