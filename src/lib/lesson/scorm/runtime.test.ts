import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { displayName, scorm12Time, scorm2004Time, ScormSession } from './runtime';

const START = Date.parse('2026-03-02T09:15:00Z');
/** What the LMS stored, as its data model serialises it. */
const stored = (api: { cmi: unknown }) => JSON.parse(JSON.stringify(api.cmi));

describe('a SCORM 1.2 session, against scorm-again', () => {
	it('takes the learner’s name and saved state, and reports score, status and interactions', () => {
		const api = new Scorm12API({ logLevel: 5 });
		api.loadFromJSON({
			core: { student_name: 'Doe, Jane', entry: 'resume' },
			suspend_data: 'c1|saved'
		});
		const session = ScormSession.start(api, 'scorm12', START);
		expect(session?.learnerName).toBe('Jane Doe');
		expect(session?.suspendData).toBe('c1|saved');
		session?.addInteraction({
			id: 'who-is-talking',
			type: 'choice',
			learnerResponse: 'a',
			result: 'wrong',
			correctResponse: 'b'
		});
		session?.report({ score: 40, passMark: 60, finished: false, suspendData: 'c1|later' });
		let cmi = stored(api);
		expect(cmi.core.score).toEqual({ raw: '40', min: '0', max: '100' });
		expect(cmi.core.lesson_status).toBe('incomplete');
		expect(cmi.suspend_data).toBe('c1|later');
		expect(cmi.interactions['0']).toMatchObject({
			id: 'who-is-talking',
			type: 'choice',
			student_response: 'a',
			result: 'wrong',
			weighting: '1',
			correct_responses: { '0': { pattern: 'b' } }
		});
		session?.end(START + 65_000);
		cmi = stored(api);
		expect(cmi.core.session_time).toBe('00:01:05');
		expect(cmi.core.exit).toBe('suspend');
		expect(api.isTerminated()).toBe(true);
	});

	it('reports passed or failed against the pass mark once the lesson is handed in', () => {
		const api = new Scorm12API({ logLevel: 5 });
		const session = ScormSession.start(api, 'scorm12', START);
		session?.report({ score: 60, passMark: 60, finished: true, suspendData: '' });
		expect(stored(api).core.lesson_status).toBe('passed');
		session?.report({ score: 59, passMark: 60, finished: true, suspendData: '' });
		expect(stored(api).core.lesson_status).toBe('failed');
		session?.end(START);
		expect(stored(api).core.exit).toBe('');
	});
});

describe('a SCORM 2004 session, against scorm-again', () => {
	it('reports scaled score, completion and success, and ends normally when finished', () => {
		const api = new Scorm2004API({ logLevel: 5 });
		api.loadFromJSON({ learner_name: 'Ng, Ada' });
		const session = ScormSession.start(api, 'scorm2004', START);
		expect(session?.learnerName).toBe('Ada Ng');
		session?.addInteraction({
			id: 'how-long-silent',
			type: 'fill-in',
			learnerResponse: 'three years',
			result: 'correct',
			correctResponse: '{case_matters=false}three years',
			description: 'How long?'
		});
		session?.report({ score: 80, passMark: 60, finished: false, suspendData: 'c1|x' });
		let cmi = stored(api);
		expect(cmi.completion_status).toBe('incomplete');
		expect(cmi.success_status).toBe('unknown');
		session?.report({ score: 80, passMark: 60, finished: true, suspendData: 'c1|y' });
		session?.end(START + 3_725_000);
		cmi = stored(api);
		expect(cmi.score).toMatchObject({ raw: '80', min: '0', max: '100', scaled: '0.8' });
		expect(cmi.completion_status).toBe('completed');
		expect(cmi.success_status).toBe('passed');
		expect(cmi.session_time).toBe('PT1H2M5S');
		expect(cmi.exit).toBe('normal');
		expect(cmi.interactions['0']).toMatchObject({
			id: 'how-long-silent',
			type: 'fill-in',
			learner_response: 'three years',
			result: 'correct'
		});
	});
});

describe('no LMS', () => {
	it('gives no session for a missing API or one of the other version', () => {
		expect(ScormSession.start(null, 'scorm12', START)).toBeNull();
		expect(ScormSession.start(new Scorm2004API({ logLevel: 5 }), 'scorm12', START)).toBeNull();
		expect(ScormSession.start({ LMSInitialize: () => 'false' }, 'scorm12', START)).toBeNull();
	});
});

describe('formats', () => {
	it('writes time spent as each version wants it', () => {
		expect(scorm12Time(3 * 3600 + 4 * 60 + 5.7)).toBe('03:04:05');
		expect(scorm2004Time(59)).toBe('PT0H0M59S');
	});

	it('turns "Last, First" into "First Last", and leaves other names alone', () => {
		expect(displayName('Doe, Jane')).toBe('Jane Doe');
		expect(displayName('Jane Doe')).toBe('Jane Doe');
		expect(displayName('  ')).toBe('');
	});
});
