/** Pure helpers behind the data-sync operations: dates, document titles, download names, watch memory. */
import type { IDataObject } from 'n8n-workflow';

import { activitiesOf } from '../../nodes/Avinode/actions/schedule/getFleetSchedules.operation';
import { forgetLoad, initialLoadKey, INITIAL_LOADS_KEY, recordedLoad, rememberLoad, wasNotServed } from '../../nodes/Avinode/helpers/initialLoads';
import { documentTitle, extensionOf } from '../../nodes/Avionte/helpers/documents';
import { parseDateValue, utcToSecond, utcWithMillis } from '../../nodes/shared/dates';
import { fileNameFromContentDisposition, mimeTypeOf } from '../../nodes/shared/files';

describe('parseDateValue', () => {
	it.each([
		['2026-12-01', '2026-12-01T00:00:00.000Z'],
		['2026-12-01T14:30:00', '2026-12-01T14:30:00.000Z'],
		['2026-12-01 14:30', '2026-12-01T14:30:00.000Z'],
		['2026-12-01T14:30:00.546Z', '2026-12-01T14:30:00.546Z'],
		['2026-12-01T15:30:00+01:00', '2026-12-01T14:30:00.000Z'],
		['2026-12-01T09:30:00-0500', '2026-12-01T14:30:00.000Z'],
	])('reads %s as %s (no offset means UTC)', (text, iso) => {
		expect(parseDateValue(text)?.toISOString()).toBe(iso);
	});

	it('takes Dates, epoch milliseconds and Luxon-like objects; empty is undefined; other text is refused', () => {
		expect(parseDateValue(new Date(Date.UTC(2026, 0, 2)))?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
		expect(parseDateValue(Date.UTC(2026, 0, 2))?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
		expect(parseDateValue({ toJSDate: () => new Date(Date.UTC(2026, 0, 2)) })?.toISOString()).toBe('2026-01-02T00:00:00.000Z');
		for (const empty of ['', '  ', undefined, null]) expect(parseDateValue(empty)).toBeUndefined();
		for (const bad of ['12/01/2026', 'tomorrow', '2026-13-45', {}, true, Number.NaN]) expect(parseDateValue(bad)).toBeNull();
	});

	it('formats UTC with milliseconds or to the second', () => {
		const date = new Date(Date.UTC(2026, 11, 1, 14, 30, 0, 546));
		expect(utcWithMillis(date)).toBe('2026-12-01T14:30:00.546Z');
		expect(utcToSecond(date)).toBe('2026-12-01T14:30:00Z');
	});
});

describe('documentTitle (Avionté valid extensions)', () => {
	it.each([
		['', 'cv.pdf', undefined, 'cv.pdf'],
		['Résumé', 'cv.PDF', undefined, 'Résumé.pdf'],
		['Résumé v2.final', 'cv.docx', undefined, 'Résumé v2.final.docx'],
		['Scan.JPG', 'scan.jpeg', undefined, 'Scan.JPG'],
		['Timesheet', 'upload', 'xlsx', 'Timesheet.xlsx'],
	])('title %j for file %j (%j) becomes %j', (requested, fileName, fileExtension, title) => {
		expect(documentTitle(requested, { fileName, fileExtension })).toEqual({ ok: true, title });
	});

	it.each([
		['', 'setup.exe', undefined, 'is a .exe file; Avionté accepts only txt, doc, docx, pdf, xls, xlsx, png, jpg, jpeg'],
		['', 'README', undefined, 'is a file without extension; Avionté accepts only'],
		['Notes', undefined, undefined, 'is a file without extension'],
		['', undefined, undefined, 'has no title and its file has no name'],
		['cv.pdf', 'cv.docx', undefined, 'has the title "cv.pdf" but the file is .docx'],
		['x'.repeat(497), 'a.pdf', undefined, 'has a title of 501 characters; Avionté allows at most 500'],
	])('refuses title %j for file %j', (requested, fileName, fileExtension, problem) => {
		const result = documentTitle(requested, { fileName, fileExtension });
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.problem).toContain(problem);
	});

	it('reads extensions', () => {
		expect(extensionOf('a.b.PDF')).toBe('pdf');
		expect(extensionOf('no extension')).toBeUndefined();
		expect(extensionOf('trailing.')).toBeUndefined();
	});
});

describe('download file names', () => {
	it.each([
		['attachment; filename="quote.pdf"', 'quote.pdf'],
		['attachment; filename=quote.pdf', 'quote.pdf'],
		[`attachment; filename="Devis _t_.pdf"; filename*=UTF-8''Devis%20%C3%A9t%C3%A9.pdf`, 'Devis été.pdf'],
		['attachment; filename="say \\"hi\\".txt"', 'say "hi".txt'],
		['attachment; filename="../../etc/passwd"', 'passwd'],
		['attachment; filename=".."', undefined],
		['inline', undefined],
		[undefined, undefined],
	])('%j gives %j', (header, name) => {
		expect(fileNameFromContentDisposition(header)).toBe(name);
	});

	it('drops media type parameters', () => {
		expect(mimeTypeOf('application/PDF; charset=binary')).toBe('application/pdf');
		expect(mimeTypeOf(undefined)).toBeUndefined();
	});
});

describe('watch initial-load memory', () => {
	it('keys by host and watch, hashed; remembers, replaces the map at the top level, forgets', () => {
		const key = initialLoadKey('https://sandbox.avinode.com/api', 'aelwatch-1');
		expect(key).toMatch(/^[0-9a-f]{32}$/);
		expect(initialLoadKey('https://services.avinode.com/api', 'aelwatch-1')).not.toBe(key);
		const staticData: IDataObject = {};
		expect(recordedLoad(staticData, key)).toBeUndefined();
		rememberLoad(staticData, key, 'unknown', new Date('2026-01-01T00:00:00Z'));
		const firstMap = staticData[INITIAL_LOADS_KEY];
		rememberLoad(staticData, key, 'loaded', new Date('2026-01-01T00:00:01Z'));
		expect(staticData[INITIAL_LOADS_KEY]).not.toBe(firstMap);
		expect(recordedLoad(staticData, key)).toEqual({ at: '2026-01-01T00:00:01.000Z', outcome: 'loaded' });
		forgetLoad(staticData, key);
		expect(recordedLoad(staticData, key)).toBeUndefined();
	});

	it('only a refusal proves the load was not served', () => {
		for (const code of ['400', '401', '403', '404', '429', '503']) expect(wasNotServed(code)).toBe(true);
		for (const code of ['200', '422', '500', '502', '504', undefined, null]) expect(wasNotServed(code)).toBe(false);
	});
});

describe('activitiesOf', () => {
	it('gives each activity its aircraft tail', () => {
		expect(activitiesOf([{ lift: { aircraftTail: 'N1' }, activities: [{ activityId: 'a' }, { activityId: 'b' }] }, { lift: {}, activities: undefined }])).toEqual([
			{ aircraftTail: 'N1', activityId: 'a' },
			{ aircraftTail: 'N1', activityId: 'b' },
		]);
	});
});
