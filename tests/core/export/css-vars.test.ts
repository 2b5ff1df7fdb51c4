import { describe, expect, it } from 'vitest';
import { resolveCssVars } from '../../../src/core/export/css-vars';

describe('resolveCssVars', () => {
	const lookup = (name: string): string | undefined => ({ '--font': '"Inter"', '--empty': '' } as Record<string, string>)[name];

	it('replaces known variables, falls back for unknown ones and drops them without a fallback', () => {
		expect(resolveCssVars('a{font-family:var(--font);color:var(--x, rgb(1, 2, 3));fill:var(--y)}', lookup)).toBe('a{font-family:"Inter";color:rgb(1, 2, 3);fill:}');
	});

	it('resolves a fallback that is itself a variable, and treats an empty value as unknown', () => {
		expect(resolveCssVars('b{c:var(--empty, var(--font, serif))}', lookup)).toBe('b{c:"Inter"}');
	});

	it('leaves text without variables and an unclosed var( as it is', () => {
		expect(resolveCssVars('a{b:c}', lookup)).toBe('a{b:c}');
		expect(resolveCssVars('a{b:var(--font', lookup)).toBe('a{b:var(--font');
	});
});
