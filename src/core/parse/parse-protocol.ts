import type { ParseOptions, ParseResult, Protocol } from '../model';
import { applyDirectives } from './apply-directives';
import { DiagramBuilder } from './builder';
import { diagnostic } from './diagnostics';
import { parseDirective, type Directive } from './directives';
import { inferState } from './inference';
import { needsWarnings } from './needs-warnings';
import { splitSource } from './source-lines';
import { readStatement } from './statements';

/** Parses a `protocol` block (a Mermaid sequence diagram with directive comments). Never throws. */
export function parseProtocol(source: string, options: ParseOptions = {}): ParseResult {
	try {
		return parse(source, options);
	} catch (cause) {
		// A bug of ours must not break the note: it becomes a diagnostic like any other.
		const reason = cause instanceof Error ? cause.message : String(cause);
		return { ok: false, errors: [diagnostic(1, `the diagram could not be read (${reason})`)] };
	}
}

function parse(source: string, options: ParseOptions): ParseResult {
	const { segments, directives } = splitSource(source);
	const builder = new DiagramBuilder();
	for (const segment of segments) {
		const read = readStatement(segment);
		if ('message' in read) { builder.error(segment, read.message); continue; }
		if (read.warning !== undefined) builder.warn(segment, read.warning);
		builder.add(read.statement, segment);
	}
	builder.finish(lineCount(source));
	const { diagram } = builder;
	if (diagram.errors.length > 0) return { ok: false, errors: diagram.errors.sort((a, b) => a.line - b.line) };
	const protocol: Protocol = {
		participants: diagram.participants.list,
		steps: diagram.steps,
		blocks: diagram.blocks.blocks,
		boxes: diagram.participants.boxes,
		initial: [],
		durable: {},
	};
	if (diagram.autonumber) protocol.autonumber = diagram.autonumber;
	const warnings = diagram.warnings;
	const parsed: Directive[] = [];
	for (const line of directives) {
		const directive = parseDirective(line);
		if (typeof directive === 'string') warnings.push(diagnostic(line.line, directive, `%% ${line.text}`));
		else parsed.push(directive);
	}
	applyDirectives(protocol, parsed, warnings);
	if (options.inferState !== false) inferState(protocol.steps);
	for (const warning of needsWarnings(protocol)) warnings.push(warning);
	return { ok: true, protocol, warnings: warnings.sort((a, b) => a.line - b.line) };
}

/** How many lines the block has, without splitting it (a copy of every line of a huge block). */
function lineCount(source: string): number {
	let count = 1;
	for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) count++;
	return count;
}
