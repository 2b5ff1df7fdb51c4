import { describe, expect, it } from 'vitest';
import { pathOf } from '../../../src/core/simulate/simulate';
import { protocol } from './build-protocol';

/**
 * Steps 0..4: a message, an `alt` (block 0) whose first branch holds steps 1-2 and second branch step 3, a message.
 */
function loginWithAlt() {
	return protocol()
		.message('Client', 'Server', 'Login Request')
		.block('alt', ['Success', 'Server Error'],
			(b) => b.message('Server', 'Server', 'Store session').message('Server', 'Client', 'Login Response'),
			(b) => b.message('Server', 'Client', 'Login Failed'))
		.message('Client', 'Server', 'GET /profile')
		.build();
}

/**
 * 0 msg; alt outer (block 0) [a: 1, opt (block 1) {2}, 3 | b: 4, alt inner (block 2) [x: 5 | y: 6], 7]; 8 msg.
 */
function nested() {
	return protocol()
		.message('A', 'B', 'm0')
		.block('alt', ['a', 'b'],
			(b) => b.message('A', 'B', 'm1').block('opt', ['maybe'], (o) => o.message('B', 'A', 'm2')).message('A', 'B', 'm3'),
			(b) => b.message('A', 'B', 'm4')
				.block('alt', ['x', 'y'], (i) => i.message('B', 'A', 'm5'), (i) => i.message('B', 'A', 'm6'))
				.message('A', 'B', 'm7'))
		.message('A', 'B', 'm8')
		.build();
}

describe('pathOf', () => {
	it('takes the first branch of an alt by default', () => {
		expect(pathOf(loginWithAlt())).toEqual([0, 1, 2, 4]);
	});

	it('takes the chosen second branch of an alt and leaves out the first', () => {
		expect(pathOf(loginWithAlt(), { 0: 1 })).toEqual([0, 3, 4]);
	});

	it('takes an opt by default and skips it when branch 1 is chosen', () => {
		const p = protocol()
			.message('A', 'B', 'm0')
			.block('opt', ['cached'], (b) => b.message('B', 'C', 'm1').message('C', 'B', 'm2'))
			.message('B', 'A', 'm3')
			.build();
		expect(pathOf(p)).toEqual([0, 1, 2, 3]);
		expect(pathOf(p, { 0: 1 })).toEqual([0, 3]);
	});

	it('takes a break by default and skips it when branch 1 is chosen', () => {
		const p = protocol()
			.block('break', ['out of stock'], (b) => b.message('Shop', 'Client', 'Sorry'))
			.message('Shop', 'Client', 'Receipt')
			.build();
		expect(pathOf(p)).toEqual([0, 1]);
		expect(pathOf(p, { 0: 1 })).toEqual([1]);
	});

	it('takes the first part of a critical by default and an option when chosen', () => {
		const p = protocol()
			.block('critical', ['connect', 'network timeout'],
				(b) => b.message('App', 'DB', 'connect'),
				(b) => b.message('App', 'Log', 'timeout'))
			.build();
		expect(pathOf(p)).toEqual([0]);
		expect(pathOf(p, { 0: 1 })).toEqual([1]);
	});

	it('walks nested blocks by their defaults', () => {
		expect(pathOf(nested())).toEqual([0, 1, 2, 3, 8]);
	});

	it('leaves out everything inside an untaken branch, whatever is chosen in the blocks there', () => {
		expect(pathOf(nested(), { 2: 1 })).toEqual([0, 1, 2, 3, 8]);
	});

	it('follows choices in a nested block once its branch is taken', () => {
		expect(pathOf(nested(), { 0: 1 })).toEqual([0, 4, 5, 7, 8]);
		expect(pathOf(nested(), { 0: 1, 2: 1 })).toEqual([0, 4, 6, 7, 8]);
	});

	it('skips a nested opt alone', () => {
		expect(pathOf(nested(), { 1: 1 })).toEqual([0, 1, 3, 8]);
	});

	it('walks a loop once, every par branch in order and a rect', () => {
		const p = protocol()
			.message('A', 'B', 'm0')
			.block('loop', ['every minute'], (b) => b.message('A', 'B', 'ping').message('B', 'A', 'pong'))
			.block('par', ['to B', 'to C'], (b) => b.message('A', 'B', 'hi B'), (b) => b.message('A', 'C', 'hi C'))
			.block('rect', ['rgb(0,0,0)'], (b) => b.note('A', 'done'))
			.build();
		expect(pathOf(p)).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('ignores a choice given for a block that has none (loop, par)', () => {
		const p = protocol()
			.block('loop', ['retry'], (b) => b.message('A', 'B', 'try'))
			.block('par', ['x', 'y'], (b) => b.message('A', 'B', 'x'), (b) => b.message('A', 'C', 'y'))
			.build();
		expect(pathOf(p, { 0: 1, 1: 1 })).toEqual([0, 1, 2]);
	});

	it('falls back to the default for an out-of-range or malformed choice', () => {
		expect(pathOf(loginWithAlt(), { 0: 2 })).toEqual([0, 1, 2, 4]);
		expect(pathOf(loginWithAlt(), { 0: -1 })).toEqual([0, 1, 2, 4]);
		expect(pathOf(loginWithAlt(), { 0: 0.5 })).toEqual([0, 1, 2, 4]);
		expect(pathOf(loginWithAlt(), { 7: 1 })).toEqual([0, 1, 2, 4]);
	});

	it('is empty for a protocol without steps', () => {
		expect(pathOf(protocol().participant('A').build())).toEqual([]);
	});
});
