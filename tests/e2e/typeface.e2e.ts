/**
 * The default typeface comes in two files (src/lib/fonts/characters.ts): its letters, which every
 * page needs, and its accented letters, which only a page that shows one fetches. A reading has
 * none, so its first visit loads the one file; a student who types "José" gets the other.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../scripts/content-files';
import { loadBank } from '../../src/lib/server/load';
import { escape, useBrowser } from './site';

const { newStudent } = useBrowser();
const { bank } = loadBank(readContentFiles());

describe('the typeface of a reading', () => {
	it('is one file until the page shows an accented letter, then that one too', async () => {
		const typed = bank.questions.find((question) => question.type === 'short-answer');
		expect(typed?.readingId).toBeTruthy();
		const { page } = await newStudent();
		const fonts: string[] = [];
		page.on('request', (request) => {
			const file = new URL(request.url()).pathname.split('/').at(-1) ?? '';
			if (file.startsWith('atkinson-hyperlegible-next')) {
				fonts.push(file);
			}
		});
		await page.goto(`/read/${typed?.readingId}/`);
		await page.waitForLoadState('networkidle');
		expect(fonts).toEqual([expect.stringMatching(/^atkinson-hyperlegible-next\.[\w-]+\.woff2$/)]);

		const question = page.getByRole('group', { name: new RegExp(escape(typed?.prompt ?? '')) });
		await question.getByRole('textbox', { name: 'Your answer' }).fill('José');
		await expect
			.poll(() => fonts.some((file) => file.startsWith('atkinson-hyperlegible-next-accented.')))
			.toBe(true);
		// Shown in the typeface itself, not the system's stand-in.
		await expect
			.poll(() =>
				page.evaluate(() =>
					[...document.fonts].some(
						(face) =>
							face.family.includes('Atkinson') &&
							face.status === 'loaded' &&
							face.unicodeRange.includes('U+C0')
					)
				)
			)
			.toBe(true);
	});
});
