import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every page is prerendered; a missing page is an error at build time, not a blank page later.
		adapter: adapter({ strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		typescript: {
			// The Node scripts (content check, export, server, bench) are type-checked too.
			config: (config) => {
				config.include.push('../scripts/**/*.ts');
			}
		}
	}
};

export default config;
