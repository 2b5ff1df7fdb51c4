import type { ParticipantKind } from '../model';
import { parseParticipantConfig } from './participant-config';
import { displayText } from './message-text';
import { decodeEntities } from './entities';
import type { ParticipantDeclaration, Statement, StatementError } from './statement-types';

/** Mermaid's `ID` lexer state: a name followed by `@{`, by ` as `, or by the end of the line. */
const NAME_BEFORE_CONFIG = /^([^<>:\n,;@\s]+)(?=\s*@\{)/;
const NAME_BEFORE_ALIAS = /^([^<>:\n,;@\s]+)(?=\s+as\s)/i;
const NAME_ALONE = /^([^<>:\n,;@]+)$/;

/** Parses what follows `participant` / `actor` (with `create` before them when `create` is set). */
export function parseParticipant(
	rest: string,
	keyword: 'participant' | 'actor',
	create: boolean,
): { statement: ParticipantDeclaration; warning?: string } | StatementError {
	const text = rest.trim();
	const kind: ParticipantKind = keyword;
	const config = NAME_BEFORE_CONFIG.exec(text);
	if (config) return withConfig(config[1] ?? '', text.slice(config[0].length).trim(), kind, create);
	const aliased = NAME_BEFORE_ALIAS.exec(text + '\n');
	if (aliased) {
		const alias = text.slice(aliased[0].length).trim().slice(2);
		return { statement: declaration(aliased[1] ?? '', kind, create, displayText(alias)) };
	}
	const alone = NAME_ALONE.exec(text);
	if (alone) return { statement: declaration(alone[1] ?? '', kind, create) };
	return error(keyword);
}

function withConfig(
	id: string,
	afterName: string,
	kind: ParticipantKind,
	create: boolean,
): { statement: ParticipantDeclaration; warning?: string } | StatementError {
	const close = afterName.indexOf('}');
	if (!afterName.startsWith('@{') || close < 3) return error(kind === 'actor' ? 'actor' : 'participant');
	const config = parseParticipantConfig(afterName.slice(2, close));
	if (!config) return { type: 'error', message: 'expected a participant config like `@{ "type": "database" }`' };
	const after = afterName.slice(close + 1);
	let label = config.alias;
	if (/^\s+as\s/i.test(after + '\n')) label = displayText(after.trim().slice(2));
	else if (after.trim() !== '') return error(kind === 'actor' ? 'actor' : 'participant');
	const statement = declaration(id, config.kind ?? kind, create, label);
	const warning = config.unknownType !== undefined
		? `unknown participant type "${config.unknownType}": drawn as a plain participant`
		: undefined;
	return warning === undefined ? { statement } : { statement, warning };
}

function declaration(id: string, kind: ParticipantKind, create: boolean, label?: string): ParticipantDeclaration {
	const statement: ParticipantDeclaration = { type: 'participant', id: decodeEntities(id.trim()), kind, create };
	if (label !== undefined) statement.label = label;
	return statement;
}

function error(keyword: 'participant' | 'actor'): StatementError {
	return { type: 'error', message: `expected \`${keyword} Name\` or \`${keyword} Name as Label\`` };
}

/** Parses what follows `destroy`, `activate` or `deactivate`: one participant name. */
export function parseSingleName(rest: string, build: (id: string) => Statement, usage: string): Statement | StatementError {
	const alone = NAME_ALONE.exec(rest.trim());
	if (!alone) return { type: 'error', message: `expected ${usage}` };
	return build(decodeEntities((alone[1] ?? '').trim()));
}
