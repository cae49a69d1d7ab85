import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT } from './boot.js';
import {
	defaultSettings,
	parseSettings,
	SETTING_CHOICES,
	SETTINGS_KEY,
	settingsAttributes
} from './settings';

describe('reading settings', () => {
	it('start from a legible typeface, standard sizes and the system theme', () => {
		expect(defaultSettings()).toEqual({
			version: 1,
			textSize: 'standard',
			lineSpacing: 'standard',
			typeface: 'legible',
			theme: 'system'
		});
	});

	it('keep every valid choice from storage', () => {
		const stored = {
			version: 1,
			textSize: 'largest',
			lineSpacing: 'wide',
			typeface: 'dyslexic',
			theme: 'dark'
		};
		expect(parseSettings(stored)).toEqual({ ok: true, value: stored });
	});

	it('fall back field by field when one stored choice is damaged', () => {
		const result = parseSettings({ version: 1, textSize: 'enormous', theme: 'dark' });
		expect(result).toEqual({ ok: true, value: { ...defaultSettings(), theme: 'dark' } });
	});

	it('refuse data that is not settings at all, with a reason', () => {
		for (const raw of [null, 'dark', [], { theme: 'dark' }, { version: 2 }]) {
			const result = parseSettings(raw);
			expect(result.ok).toBe(false);
		}
	});

	it('become attributes on the page that the stylesheet reads', () => {
		expect(settingsAttributes({ ...defaultSettings(), theme: 'dark' })).toMatchObject({
			'data-theme': 'dark',
			'data-typeface': 'legible'
		});
	});
});

describe('the boot script', () => {
	function runBoot(stored: string | null, storageThrows = false) {
		const attributes: Record<string, string> = {};
		const document = {
			documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v) }
		};
		const localStorage = {
			getItem: (key: string) => {
				if (storageThrows) {
					throw new Error('denied');
				}
				return key === SETTINGS_KEY ? stored : null;
			}
		};
		new Function('document', 'localStorage', BOOT_SCRIPT)(document, localStorage);
		return attributes;
	}

	it('applies stored settings before the page paints', () => {
		const stored = JSON.stringify({
			version: 1,
			textSize: 'large',
			lineSpacing: 'widest',
			typeface: 'classic',
			theme: 'dark'
		});
		expect(runBoot(stored)).toEqual({
			'data-text-size': 'large',
			'data-line-spacing': 'widest',
			'data-typeface': 'classic',
			'data-theme': 'dark'
		});
	});

	it('knows every choice the settings panel offers', () => {
		for (const [name, options] of Object.entries(SETTING_CHOICES)) {
			for (const { value } of options) {
				const settings = { ...defaultSettings(), [name]: value };
				expect(runBoot(JSON.stringify(settings))).toEqual(settingsAttributes(settings));
			}
		}
	});

	it('ignores damaged values and never throws, even when storage is off', () => {
		expect(runBoot('{"version":1,"theme":"<script>","textSize":"large"}')).toEqual({
			'data-text-size': 'large'
		});
		expect(runBoot('not json')).toEqual({});
		expect(runBoot(null, true)).toEqual({});
	});
});
