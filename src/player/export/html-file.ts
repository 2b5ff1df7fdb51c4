import type { ReaderState } from '../reader-state';
import type { Language } from '../../i18n/language';

/** What the one-file HTML export holds: the block as written and its drawing as Mermaid drew it. */
export interface HtmlFileInput {
	title: string;
	language: Language;
	dark: boolean;
	/** The block's source, as written in the note. */
	source: string;
	/** Mermaid's SVG of the block (scrubbed of scripting), drawn once when exporting. */
	svg: string;
	/** The exporting player's branch choices and injected faults: the file opens with them, at Start. */
	state?: ReaderState;
}

/** What the page needs to run the player without a network: the standalone player's script and the player's style sheet. */
export interface HtmlAssets {
	script: string;
	css: string;
}

/** Escapes text for HTML character data and double-quoted attribute values. */
export function htmlText(text: string): string {
	let out = '';
	for (const char of text) {
		if (char === '&') out += '&amp;';
		else if (char === '<') out += '&lt;';
		else if (char === '>') out += '&gt;';
		else if (char === '"') out += '&quot;';
		else out += char;
	}
	return out;
}

/**
 * Data as JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` written as
 * `\u003c`… so that no `</script>` or `<!--` can appear, and the line separators JavaScript once refused.
 */
export function scriptJson(value: unknown): string {
	let out = '';
	for (const char of JSON.stringify(value)) {
		if (char === '<') out += '\\u003c';
		else if (char === '>') out += '\\u003e';
		else if (char === '&') out += '\\u0026';
		else if (char === '\u2028') out += '\\u2028';
		else if (char === '\u2029') out += '\\u2029';
		else out += char;
	}
	return out;
}

/**
 * Our own code or style sheet inside a `<script>` or `<style>` element: a `</script` / `</style` (any case)
 * or `<!--` in it would end or confuse the element, so its `<` is written `\x3c` (script) or `\3c ` (style) —
 * inside string literals and regular expressions, where alone such text occurs, both read as `<`.
 */
export function rawText(text: string, element: 'script' | 'style'): string {
	const escape = element === 'script' ? '\\x3c' : '\\3c ';
	let out = '';
	let at = 0;
	const lower = text.toLowerCase();
	for (let i = lower.indexOf('<'); i >= 0; i = lower.indexOf('<', i + 1)) {
		const next = lower.slice(i + 1, i + 1 + element.length + 1);
		if (next === `/${element}` || lower.startsWith('<!--', i)) {
			out += text.slice(at, i) + escape;
			at = i + 1;
		}
	}
	return out + text.slice(at);
}

/**
 * Mounts the player on the block with the drawing made at export time standing in for Mermaid (the page
 * needs no Mermaid and no network), opening with the exporting player's branches and faults (`initialState`). Constant text: nothing from the note.
 */
const BOOT = [
	"(function(){var data=JSON.parse(document.getElementById('protocol-notes-data').textContent);",
	"var code=document.querySelector('code.protocol-notes-source');var pre=code.parentElement;",
	"var holder=document.createElement('div');holder.className='protocol-block is-standalone '+(data.dark?'is-dark':'is-light');",
	'pre.before(holder);pre.hidden=true;',
	'var mermaid={render:function(){return Promise.resolve({svg:data.svg});}};',
	"var options={mermaid:mermaid,source:code.textContent,idPrefix:'protocol-notes',language:data.language,dark:data.dark,register:function(){}};",
	'if(data.state)options.initialState=data.state;',
	'window.ProtocolPlayer.mountPlayer(holder,options);})();',
].join('');

/**
 * One offline HTML file that plays the block (issue 19): the standalone player and its style sheet
 * inline, the block's source in a code block, and the drawing and the reader's branches and faults as JSON data; a constant boot
 * script mounts the player on them, the drawing in place of Mermaid. A content security policy lets nothing load or connect. Every text from the note is
 * escaped for where it goes (element text, JSON in a data script), so none of it can run.
 */
export function htmlFile(input: HtmlFileInput, assets: HtmlAssets): string {
	return [
		'<!doctype html>',
		`<html lang="${input.language}">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
		`<title>${htmlText(input.title)}</title>`,
		`<style>${rawText(assets.css, 'style')}\nbody{margin:0 auto;padding:24px;max-width:1200px;font-family:system-ui,sans-serif}body.theme-dark{background:#1e1e1e;color:#dddddd}</style>`,
		'</head>',
		`<body class="${input.dark ? 'theme-dark' : 'theme-light'}">`,
		`<h1>${htmlText(input.title)}</h1>`,
		// Not `language-protocol`: the player script would upgrade it by itself, without the faults.
		`<pre><code class="protocol-notes-source">${htmlText(input.source)}</code></pre>`,
		`<script type="application/json" id="protocol-notes-data">${scriptJson({ svg: input.svg, state: input.state, language: input.language, dark: input.dark })}</script>`,
		`<script>${rawText(assets.script, 'script')}</script>`,
		`<script>${BOOT}</script>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
