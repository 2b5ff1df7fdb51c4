/**
 * The pure protocol core: parsing, state simulation and table building.
 * It knows neither the DOM nor Obsidian; the player, the plugin, the standalone script and the tests use it.
 */
export type * from './model';
export { parseProtocol } from './parse/parse-protocol';
export { simulate, pathOf, faultMap } from './simulate';
export { branchChoices, blockOnPath, isChoosable, participantName, chosenBranch, pathSteps } from './simulate';
export type { BranchChoice, BranchOption } from './simulate';
export { comparisonTable } from './table/comparison-table';
export type { ComparisonTableOptions, TableNote } from './table/comparison-table';
