/** Trip fields shared by Get and Search by Identifier. */

/**
 * The 26 documented `fields[trips]` values [C-3p: PD-fork `searchTrips`/`getTrip` → /reference/readtrip_1,
 * /reference/searchtrips]: extra information the answer includes only when asked for [C: API Basics,
 * "Sparse Fields"].
 */
export const TRIP_FIELDS = [
	'accountnames',
	'amenities',
	'analytics',
	'aviquote',
	'buyermessages',
	'categorydetails',
	'homebase',
	'insurance',
	'latestquote',
	'legacy_ids',
	'liftaoc',
	'office',
	'perfdetails',
	'quoteattachments',
	'quotebreakdown',
	'requestingcustomer',
	'safety',
	'sellercontactinfo',
	'sellermessagelinks',
	'sellerprofilephoto',
	'sellerstats',
	'taildetails',
	'tailphotos',
	'timestamps',
	'typedetails',
	'typephotos',
];
