import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, in its sub-folders too, whose name ends with `ending` (`.ts`, `.test.ts`). */
export function filesUnder(dir: string, ending: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path, ending) : entry.name.endsWith(ending) ? [path] : [];
	});
}
