import { describe, expect, it } from 'vitest';
import { FakeSpeechEngine } from './fake-engine';
import { ReadAloud, type ReadAloudSnapshot } from './read-aloud';

const sentences = ['The talks resumed.', 'Both sides spoke.', 'Nothing was signed.'];

function reader(
	options: { texts?: string[]; rate?: number; onCancel?: 'end' | 'error' | null } = {}
) {
	const engine = new FakeSpeechEngine({ onCancel: options.onCancel ?? null });
	const read = new ReadAloud(engine, options.texts ?? sentences, {
		lang: 'en',
		rate: options.rate ?? 1
	});
	const changes: ReadAloudSnapshot[] = [];
	read.onchange((snapshot) => changes.push(snapshot));
	return { engine, read, changes };
}

describe('ReadAloud', () => {
	it('reads the sentences in order, one utterance each, and reports the one being read', () => {
		const { engine, read, changes } = reader();

		read.play();
		expect(read.state).toBe('playing');
		expect(read.current).toBe(0);
		expect(engine.texts).toEqual(['The talks resumed.']);
		expect(engine.spoken[0]).toEqual({ text: 'The talks resumed.', rate: 1, lang: 'en' });

		engine.end();
		expect(read.current).toBe(1);
		engine.end();
		expect(read.current).toBe(2);
		expect(engine.texts).toEqual(sentences);

		engine.end();
		expect(read.state).toBe('idle');
		expect(read.current).toBeNull();
		expect(changes.map((change) => change.current)).toEqual([0, 1, 2, null]);
		expect(changes.at(-1)).toMatchObject({ finished: true, error: null });
	});

	it('pauses and resumes the sentence being read without starting it again', () => {
		const { engine, read } = reader();
		read.play();

		read.pause();
		expect(read.state).toBe('paused');
		expect(engine.paused).toBe(true);
		expect(read.current).toBe(0);

		read.resume();
		expect(read.state).toBe('playing');
		expect(engine.paused).toBe(false);
		expect(engine.texts).toEqual(['The talks resumed.']);

		engine.end();
		expect(read.current).toBe(1);
	});

	it('ignores pause when idle and resume when not paused', () => {
		const { engine, read, changes } = reader();

		read.pause();
		read.resume();
		read.play();
		read.resume();

		expect(engine.paused).toBe(false);
		expect(changes.map((change) => change.state)).toEqual(['playing']);
	});

	it('waits at the next sentence when the engine finishes one despite the pause', () => {
		const { engine, read } = reader();
		read.play();
		read.pause();

		engine.end(engine.current);
		expect(read.state).toBe('paused');
		expect(read.current).toBe(1);
		expect(engine.texts).toEqual(['The talks resumed.']);

		read.resume();
		expect(engine.texts).toEqual(['The talks resumed.', 'Both sides spoke.']);
		expect(engine.speaking).toBe(true);
	});

	it('stops: cancels the speech and goes back to idle with no current sentence', () => {
		const { engine, read, changes } = reader();
		read.play();
		engine.end();

		read.stop();

		expect(read.state).toBe('idle');
		expect(read.current).toBeNull();
		expect(engine.speaking).toBe(false);
		expect(engine.cancelled.map((utterance) => utterance.text)).toEqual(['Both sides spoke.']);
		expect(changes.at(-1)).toMatchObject({ state: 'idle', current: null, finished: false });
	});

	it('speaks again after a stop made while paused, though the engine is left paused', () => {
		const { engine, read } = reader();
		read.play();
		read.pause();
		read.stop();

		read.play();

		expect(engine.paused).toBe(false);
		expect(engine.speaking).toBe(true);
		expect(read.state).toBe('playing');
	});

	it('restarts the sentence being read at the new rate when the speed changes', () => {
		const { engine, read } = reader();
		read.play();
		engine.end();

		read.setRate(1.5);

		expect(read.current).toBe(1);
		expect(read.state).toBe('playing');
		expect(engine.spoken.slice(1)).toEqual([
			{ text: 'Both sides spoke.', rate: 1, lang: 'en' },
			{ text: 'Both sides spoke.', rate: 1.5, lang: 'en' }
		]);
		engine.end();
		expect(engine.spoken.at(-1)).toEqual({ text: 'Nothing was signed.', rate: 1.5, lang: 'en' });
	});

	it('keeps a new speed for the resume when it changes while paused', () => {
		const { engine, read } = reader();
		read.play();
		read.pause();

		read.setRate(0.75);
		expect(read.state).toBe('paused');
		expect(engine.speaking).toBe(false);

		read.resume();
		expect(engine.spoken.at(-1)).toEqual({ text: 'The talks resumed.', rate: 0.75, lang: 'en' });
		expect(engine.speaking).toBe(true);
	});

	it('keeps the speed between 0.5 and 2 and ignores a speed that is not a number', () => {
		const { read } = reader();

		read.setRate(5);
		expect(read.rate).toBe(2);
		read.setRate(0.1);
		expect(read.rate).toBe(0.5);
		read.setRate(Number.NaN);
		expect(read.rate).toBe(0.5);
	});

	it('changes the speed while idle without speaking', () => {
		const { engine, read } = reader();

		read.setRate(1.25);
		read.play();

		expect(engine.spoken).toEqual([{ text: 'The talks resumed.', rate: 1.25, lang: 'en' }]);
	});

	it('ignores late end and error events from utterances cancelled by a stop', () => {
		const { engine, read, changes } = reader();
		read.play();
		const first = engine.current;
		read.stop();
		const seen = changes.length;

		engine.end(first);
		engine.fail('interrupted', first);

		expect(read.state).toBe('idle');
		expect(read.error).toBeNull();
		expect(engine.texts).toEqual(['The talks resumed.']);
		expect(changes).toHaveLength(seen);
	});

	it('ignores the late end of the sentence replaced by a speed change', () => {
		const { engine, read } = reader();
		read.play();
		const slow = engine.current;
		read.setRate(1.5);

		engine.end(slow);

		expect(read.current).toBe(0);
		expect(engine.texts).toEqual(['The talks resumed.', 'The talks resumed.']);
	});

	it.each(['end', 'error'] as const)(
		'ignores a cancelled utterance that fires %s at once, inside cancel',
		(onCancel) => {
			const { engine, read } = reader({ onCancel });
			read.play();

			read.setRate(2);
			expect(read.current).toBe(0);
			expect(read.state).toBe('playing');

			read.stop();
			expect(read.state).toBe('idle');
			expect(read.error).toBeNull();
			expect(engine.texts).toEqual(['The talks resumed.', 'The talks resumed.']);
		}
	);

	it('stops cleanly and says why when the engine fails on a sentence', () => {
		const { engine, read, changes } = reader();
		read.play();
		engine.end();

		engine.fail('synthesis-failed');

		expect(read.state).toBe('idle');
		expect(read.current).toBeNull();
		expect(read.error).toMatch(/could not speak/);
		expect(changes.at(-1)).toMatchObject({ state: 'idle', current: null, finished: false });
		expect(changes.at(-1)?.error).toMatch(/could not speak/);
		expect(engine.texts).toEqual(['The talks resumed.', 'Both sides spoke.']);
	});

	it('clears the error when reading starts again', () => {
		const { engine, read } = reader();
		read.play();
		engine.fail('audio-busy');
		expect(read.error).toMatch(/busy/);

		read.play();

		expect(read.error).toBeNull();
		expect(read.state).toBe('playing');
	});

	it('stops quietly, without an error, when something else interrupts the speech', () => {
		const { engine, read } = reader();
		read.play();

		engine.fail('interrupted');

		expect(read.state).toBe('idle');
		expect(read.error).toBeNull();
	});

	it('starts mid-passage with play(from) and reads on to the end', () => {
		const { engine, read } = reader();

		read.play(1);
		expect(read.current).toBe(1);
		engine.end();
		expect(read.current).toBe(2);
		engine.end();

		expect(engine.texts).toEqual(['Both sides spoke.', 'Nothing was signed.']);
		expect(read.state).toBe('idle');
	});

	it('refuses to start from a sentence that does not exist', () => {
		const { read } = reader();

		expect(() => read.play(3)).toThrow(RangeError);
		expect(() => read.play(-1)).toThrow(RangeError);
		expect(read.state).toBe('idle');
	});

	it('does nothing when there is nothing to read', () => {
		const { engine, read } = reader({ texts: [] });

		read.play();

		expect(read.state).toBe('idle');
		expect(engine.spoken).toEqual([]);
	});

	it('stops when given a different text, and keeps reading when given the same one', () => {
		const { engine, read } = reader();
		read.play();

		read.setTexts([...sentences]);
		expect(read.state).toBe('playing');

		read.setTexts(['Another reading.']);
		expect(read.state).toBe('idle');
		expect(engine.speaking).toBe(false);
		read.play();
		expect(engine.texts.at(-1)).toBe('Another reading.');
	});

	it('stops the first reader when a second one starts on the same engine', () => {
		const engine = new FakeSpeechEngine({ onCancel: 'error' });
		const passage = new ReadAloud(engine, sentences);
		const question = new ReadAloud(engine, ['Who spoke first?', 'A. Both sides.']);
		passage.play();

		question.play();

		expect(passage.state).toBe('idle');
		expect(passage.error).toBeNull();
		expect(question.state).toBe('playing');
		engine.end();
		expect(question.current).toBe(1);
		expect(passage.current).toBeNull();
		expect(engine.texts).toEqual(['The talks resumed.', 'Who spoke first?', 'A. Both sides.']);
	});

	it('stops sending changes to a listener that unsubscribed', () => {
		const engine = new FakeSpeechEngine();
		const read = new ReadAloud(engine, sentences);
		const seen: (number | null)[] = [];
		const unsubscribe = read.onchange((snapshot) => seen.push(snapshot.current));
		read.play();

		unsubscribe();
		engine.end();

		expect(seen).toEqual([0]);
	});
});
