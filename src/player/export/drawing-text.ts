/** Escapes text for an XML attribute value in double quotes. */
export function attributeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Escapes text for XML character data. */
function characterText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SLOT = ' data-pn-slot="';
/** Stands in for a label's text while the drawing is serialised (a private-use character: never in a drawing). */
const TEXT_MARK = '\uE000';

/** A place in the serialised drawing where each image writes its own: an element's class and style, or a label's text. */
interface Hole {
	kind: 'look' | 'text';
	/** Index into the styled elements. */
	index: number;
}

/**
 * The drawing serialised once, with a slot where each styled element's class and style go (and the text
 * of each label whose words change between positions): an export of 200 steps then writes each image's
 * drawing by joining strings, instead of copying and serialising the whole drawing 201 times. Takes over
 * `drawing` (its styled elements lose their class and style, the labels of `texts` their text).
 */
export class DrawingText {
	private readonly parts: string[] = [];
	private readonly holes: Hole[] = [];
	private readonly own: string[];

	/** `texts`: indices into `styled` of labels without child elements whose text each image gives. */
	constructor(drawing: Element, styled: readonly Element[], texts: ReadonlySet<number> = new Set()) {
		this.own = styled.map((element) => (element.getAttribute('style') ?? '').replace(/;\s*$/, ''));
		styled.forEach((element, k) => {
			element.removeAttribute('class');
			element.removeAttribute('style');
			element.setAttribute('data-pn-slot', String(k));
			if (texts.has(k)) element.textContent = TEXT_MARK;
		});
		const text = new XMLSerializer().serializeToString(drawing);
		let at = 0;
		for (let k = 0; k < styled.length; k++) {
			const slot = text.indexOf(`${SLOT}${k}"`, at);
			if (slot < 0) throw new Error('The drawing could not be prepared for export.');
			this.parts.push(text.slice(at, slot));
			this.holes.push({ kind: 'look', index: k });
			at = slot + SLOT.length + String(k).length + 1;
			if (!texts.has(k)) continue;
			const mark = text.indexOf(TEXT_MARK, at);
			if (mark < 0) throw new Error('The drawing could not be prepared for export.');
			this.parts.push(text.slice(at, mark));
			this.holes.push({ kind: 'text', index: k });
			at = mark + TEXT_MARK.length;
		}
		this.parts.push(text.slice(at));
	}

	/**
	 * The drawing with each styled element's classes and look, and each slotted label's text (from
	 * `labels`, by styled index). Elements share a few dozen looks, so each
	 * look becomes one rule (`#<scope> .pn-l3 { … !important }`: it must beat Mermaid's `#id .class` rules
	 * and its inline styles) and the elements name it, instead of each carrying every declaration: an image
	 * of a long diagram is half the size. `scope` is the image's own id, so that rules of several images
	 * inlined in one page never meet.
	 */
	text(classes: readonly string[], looks: readonly string[], scope: string, labels: ReadonlyMap<number, string> = new Map()): { drawing: string; css: string } {
		const names = new Map<string, string>();
		let out = this.parts[0] ?? '';
		this.holes.forEach((hole, h) => {
			const k = hole.index;
			const after = this.parts[h + 1] ?? '';
			if (hole.kind === 'text') {
				out += `${characterText(labels.get(k) ?? '')}${after}`;
				return;
			}
			const own = this.own[k] ?? '';
			const look = looks[k] ?? '';
			let name = names.get(look);
			if (name === undefined) {
				name = `pn-l${names.size}`;
				names.set(look, name);
			}
			const cls = classes[k] ?? '';
			out += ` class="${attributeText(cls === '' ? name : `${cls} ${name}`)}"${own === '' ? '' : ` style="${attributeText(own)}"`}${after}`;
		});
		const css = Array.from(names, ([look, name]) => `#${scope} .${name}{${look.split(';').map((d) => `${d} !important`).join(';')}}`).join('\n');
		return { drawing: out, css };
	}
}
