/**
 * Activities logged on a talent or a contact in the fake Avionté API. The type must be one of the
 * owner's activity types (lookups.js); "archived" (`show_in` -2) cannot be used on create.
 */
function routes({ data, now, notFound }) {
	function createActivity(kind, id, body) {
		const owner = kind === 'talent' ? data.talents : data.contacts;
		if (!owner.has(Number(id))) return notFound(kind === 'talent' ? 'Talent' : 'Contact', id);
		const types = kind === 'talent' ? data.talentActivityTypes : data.contactActivityTypes;
		if (!body || !Number.isInteger(Number(body.typeId))) return [400, { message: 'typeId is required.' }];
		const type = types.find((t) => t.typeId === Number(body.typeId));
		if (!type) return [400, { message: `typeId ${body.typeId} is not a ${kind} activity type.` }];
		if (body.show_in === -2) return [400, { message: 'show_in -2 (archived) cannot be used on create.' }];
		const activity = { id: data.nextActivityId++, typeId: type.typeId, name: body.name || type.name, show_in: body.show_in ?? type.show_in, activityDate: body.activityDate || new Date(now()).toISOString(), [`${kind}Id`]: Number(id), notes: body.notes ?? '', userId: body.userId ?? null };
		data.activities.push(activity);
		return [200, activity];
	}
	return [
		['POST', /^\/talent\/(\d+)\/activity\/?$/, ([id], { body }) => createActivity('talent', id, body)],
		['POST', /^\/contact\/(\d+)\/activity\/?$/, ([id], { body }) => createActivity('contact', id, body)],
	];
}

module.exports = { routes };
