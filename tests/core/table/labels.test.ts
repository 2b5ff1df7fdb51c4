import { describe, expect, it } from 'vitest';
import { formatLabels, parseLabels } from '../../../src/core/table/labels';

describe('row labels', () => {
	it('reads one "property: label" per line, ignoring lines without both sides', () => {
		expect(parseLabels('keeps_state: 상태 유지\n\nno colon\n: no key\nempty:\nexample:  예시 : 링크 ')).toEqual({ keeps_state: '상태 유지', example: '예시 : 링크' });
	});

	it('writes them back one per line', () => {
		expect(formatLabels({ keeps_state: '상태 유지', example: '예시' })).toBe('keeps_state: 상태 유지\nexample: 예시');
	});
});
