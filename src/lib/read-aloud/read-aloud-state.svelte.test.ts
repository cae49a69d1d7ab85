import { describe, expect, it, vi } from 'vitest';
import { FakeSpeechEngine } from './fake-engine';
import { ReadAloudState } from './read-aloud-state.svelte';

describe('ReadAloudState', () => {
	it('is unsupported until mounted with an engine, and stays so without one', () => {
		const state = new ReadAloudState();
		expect(state.supported).toBe(false);

		state.mount(null);
		expect(state.supported).toBe(false);

		// jsdom has no speechSynthesis: the browser's engine is missing.
		state.mount();
		expect(state.supported).toBe(false);

		state.mount(new FakeSpeechEngine());
		expect(state.supported).toBe(true);
	});

	it('reads the texts given before mounting, at the speed chosen before mounting', () => {
		const engine = new FakeSpeechEngine();
		const oncurrent = vi.fn();
		const state = new ReadAloudState({ oncurrent });
		state.setTexts(['First.', 'Second.']);
		state.setRate(1.5);
		state.mount(engine, 'en');

		state.play();

		expect(engine.spoken).toEqual([{ text: 'First.', rate: 1.5, lang: 'en' }]);
		expect(state.state).toBe('playing');
		expect(state.current).toBe(0);
		expect(oncurrent).toHaveBeenCalledWith(0);
	});

	it('announces each change of state once, not each sentence', () => {
		const engine = new FakeSpeechEngine();
		const state = new ReadAloudState();
		state.setTexts(['First.', 'Second.']);
		state.mount(engine);

		state.play();
		expect(state.announcement).toBe('Reading aloud.');
		state.pause();
		expect(state.announcement).toBe('Paused.');
		state.resume();
		engine.end();
		expect(state.announcement).toBe('Reading aloud.');
		engine.end();
		expect(state.announcement).toBe('Finished reading aloud.');
	});

	it('stops the speech when unmounted', () => {
		const engine = new FakeSpeechEngine();
		const state = new ReadAloudState();
		state.setTexts(['First.']);
		const unmount = state.mount(engine);
		state.play();

		unmount();

		expect(engine.speaking).toBe(false);
		expect(state.state).toBe('idle');
	});
});
