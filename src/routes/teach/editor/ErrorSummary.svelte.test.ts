import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SummaryHarness from '../../../test-data/ErrorSummaryHarness.svelte';

describe('the error summary', () => {
	it('is focused when asked, and each entry takes the teacher to its field', async () => {
		const user = userEvent.setup();
		render(SummaryHarness);
		await user.click(screen.getByRole('button', { name: 'Try to save' }));
		const summary = screen.getByRole('region', { name: 'The question cannot be saved yet' });
		expect(summary).toHaveFocus();
		await user.click(screen.getByRole('link', { name: 'Question: must not be empty' }));
		expect(screen.getByRole('textbox', { name: 'Question' })).toHaveFocus();
		// A group of fields is reached at its first control.
		await user.click(screen.getByRole('link', { name: 'Options: needs one right option' }));
		expect(screen.getByRole('textbox', { name: 'Option 1' })).toHaveFocus();
	});
});
