/**
 * The reading settings as the page sees them: kept on the device through the one persisted-state
 * layer, shared with other open tabs, and applied to <html> by the root layout.
 */
import { KeptRecord } from '$lib/storage/kept-record.svelte';
import {
	defaultSettings,
	parseSettings,
	SETTINGS_KEY,
	settingsAttributes,
	type SettingName,
	type Settings
} from './settings';

class ReadingSettings extends KeptRecord<Settings> {
	constructor() {
		super({
			key: SETTINGS_KEY,
			parse: parseSettings,
			empty: defaultSettings,
			// The latest choice wins: settings are not a history to merge.
			merge: (_stored, ours) => ours
		});
	}

	set<K extends SettingName>(name: K, value: Settings[K]): void {
		this.stored.update((settings) => ({ ...settings, [name]: value }));
	}

	/**
	 * Puts the settings on `root` as the data attributes the stylesheet reads, once they are read
	 * (until then the boot script's are right, and the defaults would flash).
	 */
	applyTo(root: HTMLElement): void {
		if (!this.stored.ready) {
			return;
		}
		for (const [name, value] of Object.entries(settingsAttributes(this.value))) {
			root.setAttribute(name, value);
		}
	}
}

export const readingSettings = new ReadingSettings();
