/** Comparing protocols: the `protocol-compare` block's source, shared moments, verdicts and computed table rows. */
export { parseCompareSource, MIN_COMPARED, MAX_COMPARED } from './compare-source';
export type { CompareSource, CompareSourceOptions, CompareNoteRef, CompareFaultSpec, CompareDiagnostic, CompareProblem } from './compare-source';
export { sharedParticipants, sharedMoments, findMoment, findParticipant, momentKey, momentName } from './moments';
export type { CompareSide, SharedMoment } from './moments';
export { resolveFault } from './resolve-fault';
export type { ResolvedFault } from './resolve-fault';
export { verdictOf } from './verdict';
export type { Verdict } from './verdict';
export { diagramRowValues, diagramRowKey, isDiagramRowKey, DIAGRAM_ROWS, DIAGRAM_ROW_PREFIX, RESTART_ROWS } from './diagram-rows';
export { diagramFacts, diagramFactsInSteps, DIAGRAM_FACTS_BUDGET } from './diagram-facts';
export type { DiagramFactsBudget } from './diagram-facts';
export type { DiagramFacts, DiagramRow, DiagramRowWords } from './diagram-rows';
export { branchCombinations } from './branch-combinations';
export { findNoteDiagram } from './note-diagram';
export type { NoteDiagram } from './note-diagram';
