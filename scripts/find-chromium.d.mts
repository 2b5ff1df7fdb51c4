/** The environment variable that names the Chromium to use, ahead of every install place. */
export declare const CHROMIUM_VARIABLE: 'PROTOCOL_NOTES_CHROMIUM';
/** What the finder may ask of a system: real, or a fake in the tests. */
export interface FinderSystem {
	platform: string;
	env: Record<string, string | undefined>;
	isExecutable(path: string): boolean;
}
/** A found executable, or the one line of advice. */
export type FinderResult = { path: string; error?: undefined } | { path?: undefined; error: string };
/** Where Chromium or Chrome is usually installed on `platform`, most preferred first. */
export declare function installPlaces(platform: string, env: Record<string, string | undefined>): string[];
/** The one line shown when no Chromium is found. */
export declare function missingChromiumMessage(): string;
/** Finds Chromium on the given system. */
export declare function findChromium(system: FinderSystem): FinderResult;
/** Whether `path` is a file this process may execute. */
export declare function isExecutableFile(path: string): boolean;
/** Finds Chromium on this machine. */
export declare function findLocalChromium(): FinderResult;
/** The path of this machine's Chromium; throws with the one line of advice. */
export declare function requireChromium(): string;
