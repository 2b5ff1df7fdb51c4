/**
 * The pure protocol core: parsing, state simulation, table building and note-text helpers.
 * It knows neither the DOM nor Obsidian; the player, the plugin, the standalone script and the tests use it.
 * Every other layer imports the core from here only (ESLint's no-restricted-imports holds them to it).
 */
export type * from './model';
export { parseProtocol } from './parse/parse-protocol';
export { dropStyleSemicolons } from './parse/entities';
export { firstStatementLine, frontMatterLines, isSequenceDiagram, startsWithSequenceKeyword } from './parse/diagram-header';
export { simulate, pathOf, faultMap, faultMapInSlices, breaksOf, brokenSteps } from './simulate';
export { branchChoices, blockOnPath, isChoosable, participantName, chosenBranch, pathSteps } from './simulate';
export type { BranchChoice, BranchOption } from './simulate';
export { loadComparisonTable } from './table/load-comparison-table';
export type { ComparisonTableOptions, TableNote } from './table/comparison-table';
export { formatValue, MISSING_CELL } from './table/cells';
export type { BooleanSymbols } from './table/cells';
export { formatLabels, parseLabels } from './table/labels';
export { defaultProperties, propertyCounts, SKIPPED_BY_DEFAULT } from './table/property-keys';
export type { PropertyCount } from './table/property-keys';
export { insertionLine, insertionText } from './table/insertion';
export { newTableId } from './table/markers';
export type { TableSpec } from './table/markers';
export { findTableBlocks, lineBreakOf, refreshText, takenTableIds } from './table/table-blocks';
export type { BlockProblem, TextChange } from './table/table-blocks';
export { quotePrefix } from './text/quote-prefix';
export { fenceAt, findFences } from './text/fences';
export type { Fence, LineReader } from './text/fences';
export { blockInsertion, positionAfter } from './text/protocol-block';
export type { BlockInsertion, BlockInsertionPlace, TextPosition } from './text/protocol-block';
export * from './export';
export * from './compare';
export * from './capture';
export { PROTOCOL_TEMPLATE_IDS, protocolTemplates } from './templates/protocol-templates';
export type { ProtocolTemplate, ProtocolTemplateId } from './templates/protocol-templates';
export { fencedBlock } from './text/fence-block';
export * from './writing';
