import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { FakeSpeechEngine } from './fake-engine';
import ReadAloudControls from './ReadAloudControls.svelte';

describe('ReadAloudControls on the server', () => {
	it('prerenders no controls, since speech is only known in the browser', () => {
		const { body } = render(ReadAloudControls, {
			props: { label: 'Read the passage aloud', texts: ['One.'], engine: new FakeSpeechEngine() }
		});

		expect(body).not.toContain('toolbar');
		expect(body).not.toContain('button');
	});
});
