/**
 * The reading settings as the page sees them: kept on the device through the one storage
 * primitive, shared with other open tabs, and applied to <html> at once.
 */
import { StoredRecord } from '$lib/storage/stored-record';
import {
	defaultSettings,
	parseSettings,
	SETTINGS_KEY,
	settingsAttributes,
	type SettingName,
	type Settings
} from './settings';

class ReadingSettings {
	#value = $state<Settings>(defaultSettings());
	#stored: StoredRecord<Settings> | null = null;

	get value(): Settings {
		return this.#value;
	}

	connect(storage: () => Storage | null): () => void {
		this.#stored = new StoredRecord<Settings>({
			key: SETTINGS_KEY,
			storage,
			parse: parseSettings,
			empty: defaultSettings,
			// The latest choice wins: settings are not a history to merge.
			merge: (_stored, ours) => ours
		});
		this.#apply(this.#stored.load().value);
		const onStorage = (event: StorageEvent) => {
			if (this.#stored?.isOurKey(event.key)) {
				this.#apply(this.#stored.load().value);
			}
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}

	set<K extends SettingName>(name: K, value: Settings[K]): void {
		const next = { ...this.#value, [name]: value };
		this.#apply(next);
		this.#stored?.save(next);
	}

	#apply(settings: Settings): void {
		this.#value = settings;
		for (const [name, value] of Object.entries(settingsAttributes(settings))) {
			document.documentElement.setAttribute(name, value);
		}
	}
}

export const readingSettings = new ReadingSettings();
