import { escapeHtml } from './html';
import { DEMO_CSS } from './style';

/** What every demo page is made of; `body` is HTML the caller has already made safe. */
export interface PageParts {
	title: string;
	language: 'en' | 'ko';
	body: string;
}

/** The words of the page's own chrome (the player brings its own words). */
const WORDS = {
	en: { notes: 'Notes', theme: 'Light / dark' },
	ko: { notes: '노트 목록', theme: '밝게 / 어둡게' },
} as const;

/** Where the pages' compare blocks fetch notes: `[[Note]]` is `NOTES_BASE/Note.md` (server.ts serves it). */
export const NOTES_BASE = '/vault';

/**
 * Runs in the page before the player script: applies the chosen theme (`?theme=`, then the remembered
 * choice, then the system's) as Obsidian does, with `theme-dark` / `theme-light` on the body. The toggle
 * only changes those classes: the player script draws every player again in the new theme by itself,
 * keeping each one's step, branch choices and faults, and each comparison's applied fault.
 */
const THEME_SCRIPT = `
(function () {
	var query = new URLSearchParams(location.search).get('theme');
	var stored = null;
	try { stored = localStorage.getItem('protocol-demo-theme'); } catch (e) { /* storage may be off */ }
	var chosen = query || stored;
	var dark = chosen ? chosen === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
	var button = document.querySelector('[data-demo="theme"]');
	function apply() {
		document.body.classList.toggle('theme-dark', dark);
		document.body.classList.toggle('theme-light', !dark);
		button.setAttribute('aria-pressed', String(dark));
	}
	apply();
	button.addEventListener('click', function () {
		dark = !dark;
		apply();
		try { localStorage.setItem('protocol-demo-theme', dark ? 'dark' : 'light'); } catch (e) { /* ignore */ }
	});
})();
`;

/** A whole HTML page: Obsidian-like colours, a theme toggle, the real Mermaid and the standalone player. */
export function page(parts: PageParts): string {
	const words = WORDS[parts.language];
	return `<!doctype html>
<html lang="${parts.language}" data-protocol-base="${NOTES_BASE}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(parts.title)} · Protocol Notes demo</title>
<link rel="stylesheet" href="/assets/styles.css">
<style>${DEMO_CSS}</style>
</head>
<body>
<nav class="demo-bar"><a href="/">${escapeHtml(words.notes)}</a><span class="demo-spacer"></span><button type="button" data-demo="theme" aria-pressed="false">${escapeHtml(words.theme)}</button></nav>
<main>
${parts.body}
</main>
<script src="/assets/mermaid.min.js"></script>
<script>${THEME_SCRIPT}</script>
<script src="/assets/protocol-player.js"></script>
</body>
</html>
`;
}
