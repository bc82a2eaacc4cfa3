/**
 * Record times and links of the fake Avionté API, and edits that move a record's update time.
 *
 * As the research found them [C-code: partner models and fixtures]: talents, contacts, companies and
 * jobs carry `createdDate` and `lastUpdatedDate`; the documented placement fields have `createdDate`
 * only; times come without a time zone, fractional seconds trimmed (`2023-01-24T15:27:14.8`); a
 * company's `createdDate` can be the placeholder `0001-01-01T00:00:00Z`; a talent's `link` is
 * `https://<tenant>.myavionte.com/app/#/applicant/<id>`. Contacts, companies and jobs carry a `link`
 * too, in a shape no public source shows: the sandbox uses `#/contact/<id>`, `#/company/<id>`,
 * `#/job/<id>` [I]. Placements have no link.
 *
 * Switches for what the docs leave open (`configure({ avionteTimes })`):
 * - `format`: 'naive' (default, no zone) or 'utc' (ISO 8601 with Z).
 * - `resolution`: 'millisecond' (default) or 'second' (two edits within one second get the same time).
 * - `placementUpdatedDate`: false (default, as documented) or true (placements carry and move
 *   `lastUpdatedDate` like the other records).
 * - `frozenAt`: epoch ms that every new time takes instead of the sandbox clock; null = the clock.
 */
const { createRandom } = require('../prng');

const TIMES_DEFAULTS = Object.freeze({ format: 'naive', resolution: 'millisecond', placementUpdatedDate: false, frozenAt: null });
const TIMED = ['talents', 'contacts', 'companies', 'jobs', 'placements'];
const LINKED = { contacts: 'contact', companies: 'company', jobs: 'job' };
const PLACEHOLDER_CREATED = '0001-01-01T00:00:00Z';
/** Seeded records were created between these times and last edited before SEED_END. */
const SEED_START = Date.UTC(2019, 0, 2, 8);
const SEED_CREATED_END = Date.UTC(2026, 5, 30, 17);
const SEED_END = Date.UTC(2026, 9, 31, 17);

function check(settings) {
	const problems = [];
	if (!['naive', 'utc'].includes(settings.format)) problems.push("format must be 'naive' or 'utc'");
	if (!['millisecond', 'second'].includes(settings.resolution)) problems.push("resolution must be 'millisecond' or 'second'");
	if (typeof settings.placementUpdatedDate !== 'boolean') problems.push('placementUpdatedDate must be true or false');
	if (settings.frozenAt !== null && !Number.isFinite(settings.frozenAt)) problems.push('frozenAt must be epoch milliseconds or null');
	if (problems.length > 0) throw new Error(`Invalid sandbox Avionté time settings: ${problems.join('; ')}`);
}

/** A time as the settings want it written. */
function formatTime(ms, settings) {
	const iso = new Date(ms).toISOString();
	const fraction = settings.resolution === 'second' ? '' : iso.slice(20, 23).replace(/0+$/, '');
	const text = fraction ? `${iso.slice(0, 19)}.${fraction}` : iso.slice(0, 19);
	return settings.format === 'utc' ? `${text}Z` : text;
}

/** Reads a time this module wrote (either format), as epoch ms. */
function readTime(text) {
	if (typeof text !== 'string' || text === PLACEHOLDER_CREATED) return undefined;
	const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
	return Number.isNaN(ms) ? undefined : ms;
}

function createAvionteTimes({ now, tenant = 'apitest', initial = {} }) {
	let current;
	const hasUpdateTime = (plural) => plural !== 'placements' || current.placementUpdatedDate;

	const times = {
		get settings() {
			return { ...current };
		},
		/** Merges switches; existing records are rewritten in the new format (their instants kept). */
		update(next = {}, data) {
			const merged = { ...current, ...next };
			check(merged);
			current = merged;
			if (data) times.rewrite(data);
			return times.settings;
		},
		reset(data) {
			current = { ...TIMES_DEFAULTS };
			times.update(initial);
			if (data) times.seed(data);
		},
		/** The current time (or `at`) as Avionté would write it. */
		stamp(at) {
			return formatTime(at ?? current.frozenAt ?? now(), current);
		},
		/** Gives the seeded records times (in id order, about half edited since) and links. */
		seed(data) {
			for (const plural of TIMED) {
				const random = createRandom(97 + TIMED.indexOf(plural));
				const records = [...data[plural].values()];
				const step = (SEED_CREATED_END - SEED_START) / Math.max(1, records.length);
				records.forEach((record, index) => {
					const created = Math.round(SEED_START + index * step + random() * step * 0.9);
					record.createdDate = plural === 'companies' && index % 10 === 9 ? PLACEHOLDER_CREATED : formatTime(created, current);
					const edited = random() < 0.5 ? created : Math.round(created + random() * (SEED_END - created));
					if (hasUpdateTime(plural)) record.lastUpdatedDate = formatTime(edited, current);
					else delete record.lastUpdatedDate;
					if (LINKED[plural]) record.link = `https://${tenant}.myavionte.com/app/#/${LINKED[plural]}/${record.id}`;
				});
			}
		},
		/** Rewrites every record's times in the current format (and adds or drops placement update times). */
		rewrite(data) {
			for (const plural of TIMED) {
				for (const record of data[plural].values()) {
					for (const field of ['createdDate', 'lastUpdatedDate']) {
						const ms = readTime(record[field]);
						if (ms !== undefined) record[field] = formatTime(ms, current);
					}
					if (!hasUpdateTime(plural)) delete record.lastUpdatedDate;
					else if (record.lastUpdatedDate === undefined && readTime(record.createdDate) !== undefined) record.lastUpdatedDate = record.createdDate;
				}
			}
		},
		/**
		 * Changes a stored record as an edit in Avionté would: the fields change and the update time
		 * moves to now (or `at`), except on placements without update times. Returns the record.
		 */
		edit(data, plural, id, changes, { at } = {}) {
			const record = data[plural]?.get(Number(id));
			if (!record) throw new Error(`No ${plural} record ${id} in the sandbox`);
			Object.assign(record, changes);
			if (hasUpdateTime(plural)) record.lastUpdatedDate = times.stamp(at);
			return record;
		},
		/** Adds a record as a create in Avionté would, with creation (and update) time now or `at`. */
		create(data, plural, record, { at } = {}) {
			const stamp = times.stamp(at);
			const created = { ...record, createdDate: stamp, ...(hasUpdateTime(plural) ? { lastUpdatedDate: stamp } : {}) };
			if (LINKED[plural]) created.link = `https://${tenant}.myavionte.com/app/#/${LINKED[plural]}/${created.id}`;
			if (plural === 'talents') created.link = `https://${tenant}.myavionte.com/app/#/applicant/${created.id}`;
			data[plural].set(Number(created.id), created);
			return created;
		},
	};
	times.reset();
	return times;
}

module.exports = { createAvionteTimes, formatTime, readTime, TIMES_DEFAULTS };
