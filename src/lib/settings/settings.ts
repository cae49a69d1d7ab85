import type { Parsed } from '../storage/parsed';

/**
 * Reading settings, remembered on the device: text size, line spacing, typeface and theme.
 * They are applied as data attributes on <html>, so CSS alone does the rest, and the boot script
 * (boot.js) can apply them before the first paint.
 */
export const SETTING_CHOICES = {
	textSize: namedByValue('standard', 'large', 'larger', 'largest'),
	lineSpacing: namedByValue('standard', 'wide', 'widest'),
	typeface: [
		{ value: 'legible', label: 'Atkinson Hyperlegible (clear letters)' },
		{ value: 'dyslexic', label: 'OpenDyslexic (weighted letters)' },
		{ value: 'classic', label: 'Book serif for reading' }
	],
	theme: [
		{ value: 'system', label: 'Follow the system' },
		{ value: 'light', label: 'Light' },
		{ value: 'dark', label: 'Dark' }
	]
} as const;

/** Choices a student knows by the value's own word: 'large' is shown as Large. */
function namedByValue<const V extends string>(...values: V[]): { value: V; label: string }[] {
	return values.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }));
}

type ValueOf<K extends keyof typeof SETTING_CHOICES> = (typeof SETTING_CHOICES)[K][number]['value'];

// Hand-checked rather than by a schema library: this runs on every page, before anything else.
export interface Settings {
	version: 1;
	textSize: ValueOf<'textSize'>;
	lineSpacing: ValueOf<'lineSpacing'>;
	typeface: ValueOf<'typeface'>;
	theme: ValueOf<'theme'>;
}
export type SettingName = Exclude<keyof Settings, 'version'>;

export const SETTINGS_KEY = 'close-read:settings';

export function defaultSettings(): Settings {
	return {
		version: 1,
		textSize: 'standard',
		lineSpacing: 'standard',
		typeface: 'legible',
		theme: 'system'
	};
}

/**
 * Settings from stored data: a damaged field falls back to its default rather than losing the
 * others, because a wrong text size is harmless and a reset of everything is annoying.
 */
export function parseSettings(raw: unknown): Parsed<Settings> {
	if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) {
		return { ok: false, reason: 'These reading settings are not from this version of Close Read.' };
	}
	const merged: Record<string, unknown> = { ...defaultSettings() };
	for (const name of Object.keys(SETTING_CHOICES) as SettingName[]) {
		const value = (raw as Record<string, unknown>)[name];
		if (SETTING_CHOICES[name].some((option) => option.value === value)) {
			merged[name] = value;
		}
	}
	return { ok: true, value: merged as unknown as Settings };
}

/** The attributes on <html> that the stylesheet reads. */
export function settingsAttributes(settings: Settings): Record<string, string> {
	return {
		'data-text-size': settings.textSize,
		'data-line-spacing': settings.lineSpacing,
		'data-typeface': settings.typeface,
		'data-theme': settings.theme
	};
}
