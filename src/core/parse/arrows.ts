/**
 * Every arrow of Mermaid 12.3's sequence grammar, in the order its lexer tries them
 * (order matters: `->>` must win over `->`, `--x` over `--`).
 */
const ARROWS: readonly string[] = [
	'->>', '<<->>', '-->>', '<<-->>', '->', '-->', '-x', '--x', '-)', '--)',
	// Mermaid 12's half arrows: dotted forms first, as the lexer lists them.
	'--|\\', '--|/', '--\\\\', '--//', '/|--', '\\|--', '//--', '\\\\--',
	'-|\\', '-|/', '-\\\\', '-//', '/|-', '\\|-', '//-', '\\\\-',
];

/** The arrow written at `pos`, matched case-insensitively as Mermaid does (`-X` is `-x`), or undefined. */
export function arrowAt(text: string, pos: number): string | undefined {
	for (const arrow of ARROWS) {
		if (text.startsWith(arrow, pos)) return arrow;
		if (arrow.includes('x') && text.slice(pos, pos + arrow.length).toLowerCase() === arrow) {
			return text.slice(pos, pos + arrow.length);
		}
	}
	return undefined;
}
