/** Escapes text for an XML attribute value in double quotes. */
export function attributeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const SLOT = ' data-pn-slot="';

/**
 * The drawing serialised once, with a slot where each styled element's class and style go: an export of
 * 200 steps then writes each image's drawing by joining strings, instead of copying and serialising the
 * whole drawing 201 times. Takes over `drawing` (its styled elements lose their class and style).
 */
export class DrawingText {
	private readonly parts: string[] = [];
	private readonly own: string[];

	constructor(drawing: Element, styled: readonly Element[]) {
		this.own = styled.map((element) => (element.getAttribute('style') ?? '').replace(/;\s*$/, ''));
		styled.forEach((element, k) => {
			element.removeAttribute('class');
			element.removeAttribute('style');
			element.setAttribute('data-pn-slot', String(k));
		});
		const text = new XMLSerializer().serializeToString(drawing);
		let at = 0;
		for (let k = 0; k < styled.length; k++) {
			const slot = text.indexOf(`${SLOT}${k}"`, at);
			if (slot < 0) throw new Error('The drawing could not be prepared for export.');
			this.parts.push(text.slice(at, slot));
			at = slot + SLOT.length + String(k).length + 1;
		}
		this.parts.push(text.slice(at));
	}

	/**
	 * The drawing with each styled element's classes and look. Elements share a few dozen looks, so each
	 * look becomes one rule (`#<scope> .pn-l3 { … !important }`: it must beat Mermaid's `#id .class` rules
	 * and its inline styles) and the elements name it, instead of each carrying every declaration: an image
	 * of a long diagram is half the size. `scope` is the image's own id, so that rules of several images
	 * inlined in one page never meet.
	 */
	text(classes: readonly string[], looks: readonly string[], scope: string): { drawing: string; css: string } {
		const names = new Map<string, string>();
		let out = this.parts[0] ?? '';
		for (let k = 1; k < this.parts.length; k++) {
			const own = this.own[k - 1] ?? '';
			const look = looks[k - 1] ?? '';
			let name = names.get(look);
			if (name === undefined) {
				name = `pn-l${names.size}`;
				names.set(look, name);
			}
			const cls = classes[k - 1] ?? '';
			out += ` class="${attributeText(cls === '' ? name : `${cls} ${name}`)}"${own === '' ? '' : ` style="${attributeText(own)}"`}${this.parts[k] ?? ''}`;
		}
		const css = Array.from(names, ([look, name]) => `#${scope} .${name}{${look.split(';').map((d) => `${d} !important`).join(';')}}`).join('\n');
		return { drawing: out, css };
	}
}
