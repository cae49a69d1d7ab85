import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import GlossaryDefinition from './GlossaryDefinition.svelte';

const entry = {
	term: 'sovereignty',
	forms: ['sovereignty'],
	partOfSpeech: 'noun',
	definition: 'A country’s right to rule itself without outside control.'
};

/** Opens the meaning as a browser does: jsdom has no popovers, so it is shown by hand. */
function open(): HTMLElement {
	const popover = document.getElementById('meaning-sovereignty')!;
	popover.style.display = 'block';
	popover.dispatchEvent(Object.assign(new Event('toggle'), { newState: 'open' }));
	return popover;
}

describe('a glossary word’s meaning', () => {
	it('is a dialog named by its word and described by its definition', () => {
		render(GlossaryDefinition, { entry, id: 'meaning-sovereignty' });
		expect(screen.queryByRole('dialog')).toBeNull();
		open();
		const dialog = screen.getByRole('dialog', { name: 'Meaning of sovereignty' });
		expect(dialog).toHaveAccessibleDescription(entry.definition);
	});

	it('moves focus in when it opens, so a screen reader reads its name and definition', () => {
		render(GlossaryDefinition, { entry, id: 'meaning-sovereignty' });
		open();
		expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
	});
});
