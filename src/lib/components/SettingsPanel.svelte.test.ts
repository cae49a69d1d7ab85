import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SettingsPanel from './SettingsPanel.svelte';

describe('the reading settings button', () => {
	it('opens the settings it controls, and Escape closes them with focus back on the button', async () => {
		const user = userEvent.setup();
		render(SettingsPanel);
		const button = screen.getByRole('button', { name: 'Reading settings' });
		expect(button).toHaveAttribute('aria-expanded', 'false');
		await user.click(button);
		const panel = await screen.findByRole('region', { name: 'Reading settings' });
		expect(button).toHaveAttribute('aria-expanded', 'true');
		expect(button).toHaveAttribute('aria-controls', panel.id);
		await user.keyboard('{Escape}');
		expect(screen.queryByRole('region', { name: 'Reading settings' })).toBeNull();
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(button).toHaveFocus();
	});
});
