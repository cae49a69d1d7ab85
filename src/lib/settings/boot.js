// The one inline script: applies the stored reading settings to <html> before the first paint,
// so a dark theme or a large text size never flashes. Its SHA-256 is allowed by the CSP
// (svelte.config.js). Plain ES5-style code: it runs before anything else is loaded. It ends with
// what lets a student answer while the page is still loading (question/early-script.js).
import { minifySync } from 'rolldown/experimental';
import { EARLY_ANSWERS_SCRIPT } from '../components/question/early-script.js';

const source = `try {
	var s = JSON.parse(localStorage.getItem('close-read:settings') || 'null');
	var allowed = {
		textSize: ['standard', 'large', 'larger', 'largest'],
		lineSpacing: ['standard', 'wide', 'widest'],
		typeface: ['legible', 'dyslexic', 'classic'],
		theme: ['system', 'light', 'dark']
	};
	var names = { textSize: 'text-size', lineSpacing: 'line-spacing', typeface: 'typeface', theme: 'theme' };
	if (s && s.version === 1) {
		for (var key in allowed) {
			if (allowed[key].indexOf(s[key]) >= 0) {
				document.documentElement.setAttribute('data-' + names[key], s[key]);
			}
		}
	}
} catch (e) {}
${EARLY_ANSWERS_SCRIPT}`;

// Sent in every page, so minified: a quarter less to download (0.2 KB compressed). The CSP's hash
// is of this text. Its top-level names are its own: what other scripts read is set on window.
const minified = minifySync('boot.js', source, { mangle: { toplevel: true } });
if (minified.errors.length > 0) {
	throw new Error(`The boot script does not parse: ${minified.errors[0]?.message}`);
}
export const BOOT_SCRIPT = minified.code;
