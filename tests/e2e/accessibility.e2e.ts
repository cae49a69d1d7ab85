/**
 * Proves WCAG 2.2 A and AA as axe-core checks them, on every page in the light theme and its
 * colour rules in the dark, and in the states that matter (a right and a wrong answer, a glossary
 * meaning open, settings open); that nothing scrolls sideways at 320 px or at 200% zoom; and that
 * reading settings survive a reload and are applied before the app's scripts run.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { READING_IDS, ROUTES } from './routes';
import { useBrowser, type Page } from './site';

const { newStudent } = useBrowser();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The dark theme changes colours only (light-dark() in app.css; no-sideways-scroll.e2e.ts proves
 * it moves no box), so there only the rules about colour can find anything the light theme's full
 * pass did not. Axe on every page costs about half a minute a theme.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function violations(page: Page, theme: 'light' | 'dark' = 'light'): Promise<string[]> {
	const axe = new AxeBuilder({ page });
	const results = await (
		theme === 'dark' ? axe.withRules(COLOUR_RULES) : axe.withTags(WCAG)
	).analyze();
	return results.violations.map(
		(violation) =>
			`${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
	);
}

const PAGES = [
	...ROUTES.filter((route) => !route.startsWith('/read/')),
	`/read/${READING_IDS[0]}/`,
	'/no-such-page/'
];

describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
	it('every page has zero axe violations', async () => {
		const { page } = await newStudent({ colorScheme: theme });
		const found: Record<string, string[]> = {};
		for (const route of PAGES) {
			await page.goto('about:blank');
			await page.goto(route);
			await page.getByRole('heading', { level: 1 }).waitFor();
			const list = await violations(page, theme);
			if (list.length > 0) {
				found[route] = list;
			}
		}
		expect(found).toEqual({});
	}, 120_000);

	it('a reading stays clean after a right and a wrong answer, with a meaning and settings open', async () => {
		const { page } = await newStudent({ colorScheme: theme });
		await page.goto(`/read/${READING_IDS[0]}/`);
		const questions = page.getByRole('group', { name: /^Question \d/ });
		const first = questions.nth(0);
		await first.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }).check();
		await first.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => first.getByRole('status').textContent()).toContain('Right.');
		const second = questions.nth(1);
		await second.getByRole('radio').first().check();
		await second.getByRole('button', { name: 'Check' }).click();
		await second
			.getByRole('button', { name: /^(Try again|Show where the text says so) / })
			.waitFor();
		expect(await violations(page, theme)).toEqual([]);

		await page.getByRole('button', { name: 'geopolitical' }).click();
		await page.getByRole('dialog', { name: 'Meaning of geopolitical' }).waitFor();
		expect(await violations(page, theme)).toEqual([]);
		await page.keyboard.press('Escape');

		await page.getByRole('button', { name: 'Reading settings' }).click();
		await page.getByRole('region', { name: 'Reading settings' }).waitFor();
		expect(await violations(page, theme)).toEqual([]);
	});
});

describe('small screens and zoom', () => {
	it.each([
		['a 320 px phone', { width: 320, height: 640 }],
		['200% zoom of a 1280 px window', { width: 640, height: 400 }]
	])(
		'nothing scrolls sideways on %s',
		async (_, viewport) => {
			const { page } = await newStudent({ viewport });
			const wide: string[] = [];
			for (const route of PAGES) {
				await page.goto('about:blank');
				await page.goto(route);
				await page.getByRole('heading', { level: 1 }).waitFor();
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				if (overflow > 0) {
					wide.push(`${route}: ${overflow}px too wide`);
				}
			}
			expect(wide).toEqual([]);
		},
		60_000
	);
});

describe('reading settings', () => {
	it('are chosen by keyboard, kept across a reload, and applied before any app script runs', async () => {
		const { page, context } = await newStudent();
		await page.goto('/');
		const toggle = page.getByRole('button', { name: 'Reading settings' });
		await toggle.focus();
		await page.keyboard.press('Enter');
		// Focus lands on the chosen text size; arrows choose within a group, Tab moves on.
		await page.getByRole('region', { name: 'Reading settings' }).waitFor();
		await expect
			.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value))
			.toBe('standard');
		await page.keyboard.press('ArrowDown');
		expect(await page.getByRole('radio', { name: 'Large', exact: true }).isChecked()).toBe(true);
		await page.getByRole('radio', { name: 'Dark' }).focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
			'Reading settings'
		);
		expect(await page.getByRole('region', { name: 'Reading settings' }).count()).toBe(0);

		// Reload with the app's scripts blocked: only the inline boot script can apply settings.
		await context.route('**/_app/**/*.js', (route) => route.abort());
		await page.reload();
		const applied = await page.evaluate(() => ({
			theme: document.documentElement.dataset.theme,
			size: document.documentElement.dataset.textSize,
			background: getComputedStyle(document.body).backgroundColor
		}));
		expect(applied).toEqual({ theme: 'dark', size: 'large', background: 'rgb(21, 24, 28)' });
	});
});
