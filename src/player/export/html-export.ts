import { exportStrings } from '../../i18n/export';
import type { ExportSource } from './export-source';
import type { HtmlBuilder } from './formats';
import { htmlFile, type HtmlAssets } from './html-file';

/**
 * The page's rules for the player (every rule that names a `protocol-` class or variable), as text: the
 * HTML file carries the style sheet the player is drawn with, in Obsidian (the plugin's styles.css) as on
 * a web page. Style sheets of other origins cannot be read and are left out.
 */
export function pageStyles(doc: Document): string {
	const rules: string[] = [];
	for (const sheet of Array.from(doc.styleSheets)) {
		let list: CSSRuleList;
		try {
			list = sheet.cssRules;
		} catch {
			continue;
		}
		for (const rule of Array.from(list)) if (rule.cssText.includes('protocol-')) rules.push(rule.cssText);
	}
	return rules.join('\n');
}

function cancelled(): DOMException {
	return new DOMException('The export was cancelled.', 'AbortError');
}

/**
 * The `html` format (issue 19): Mermaid draws the block once more, without the player's marks, and the
 * drawing, the block's source, the player's script and style sheet go into one offline HTML file. `assets`
 * gives the script and style sheet (the plugin has the script built in; a web page reads its own).
 */
export function htmlBuilder(assets: (doc: Document) => Promise<HtmlAssets>): HtmlBuilder {
	return async (source: ExportSource, options) => {
		if (source.blockSource === undefined || source.drawing === undefined) throw new Error('This player cannot be exported as an HTML file.');
		const [svg, files] = await Promise.all([source.drawing(), assets(source.root.ownerDocument)]);
		if (options.signal?.aborted === true || source.destroyed?.aborted === true) throw cancelled();
		const title = source.title ?? exportStrings(source.language).fallbackName;
		return htmlFile({ title, language: source.language, dark: source.dark ?? false, source: source.blockSource, svg, state: source.openingState?.() }, files);
	};
}
