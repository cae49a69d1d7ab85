/**
 * The version and bounds of the progress record, apart from its schemas (`record-schema.ts`):
 * every page reads the record by hand with these, and the validator stays out of its first visit.
 */
export const LATEST_PROGRESS_VERSION = 2;

export const MAX_ID_LENGTH = 200;

/**
 * Every list has a bound, so no file or stored text can make the page hold more than a person
 * could: twenty years of daily practice, and ten times the readings Close Read could ever have.
 */
export const MAX_ATTEMPTS = 200_000;
export const MAX_READINGS = 1000;

export function isId(value: unknown): value is string {
	return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH;
}
