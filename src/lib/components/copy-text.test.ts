import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy-text';

describe('copyText', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('copies the text and says it is done', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		await expect(copyText('ABC-123', 'Copied.', 'code')).resolves.toBe('Copied.');
		expect(writeText).toHaveBeenCalledWith('ABC-123');
	});

	it('says how to copy by hand when the browser refuses', async () => {
		vi.stubGlobal('navigator', {
			clipboard: { writeText: () => Promise.reject(new Error('denied')) }
		});
		await expect(copyText('ABC-123', 'Copied.', 'code')).resolves.toBe(
			'Could not copy here: select the code and copy it yourself.'
		);
	});

	it('says how to copy by hand when there is no clipboard at all', async () => {
		vi.stubGlobal('navigator', {});
		await expect(copyText('https://example.org/lesson/', 'Link copied.', 'link')).resolves.toBe(
			'Could not copy here: select the link and copy it yourself.'
		);
	});
});
