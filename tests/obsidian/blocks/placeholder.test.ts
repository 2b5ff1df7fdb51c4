import { describe, expect, it } from 'vitest';
import { placeholderHeight } from '../../../src/player/lazy/placeholder';

describe('placeholderHeight', () => {
	it('gives the frame (300 px) and 48 px per message', () => {
		expect(placeholderHeight('sequenceDiagram\nClient->>Server: a\nServer-->>Client: b')).toBe(300 + 2 * 48);
	});

	it('counts a note as its box (34 px) and 24 px per line of text', () => {
		expect(placeholderHeight('Note over A,B: one<br/>two<BR>three')).toBe(300 + 34 + 3 * 24);
	});

	it('counts 40 px per block label and skips directive comments and blank lines', () => {
		expect(placeholderHeight('%% @title T\n\nalt ok\n  A->>B: x\nelse no\n  A-)B: y\nend\nloop again\nA-xB: z\nend')).toBe(300 + 2 * 40 + 3 * 48);
	});
});
