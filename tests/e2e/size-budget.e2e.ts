/**
 * Holds the first visit to any reading page to its budget (docs/architecture.md): 60 KB of
 * compressed JavaScript and 85 KB in all, fonts included. A first answer to a choice question loads
 * nothing more. Byte counts of a build are stable, so this is a test; it prints the figures for
 * the README.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstVisit } from './first-visit';
import { READING_IDS } from './routes';

const KB = 1024;
// The budget itself, met since 2026-12-02 (59.8 KB of script and at most 84.2 KB in all, then).
const SCRIPT_CEILING = 60 * KB;
const TOTAL_CEILING = 85 * KB;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function report(route: string) {
	const visit = firstVisit(route);
	console.log(
		`${route}: html ${kb(visit.html)}, js ${kb(visit.js)}, css ${kb(visit.css)}, fonts ${kb(visit.fonts)}, total ${kb(visit.total)} in ${visit.requests} requests`
	);
	return visit;
}

describe('the size budget of a first visit', () => {
	it.each(READING_IDS)(
		'keeps the reading %s within its budget: 60 KB of script, 85 KB in all',
		(id) => {
			const visit = report(`/read/${id}/`);
			expect(visit.js).toBeLessThanOrEqual(SCRIPT_CEILING);
			expect(visit.total).toBeLessThanOrEqual(TOTAL_CEILING);
			expect(visit.fonts).toBeGreaterThan(0);
		}
	);

	// Compiled on a background thread while the page is parsed and drawn, not function by function
	// on the main thread as the page wakes (issue 16); a script loaded on demand stays lazy.
	it('asks Chromium to compile the largest script of a reading as it arrives, and only that one', () => {
		const hinted = readdirSync('build/_app/immutable', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.js'))
			.map((file) => join('build/_app/immutable', file))
			.filter((file) => readFileSync(file, 'utf8').includes('allFunctionsCalledOnLoad'));
		for (const id of READING_IDS) {
			const [largest] = firstVisit(`/read/${id}/`).scripts.sort(
				(a, b) => statSync(b).size - statSync(a).size
			);
			expect(hinted).toEqual([largest]);
		}
		expect(readFileSync(hinted[0]!, 'utf8')).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
	});

	it('reports the home page, which has no budget of its own', () => {
		expect(report('/').html).toBeGreaterThan(0);
	});

	it('keeps the content parser out of the browser, and the bank rules out of a reading', () => {
		const chunks = readdirSync('build/_app/immutable', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.js'))
			.map((file) => readFileSync(`build/_app/immutable/${file}`, 'utf8'));
		// Words only the YAML parser contains: no page parses content.
		expect(chunks.some((code) => code.includes('LineCounter'))).toBe(false);
		// The bank's schema and rules check a teacher's own question in the lesson editor, so they
		// ship with that page, never with a reading's first visit.
		for (const id of READING_IDS) {
			const code = firstVisit(`/read/${id}/`).scripts.map((file) => readFileSync(file, 'utf8'));
			for (const marker of ['is not word for word', 'must be a slug']) {
				expect(
					code.some((text) => text.includes(marker)),
					`${marker} in /read/${id}/`
				).toBe(false);
			}
		}
	});
});
