/**
 * Record pickers that find any record: the search reads on past the first page until it has matches,
 * within its bounds, and hands the rest over with n8n's list-search token; "By URL" takes the link a
 * record carries (and only a link of the field's own kind).
 */
import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { linkExtractionRegex, linkValidationRegex, recordIdFromLink, talentLocator } from '../../nodes/Avionte/helpers/locators';
import { searchRecords } from '../../nodes/Avionte/helpers/recordSearch';
import { searchCompanies, searchJobs, searchTalents } from '../../nodes/Avionte/methods/listSearch';
import { createLoadOptionsContext, runNode } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const avionte = new Avionte();

const { sandbox, store } = sandboxForEachTest({ talentCount: 300, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

const talentIds = () => [...sandbox().data.avionte.talents.keys()].sort((a, b) => a - b);
const context = () => createLoadOptionsContext(store(), avionte) as never;
const idsPagesRead = () => sandbox().ledger.filter((e) => e.path.includes('/talents/ids/')).map((e) => Number(/\/ids\/(\d+)\//.exec(e.path)![1]));
/** Makes talent number `position` (1-based, in id order) Jane Quill, the only Jane. */
function placeJane(position: number): number {
	const id = talentIds()[position - 1];
	sandbox().editAvionte('talents', id, { firstName: 'Jane', lastName: 'Quill', emailAddress: 'jane.quill@example.test' });
	expect([...sandbox().data.avionte.talents.values()].filter((t) => /jane/i.test(`${String(t.firstName)} ${String(t.lastName)}`))).toHaveLength(1);
	return id;
}

describe('record pickers', () => {
	it('finds "Jane" when she is record 250 of 300, in one call', async () => {
		const jane = placeJane(250);
		const found = await searchTalents.call(context(), 'Jane');
		expect(found.results.map((r) => r.value)).toEqual([String(jane)]);
		expect(found.results[0]).toMatchObject({ name: `Jane Quill (jane.quill@example.test) · ${jane}`, url: `https://apitest.myavionte.com/app/#/applicant/${jane}` });
		// Read to the end of the list, so no token is left to follow.
		expect(found.paginationToken).toBeUndefined();
		expect(idsPagesRead().filter((page) => page > 0)).toEqual([1, 2, 3, 4]);
	});

	it('stops at its page bound and hands over a token that carries on where it stopped', async () => {
		const jane = placeJane(250);
		const bounds = { enoughMatches: 30, maxPages: 2, maxMilliseconds: 60_000 };
		const spec = { plural: 'talents', label: (r: IDataObject) => `${String(r.firstName)} ${String(r.lastName)}` };
		const first = await searchRecords(context(), spec, 'jane', undefined, bounds);
		expect(first.results).toEqual([]);
		expect(first.paginationToken).toBe('3:100');
		sandbox().clearLedger();
		const second = await searchRecords(context(), spec, 'jane', first.paginationToken, bounds);
		expect(second.results.map((r) => r.value)).toEqual([String(jane)]);
		expect(idsPagesRead()).toEqual([3, 4]);
		expect(second.paginationToken).toBeUndefined();
	});

	it('stops at its time bound', async () => {
		const spec = { plural: 'talents', label: (r: IDataObject) => String(r.firstName) };
		const result = await searchRecords(context(), spec, 'nobody is called this', undefined, { enoughMatches: 30, maxPages: 50, maxMilliseconds: 0 });
		// Page 0 was read before the page base was known: the token carries its first id.
		expect(result).toEqual({ results: [], paginationToken: `1:100:${talentIds()[0]}` });
	});

	it('the first page costs one ids call; the token then tells whether page 1 repeats page 0 and skips it if so', async () => {
		const first = await searchTalents.call(context());
		expect(first.results.map((r) => Number(r.value))).toEqual(talentIds().slice(0, 100));
		expect(idsPagesRead()).toEqual([0]);
		const second = await searchTalents.call(context(), undefined, first.paginationToken);
		expect(second.results.map((r) => Number(r.value))).toEqual(talentIds().slice(100, 200));
		// The sandbox counts from 1 and reads page 0 as page 1: page 1 repeated it and was skipped.
		expect(idsPagesRead()).toEqual([0, 1, 2]);
		const third = await searchTalents.call(context(), undefined, second.paginationToken);
		expect(third.results.map((r) => Number(r.value))).toEqual(talentIds().slice(200, 300));
	});

	it('a filter that matches many returns a screenful and a token; the token pages on without repeats', async () => {
		const seen: string[] = [];
		let result: INodeListSearchResult = { results: [] };
		let calls = 0;
		do {
			result = await searchTalents.call(context(), '@example.test', result.paginationToken);
			seen.push(...result.results.map((r) => r.value as string));
			calls++;
		} while (result.paginationToken && calls < 10);
		// Three full pages, then the empty page that ends the list.
		expect(calls).toBe(4);
		expect(seen).toEqual(talentIds().map(String));
	});

	it('a pasted link finds its record; the ID does too', async () => {
		const id = talentIds()[123];
		const byLink = await searchTalents.call(context(), `https://apitest.myavionte.com/app/#/applicant/${id}`);
		expect(byLink.results.map((r) => r.value)).toEqual([String(id)]);
		const byId = await searchTalents.call(context(), String(id));
		expect(byId.results.map((r) => r.value)).toEqual([String(id)]);
	});

	it('company and job pickers carry each record link', async () => {
		const companies = await searchCompanies.call(context());
		expect(companies.results[0].url).toMatch(/^https:\/\/apitest\.myavionte\.com\/app\/#\/company\/\d+$/);
		const jobs = await searchJobs.call(context(), 'forklift');
		expect(jobs.results.length).toBeGreaterThan(0);
		expect(jobs.results.every((r) => /forklift/i.test(r.name) && /#\/job\/\d+$/.test(String(r.url)))).toBe(true);
	});
});

describe('"By URL"', () => {
	/** What n8n does with the mode's validation (anchored) and extraction regexes. */
	const validates = (kind: string, value: string) => new RegExp(`^${linkValidationRegex(kind)}$`).test(value);
	const extracts = (kind: string, value: string) => new RegExp(linkExtractionRegex(kind)).exec(value)?.[1];

	it.each([
		['talent', 'https://apitest.myavionte.com/app/#/applicant/100001', '100001'],
		['talent', 'http://example.myavionte.com/app/#/applicant/1234567', '1234567'],
		['talent', 'https://shiftfillers.myavionte.com/app/#/applicant/106494605/', '106494605'],
		['contact', 'https://apitest.myavionte.com/app/#/contact/800001', '800001'],
		['company', 'https://apitest.myavionte.com/app/#/company/700001', '700001'],
		['job', 'https://apitest.myavionte.com/app/#/job/300001?tab=details', '300001'],
		['placement', 'https://apitest.myavionte.com/app/#/placement/900001', '900001'],
	])('%s: %s → %s', (kind, link, id) => {
		expect(validates(kind, link)).toBe(true);
		expect(extracts(kind, link)).toBe(id);
		expect(recordIdFromLink(kind, link)).toBe(id);
	});

	it.each([
		['talent', 'https://apitest.myavionte.com/app/#/job/300001'],
		['job', 'https://apitest.myavionte.com/app/#/applicant/100001'],
		['talent', '100001'],
		['talent', 'https://apitest.myavionte.com/app/#/applicant/'],
		['company', 'https://hire.myavionte.com/app/careers/#/jobs/BhwCDlLPhUA/BBH2PZF8yko//'],
	])('%s refuses %s', (kind, link) => {
		expect(validates(kind, link)).toBe(false);
		expect(recordIdFromLink(kind, link)).toBeUndefined();
	});

	it('is offered by the record pickers that have links, not by User', async () => {
		expect(talentLocator.modes!.map((mode) => mode.name)).toEqual(['list', 'url', 'id']);
		const description = avionte.description.properties;
		const userGet = description.find((p) => p.name === 'userId' && p.type === 'resourceLocator');
		expect(userGet!.modes!.map((mode) => mode.name)).toEqual(['list', 'id']);
		const placement = description.find((p) => p.name === 'placementId' && p.type === 'resourceLocator');
		expect(placement!.modes!.map((mode) => mode.name)).toEqual(['list', 'url', 'id']);
	});

	it('every sandbox record link opens its record through Get, and a link of another kind is refused with the field and item', async () => {
		const run = (parameters: IDataObject) => runNode({ node: avionte, parameters: { simplify: false, ...parameters }, store: store() });
		const data = sandbox().data.avionte as unknown as Record<string, Map<number, IDataObject>>;
		for (const [resource, plural, field] of [
			['talent', 'talents', 'talentId'],
			['contact', 'contacts', 'contactId'],
			['company', 'companies', 'companyId'],
			['job', 'jobs', 'jobId'],
		]) {
			const record = [...data[plural].values()][7];
			const result = await run({ resource, operation: 'get', [field]: { __rl: true, mode: 'url', value: record.link } });
			expect(result.json[0].id).toBe(record.id);
		}
		const job = [...data.jobs.values()][0];
		await expect(run({ resource: 'talent', operation: 'get', talentId: { __rl: true, mode: 'url', value: job.link } })).rejects.toThrow(`"Talent" of item 0 must be a numeric Avionté ID, got "${String(job.link)}"`);
	});
});
