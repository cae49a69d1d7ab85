import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Layout from './+layout.svelte';

vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));
vi.mock('$app/state', () => ({
	page: { route: { id: '/read/[id]' }, url: new URL('http://localhost/read/a/'), data: {} }
}));

const children = createRawSnippet(() => ({ render: () => '<p>A reading</p>' }));

describe("the header's disclosures", () => {
	it('opens the settings they control, and Escape closes them with focus back on the button', async () => {
		const user = userEvent.setup();
		render(Layout, { children });
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

	it('opens the menu of links, and Escape closes it with focus back on Menu', async () => {
		const user = userEvent.setup();
		render(Layout, { children });
		const button = screen.getByRole('button', { name: 'Menu' });
		const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
		expect(menu).toContainElement(screen.getByRole('link', { name: 'Review' }));
		expect(menu).not.toHaveClass('open');
		await user.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'true');
		expect(menu).toHaveClass('open');
		await user.tab();
		expect(screen.getByRole('link', { name: 'Readings' })).toHaveFocus();
		await user.keyboard('{Escape}');
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(menu).not.toHaveClass('open');
		expect(button).toHaveFocus();
	});
});
