import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSpeechEngine } from './speech-engine';

class StubUtterance {
	rate = 1;
	lang = '';
	onstart: (() => void) | null = null;
	onend: (() => void) | null = null;
	onerror: ((event: { error: string }) => void) | null = null;
	constructor(readonly text: string) {}
}

function stubBrowser() {
	const synth = {
		speaking: false,
		paused: false,
		queue: [] as StubUtterance[],
		speak: vi.fn((utterance: StubUtterance) => synth.queue.push(utterance)),
		cancel: vi.fn(),
		pause: vi.fn(),
		resume: vi.fn()
	};
	vi.stubGlobal('window', { speechSynthesis: synth, SpeechSynthesisUtterance: StubUtterance });
	return synth;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('browserSpeechEngine', () => {
	it('is null where there is no window, as when a page is prerendered', () => {
		expect(browserSpeechEngine()).toBeNull();
	});

	it('is null in a browser without speech synthesis', () => {
		vi.stubGlobal('window', { SpeechSynthesisUtterance: StubUtterance });
		expect(browserSpeechEngine()).toBeNull();

		vi.stubGlobal('window', { speechSynthesis: {} });
		expect(browserSpeechEngine()).toBeNull();
	});

	it('speaks through the browser with the rate and language set, and passes events back', () => {
		const synth = stubBrowser();
		const engine = browserSpeechEngine();
		if (!engine) {
			throw new Error('expected an engine');
		}
		const events: string[] = [];
		const utterance = engine.createUtterance('The talks resumed.');
		utterance.rate = 1.25;
		utterance.lang = 'en';
		utterance.onstart = () => events.push('start');
		utterance.onend = () => events.push('end');
		utterance.onerror = ({ error }) => events.push(`error ${error}`);

		engine.speak(utterance);
		const native = synth.queue[0];
		native?.onstart?.();
		native?.onend?.();
		native?.onerror?.({ error: 'synthesis-failed' });
		engine.pause();
		engine.resume();
		engine.cancel();

		expect(native).toMatchObject({ text: 'The talks resumed.', rate: 1.25, lang: 'en' });
		expect(events).toEqual(['start', 'end', 'error synthesis-failed']);
		expect(synth.pause).toHaveBeenCalledOnce();
		expect(synth.resume).toHaveBeenCalledOnce();
		expect(synth.cancel).toHaveBeenCalledOnce();
		expect(engine.speaking).toBe(false);
		expect(browserSpeechEngine()).toBe(engine);
	});
});
