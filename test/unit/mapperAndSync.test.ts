/** The small pure helpers behind the field mapper, the `_sync` report, flat rows and segment values. */
import type { IDataObject } from 'n8n-workflow';

import { clockTime, localDateAndTime, locatorValue } from '../../nodes/Avinode/helpers/segments';
import { ContactIndex } from '../../nodes/Schedaero/actions/contact/contactIndex';
import { contactMapperFields, labelOf } from '../../nodes/Schedaero/actions/contact/mapper';
import { flattenRecord } from '../../nodes/shared/flatten';
import { convertMappedValue, mapperFields, missingRequired } from '../../nodes/shared/mappedFields';
import { fieldsToChange, sameAsUserSees, syncAction } from '../../nodes/shared/syncResult';

describe('convertMappedValue', () => {
	const field = (type: 'string' | 'number' | 'boolean' | 'dateTime' | 'options' | 'object' | 'array') => ({ displayName: 'Field', type });

	it('converts to the field type and leaves empty values out', () => {
		expect(convertMappedValue(field('number'), ' 12.5 ', 0)).toBe(12.5);
		expect(convertMappedValue(field('boolean'), 'Yes', 0)).toBe(true);
		expect(convertMappedValue(field('boolean'), 0, 0)).toBe(false);
		expect(convertMappedValue(field('dateTime'), '2026-12-24T10:00:00', 0)).toBe('2026-12-24T10:00:00');
		expect(convertMappedValue(field('object'), '{"a":1}', 0)).toEqual({ a: 1 });
		expect(convertMappedValue(field('string'), 42, 0)).toBe('42');
		for (const empty of [undefined, null, '']) expect(convertMappedValue(field('string'), empty, 0)).toBeUndefined();
		expect(convertMappedValue(field('number'), '  ', 0)).toBeUndefined();
	});

	it('names the field and item of a value it cannot convert', () => {
		expect(() => convertMappedValue(field('number'), 'twelve', 3)).toThrow('"Field" of item 3 must be a number, got "twelve"');
		expect(() => convertMappedValue(field('boolean'), 'maybe', 0)).toThrow('must be true or false');
		expect(() => convertMappedValue(field('dateTime'), 'soon', 0)).toThrow('must be a date and time');
		expect(() => convertMappedValue({ displayName: 'Size', type: 'options', options: [{ name: 'Big', value: 'big' }] }, 'huge', 0)).toThrow('"Size" of item 0 must be one of "big"');
		expect(() => convertMappedValue(field('array'), '{"a":1}', 0)).toThrow('must be a list');
	});

	it('marks required fields and offers optional ones under Add field', () => {
		const fields = mapperFields([
			{ id: 'name', displayName: 'Name', type: 'string', required: true },
			{ id: 'note', displayName: 'Note', type: 'string', optional: true },
		]);
		expect(fields.map((f) => [f.id, f.required, f.removed ?? false])).toEqual([['name', true, false], ['note', false, true]]);
		expect(missingRequired({ note: 'x' }, [{ id: 'name', displayName: 'Name', type: 'string', required: true }])?.displayName).toBe('Name');
	});
});

describe('sync report', () => {
	it('compares as a user sees values', () => {
		expect(sameAsUserSees(' Ana ', 'Ana')).toBe(true);
		expect(sameAsUserSees(5, '5')).toBe(true);
		expect(sameAsUserSees(undefined, '')).toBe(true);
		expect(sameAsUserSees({ a: 1 }, { a: 1 })).toBe(true);
		// Objects by content: the order of their keys does not matter.
		expect(sameAsUserSees({ city: 'Denver', state: 'CO' }, { state: 'CO', city: 'Denver' })).toBe(true);
		expect(sameAsUserSees('ana', 'Ana')).toBe(false);
		expect(sameAsUserSees(null, 'x')).toBe(false);
	});

	it('lists changed fields in the order given and names the action', () => {
		const record: IDataObject = { firstName: 'Ana', phone: '1' };
		expect(fieldsToChange(record, { firstName: 'Ana', phone: '2', email: 'a@x.test' })).toEqual(['phone', 'email']);
		expect(syncAction('create', [], false)).toBe('created');
		expect(syncAction('create', [], true)).toBe('wouldCreate');
		expect(syncAction('update', [], true)).toBe('unchanged');
		expect(syncAction('update', ['phone'], true)).toBe('wouldUpdate');
		expect(syncAction('update', ['phone'], false)).toBe('updated');
	});
});

describe('ContactIndex', () => {
	it('finds contacts by a property, case and spaces ignored, and by an active external identity', () => {
		const index = new ContactIndex([
			{ id: 'c1', email: 'Ana@Example.test', externalIdentities: [{ externalSystemId: 's1', identifier: 'CRM-1' }] },
			{ id: 'c2', email: 'ben@example.test', externalIdentities: [{ externalSystemId: 's1', identifier: 'CRM-2', isActive: 'false' }] },
		]);
		expect(index.identitiesListed).toBe(true);
		expect(index.findBy('email', ' ana@example.TEST ').map((c) => c.id)).toEqual(['c1']);
		expect(index.findBy('email', '')).toEqual([]);
		expect(index.findByIdentity('s1', 'CRM-1').map((c) => c.id)).toEqual(['c1']);
		expect(index.findByIdentity('s1', 'CRM-2')).toEqual([]);
		index.put({ id: 'c3', email: 'ana@example.test' });
		expect(index.findBy('email', 'ana@example.test')).toHaveLength(2);
		expect(new ContactIndex([{ id: 'c1' }]).identitiesListed).toBe(false);
	});
});

describe('contact mapper fields', () => {
	it('adds the writable properties sample contacts carry, typed, after the known fields', () => {
		const fields = contactMapperFields('people', [{ id: 'c1', href: 'x', firstName: 'A', vip: true, loyaltyPoints: 10, address: { city: 'Tampa' }, nickname: null }]);
		expect(fields.map((f) => [f.id, f.type, f.required ?? false])).toEqual([
			['firstName', 'string', true],
			['lastName', 'string', true],
			['email', 'string', false],
			['phone', 'string', false],
			['address', 'object', false],
			['loyaltyPoints', 'number', false],
			['vip', 'boolean', false],
		]);
		expect(contactMapperFields('companies', [], false)[0]).toMatchObject({ id: 'name', required: false });
		expect(labelOf('loyalty_points')).toBe('Loyalty points');
		expect(labelOf('firstName')).toBe('First Name');
	});
});

describe('flattenRecord', () => {
	it('gives one level of columns', () => {
		expect(flattenRecord({ id: 'c1', tags: ['a', 'b'], address: { city: 'Tampa', geo: { lat: 1 } }, history: [{ at: 1 }], href: 'x' }, ['href'])).toEqual({
			id: 'c1',
			tags: 'a, b',
			'address.city': 'Tampa',
			'address.geo': '{"lat":1}',
			history: '[{"at":1}]',
		});
	});
});

describe('segment values', () => {
	it('reads a picked date, its time, a typed time and a picker value', () => {
		expect(localDateAndTime('2026-12-24T00:00:00')).toEqual({ date: '2026-12-24', time: undefined });
		expect(localDateAndTime('2026-12-24 14:30')).toEqual({ date: '2026-12-24', time: '14:30' });
		expect(localDateAndTime('24/12/2026')).toEqual({});
		expect(clockTime('9:05')).toBe('09:05');
		expect(clockTime('09:05:00')).toBe('09:05');
		expect(clockTime('24:00')).toBeUndefined();
		expect(locatorValue({ __rl: true, mode: 'list', value: 'KTEB' })).toBe('KTEB');
		expect(locatorValue('KPBI')).toBe('KPBI');
	});
});
