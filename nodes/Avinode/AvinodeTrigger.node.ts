import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { parseRepeatWindowMs } from '../shared/inputs';
import { basicAuthSecret } from '../shared/secrets';
import { canonicalJson } from '../shared/canonicalJson';
import { generateSecret, parseBasicAuth, repeatsLastRun, safeEqual, sha256, startRunSavingState } from '../shared/webhookSecurity';
import type { LastRuns, SeenDeliveries } from '../shared/webhookSecurity';
import type { Envelope } from './helpers/envelope';
import { ALL_EVENT_TYPES, webhookTargetProblem } from './helpers/events';
import { avinodeRequest, connectionFor, followHref, idSegment } from './transport';

/** Avinode re-sends a delivery until it gets a 200, for up to 48 hours [C]: repeats inside that window start no second run. */
export const AVINODE_DEDUPE_DEFAULT_MINUTES = 48 * 60;

/**
 * Parts of a resource a workflow's own answer changes (a quote, a decline or a chat adds a link to
 * the RFQ): they have events of their own, so they do not make a notification new.
 */
const NOT_COMPARED = new Set(['links', 'actions']);

interface TriggerState extends IDataObject {
	webhookSettingId?: string;
	clientIdentifier?: string;
	/** SHA-256 of the generated client secret; the secret itself is only sent to Avinode. */
	clientSecretHash?: string;
	/** Earlier versions kept hashes of the notification alone here; they cannot tell an update, so they are dropped unread. */
	seen?: SeenDeliveries;
	lastRuns?: LastRuns;
}

/** The version of a resolved resource, as compared between deliveries: a hash of its own fields. */
export function resourceVersion(resource: unknown): string {
	return sha256(canonicalJson(resource, NOT_COMPARED));
}

function sameEvents(a: unknown, b: string[]): boolean {
	const left = Array.isArray(a) ? [...(a as string[])].sort() : [];
	return left.length === b.length && [...b].sort().every((value, index) => value === left[index]);
}

/**
 * Subscribes itself through `/webhooks/settings` on the Avinode host (also for Schedaero events) [C].
 * There is no DELETE, so deactivation is `PUT … active: false` [C]. Avinode authenticates its calls
 * with the Basic credentials we generate here; other calls are refused without running the workflow.
 */
export class AvinodeTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Avinode Trigger',
		name: 'avinodeTrigger',
		icon: { light: 'file:avinode.svg', dark: 'file:avinode.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		// n8n's nodes panel merges this trigger with the Avinode node into one app entry and shows this
		// text for it, also when adding an action: so it describes both.
		description: 'Trips, RFQs, quotes, empty legs and more on the Avinode Marketplace, or start a workflow when Avinode or Schedaero sends an event',
		defaults: { name: 'Avinode Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		// Either connection: Avinode events need an Avinode one, Schedaero events a Schedaero one. Saved
		// triggers have no Credential Type and keep the Avinode credential they were saved with.
		credentials: [
			{ name: 'avinodeApi', required: true, displayOptions: { show: { authentication: ['avinodeApi'] } } },
			{ name: 'schedaeroApi', required: true, displayOptions: { show: { authentication: ['schedaeroApi'] } } },
		],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Credential Type',
				name: 'authentication',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Avinode API', value: 'avinodeApi', description: 'An Avinode Marketplace connection (or a Schedaero one saved as Avinode / Schedaero API)' },
					{ name: 'Schedaero API', value: 'schedaeroApi', description: 'A Schedaero connection' },
				],
				default: 'avinodeApi',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: ALL_EVENT_TYPES,
				default: ['TripRequest'],
				required: true,
				description: 'Events to receive. Avinode payloads only point to the resource, so turn on Resolve Resource to get the full record.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Ignore Repeats Within (Minutes)',
						name: 'dedupeMinutes',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: AVINODE_DEDUPE_DEFAULT_MINUTES,
						description:
							'Avinode repeats a notification until it gets an answer, for up to 48 hours (the default window). Within the window a notification is skipped only when the record it points to is unchanged since that notification last started a run (its links to messages and quotes are not compared). A changed record, such as an update or a cancellation, always starts a run, and so does a notification whose record cannot be read. To compare, the record is read with each delivery, also when Resolve Resource is off. Only hashes are kept, at most 2,000. 0 turns this off (and saves that read).',
					},
					{
						displayName: 'Resolve Resource',
						name: 'resolveHref',
						type: 'boolean',
						default: true,
						description: "Whether to fetch the full resource from the payload's href (one GET) and output it as \"resource\"",
					},
					{
						displayName: 'Webhook Display Name',
						name: 'displayName',
						type: 'string',
						default: 'n8n',
						description: 'Name of the webhook setting in Avinode',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as TriggerState;
				if (!state.webhookSettingId || !state.clientSecretHash) return false;
				const url = this.getNodeWebhookUrl('default');
				const events = this.getNodeParameter('events', []) as string[];
				const response = await avinodeRequest.call(this, 'avinode', 'GET', '/webhooks/settings', { host: 'avinode' });
				const settings = ((response.body as Envelope)?.data as IDataObject[] | undefined) ?? [];
				const mine = settings.find((setting) => setting.id === state.webhookSettingId);
				return Boolean(mine && mine.active === true && mine.targetURI === url && sameEvents(mine.eventTypes, events));
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const url = this.getNodeWebhookUrl('default') ?? '';
				const connection = await connectionFor(this);
				const problem = webhookTargetProblem(connection.environment, url);
				if (problem) throw new NodeOperationError(this.getNode(), problem);
				const events = this.getNodeParameter('events', []) as string[];
				if (events.length === 0) throw new NodeOperationError(this.getNode(), 'Choose at least one event');
				const options = this.getNodeParameter('options', {}) as IDataObject;
				const repeatWindow = parseRepeatWindowMs(options.dedupeMinutes, AVINODE_DEDUPE_DEFAULT_MINUTES);
				if ('problem' in repeatWindow) throw new NodeOperationError(this.getNode(), `"Ignore Repeats Within (Minutes)" ${repeatWindow.problem}`);
				const state = this.getWorkflowStaticData('node') as TriggerState;
				const clientIdentifier = `n8n-${generateSecret(6)}`;
				const clientSecret = generateSecret();
				const body: IDataObject = {
					targetURI: url,
					displayName: String(options.displayName || 'n8n'),
					eventTypes: events,
					active: true,
					clientIdentifier,
					clientSecret,
					clientAuthenticationType: 'BASIC',
				};
				// The generated password is scrubbed from any error that echoes the request.
				const secrets = [clientSecret, basicAuthSecret(clientIdentifier, clientSecret)];
				// Reuse our earlier setting if Avinode still has it: settings cannot be deleted, only deactivated.
				// Only a 404 means it is gone; any other failure is reported, or a second active setting would
				// be left behind delivering with a password we no longer accept.
				const existing = state.webhookSettingId;
				let response;
				if (existing) {
					try {
						response = await avinodeRequest.call(this, 'avinode', 'PUT', `/webhooks/settings/${idSegment(existing)}`, { host: 'avinode', body, secrets });
					} catch (error) {
						if ((error as { httpCode?: string | null }).httpCode !== '404') throw new NodeApiError(this.getNode(), error as JsonObject);
					}
				}
				const created = response ?? (await avinodeRequest.call(this, 'avinode', 'POST', '/webhooks/settings', { host: 'avinode', body, secrets }));
				const data = ((created.body as Envelope)?.data ?? {}) as IDataObject;
				if (typeof data.id !== 'string') throw new NodeOperationError(this.getNode(), 'Avinode did not return the id of the webhook setting');
				state.webhookSettingId = data.id;
				state.clientIdentifier = clientIdentifier;
				state.clientSecretHash = sha256(clientSecret);
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node') as TriggerState;
				if (state.webhookSettingId) {
					try {
						await avinodeRequest.call(this, 'avinode', 'PUT', `/webhooks/settings/${idSegment(state.webhookSettingId)}`, { host: 'avinode', body: { active: false } });
					} catch (error) {
						if ((error as { httpCode?: string }).httpCode !== '404') throw new NodeApiError(this.getNode(), error as JsonObject);
					}
				}
				delete state.clientIdentifier;
				delete state.clientSecretHash;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const state = this.getWorkflowStaticData('node') as TriggerState;
		const res = this.getResponseObject();
		const auth = parseBasicAuth(this.getHeaderData().authorization);
		if (!auth || !state.clientIdentifier || !state.clientSecretHash || !safeEqual(auth.user, state.clientIdentifier) || !safeEqual(sha256(auth.password), state.clientSecretHash)) {
			res.status(401).json({ message: 'Unauthorized' });
			return { noWebhookResponse: true };
		}
		const payload = this.getBodyData();
		const options = this.getNodeParameter('options', {}) as IDataObject;
		// Checked on activation; should an expression give something else later, the default window applies.
		const repeatWindow = parseRepeatWindowMs(options.dedupeMinutes, AVINODE_DEDUPE_DEFAULT_MINUTES);
		const windowMs = 'problem' in repeatWindow ? AVINODE_DEDUPE_DEFAULT_MINUTES * 60_000 : repeatWindow.value;
		const json: IDataObject = { ...payload, subscribedEvents: this.getNodeParameter('events', []) as string[] };
		const resolve = options.resolveHref !== false;
		let version: string | undefined;
		// The record is read to output it, and to tell a repeat from a later event (also with Resolve Resource off).
		if ((resolve || windowMs > 0) && typeof payload.href === 'string') {
			try {
				// The caller's Basic password is a secret too, should the API ever echo it.
				const resource = await followHref.call(this, payload.href, { secrets: [auth.password, basicAuthSecret(auth.user, auth.password)] });
				const envelope = resource.body as Envelope;
				const record = (envelope?.data ?? envelope) as IDataObject;
				if (resolve) json.resource = record;
				version = resourceVersion(record);
			} catch (error) {
				// Nothing is lost: the workflow still gets the notification and knows why the record is missing.
				if (resolve) json.resolveError = (error as Error).message;
			}
		}
		const workflowData = [this.helpers.returnJsonArray(json)];
		// Without the record a repeat cannot be told from an update: in doubt, it runs.
		if (windowMs <= 0 || version === undefined) return { workflowData };
		delete state.seen;
		state.lastRuns ??= {};
		// Keyed on what the notification points at, so a property that differs between attempts (a counter,
		// a send time) does not make a re-delivery new; the record's version tells a later event apart.
		const pointsAt = canonicalJson({ type: payload.type, id: payload.id, href: payload.href });
		if (repeatsLastRun(state.lastRuns, pointsAt, version, Date.now(), windowMs)) return {};
		// The version just recorded is saved only if the node answers before n8n starts the run.
		return startRunSavingState.call(this, workflowData);
	}
}
