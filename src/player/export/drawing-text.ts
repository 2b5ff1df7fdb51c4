import { withoutProperties, xmlSafeText } from '../../core';
import { WRITTEN_PROPERTIES } from './look-reader';

/** Escapes text for an XML attribute value in double quotes. */
export function attributeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Escapes text for XML character data. */
function characterText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const SLOT = ' data-pn-slot="';
/** Stands in for a label's text while the drawing is serialised (a private-use character). */
const TEXT_MARK = '\uE000';

/** A place in the serialised drawing where each image writes its own: an element's class and style, or a label's text. */
interface Hole {
	kind: 'look' | 'text';
	/** Index into the styled elements. */
	index: number;
}

/**
 * Gives `element` the slot attribute as its first attribute, so that the serialised text has it right
 * after the tag name: `<line data-pn-slot="3" …`. Note text cannot forge that (a `<` in text or in an
 * attribute value is written `&lt;`), so a label reading `hi data-pn-slot="0"` takes no slot (issue 19).
 */
function markSlot(element: Element, k: number): void {
	const kept = Array.from(element.attributes, (attribute) => ({ namespace: attribute.namespaceURI, name: attribute.name, local: attribute.localName, value: attribute.value }));
	for (const { namespace, local } of kept) element.removeAttributeNS(namespace, local);
	element.setAttribute('data-pn-slot', String(k));
	for (const { namespace, name, value } of kept) element.setAttributeNS(namespace, name, value);
}

function unprepared(): Error {
	return new Error('The drawing could not be prepared for export.');
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
	/** What the look rules are scoped to inside an image: the drawing's own id, which Mermaid's rules use too. */
	private readonly drawingId: string | null;

	/** `texts`: indices into `styled` of labels without child elements whose text each image gives. */
	constructor(drawing: Element, styled: readonly Element[], texts: ReadonlySet<number> = new Set()) {
		this.drawingId = drawing.getAttribute('id');
		// The look holds these properties; the element's own declarations of them would beat a style rule.
		this.own = styled.map((element) => withoutProperties(element.getAttribute('style') ?? '', WRITTEN_PROPERTIES));
		styled.forEach((element, k) => {
			element.removeAttribute('class');
			element.removeAttribute('style');
			markSlot(element, k);
			if (texts.has(k)) element.textContent = TEXT_MARK;
		});
		const text = xmlSafeText(new XMLSerializer().serializeToString(drawing));
		let at = 0;
		for (let k = 0; k < styled.length; k++) {
			const element = styled[k];
			const slot = text.indexOf(`<${element?.nodeName ?? ''}${SLOT}${k}"`, at);
			if (slot < 0) throw unprepared();
			const attribute = slot + 1 + (element?.nodeName.length ?? 0);
			this.parts.push(text.slice(at, attribute));
			this.holes.push({ kind: 'look', index: k });
			at = attribute + SLOT.length + String(k).length + 1;
			if (!texts.has(k)) continue;
			// The label's only content is the mark, right after its start tag (a `>` in a value is written `&gt;`).
			const mark = text.indexOf('>', at) + 1;
			if (mark <= 0 || text.slice(mark, mark + TEXT_MARK.length) !== TEXT_MARK) throw unprepared();
			this.parts.push(text.slice(at, mark));
			this.holes.push({ kind: 'text', index: k });
			at = mark + TEXT_MARK.length;
		}
		this.parts.push(text.slice(at));
	}

	/**
	 * The drawing with each styled element's classes and look, and each slotted label's text (from
	 * `labels`, by styled index). Elements share a few dozen looks, so each look becomes one rule and the
	 * elements name it, instead of each carrying every declaration: an image of a long diagram is half the
	 * size. The rules go in a style sheet after the drawing, scoped `#<image> #<drawing> .pn-l3`: two ids
	 * outrank every rule of Mermaid's (`#<drawing> .class`, `#<drawing> #arrowhead path`), so no
	 * `!important` is needed (resvg ignores it, issue 19). `scope` is the image's own id, so that rules
	 * of several images inlined in one page never meet.
	 */
	text(classes: readonly string[], looks: readonly string[], scope: string, labels: ReadonlyMap<number, string> = new Map()): { drawing: string; css: string } {
		const names = new Map<string, string>();
		let out = this.parts[0] ?? '';
		this.holes.forEach((hole, h) => {
			const k = hole.index;
			const after = this.parts[h + 1] ?? '';
			if (hole.kind === 'text') {
				out += `${characterText(xmlSafeText(labels.get(k) ?? ''))}${after}`;
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
		const prefix = this.drawingId === null ? `#${scope}` : `#${scope} #${cssIdent(this.drawingId)}`;
		const css = Array.from(names, ([look, name]) => `${prefix} .${name}{${look}}`).join('\n');
		return { drawing: out, css };
	}
}

/** An id as a CSS identifier: anything but letters, digits, `-` and `_` escaped. */
function cssIdent(id: string): string {
	let out = '';
	for (const char of id) out += /[A-Za-z0-9_-]/.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `;
	return /^[0-9]/.test(out) ? `\\3${out[0] ?? ''} ${out.slice(1)}` : out;
}
