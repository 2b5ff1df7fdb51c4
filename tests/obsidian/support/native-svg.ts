/** The SVG element Obsidian's own Mermaid drawing ends with: `svg#mermaid-N`, empty here. */
export function nativeMermaidSvg(id: string): Element {
	const parsed = new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'image/svg+xml');
	const svg = document.importNode(parsed.documentElement, true);
	svg.id = id;
	return svg;
}
