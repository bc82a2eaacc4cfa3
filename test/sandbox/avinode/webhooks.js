/**
 * Webhook settings of the fake Avinode API and the deliveries they receive. Each API connection sees
 * and changes only its own settings (Schedaero connections manage theirs on the Avinode host [C]);
 * `emit` delivers an event to every active setting of the owner subscribed to it, as Avinode does
 * (Basic auth with the setting's client identifier and secret).
 */
const { postJson } = require('../http');
const { fail, ok } = require('./envelope');

function validateSetting(body) {
	if (!body?.targetURI || !/^https?:\/\//.test(body.targetURI)) return 'targetURI must be an absolute URL';
	const url = new URL(body.targetURI);
	// Avinode requires HTTPS; the sandbox also accepts http on loopback so local n8n instances can subscribe.
	if (url.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return 'targetURI must use HTTPS';
	if (!body.displayName) return 'displayName is required';
	if (!Array.isArray(body.eventTypes) || body.eventTypes.length === 0) return 'eventTypes must be a non-empty array';
	return undefined;
}

function routes({ data, avinodeUrl, nextId }) {
	/** A setting as the API shows it: without its owner and client secret. */
	function publicSetting(setting) {
		const { owner: _owner, clientSecret: _secret, ...rest } = setting;
		return { ...rest, type: 'webhooksettings', href: avinodeUrl(`/webhooks/settings/${setting.id}`) };
	}
	return [
		['GET', /^\/webhooks\/settings$/, (_, { owner }) => ok([...data.webhookSettings.values()].filter((s) => s.owner === owner).map(publicSetting))],
		['POST', /^\/webhooks\/settings$/, (_, { body, owner }) => {
			const problem = validateSetting(body);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			const id = nextId('webhooksetting');
			const setting = { id, version: 1, active: true, ...body, owner };
			data.webhookSettings.set(id, setting);
			return ok(publicSetting(setting), 201);
		}],
		['PUT', /^\/webhooks\/settings\/([^/]+)$/, ([id], { body, owner }) => {
			const setting = data.webhookSettings.get(id);
			if (!setting || setting.owner !== owner) return fail(404, 'Not found', 'NOT_FOUND');
			const merged = { ...setting, ...body };
			const problem = validateSetting(merged);
			if (problem) return fail(422, problem, 'VALIDATION_FAILED');
			Object.assign(setting, body, { id, owner, version: setting.version + 1 });
			return ok(publicSetting(setting));
		}],
	];
}

/** `emit(eventType, resource?, { owner })`: the deliveries made; `onDelivery` hears of each. */
function createEmitter({ data, schedaero, avinodeUrl, schedaeroUrl, onDelivery }) {
	/** What an event names when the caller gives no resource: a record of the kind the event is about. */
	function defaultResource(eventType) {
		if (eventType.startsWith('SchedAero')) {
			const contact = [...schedaero.people.values()][0];
			return { id: contact.id, href: schedaeroUrl(`/contacts/people/${contact.id}`), type: eventType, platformTripId: null };
		}
		if (eventType === 'TripRequest' || eventType === 'TripRequestMine') {
			const rfq = [...data.rfqs.values()][0];
			return { id: rfq.id, href: avinodeUrl(`/rfqs/${rfq.id}`), type: 'rfqs' };
		}
		const message = [...data.tripMessages.values()][0];
		if (message) return { id: message.id, href: message.href, type: 'tripmsgs' };
		const rfq = [...data.rfqs.values()][0];
		return { id: rfq.id, href: avinodeUrl(`/rfqs/${rfq.id}`), type: 'rfqs' };
	}

	return async function emit(eventType, resource, { owner = 'avinode' } = {}) {
		const deliveries = [];
		for (const setting of data.webhookSettings.values()) {
			if (!setting.active || setting.owner !== owner || !setting.eventTypes.includes(eventType)) continue;
			const payload = resource ?? defaultResource(eventType);
			const headers = { 'Content-Type': 'application/json' };
			if (setting.clientIdentifier && setting.clientSecret) headers.Authorization = `Basic ${Buffer.from(`${setting.clientIdentifier}:${setting.clientSecret}`).toString('base64')}`;
			const status = await postJson(setting.targetURI, payload, headers);
			deliveries.push({ settingId: setting.id, targetURI: setting.targetURI, status });
			onDelivery?.({ eventType, settingId: setting.id, status, payload });
		}
		return deliveries;
	};
}

module.exports = { routes, createEmitter };
