/**
 * The part of the Web Speech API that read-aloud uses, as an interface, so the logic can be
 * tested with a fake engine and the browser's engine is looked up only when it is needed.
 */

/** One piece of text to speak, like `SpeechSynthesisUtterance`, reduced to what we set. */
export interface Utterance {
	text: string;
	rate: number;
	lang: string;
	onstart: (() => void) | null;
	onend: (() => void) | null;
	/** `error` is the `SpeechSynthesisErrorEvent` code: 'interrupted', 'synthesis-failed', ... */
	onerror: ((event: { error: string }) => void) | null;
}

/** Like `window.speechSynthesis`, with a factory for utterances. */
export interface SpeechEngine {
	readonly speaking: boolean;
	readonly paused: boolean;
	createUtterance(text: string): Utterance;
	speak(utterance: Utterance): void;
	cancel(): void;
	pause(): void;
	resume(): void;
}

let browserEngine: SpeechEngine | null = null;

/**
 * The browser's speech synthesis, or null where there is none (the server, old browsers, some
 * embedded web views). Looked up when called, never at import: pages are prerendered. Every
 * caller gets the same engine, so readers can tell when another one is using it.
 */
export function browserSpeechEngine(): SpeechEngine | null {
	browserEngine ??= findBrowserEngine();
	return browserEngine;
}

function findBrowserEngine(): SpeechEngine | null {
	if (
		typeof window === 'undefined' ||
		!window.speechSynthesis ||
		typeof window.SpeechSynthesisUtterance !== 'function'
	) {
		return null;
	}
	const synth = window.speechSynthesis;
	// Chrome may garbage-collect an utterance that nothing references and then never fire its
	// onend, so the ones in flight are held here until they finish.
	const inFlight = new Set<SpeechSynthesisUtterance>();

	return {
		get speaking() {
			return synth.speaking;
		},
		get paused() {
			return synth.paused;
		},
		createUtterance(text) {
			return { text, rate: 1, lang: '', onstart: null, onend: null, onerror: null };
		},
		speak(utterance) {
			const native = new window.SpeechSynthesisUtterance(utterance.text);
			native.rate = utterance.rate;
			if (utterance.lang) {
				native.lang = utterance.lang;
			}
			native.onstart = () => utterance.onstart?.();
			native.onend = () => {
				inFlight.delete(native);
				utterance.onend?.();
			};
			native.onerror = (event) => {
				inFlight.delete(native);
				utterance.onerror?.({ error: event.error });
			};
			inFlight.add(native);
			synth.speak(native);
		},
		cancel() {
			synth.cancel();
		},
		pause() {
			synth.pause();
		},
		resume() {
			synth.resume();
		}
	};
}
