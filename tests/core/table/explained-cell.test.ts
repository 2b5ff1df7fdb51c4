import { describe, expect, it } from 'vitest';
import { comparisonTable } from '../../../src/core/table/comparison-table';
import { explainedEmptyCell } from '../../../src/core/table/explained-cell';

describe('explainedEmptyCell', () => {
	it('writes "—" with the reason as its tooltip', () => {
		expect(explainedEmptyCell('Too large')).toBe('<span title="Too large">—</span>');
	});

	it('writes every character that could close the attribute, split the table or open a comment as a reference', () => {
		expect(explainedEmptyCell('a "b" | %% <c> & 계산')).toBe('<span title="a &#34;b&#34; &#124; &#37;&#37; &#60;c&#62; &#38; 계산">—</span>');
	});
});

describe('comparisonTable with reasons for empty cells', () => {
	it('writes the reason\'s cell where the value is missing, and the value where there is one', () => {
		const table = comparisonTable([
			{ name: 'A', frontmatter: { x: 1 }, why: { x: 'unused', y: 'big' } },
			{ name: 'B', frontmatter: {} },
		], { properties: ['x', 'y'], pad: false });
		expect(table.split('\n')).toEqual([
			'|  | A | B |',
			'| --- | --- | --- |',
			'| x | 1 | — |',
			'| y | <span title="big">—</span> | — |',
		]);
	});
});
