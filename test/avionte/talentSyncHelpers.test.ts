/** The pure helpers of a talent sync run: merging same-talent items, their note and hint, the status check. */
import { groupBySameTalent, mergedChanges, sameTalentHint, sameTalentNote } from '../../nodes/Avionte/actions/talent/sameTalentItems';
import { withTenantStatus } from '../../nodes/Avionte/actions/talent/talentStatuses';
import { TalentValueError } from '../../nodes/Avionte/actions/talent/talentValues';

describe('mergedChanges', () => {
	it('takes later values where they differ, keeps the first spelling of an equal one, merges the address part by part', () => {
		expect(
			mergedChanges([
				{ emailAddress: 'ada@x.test', mobilePhone: '555-0101', residentAddress: { city: 'London', postalCode: 'N1' } },
				{ emailAddress: 'ADA@X.test', mobilePhone: '555-0199', middleName: 'B', residentAddress: { city: 'Leeds' } },
			]),
		).toEqual({ emailAddress: 'ada@x.test', mobilePhone: '555-0199', middleName: 'B', residentAddress: { city: 'Leeds', postalCode: 'N1' } });
	});

	it('a later status by name replaces an earlier status ID, and the other way round', () => {
		expect(mergedChanges([{ statusId: 2 }, { status: 'Placed' }])).toEqual({ status: 'Placed' });
		expect(mergedChanges([{ status: 'Placed' }, { statusId: 2 }])).toEqual({ statusId: 2 });
	});
});

describe('groupBySameTalent', () => {
	it('groups by key in input order, takes the Talent ID any member carries, and says whether values differ', () => {
		const groups = groupBySameTalent([
			{ itemIndex: 2, key: 'id:7', mapped: { changes: { middleName: 'B' } } },
			{ itemIndex: 0, key: 'id:7', mapped: { changes: { middleName: 'A' }, talentId: 7 } },
			{ itemIndex: 1, key: 'email:x', mapped: { changes: { emailAddress: 'x' } } },
			{ itemIndex: 3, key: 'email:x', mapped: { changes: { emailAddress: 'X ' } } },
		]);
		expect(groups.get(2)).toBe(groups.get(0));
		expect(groups.get(0)).toEqual({ members: [0, 2], merged: { changes: { middleName: 'B' }, talentId: 7 }, differ: true });
		expect(groups.get(3)).toMatchObject({ members: [1, 3], differ: false });
	});

	it('notes and one hint name the items', () => {
		const group = { members: [0, 3, 5], merged: { changes: {} }, differ: true };
		expect(sameTalentNote(group, false)).toBe("item 0, item 3 and item 5 are the same talent; where their values differ, the last one's were written (in one write, reported on item 0)");
		expect(sameTalentNote(group, true)).toMatch(/the last one's would be written/);
		expect(sameTalentHint([group, group, { ...group, members: [1, 2] }], false)).toBe("2 talents appear more than once in the input with different values (item 0, item 3 and item 5; item 1 and item 2). Each was written once, with the later item's values where they differ.");
		expect(sameTalentHint([{ ...group, differ: false }], false)).toBeUndefined();
	});
});

describe('withTenantStatus', () => {
	const statuses = [
		{ id: 1, name: 'Active' },
		{ id: 3, name: 'Placed' },
	];

	it('spells a known name as the tenant does and keeps a known ID', () => {
		expect(withTenantStatus({ status: ' placed ', firstName: 'A' }, statuses, 0)).toEqual({ status: 'Placed', firstName: 'A' });
		expect(withTenantStatus({ statusId: 3 }, statuses, 0)).toEqual({ statusId: 3 });
		expect(withTenantStatus({ firstName: 'A' }, statuses, 0)).toEqual({ firstName: 'A' });
	});

	it('refuses an unknown one naming the item and the valid names, at most eight', () => {
		expect(() => withTenantStatus({ status: 'Actve' }, statuses, 4)).toThrow(new TalentValueError('"Status" of item 4 is "Actve", which is not a status in your Avionté account (Active, Placed)'));
		const many = Array.from({ length: 10 }, (_, i) => ({ id: i, name: `S${i}` }));
		expect(() => withTenantStatus({ status: 'x' }, many, 0)).toThrow(/\(S0, S1, S2, S3, S4, S5, S6, S7, …\)$/);
	});
});
