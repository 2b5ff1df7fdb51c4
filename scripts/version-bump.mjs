// Run by `npm version patch|minor|major` (the "version" script) after npm has bumped package.json:
// writes the same version into manifest.json and maps it to the manifest's minAppVersion in versions.json,
// the three files Obsidian and BRAT read. Works in the current directory, the package's root under npm.
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version;
if (!version) {
	console.error('version-bump: run it through `npm version patch|minor|major` (npm_package_version is not set).');
	process.exit(1);
}

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
manifest.version = version;
writeFileSync('manifest.json', `${JSON.stringify(manifest, null, '\t')}\n`);

// Obsidian picks, for an older app, the newest plugin version whose minAppVersion it meets.
const versions = JSON.parse(readFileSync('versions.json', 'utf8'));
versions[version] = manifest.minAppVersion;
writeFileSync('versions.json', `${JSON.stringify(versions, null, '\t')}\n`);
