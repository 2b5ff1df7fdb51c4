// Finds the Chromium (or Chrome) the browser tests, benches and screenshots drive: first the executable named
// by PROTOCOL_NOTES_CHROMIUM, then the usual install places of Linux, macOS and Windows, then the PATH.
// `node scripts/find-chromium.mjs` prints the path, or one line saying how to get one, and exits 1.
import { accessSync, constants, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The environment variable that names the Chromium to use, ahead of every install place. */
export const CHROMIUM_VARIABLE = 'PROTOCOL_NOTES_CHROMIUM';

/** Executable names looked up on the PATH after the install places, Chromium first. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/**
 * Where Chromium or Chrome is usually installed on `platform`, most preferred first.
 * @param {string} platform `process.platform`
 * @param {Record<string, string | undefined>} env the environment (HOME, ProgramFiles, LOCALAPPDATA, ...)
 * @returns {string[]}
 */
export function installPlaces(platform, env) {
	if (platform === 'win32') {
		const roots = [env.ProgramFiles ?? 'C:\\Program Files', env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', env.LOCALAPPDATA].filter((r) => r !== undefined && r !== '');
		const apps = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
		// Chromium anywhere before Chrome anywhere before Edge, which every Windows has.
		return apps.flatMap((app) => roots.map((root) => `${root}\\${app}`));
	}
	if (platform === 'darwin') {
		const bundles = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'];
		const folders = ['/Applications', ...(env.HOME ? [`${env.HOME}/Applications`] : [])];
		return bundles.flatMap((bundle) => folders.map((folder) => `${folder}/${bundle}`));
	}
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];
}

/**
 * The one line shown when no Chromium is found: how to install one, or how to point to it.
 * @returns {string}
 */
export function missingChromiumMessage() {
	return `No Chromium found for the browser tests: install Chromium or Google Chrome (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; Windows: install Google Chrome), or set ${CHROMIUM_VARIABLE} to its executable.`;
}

/**
 * @typedef {{ platform: string, env: Record<string, string | undefined>, isExecutable: (path: string) => boolean }} FinderSystem
 * @typedef {{ path: string, error?: undefined } | { path?: undefined, error: string }} FinderResult
 */

/**
 * Finds Chromium on the given system. A set override that is not an executable is an error of its own,
 * never silently replaced by another browser.
 * @param {FinderSystem} system
 * @returns {FinderResult}
 */
export function findChromium(system) {
	const override = system.env[CHROMIUM_VARIABLE];
	if (override !== undefined && override !== '') {
		return system.isExecutable(override) ? { path: override } : { error: `${CHROMIUM_VARIABLE} is set to ${override}, which is not an executable file: point it to Chromium or Chrome, or unset it.` };
	}
	const separator = system.platform === 'win32' ? ';' : ':';
	const slash = system.platform === 'win32' ? '\\' : '/';
	const names = system.platform === 'win32' ? ['chrome.exe', 'msedge.exe'] : PATH_NAMES;
	const onPath = (system.env.PATH ?? system.env.Path ?? '').split(separator).filter((dir) => dir !== '').flatMap((dir) => names.map((name) => `${dir}${slash}${name}`));
	const found = [...installPlaces(system.platform, system.env), ...onPath].find((path) => system.isExecutable(path));
	return found === undefined ? { error: missingChromiumMessage() } : { path: found };
}

/**
 * Whether `path` is a file this process may execute (on Windows: a file at all).
 * @param {string} path
 * @returns {boolean}
 */
export function isExecutableFile(path) {
	try {
		if (!statSync(path).isFile()) return false;
		if (process.platform !== 'win32') accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * Finds Chromium on this machine.
 * @returns {FinderResult}
 */
export function findLocalChromium() {
	return findChromium({ platform: process.platform, env: process.env, isExecutable: isExecutableFile });
}

/**
 * The path of this machine's Chromium; throws an error whose message is the one line of advice.
 * @returns {string}
 */
export function requireChromium() {
	const found = findLocalChromium();
	if (found.path === undefined) throw new Error(found.error);
	return found.path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const found = findLocalChromium();
	if (found.path === undefined) {
		console.error(found.error);
		process.exitCode = 1;
	} else {
		process.stdout.write(`${found.path}\n`);
	}
}
