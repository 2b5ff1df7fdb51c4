/**
 * The demo page's look: Obsidian's colour variables for light and dark, so the player's CSS (which reads
 * `--text-normal`, `--interactive-accent`, ...) looks as it does inside Obsidian in either theme.
 */
export const DEMO_CSS = `
body {
	--background-primary: #ffffff; --background-secondary: #f6f6f6; --background-modifier-border: #e0e0e0;
	--background-modifier-hover: rgba(0,0,0,0.06); --text-normal: #222222; --text-muted: #5c5c5c; --text-faint: #999999;
	--text-accent: #705dcf; --interactive-accent: #7b6cd9; --text-on-accent: #ffffff; --text-error: #e93147;
	--text-success: #08b94e; --text-warning: #e0ac00; --code-background: #f5f5f5;
	--color-green: #08b94e; --color-orange: #ec7500; --background-modifier-error: rgba(233,49,71,0.12);
	--radius-s: 4px; --radius-m: 8px; --font-semibold: 600;
	--font-text: system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Apple SD Gothic Neo", "NanumGothic", sans-serif;
	--font-monospace: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
	--interactive-normal: #f2f3f5; --interactive-hover: #e9e9e9;
	color-scheme: light;
	margin: 0; background: var(--background-primary); color: var(--text-normal); font-family: var(--font-text); line-height: 1.6;
}
body.theme-dark {
	--background-primary: #1e1e1e; --background-secondary: #262626; --background-modifier-border: #3f3f3f;
	--background-modifier-hover: rgba(255,255,255,0.07); --text-normal: #dadada; --text-muted: #a3a3a3; --text-faint: #666666;
	--text-accent: #a68af9; --interactive-accent: #8a5cf5; --text-on-accent: #ffffff; --text-error: #fb464c;
	--text-success: #44cf6e; --text-warning: #e0de71; --code-background: #2a2a2a;
	--color-green: #44cf6e; --color-orange: #e9973f; --background-modifier-error: rgba(251,70,76,0.18);
	--interactive-normal: #363636; --interactive-hover: #3f3f3f;
	color-scheme: dark;
}
/* The page's own buttons; the players style theirs from the plugin's stylesheet, as on any plain page. */
.demo-bar button { font: inherit; font-size: 0.85em; color: var(--text-normal); background: var(--interactive-normal); border: 1px solid var(--background-modifier-border); border-radius: var(--radius-s); padding: 0.15em 0.6em; cursor: pointer; }
.demo-bar button:hover { background: var(--interactive-hover); }

.demo-bar { display: flex; align-items: center; gap: 1em; padding: 0.5em 1.5em; border-bottom: 1px solid var(--background-modifier-border); background: var(--background-secondary); }
.demo-bar a { color: var(--text-normal); text-decoration: none; font-weight: 600; }
.demo-bar .demo-spacer { flex: 1; }
main { max-width: 860px; margin: 0 auto; padding: 1em 1.5em 4em; }
a, .internal-link { color: var(--text-accent); }
.internal-link.is-unresolved { opacity: 0.65; text-decoration: underline dotted; }
pre { background: var(--code-background); padding: 0.8em 1em; border-radius: 6px; overflow-x: auto; }
code { font-family: var(--font-monospace); font-size: 0.9em; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid var(--background-modifier-border); padding: 0.3em 0.7em; text-align: left; vertical-align: top; }
hr { border: none; border-top: 1px solid var(--background-modifier-border); margin: 2em 0; }
blockquote { margin: 1em 0; padding: 0.2em 1em; border-left: 3px solid var(--interactive-accent); color: var(--text-muted); }
.demo-note > .demo-path { color: var(--text-faint); font-size: 0.85em; margin: 0 0 0.5em; }
.demo-properties { font-size: 0.85em; color: var(--text-muted); margin: 0 0 1.5em; }
.demo-properties th { font-weight: 500; width: 9em; }
.demo-tag { display: inline-block; margin: 0 0.3em 0.2em 0; padding: 0 0.5em; border-radius: 1em; background: var(--background-secondary); border: 1px solid var(--background-modifier-border); }
.demo-note-list { list-style: none; padding: 0; }
.demo-note-list li { padding: 0.6em 0; border-bottom: 1px solid var(--background-modifier-border); }
.demo-note-list .demo-path { color: var(--text-faint); font-size: 0.85em; margin-left: 0.5em; }
.demo-note-list .demo-meta { font-size: 0.85em; color: var(--text-muted); }
`;
