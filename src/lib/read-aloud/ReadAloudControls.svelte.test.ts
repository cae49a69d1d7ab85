import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { FakeSpeechEngine } from './fake-engine';
import ReadAloudControls from './ReadAloudControls.svelte';

const texts = ['The talks resumed.', 'Both sides spoke.', 'Nothing was signed.'];

function setup(engine = new FakeSpeechEngine()) {
	const oncurrent = vi.fn<(index: number | null) => void>();
	const user = userEvent.setup();
	const view = render(ReadAloudControls, {
		label: 'Read the passage aloud',
		texts,
		oncurrent,
		engine
	});
	return { engine, oncurrent, user, view };
}

describe('ReadAloudControls', () => {
	it('shows nothing when the browser has no speech synthesis', () => {
		render(ReadAloudControls, { label: 'Read the passage aloud', texts, engine: null });
		// jsdom has no speechSynthesis, so the browser's engine is missing too.
		render(ReadAloudControls, { label: 'Read the passage aloud', texts });

		expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
		expect(screen.queryByRole('button')).not.toBeInTheDocument();
	});

	it('reads the first sentence on Play and reports it as the one being read', async () => {
		const { engine, oncurrent, user } = setup();
		const toolbar = screen.getByRole('toolbar', { name: 'Read the passage aloud' });

		await user.click(within(toolbar).getByRole('button', { name: 'Play' }));

		expect(engine.texts).toEqual(['The talks resumed.']);
		expect(engine.spoken[0]?.lang).toBe('en');
		expect(oncurrent).toHaveBeenLastCalledWith(0);
		expect(screen.getByRole('status')).toHaveTextContent('Reading aloud.');

		engine.end();
		expect(oncurrent).toHaveBeenLastCalledWith(1);
		expect(engine.texts.at(-1)).toBe('Both sides spoke.');
	});

	it('pauses, resumes and stops with the keyboard alone', async () => {
		const { engine, oncurrent, user } = setup();

		await user.tab();
		const toggle = screen.getByRole('button', { name: 'Play' });
		expect(toggle).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(toggle).toHaveAccessibleName('Pause');
		expect(toggle).toHaveFocus();

		await user.keyboard(' ');
		expect(toggle).toHaveAccessibleName('Resume');
		expect(engine.paused).toBe(true);
		expect(screen.getByRole('status')).toHaveTextContent('Paused.');

		await user.keyboard('{Enter}');
		expect(toggle).toHaveAccessibleName('Pause');
		expect(engine.paused).toBe(false);

		await user.tab();
		expect(screen.getByRole('button', { name: 'Stop' })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(engine.speaking).toBe(false);
		expect(oncurrent).toHaveBeenLastCalledWith(null);
		expect(toggle).toHaveAccessibleName('Play');
		expect(screen.getByRole('status')).toHaveTextContent('Stopped.');
	});

	it('reads at the speed chosen in the speed list, restarting the sentence being read', async () => {
		const { engine, user } = setup();
		const speed = screen.getByRole('combobox', { name: 'Speed' });
		expect(speed).toHaveDisplayValue('1×');

		await user.selectOptions(speed, '1.25×');
		await user.click(screen.getByRole('button', { name: 'Play' }));
		expect(engine.spoken.at(-1)).toEqual({ text: 'The talks resumed.', rate: 1.25, lang: 'en' });

		await user.selectOptions(speed, '0.75×');
		expect(engine.spoken.at(-1)).toEqual({ text: 'The talks resumed.', rate: 0.75, lang: 'en' });
		expect(speed).toHaveDisplayValue('0.75×');
	});

	it('says when it has finished and clears the sentence being read', async () => {
		const { engine, oncurrent, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Play' }));

		engine.end();
		engine.end();
		engine.end();
		await tick();

		expect(oncurrent.mock.calls).toEqual([[0], [1], [2], [null]]);
		expect(screen.getByRole('status')).toHaveTextContent('Finished reading aloud.');
		expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
	});

	it('shows why reading stopped when the speech engine fails', async () => {
		const { engine, oncurrent, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Play' }));

		engine.fail('synthesis-failed');
		await tick();

		expect(screen.getByText(/could not speak this sentence/)).toBeVisible();
		expect(screen.getByRole('status')).not.toHaveTextContent('Stopped.');
		expect(screen.getByRole('status')).toHaveTextContent(/could not speak this sentence/);
		expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
		expect(oncurrent).toHaveBeenLastCalledWith(null);
	});

	it('stops reading when given another passage', async () => {
		const { engine, oncurrent, user, view } = setup();
		await user.click(screen.getByRole('button', { name: 'Play' }));

		await view.rerender({ texts: ['A different reading.'] });
		expect(engine.speaking).toBe(false);
		expect(oncurrent).toHaveBeenLastCalledWith(null);

		await user.click(screen.getByRole('button', { name: 'Play' }));
		expect(engine.texts.at(-1)).toBe('A different reading.');
	});

	it('stops speaking when it leaves the page', async () => {
		const { engine, user, view } = setup();
		await user.click(screen.getByRole('button', { name: 'Play' }));

		view.unmount();

		expect(engine.speaking).toBe(false);
		expect(engine.cancelled.map((utterance) => utterance.text)).toEqual(['The talks resumed.']);
	});

	it('stops speaking when the browser leaves or reloads the page', async () => {
		const { engine, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Play' }));

		window.dispatchEvent(new PageTransitionEvent('pagehide'));

		expect(engine.speaking).toBe(false);
	});

	it('stops the passage when a question starts reading aloud', async () => {
		const engine = new FakeSpeechEngine({ onCancel: 'error' });
		const user = userEvent.setup();
		render(ReadAloudControls, { label: 'Read the passage aloud', texts, engine });
		render(ReadAloudControls, {
			label: 'Read question 1 aloud',
			texts: ['Who spoke?', 'Both sides.'],
			engine
		});
		const passage = screen.getByRole('toolbar', { name: 'Read the passage aloud' });
		const question = screen.getByRole('toolbar', { name: 'Read question 1 aloud' });

		await user.click(within(passage).getByRole('button', { name: 'Play' }));
		await user.click(within(question).getByRole('button', { name: 'Play' }));

		expect(within(passage).getByRole('button', { name: 'Play' })).toBeInTheDocument();
		expect(within(question).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
		expect(screen.queryByText(/could not speak/)).not.toBeInTheDocument();
	});
});
