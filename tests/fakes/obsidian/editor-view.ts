import type * as obsidian from 'obsidian';
import { EditorState, StateField } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** Fake of Obsidian's `editorInfoField`: the note an editor shows, a real CodeMirror state field. */
export const editorInfoField = StateField.define<obsidian.MarkdownFileInfo | null>({
	create: () => null,
	update: (value) => value,
});

/**
 * A live-preview editor as far as the plugin reads it: CodeMirror's real `EditorState` over the note, the
 * content element, and `posAtDOM` for the block widgets a test adds with `addEmbed` (as Obsidian's live
 * preview adds a `.cm-preview-code-block.cm-embed-block` for each rendered code block).
 */
export class FakeEditorView {
	readonly contentDOM: HTMLElement;
	readonly state: EditorState;
	private readonly positions = new Map<Node, number>();

	constructor(text: string, path: string) {
		this.contentDOM = createDiv();
		this.contentDOM.className = 'cm-content';
		document.body.appendChild(this.contentDOM);
		this.state = EditorState.create({ doc: text, extensions: [editorInfoField.init(() => ({ file: { path } }) as unknown as obsidian.MarkdownFileInfo)] });
	}

	/** Adds the widget Obsidian draws for the code block starting on `line` (0-based). */
	addEmbed(line: number): HTMLElement {
		const embed = createDiv();
		embed.className = 'cm-preview-code-block cm-embed-block markdown-rendered';
		this.positions.set(embed, this.state.doc.line(line + 1).from);
		this.contentDOM.appendChild(embed);
		return embed;
	}

	posAtDOM(node: Node): number {
		const pos = this.positions.get(node);
		if (pos === undefined) throw new RangeError('node is not in the editor');
		return pos;
	}

	/** This fake, typed as the CodeMirror view the plugin's extension receives. */
	asView(): EditorView {
		return this as unknown as EditorView;
	}
}
