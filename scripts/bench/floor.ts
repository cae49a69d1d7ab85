/**
 * The floor for the browser benchmark: the same reading and questions as a plain page someone
 * might write by hand, with no framework, system fonts, one small stylesheet and one small script.
 * Our reading page is compared with it, so the ratio shows what the app costs over the minimum.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBank } from '../../src/lib/server/load';
import type { Question } from '../../src/lib/content/model';
import { readContentFiles } from '../content-files';

export const FLOOR_READING = 'back-at-the-table';

const escape = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!
	);

const options = (name: string, type: 'radio' | 'checkbox', labels: readonly string[]) =>
	labels
		.map(
			(label, index) =>
				`<label><input type="${type}" name="${name}" value="${index}"> ${escape(label)}</label>`
		)
		.join('\n');

const select = (name: string, labels: readonly string[]) =>
	`<select name="${name}"><option value="">Choose</option>${labels
		.map((label, index) => `<option value="${index}">${escape(label)}</option>`)
		.join('')}</select>`;

/** The inputs for one question, and the answer the page's script checks them against. */
function inputs(question: Question, sentences: readonly string[]): { html: string; key: unknown } {
	const name = question.id;
	switch (question.type) {
		case 'single-choice':
			return { html: options(name, 'radio', question.choices), key: [question.answer] };
		case 'multiple-select':
			return { html: options(name, 'checkbox', question.choices), key: question.answer };
		case 'true-false-not-stated': {
			const verdicts = ['true', 'false', 'not-stated'];
			return {
				html: options(name, 'radio', ['True', 'False', 'Not stated']),
				key: [verdicts.indexOf(question.answer)]
			};
		}
		case 'short-answer':
			return {
				html: `<input type="text" name="${name}" aria-label="Your answer">`,
				key: question.accepted.map((text) => text.toLowerCase())
			};
		case 'fill-blanks':
			return {
				html: question.segments
					.map((segment, index) =>
						index === 0
							? escape(segment)
							: `<input type="text" name="${name}" aria-label="Gap ${index}"> ${escape(segment)}`
					)
					.join(' '),
				key: question.answer.map((accepted) => accepted.map((text) => text.toLowerCase()))
			};
		case 'ordering':
			return {
				html: `<ol>${question.items
					.map(
						(item, index) =>
							`<li>${escape(item)} ${select(
								`${name}-${index}`,
								question.items.map((_, at) => `${at + 1}`)
							)}</li>`
					)
					.join('')}</ol>`,
				key: question.items.map((item) => question.answer.indexOf(item))
			};
		case 'matching':
			return {
				html: question.terms
					.map(
						(term, index) =>
							`<p>${escape(term)} ${select(`${name}-${index}`, question.meanings)}</p>`
					)
					.join(''),
				key: question.answer
			};
		case 'evidence':
			return { html: select(name, sentences), key: [sentences.indexOf(question.answer)] };
	}
}

// Reads each kind of input the same way and compares it with the key: enough to give feedback.
const SCRIPT = `document.addEventListener('click', function (event) {
	var button = event.target.closest('button[data-check]');
	if (!button) return;
	var fieldset = button.closest('fieldset');
	var key = JSON.parse(fieldset.dataset.key);
	var fields = Array.prototype.slice.call(fieldset.querySelectorAll('input, select'));
	var given = fields[0].type === 'radio' || fields[0].type === 'checkbox'
		? fields.filter(function (f) { return f.checked; }).map(function (f) { return Number(f.value); })
		: fields.map(function (f) { return f.value.trim().toLowerCase(); });
	var status = fieldset.querySelector('[role=status]');
	if (given.length === 0 || given.indexOf('') >= 0) {
		status.textContent = 'Choose an answer before checking.';
		return;
	}
	var right = fieldset.dataset.type === 'short-answer'
		? key.indexOf(given[0]) >= 0
		: key.length === given.length && key.every(function (k, i) {
				return Array.isArray(k) ? k.indexOf(given[i]) >= 0 : String(k) === String(given[i]);
			});
	fields.forEach(function (f) { f.disabled = true; });
	status.textContent = right ? 'Right.' : 'Not right.';
});
`;

const STYLE = `body { max-width: 40rem; margin: 0 auto; padding: 1rem; color: #1a1a1a; }
body { font: 1.125rem/1.6 system-ui, sans-serif; }
fieldset { margin: 0 0 1rem; border: 1px solid #999; border-radius: 6px; }
legend { font-weight: 600; }
label { display: block; padding: 0.2rem 0; }
button { margin-top: 0.5rem; font: inherit; padding: 0.3rem 1rem; }
input, select { font: inherit; max-width: 100%; }
`;

/** Writes the floor page into a new temporary folder and returns the folder, to be served. */
export function writeFloorPage(readingId = FLOOR_READING): string {
	const { bank, problems } = loadBank(readContentFiles());
	const reading = bank.readings.find((candidate) => candidate.id === readingId);
	if (problems.length > 0 || !reading) {
		throw new Error(`The content does not load cleanly, or has no reading "${readingId}".`);
	}
	const questions = bank.questions.filter((question) => question.readingId === readingId);
	const fieldsets = questions.map((question, index) => {
		const { html, key } = inputs(question, reading.sentences);
		return `<li><fieldset data-type="${question.type}" data-key="${escape(JSON.stringify(key))}">
<legend>Question ${index + 1}: ${escape(question.prompt)}</legend>
${html}
<button type="button" data-check>Check</button>
<div role="status"></div>
</fieldset></li>`;
	});
	const title = escape(reading.title);
	const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="Read &ldquo;${title}&rdquo; and answer its questions.">
<link rel="stylesheet" href="floor.css">
<script src="floor.js" defer></script>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escape(reading.text)}</p>
<h2>Questions</h2>
<ol>
${fieldsets.join('\n')}
</ol>
</main>
</body>
</html>
`;
	const root = mkdtempSync(join(tmpdir(), 'close-read-floor-'));
	writeFileSync(join(root, 'index.html'), page);
	writeFileSync(join(root, 'floor.css'), STYLE);
	writeFileSync(join(root, 'floor.js'), SCRIPT);
	return root;
}
