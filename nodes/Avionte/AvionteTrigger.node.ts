import type { IDataObject, IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { parseRepeatWindowMs } from '../shared/inputs';
import { onlyInVersions } from '../shared/nodeVersion';
import { pastedSecret } from '../shared/pasted';
import { safeEqual, seenBefore, startRunSavingState } from '../shared/webhookSecurity';
import type { SeenDeliveries } from '../shared/webhookSecurity';
import { EVENT_OPTIONS, eventTarget } from './helpers/events';
import { avionteRequest } from './transport';

/** Avionté retries a failed delivery; a CorrelationId seen within this many minutes starts no second run. */
const AVIONTE_REPEAT_WINDOW_MINUTES = 60;

/** Shorter webhook secrets can be guessed: Avionté deliveries carry no signature, only the secret. */
export const MIN_WEBHOOK_SECRET_LENGTH = 16;

/**
 * Why a webhook secret is too short to activate with, or undefined when it is long enough. Version 1
 * (saved workflows) only warns, so a working trigger never stops with an update of the pack; from 1.1
 * (every newly added trigger) activation fails.
 */
export function shortSecretProblem(secret: string): string | undefined {
	if (secret.length >= MIN_WEBHOOK_SECRET_LENGTH) return undefined;
	return `The Webhook Secret of the Avionté credential has ${secret.length} character${secret.length === 1 ? '' : 's'}; use at least ${MIN_WEBHOOK_SECRET_LENGTH} random characters, so nobody can guess it and start this workflow. Change it in the credential and give Avionté the new one.`;
}

/**
 * Why a delivery's `FrontOfficeTenantId` does not match the credential's, or undefined when it matches
 * or the credential has no Front Office Tenant ID to compare with.
 */
export function tenantMismatch(deliveryTenant: unknown, credentialTenant: unknown): string | undefined {
	const expected = String(credentialTenant ?? '').trim();
	const given = String(deliveryTenant ?? '').trim();
	if (!expected || given === expected) return undefined;
	return `Record not fetched: the event is for FrontOfficeTenantId ${given || '(none)'}, but the credential is for ${expected}`;
}

/**
 * Receives Avionté's event envelope [C]: `EventName`, `FrontOfficeTenantId`, `Resource` (a JSON
 * string holding ids, parsed here), `CorrelationId`. Avionté staff register the URL; there is no
 * subscription API [C], so this node has no create/delete lifecycle.
 */
export class AvionteTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Avionté Trigger',
		name: 'avionteTrigger',
		icon: { light: 'file:avionte.svg', dark: 'file:avionte.dark.svg' },
		group: ['trigger'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["events"].length ? $parameter["events"].join(", ") : "all events"}}',
		// n8n's nodes panel merges this trigger with the Avionté node into one app entry and shows this
		// text for it, also when adding an action: so it describes both.
		description: 'Read and write talents, jobs, placements and more in Avionté BOLD Front Office, or start a workflow when Avionté sends an event',
		defaults: { name: 'Avionté Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'avionteApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName:
					'Avionté configures webhooks for you: send your Avionté contact the Production URL shown above, the events you want, and the webhook secret stored in the credential (sent in the header chosen there). Calls without that secret are refused.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: `Use a webhook secret of at least ${MIN_WEBHOOK_SECRET_LENGTH} random characters in the credential. This trigger still starts with a shorter one (the server log says so when it is activated); a newly added Avionté Trigger does not.`,
				name: 'shortSecretNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: onlyInVersions(1) },
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: EVENT_OPTIONS,
				default: [],
				description: 'The events that start the workflow. None selected means every event Avionté sends, also ones not in this list.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Fetch Full Record',
						name: 'fetchRecord',
						type: 'boolean',
						default: false,
						description: 'Whether to read the talent, job, placement, contact or company the event points at (one GET) and output it as "record"',
					},
					{
						displayName: 'Ignore Repeats Within (Minutes)',
						name: 'dedupeMinutes',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: AVIONTE_REPEAT_WINDOW_MINUTES,
						description: 'A delivery whose CorrelationId was already seen within this window starts no second run (Avionté retries failed deliveries). 0 turns this off.',
					},
				],
			},
		],
	};

	/**
	 * Avionté staff register the URL, so there is nothing to create remotely. Activation still checks
	 * what would make every delivery fail: a missing webhook secret, or a credential that cannot
	 * reach the API (needed for Fetch Full Record).
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const state = this.getWorkflowStaticData('node');
				return state.activatedUrl === this.getNodeWebhookUrl('default');
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const credentials = await this.getCredentials('avionteApi');
				const secret = pastedSecret(credentials.webhookSecret);
				if (!secret) {
					throw new NodeOperationError(this.getNode(), 'Set a Webhook Secret in the Avionté credential first: calls without it are refused, so the workflow could never start');
				}
				const shortSecret = shortSecretProblem(secret);
				if (shortSecret && Number(this.getNode().typeVersion ?? 1) >= 1.1) throw new NodeOperationError(this.getNode(), shortSecret);
				if (shortSecret) this.logger.warn(`Avionté Trigger "${this.getNode().name}" was activated with a short webhook secret. ${shortSecret}`);
				const repeatWindow = parseRepeatWindowMs((this.getNodeParameter('options', {}) as IDataObject).dedupeMinutes, AVIONTE_REPEAT_WINDOW_MINUTES);
				if ('problem' in repeatWindow) throw new NodeOperationError(this.getNode(), `"Ignore Repeats Within (Minutes)" ${repeatWindow.problem}`);
				await avionteRequest.call(this, 'GET', '/branch');
				this.getWorkflowStaticData('node').activatedUrl = this.getNodeWebhookUrl('default');
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				delete this.getWorkflowStaticData('node').activatedUrl;
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const res = this.getResponseObject();
		const credentials = await this.getCredentials('avionteApi');
		const secret = pastedSecret(credentials.webhookSecret);
		const headerName = String(credentials.webhookHeaderName || 'X-Payload-Signature').toLowerCase();
		const given = this.getHeaderData()[headerName];
		if (!secret) {
			// Callers learn nothing about the configuration; activation already explains a missing secret.
			this.logger.warn('Avionté Trigger refused a delivery: the credential has no Webhook Secret');
		}
		if (!secret || typeof given !== 'string' || !safeEqual(given, secret)) {
			res.status(401).json({ message: 'Unauthorized' });
			return { noWebhookResponse: true };
		}

		const body = this.getBodyData();
		const eventName = String(body.EventName ?? '');
		const selected = (this.getNodeParameter('events', []) as string[]).map((name) => name.toLowerCase());
		if (selected.length > 0 && !selected.includes(eventName.toLowerCase())) return {};

		const options = this.getNodeParameter('options', {}) as IDataObject;
		const correlationId = String(body.CorrelationId ?? '');
		// Checked on activation; should an expression give something else later, the default window applies.
		const repeatWindow = parseRepeatWindowMs(options.dedupeMinutes, AVIONTE_REPEAT_WINDOW_MINUTES);
		const windowMs = 'problem' in repeatWindow ? AVIONTE_REPEAT_WINDOW_MINUTES * 60_000 : repeatWindow.value;
		if (correlationId && windowMs > 0) {
			const state = this.getWorkflowStaticData('node') as { seen?: SeenDeliveries };
			state.seen ??= {};
			if (seenBefore(state.seen, correlationId, Date.now(), windowMs)) return {};
		}

		// `Resource` is JSON inside a string [C]; a body that is not JSON is kept as text, not dropped.
		let resource: IDataObject | string = (body.Resource as IDataObject | string) ?? {};
		if (typeof resource === 'string') {
			try {
				resource = JSON.parse(resource) as IDataObject;
			} catch {
				// Keep the raw text so the workflow still sees what arrived.
			}
		}
		const json: IDataObject = {
			eventName,
			frontOfficeTenantId: body.FrontOfficeTenantId as number,
			correlationId,
			resource,
			resourceModelType: body.ResourceModelType as string,
		};

		if (options.fetchRecord === true && typeof resource === 'object') {
			const target = eventTarget(eventName);
			const id = target?.keys.map((key) => Number((resource as IDataObject)[key])).find((value) => Number.isInteger(value) && value > 0);
			const mismatch = tenantMismatch(body.FrontOfficeTenantId, credentials.frontOfficeTenantId);
			if (target && id && mismatch) {
				// The same numeric id in the credential's tenant is another record: never fetch it.
				json.tenantMismatch = true;
				json.recordError = mismatch;
			} else if (target && id) {
				try {
					json.record = (await avionteRequest.call(this, 'GET', target.path(id))).body as IDataObject;
				} catch (error) {
					json.recordError = (error as Error).message;
				}
			}
		}
		const workflowData = [this.helpers.returnJsonArray(json)];
		// The CorrelationId just recorded is saved only if the node answers before n8n starts the run.
		return correlationId && windowMs > 0 ? startRunSavingState.call(this, workflowData) : { workflowData };
	}
}
