import { describe, expect, it, vi } from 'vitest';
import { onFileChosen } from './chosen-file';

function choose(files: File[]) {
	const input = { files, value: 'C:\\fakepath\\chosen.json' } as unknown as HTMLInputElement;
	return { input, event: { currentTarget: input } as Event & { currentTarget: HTMLInputElement } };
}

describe('onFileChosen', () => {
	it('reads the chosen file as text and clears the input for the next choice', async () => {
		const handlers = { tooLarge: vi.fn(), read: vi.fn() };
		const { input, event } = choose([new File(['{"a":1}'], 'backup.json')]);
		await onFileChosen(100, handlers)(event);
		expect(handlers.read).toHaveBeenCalledWith('{"a":1}', 'backup.json');
		expect(handlers.tooLarge).not.toHaveBeenCalled();
		expect(input.value).toBe('');
	});

	it('refuses a file over the limit by name, without reading it', async () => {
		const handlers = { tooLarge: vi.fn(), read: vi.fn() };
		const { input, event } = choose([new File(['x'.repeat(101)], 'huge.json')]);
		await onFileChosen(100, handlers)(event);
		expect(handlers.tooLarge).toHaveBeenCalledWith('huge.json');
		expect(handlers.read).not.toHaveBeenCalled();
		expect(input.value).toBe('');
	});

	it('does nothing when the choice was cancelled', async () => {
		const handlers = { tooLarge: vi.fn(), read: vi.fn() };
		await onFileChosen(100, handlers)(choose([]).event);
		expect(handlers.read).not.toHaveBeenCalled();
		expect(handlers.tooLarge).not.toHaveBeenCalled();
	});
});
