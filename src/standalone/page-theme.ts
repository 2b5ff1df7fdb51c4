/**
 * Whether the page shows dark: `body.theme-dark` or `body.theme-light` (Obsidian's and Publish's classes;
 * on `<html>` too, where some site generators put them) decide when present — a page set to light stays
 * light on a dark system — and the system's `prefers-color-scheme` only when the page says neither.
 */
export function pageIsDark(win: Window): boolean {
	for (const element of [win.document.body, win.document.documentElement]) {
		if (element === null) continue;
		if (element.classList.contains('theme-dark')) return true;
		if (element.classList.contains('theme-light')) return false;
	}
	return win.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

/**
 * Calls `changed(dark)` whenever the page's theme turns (a theme toggle changing the classes of `<body>` or
 * `<html>`, or the system's scheme while the page sets none), from `dark` (whether it shows dark now; read by
 * default). Returns the function that stops watching.
 */
export function watchPageTheme(win: Window, changed: (dark: boolean) => void, dark = pageIsDark(win)): () => void {
	const check = (): void => {
		const now = pageIsDark(win);
		if (now === dark) return;
		dark = now;
		changed(now);
	};
	const observer = new MutationObserver(check);
	for (const element of [win.document.body, win.document.documentElement]) {
		if (element !== null) observer.observe(element, { attributes: true, attributeFilter: ['class'] });
	}
	const scheme = typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : undefined;
	scheme?.addEventListener('change', check);
	return () => {
		observer.disconnect();
		scheme?.removeEventListener('change', check);
	};
}
