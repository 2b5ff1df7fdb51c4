import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { exampleBlocks } from './corpus';

const KEYWORDS = ['end', 'else', 'alt x', 'loop', 'opt', 'par', 'and', 'critical', 'option', 'break', 'rect', 'box Aqua',
	'participant', 'actor A as', 'create participant Z', 'destroy A', 'activate', 'deactivate Server', 'autonumber  ',
	'Note over', 'sequenceDiagram', '%% @state', '%% @needs X:', '%% @', '%%{', '}%%', '#59;', ';', ':', '->>', '-x', '()', '+', '-', '@{'];

type Edit =
	| { kind: 'delete'; at: number }
	| { kind: 'duplicate'; at: number }
	| { kind: 'swap'; at: number; with: number }
	| { kind: 'insert'; at: number; text: string; column: number }
	| { kind: 'truncate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), column: fc.nat(), text: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...KEYWORDS)) }),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies one mangling edit to the block's lines (positions wrap around the block). */
function apply(lines: string[], e: Edit): string[] {
	const result = [...lines];
	const at = lines.length === 0 ? 0 : e.at % lines.length;
	const line = result[at] ?? '';
	switch (e.kind) {
		case 'delete': result.splice(at, 1); break;
		case 'duplicate': result.splice(at, 0, line); break;
		case 'swap': { const other = lines.length === 0 ? 0 : e.with % lines.length; result[at] = result[other] ?? ''; result[other] = line; break; }
		case 'insert': { const column = line.length === 0 ? 0 : e.column % (line.length + 1); result[at] = line.slice(0, column) + e.text + line.slice(column); break; }
		case 'truncate': result.splice(at + 1); result[at] = line.slice(0, Math.floor(line.length / 2)); break;
	}
	return result;
}

describe('parseProtocol on mangled example blocks', () => {
	const blocks = exampleBlocks().map((b) => b.source);

	it('always returns a result whose errors sit on a line of the block and say something', () => {
		fc.assert(fc.property(fc.constantFrom(...blocks), fc.array(edit, { minLength: 1, maxLength: 6 }), (source, edits) => {
			const mangled = edits.reduce(apply, source.split('\n')).join('\n');
			const result = parseProtocol(mangled);
			const lineCount = mangled.split('\n').length;
			const diagnostics = result.ok ? result.warnings : result.errors;
			// The last-resort catch turns our own exceptions into a diagnostic; here that would be a bug.
			expect(diagnostics.some((d) => d.message.includes('could not be read'))).toBe(false);
			if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
			for (const d of diagnostics) {
				expect(d.line).toBeGreaterThanOrEqual(1);
				expect(d.line).toBeLessThanOrEqual(lineCount);
				expect(d.message.trim()).not.toBe('');
			}
		}), { numRuns: 3000 });
	});
});
