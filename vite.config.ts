import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// What a reading page runs, in one chunk rather than a dozen small ones: the
							// gzip overhead of tiny chunks would otherwise break the first-visit budget.
							name: 'reading',
							test: /src\/lib\/(components\/(passage|question|StudyPage)|study\/(study-|context|clock|device-record)|quiz|storage|settings|content\/(passage-marks|text|summary)|progress\/(progress\.svelte|graded-attempt|record|record-schema|stored-progress|times|stats|timeline|local-day))/
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'questions/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/test-data/setup-dom.ts']
				}
			},
			{
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// One Chromium on a two-core machine: specs take turns rather than starve each other.
					fileParallelism: false
				}
			}
		]
	}
});
