import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import EvidencePicker from './EvidencePicker.svelte';

const PASSAGE =
	'Hey guys, what’s up? Putin and Macron are reportedly back at the negotiating table. Yeah, you heard that right!';

function setup(evidence: string[] = [], single = false) {
	const onchange = vi.fn();
	render(EvidencePicker, {
		prefix: 'edit',
		passage: PASSAGE,
		readingTitle: 'Back at the table',
		evidence,
		single,
		onchange,
		messages: (field: string) => (field === 'evidence.0' ? ['is not in the reading'] : []),
		ontouch: () => {}
	});
	const passage = screen.getByRole('textbox', { name: /select the words of the reading/ });
	return { onchange, passage: passage as HTMLTextAreaElement };
}

describe('picking evidence by selecting words of the reading', () => {
	it('adds the words selected in the passage, exactly as the reading has them', async () => {
		const user = userEvent.setup();
		const { onchange, passage } = setup(['Hey guys']);
		const words = 'Putin and Macron are reportedly back';
		const start = PASSAGE.indexOf(words);
		// With spaces around the selection, as a double-click-and-drag often leaves them.
		passage.setSelectionRange(start - 1, start + words.length + 1);
		await user.click(screen.getByRole('button', { name: 'Use selected words as evidence' }));
		expect(onchange).toHaveBeenCalledWith(['Hey guys', words]);
		expect(screen.getByRole('status')).toHaveTextContent(`Evidence added: “${words}”.`);
	});

	it('for an evidence question, makes the selection the one answer sentence', async () => {
		const user = userEvent.setup();
		const { onchange, passage } = setup(['Hey guys, what’s up?'], true);
		passage.setSelectionRange(PASSAGE.indexOf('Yeah'), PASSAGE.length);
		await user.click(screen.getByRole('button', { name: 'Use selected words as evidence' }));
		expect(onchange).toHaveBeenCalledWith(['Yeah, you heard that right!']);
	});

	it('says to select words first when nothing in the passage is selected', async () => {
		const user = userEvent.setup();
		const { onchange, passage } = setup();
		passage.setSelectionRange(5, 5);
		await user.click(screen.getByRole('button', { name: 'Use selected words as evidence' }));
		expect(onchange).not.toHaveBeenCalled();
		expect(screen.getByRole('status')).toHaveTextContent('Select some words in the reading first');
	});

	it('shows each quote as a chip that can be removed, its problem tied to it', async () => {
		const user = userEvent.setup();
		const { onchange } = setup(['Hey guys', 'Yeah']);
		const first = screen.getByRole('textbox', { name: 'Evidence 1' });
		expect(first).toHaveAttribute('aria-invalid', 'true');
		expect(first).toHaveAccessibleDescription('is not in the reading');
		expect(screen.getByRole('textbox', { name: 'Evidence 2' })).not.toHaveAttribute('aria-invalid');
		await user.click(screen.getByRole('button', { name: 'Remove evidence 1' }));
		expect(onchange).toHaveBeenCalledWith(['Yeah']);
	});

	it('the passage cannot be typed into', async () => {
		const user = userEvent.setup();
		const { passage } = setup();
		await user.type(passage, 'made up words');
		expect(passage.value).toBe(PASSAGE);
	});
});
