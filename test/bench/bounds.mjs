// The fewest API calls a scenario needs, which the bench divides by the rate for its bound.

/** Ids pages that list `count` ids at `pageSize` a page: full pages, then a short or an empty one. */
export function fewestIdsPages(count, pageSize) {
	return Math.floor(count / pageSize) + 1;
}

/** Ids pages plus one multi-query per 100 ids. */
export function fewestGetCalls(count, pageSize) {
	return fewestIdsPages(count, pageSize) + Math.ceil(count / 100);
}

/** The time `calls` take at `ratePerSecond`, in ms. */
export function rateBoundMs(calls, ratePerSecond) {
	return (calls / ratePerSecond) * 1000;
}
