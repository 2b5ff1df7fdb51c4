/** State simulation: which steps happen for the chosen branches, and what every participant holds after each. */
export { simulate, pathOf } from './simulate';
export { pathSteps, chosenBranch } from './path';
export { branchChoices, blockOnPath, isChoosable } from './branch-choices';
export type { BranchChoice, BranchOption } from './branch-choices';
export { describeFailure, failureReason, participantName } from './failure-reason';
