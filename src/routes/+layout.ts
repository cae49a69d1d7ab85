// Every page is prerendered; a trailing slash makes each one a folder with index.html,
// which any static host (a school server, a CDN, a plain folder) serves without configuration.
export const prerender = true;
export const trailingSlash = 'always';
