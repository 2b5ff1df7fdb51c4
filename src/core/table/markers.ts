import { quotePrefix } from '../text/quote-prefix';

/** How a table was made, as recorded in its opening marker (the same shape as the settings' `TableChoice`). */
export interface TableSpec {
	/** Tells several tables of one note apart; letters and digits. */
	id: string;
	source: 'links' | 'tag' | 'folder' | 'picked';
	/** The tag or folder, for those sources. */
	value?: string;
	/** Note paths, when picked by name. */
	notes?: string[];
	/** The properties shown, in order; empty means the notes' own keys, most common first. */
	properties: string[];
	orientation: 'columns' | 'rows';
}

/** A marker line: its quote prefix (`> ` in a callout), whether it closes, and its fields. */
export interface MarkerLine {
	prefix: string;
	closing: boolean;
	fields: Map<string, string>;
}

const SOURCES: readonly TableSpec['source'][] = ['links', 'tag', 'folder', 'picked'];
const ID = /^[A-Za-z0-9_-]+$/;
// Characters that would end the comment (%%) or split fields and lists are written as %XX; the rest (Korean too) stays readable.
const SPECIAL = /[%\s,=|]/g;

function encode(text: string): string {
	return text.replace(SPECIAL, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function decode(text: string): string {
	return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The opening marker's comment for a table, without quote prefix: `%% protocol-table id=k3f9 source=links ... %%`. */
export function openingMarker(spec: TableSpec): string {
	const fields = [`id=${spec.id}`, `source=${spec.source}`];
	if (spec.value !== undefined) fields.push(`value=${encode(spec.value)}`);
	if (spec.notes !== undefined) fields.push(`notes=${spec.notes.map(encode).join(',')}`);
	fields.push(`props=${spec.properties.map(encode).join(',')}`, `orient=${spec.orientation}`);
	return `%% protocol-table ${fields.join(' ')} %%`;
}

/** The closing marker's comment for a table id. */
export function closingMarker(id: string): string {
	return `%% /protocol-table id=${id} %%`;
}

const KEYWORD = 'protocol-table';

/** Skips spaces and tabs from `i`. */
function skipBlanks(text: string, i: number): number {
	while (text[i] === ' ' || text[i] === '\t') i++;
	return i;
}

/**
 * Reads a line as a table marker (`[> ]%% [/]protocol-table fields %%`), or `null` when it is not one.
 * A scanner, not a pattern: the line is walked once, so no line can make it slow.
 */
export function readMarkerLine(line: string): MarkerLine | null {
	const prefix = quotePrefix(line);
	let i = skipBlanks(line, prefix.length);
	if (!line.startsWith('%%', i)) return null;
	i = skipBlanks(line, i + 2);
	const closing = line[i] === '/';
	if (closing) i++;
	if (!line.startsWith(KEYWORD, i)) return null;
	i += KEYWORD.length;
	// The keyword must end there (`protocol-tables` is not a marker).
	if (/^\w/.test(line.slice(i, i + 1))) return null;
	let end = line.length;
	while (end > i && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
	if (end - i < 2 || !line.startsWith('%%', end - 2)) return null;
	const fields = new Map<string, string>();
	for (const word of line.slice(i, end - 2).trim().split(/\s+/)) {
		if (word === '') continue;
		const equals = word.indexOf('=');
		if (equals > 0) fields.set(word.slice(0, equals), word.slice(equals + 1));
		else fields.set(word, '');
	}
	return { prefix, closing, fields };
}

/** The table spec an opening marker records, or the reason it cannot be read. */
export function specFromFields(fields: Map<string, string>): TableSpec | { error: string } {
	const id = fields.get('id');
	if (id === undefined || !ID.test(id)) return { error: 'id' };
	const source = fields.get('source') as TableSpec['source'] | undefined;
	if (source === undefined || !SOURCES.includes(source)) return { error: 'source' };
	const orient = fields.get('orient') ?? 'columns';
	if (orient !== 'columns' && orient !== 'rows') return { error: 'orient' };
	const value = fields.get('value');
	if ((source === 'tag' || source === 'folder') && (value === undefined || value === '')) return { error: 'value' };
	const notes = fields.get('notes');
	if (source === 'picked' && (notes === undefined || notes === '')) return { error: 'notes' };
	const list = (text: string | undefined): string[] => (text ? text.split(',').filter((item) => item !== '').map(decode) : []);
	const spec: TableSpec = { id, source, properties: list(fields.get('props')), orientation: orient };
	if (value !== undefined && (source === 'tag' || source === 'folder')) spec.value = decode(value);
	if (source === 'picked') spec.notes = list(notes);
	return spec;
}

/** A fresh table id: four letters or digits not yet used in the note. `random` returns [0, 1) like `Math.random`. */
export function newTableId(taken: ReadonlySet<string>, random: () => number): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	for (let attempt = 0; ; attempt++) {
		let id = '';
		for (let i = 0; i < 4; i++) id += alphabet[Math.floor(random() * alphabet.length)] ?? 'x';
		// A random source that keeps repeating itself still ends: the attempt number makes the id new.
		if (attempt >= 50) id += String(attempt);
		if (!taken.has(id)) return id;
	}
}
