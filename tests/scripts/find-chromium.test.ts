import { describe, expect, it } from 'vitest';
import { CHROMIUM_VARIABLE, findChromium, type FinderSystem } from '../../scripts/find-chromium.mjs';

/** A machine where exactly the given files are executables. */
function machine(platform: string, executables: string[], env: Record<string, string | undefined> = {}): FinderSystem {
	const files = new Set(executables);
	return { platform, env, isExecutable: (path) => files.has(path) };
}

describe('findChromium', () => {
	it('uses the executable named by PROTOCOL_NOTES_CHROMIUM ahead of an installed Chromium', () => {
		const system = machine('linux', ['/usr/bin/chromium', '/home/ada/chrome-linux/chrome'], { [CHROMIUM_VARIABLE]: '/home/ada/chrome-linux/chrome' });
		expect(findChromium(system)).toEqual({ path: '/home/ada/chrome-linux/chrome' });
	});

	it('says that the override points nowhere instead of quietly taking another browser', () => {
		const system = machine('linux', ['/usr/bin/chromium'], { [CHROMIUM_VARIABLE]: '/opt/missing/chrome' });
		const found = findChromium(system);
		expect(found.path).toBeUndefined();
		expect(found.error).toBe('PROTOCOL_NOTES_CHROMIUM is set to /opt/missing/chrome, which is not an executable file: point it to Chromium or Chrome, or unset it.');
	});

	it("finds Debian's Chromium at /usr/bin/chromium", () => {
		expect(findChromium(machine('linux', ['/usr/bin/chromium']))).toEqual({ path: '/usr/bin/chromium' });
	});

	it("finds Ubuntu's snap Chromium and Google Chrome on Linux, preferring Chromium", () => {
		expect(findChromium(machine('linux', ['/snap/bin/chromium']))).toEqual({ path: '/snap/bin/chromium' });
		expect(findChromium(machine('linux', ['/usr/bin/google-chrome']))).toEqual({ path: '/usr/bin/google-chrome' });
		expect(findChromium(machine('linux', ['/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toEqual({ path: '/usr/bin/chromium-browser' });
	});

	it('looks on the PATH after the install places', () => {
		const system = machine('linux', ['/nix/store/abc-chromium/bin/chromium'], { PATH: '/usr/local/bin:/nix/store/abc-chromium/bin' });
		expect(findChromium(system)).toEqual({ path: '/nix/store/abc-chromium/bin/chromium' });
	});

	it('finds Chrome in /Applications and Chromium in the home Applications folder on macOS', () => {
		expect(findChromium(machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], { HOME: '/Users/ada' }))).toEqual({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
		expect(findChromium(machine('darwin', ['/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium'], { HOME: '/Users/ada' }))).toEqual({ path: '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium' });
	});

	it('finds Chrome under Program Files, then a per-user install, then Edge on Windows', () => {
		const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' };
		expect(findChromium(machine('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], env))).toEqual({ path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' });
		expect(findChromium(machine('win32', ['C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'], env))).toEqual({ path: 'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe' });
		expect(findChromium(machine('win32', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], env))).toEqual({ path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe' });
		expect(findChromium(machine('win32', ['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], env))).toEqual({ path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe' });
	});

	it('does not take a Linux path on Windows', () => {
		expect(findChromium(machine('win32', ['/usr/bin/chromium'])).path).toBeUndefined();
	});

	it('without any browser, answers with one line that says how to install one or point to it', () => {
		const found = findChromium(machine('linux', [], { PATH: '/usr/bin:/bin' }));
		expect(found.path).toBeUndefined();
		expect(found.error).not.toContain('\n');
		expect(found.error).toContain('apt-get install chromium');
		expect(found.error).toContain('brew install --cask chromium');
		expect(found.error).toContain('set PROTOCOL_NOTES_CHROMIUM to its executable');
	});
});
