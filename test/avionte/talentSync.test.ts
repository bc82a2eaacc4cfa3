/**
 * Talent operations for data syncs: Create or Update (Post a Talent),
 * Upload Document from a binary field, nomination stages, assessments, onboarding tasks, referrals.
 * Binary data goes through n8n-core's own file-system store (see test/harness/binary.ts).
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { prepareBinaryData } from '../harness/binary';
import { createLoadOptionsContext, runNode } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Avionte();
const { sandbox, store } = sandboxForEachTest({ talentCount: 40, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });
const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });
const apiCalls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office'));
const posts = (path: RegExp) => apiCalls().filter((e) => e.method === 'POST' && path.test(e.path));

function run(parameters: IDataObject | ((i: number) => IDataObject), extra: { items?: IDataObject[]; inputItems?: INodeExecutionData[]; continueOnFail?: boolean } = {}) {
	return runNode({ node, parameters, store: store(), ...extra });
}

async function fileItem(bytes: Buffer, fileName: string, mimeType: string, property = 'data'): Promise<INodeExecutionData> {
	return { json: { name: fileName }, binary: { [property]: await prepareBinaryData(bytes, fileName, mimeType) } };
}


describe('Create or Update (Post a Talent)', () => {
	it('creates with 0 in one call and updates the same person by id, keeping fields not sent', async () => {
		const created = await run({ resource: 'talent', operation: 'upsert', talentId: byId(0), firstName: 'Rosa', lastName: 'Parks', emailAddress: 'rosa@example.test', additionalFields: { mobilePhone: '555-0100', status: 'Active' } });
		const id = Number(created.json[0].id);
		expect(id).toBeGreaterThan(0);
		expect(posts(/\/talent\/0$/)).toHaveLength(1);
		expect(posts(/\/talent\/0$/)[0].body).toMatchObject({ id: 0, firstName: 'Rosa', mobilePhone: '555-0100' });
		expect(sandbox().data.avionte.talents.get(id)).toMatchObject({ firstName: 'Rosa', mobilePhone: '555-0100' });

		sandbox().clearLedger();
		const updated = await run({ resource: 'talent', operation: 'upsert', talentId: byId(id), additionalFields: { mobilePhone: '555-0199' } });
		expect(updated.json[0]).toMatchObject({ id, firstName: 'Rosa', lastName: 'Parks', emailAddress: 'rosa@example.test', mobilePhone: '555-0199' });
		expect(apiCalls().map((e) => `${e.method} ${e.path.replace('/avionte/front-office/v1', '')}`)).toEqual([`GET /talent/${id}`, `POST /talent/${id}`]);
		expect(sandbox().data.avionte.talents.size).toBe(41);
	});

	it('sends only what is mapped, in one call, when Keep Fields Not Sent is off', async () => {
		const before = sandbox().data.avionte.talents.get(100004)!;
		await run({ resource: 'talent', operation: 'upsert', talentId: byId(100004), firstName: 'Ada', lastName: 'Lovelace', emailAddress: 'ada@example.test', options: { keepUnsentFields: false } });
		expect(apiCalls().map((e) => e.method)).toEqual(['POST']);
		expect(sandbox().data.avionte.talents.get(100004)).toMatchObject({ id: 100004, emailAddress: 'ada@example.test', createdDate: before.createdDate });
	});

	it('refuses before sending: empty or non-numeric talent, a create without email, a partial replacement', async () => {
		await expect(run({ resource: 'talent', operation: 'upsert', talentId: byId(''), firstName: 'A', lastName: 'B', emailAddress: 'a@b.test' })).rejects.toThrow('"Talent" of item 0 is empty: enter the talent\'s ID to update it, or 0 to create a new talent');
		await expect(run({ resource: 'talent', operation: 'upsert', talentId: byId('12a'), firstName: 'A' })).rejects.toThrow('"Talent" of item 0 must be 0 or a numeric Avionté ID, got "12a"');
		const rows = [
			{ firstName: 'A', lastName: 'B', emailAddress: 'a@b.test' },
			{ firstName: 'C', lastName: 'D', emailAddress: ' ' },
		];
		await expect(run((i) => ({ resource: 'talent', operation: 'upsert', talentId: byId(0), ...rows[i], additionalFields: { status: 'Active' } }), { items: [{}, {}] })).rejects.toThrow('"Email Address" of item 1 is empty; Avionté requires it to create a talent');
		await expect(run({ resource: 'talent', operation: 'upsert', talentId: byId(100001), firstName: 'Only', options: { keepUnsentFields: false } })).rejects.toThrow('"Last Name" of item 0 is empty; without Keep Fields Not Sent the talent is replaced by what is sent');
		// Item 0 of the two-row run was created; nothing else was sent.
		expect(posts(/\/talent\/\d+$/)).toHaveLength(1);
	});

	it('never re-sends a create after a 502, but retries an update (same id, same body)', async () => {
		sandbox().script({ status: 502, pathPattern: '/front-office/v1/talent/0$', method: 'POST' });
		const error = await run({ resource: 'talent', operation: 'upsert', talentId: byId(0), firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', additionalFields: { status: 'Active' } }).catch((e) => e);
		expect(error.description).toMatch(/may or may not have applied this change/);
		expect(posts(/\/talent\/0$/)).toHaveLength(1);
		sandbox().script({ status: 502, pathPattern: '/front-office/v1/talent/100001$', method: 'POST' });
		const updated = await run({ resource: 'talent', operation: 'upsert', talentId: byId(100001), additionalFields: { homePhone: '555-2222' }, options: { maxRetries: 2 } });
		expect(updated.json[0].homePhone).toBe('555-2222');
		expect(posts(/\/talent\/100001$/).map((e) => e.status)).toEqual([502, 200]);
	});

	it('surfaces what the API refuses, naming the item', async () => {
		await expect(run({ resource: 'talent', operation: 'upsert', talentId: byId(0), firstName: 'A', lastName: 'B', emailAddress: 'a@b.test' })).rejects.toThrow('"Status" of item 0 is empty; Avionté requires a status name or ID to create a talent');
		const noStatus = await run({ resource: 'customApiCall', operation: 'call', method: 'POST', path: '/talent/0', sendBody: true, body: JSON.stringify({ id: 0, firstName: 'A', lastName: 'B', emailAddress: 'a@b.test' }) }).catch((e) => e);
		expect(noStatus.message).toBe('Avionté API error 400: Either a valid StatusId or Status value is required.');
		const error = await run({ resource: 'talent', operation: 'upsert', talentId: byId(0), firstName: 'A', lastName: 'B', emailAddress: 'not-an-email', additionalFields: { status: 'Active' } }).catch((e) => e);
		expect(error.message).toBe('Avionté API error 400: emailAddress is not a valid email address.');
		expect(error.context.itemIndex).toBe(0);
		await expect(run({ resource: 'talent', operation: 'upsert', talentId: byId(999), firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', options: { keepUnsentFields: false } })).rejects.toThrow('Avionté API error 404: Talent 999 was not found.');
	});
});

describe('Upload Document', () => {
	const pdf = Buffer.from('%PDF-1.4\n% a résumé\n%%EOF\n', 'latin1');

	it('uploads the binary field as base64 with a title carrying the extension', async () => {
		const item = await fileItem(pdf, 'Jane Doe CV.pdf', 'application/pdf', 'resume');
		const result = await run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100001), binaryPropertyName: 'resume', title: 'Résumé', additionalFields: { documentTypeId: 1, isPrivate: true, expirationDate: '2027-01-31' } }, { inputItems: [item] });
		expect(result.json[0]).toMatchObject({ talentId: 100001, title: 'Résumé.pdf', sizeBytes: pdf.length });
		const call = posts(/\/talent\/100001\/document$/)[0];
		expect(call.body).toMatchObject({ talentId: 100001, title: 'Résumé.pdf', documentTypeId: 1, isPrivate: true, expirationDate: '2027-01-31T00:00:00' });
		expect(Buffer.from((call.body as IDataObject).fileContents as string, 'base64').equals(pdf)).toBe(true);
		const stored = (sandbox().data.avionte as unknown as { uploadedDocumentBytes: Map<number, Buffer> }).uploadedDocumentBytes.get(Number(result.json[0].documentId));
		expect(stored?.equals(pdf)).toBe(true);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	it("takes a file of an earlier node through an expression ({{ $('Form').item.binary.Resume }})", async () => {
		const earlier = await prepareBinaryData(pdf, 'from-form.pdf', 'application/pdf');
		const result = await run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100004), binaryPropertyName: earlier as unknown as IDataObject }, { items: [{ id: 100004 }] });
		expect(result.json[0]).toMatchObject({ title: 'from-form.pdf', sizeBytes: pdf.length });
		const bad = await prepareBinaryData(pdf, 'from-form.exe', 'application/octet-stream');
		await expect(run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100004), binaryPropertyName: bad as unknown as IDataObject })).rejects.toThrow('The file given for item 0 is a .exe file');
	});

	it('uses the file name as title when none is given', async () => {
		const result = await run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100001) }, { inputItems: [await fileItem(Buffer.from('hello'), 'notes.TXT', 'text/plain')] });
		expect(result.json[0].title).toBe('notes.TXT');
	});

	it.each([
		['malware.exe', 'application/octet-stream', '', 'is a .exe file; Avionté accepts only txt, doc, docx, pdf, xls, xlsx, png, jpg, jpeg'],
		['photo.heic', 'image/heic', 'Photo', 'is a .heic file; Avionté accepts only'],
		['cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'cv.pdf', 'has the title "cv.pdf" but the file is .docx'],
	])('refuses %s before sending, naming the field and the item', async (fileName, mimeType, title, problem) => {
		const items = [await fileItem(pdf, 'ok.pdf', 'application/pdf'), await fileItem(Buffer.from('x'), fileName, mimeType)];
		const error = await run((i) => ({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100001), title: i === 1 ? title : '' }), { inputItems: items }).catch((e) => e);
		expect(error.message).toContain(`The file in "data" of item 1 ${problem}`);
		expect(posts(/\/document$/)).toHaveLength(1); // item 0 only
	});

	it('refuses an empty file and a missing binary field', async () => {
		await expect(run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100001) }, { inputItems: [await fileItem(Buffer.alloc(0), 'empty.pdf', 'application/pdf')] })).rejects.toThrow('The file in "data" of item 0 is empty; Avionté requires its contents');
		await expect(run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100001), binaryPropertyName: 'resume' }, { inputItems: [await fileItem(pdf, 'a.pdf', 'application/pdf')] })).rejects.toThrow("The item has no binary field 'resume' [item 0]");
		await expect(run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100001) }, { items: [{ name: 'no file' }] })).rejects.toThrow("expects the node's input data to contain a binary file 'data', but none was found [item 0]");
		expect(posts(/\/document$/)).toHaveLength(0);
	});

	it('with Continue On Fail, a refused file becomes an error item and the others upload', async () => {
		const items = [await fileItem(pdf, 'a.pdf', 'application/pdf'), await fileItem(pdf, 'b.zip', 'application/zip'), await fileItem(pdf, 'c.pdf', 'application/pdf')];
		const result = await run({ resource: 'talent', operation: 'uploadDocument', talentId: byId(100004) }, { inputItems: items, continueOnFail: true });
		expect(result.json.map((json) => json.title ?? json.error)).toEqual(['a.pdf', expect.stringContaining('item 1 is a .zip file'), 'c.pdf']);
		expect(posts(/\/document$/)).toHaveLength(2);
	});

	it('the sandbox refuses what the reference refuses (a title without a valid extension, no contents)', async () => {
		const bad = await run({ resource: 'customApiCall', operation: 'call', method: 'POST', path: '/talent/100001/document', sendBody: true, body: JSON.stringify({ talentId: 100001, title: 'cv.exe', fileContents: 'aGk=' }) }).catch((e) => e);
		expect(bad.message).toMatch(/400: title must end with a valid file extension: 'txt', 'doc', 'docx', 'pdf'/);
		const empty = await run({ resource: 'customApiCall', operation: 'call', method: 'POST', path: '/talent/100001/document', sendBody: true, body: JSON.stringify({ talentId: 100001, title: 'cv.pdf', fileContents: '' }) }).catch((e) => e);
		expect(empty.message).toMatch(/400: fileContents is required/);
	});

	it('lists document types for the picker', async () => {
		const context = createLoadOptionsContext(store(), node);
		const types = await node.methods.loadOptions.getDocumentTypes.call(context as never);
		expect(types.map((t) => t.name)).toEqual(['Certification', 'I-9', 'Resume']);
	});
});

describe('nomination stages', () => {
	it('gets a nomination stage by its id', async () => {
		const result = await run({ resource: 'talent', operation: 'getNominationStage', nominationId: '7001' });
		expect(result.json[0]).toMatchObject({ id: 7001, talentId: 100001, jobActivityName: 'Submitted' });
		await expect(run({ resource: 'talent', operation: 'getNominationStage', nominationId: 'x1' })).rejects.toThrow('"Nomination ID" of item 0 must be a numeric Avionté ID, got "x1"');
		await expect(run({ resource: 'talent', operation: 'getNominationStage', nominationId: '1' })).rejects.toThrow('Avionté API error 404: Talent nomination stage 1 was not found.');
	});

	it('adds a stage with every date in UTC with milliseconds, whatever the input form', async () => {
		const result = await run({
			resource: 'talent',
			operation: 'addNominationStage',
			talentId: byId(100004),
			jobId: byId(300002),
			jobActivityName: 'Interview Scheduled',
			stageDate: '2026-12-01T09:30:00+01:00',
			additionalFields: { startDate: '2026-12-03T14:00:00', endDate: new Date(Date.UTC(2026, 11, 3, 15)), stageType: 'Interview', representativeUserId: '5002' },
		});
		expect(result.json[0]).toMatchObject({ id: 8001, talentId: 100004, jobId: 300002 });
		expect(posts(/\/talent\/stage$/)[0].body).toEqual({
			jobActivityName: 'Interview Scheduled',
			stageType: 'Interview',
			representativeUserId: 5002,
			stageDate: '2026-12-01T08:30:00.000Z',
			startDate: '2026-12-03T14:00:00.000Z',
			endDate: '2026-12-03T15:00:00.000Z',
			talentId: 100004,
			jobId: 300002,
		});
		const read = await run({ resource: 'talent', operation: 'getNominationStage', nominationId: String(result.json[0].id) });
		expect(read.json[0].stageType).toBe('Interview');
	});

	it('defaults the stage date to now and refuses a bad date or a missing job before sending', async () => {
		const before = Date.now();
		await run({ resource: 'talent', operation: 'addNominationStage', talentId: byId(100001), jobId: byId(300001) });
		const stageDate = Date.parse((posts(/\/talent\/stage$/)[0].body as IDataObject).stageDate as string);
		expect(stageDate).toBeGreaterThanOrEqual(before - 1000);
		await expect(run({ resource: 'talent', operation: 'addNominationStage', talentId: byId(100001), jobId: byId(300001), additionalFields: { declinedDate: '12/01/2026' } })).rejects.toThrow('"Declined Date" of item 0 is not a date: "12/01/2026"');
		await expect(run({ resource: 'talent', operation: 'addNominationStage', talentId: byId(100001), jobId: byId('') })).rejects.toThrow('"Job" of item 0 must be a numeric Avionté ID');
		expect(posts(/\/talent\/stage$/)).toHaveLength(1);
	});

	it('the sandbox refuses a stage date that is not UTC with milliseconds, as documented', async () => {
		const error = await run({ resource: 'customApiCall', operation: 'call', method: 'POST', path: '/talent/stage', sendBody: true, body: JSON.stringify({ talentId: 100001, jobId: 300001, stageDate: '2026-12-01T09:30:00+01:00' }) }).catch((e) => e);
		expect(error.message).toMatch(/400: stageDate must be a UTC date-time in the format YYYY-MM-DDTHH:mm:ss.sssZ/);
	});
});

describe('talent sub-lists', () => {
	it.each([
		['getAssessments', 'assessments', 'assessmentId'],
		['getOnboardingTasks', 'talent-onboarding-tasks', 'taskId'],
		['getReferrals', 'talent-referrals', 'referralId'],
	])('%s reads /talent/{id}/%s', async (operation, path, key) => {
		const result = await run({ resource: 'talent', operation, talentId: byId(100001) });
		expect(result.json[0]).toHaveProperty(key);
		expect(apiCalls().at(-1)!.path).toBe(`/avionte/front-office/v1/talent/100001/${path}`);
		const none = await run({ resource: 'talent', operation, talentId: byId(100100) });
		expect(none.json).toEqual([]);
	});
});

