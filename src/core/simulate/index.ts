/** State simulation: which steps happen for the chosen branches, what every participant holds after each, and what a fault breaks. */
export { simulate, pathOf } from './simulate';
export { faultMap, faultMapInSlices } from './fault-map';
export { breaksOf, brokenSteps } from './breaks-of';
export { pathSteps, chosenBranch } from './path';
export { branchChoices, blockOnPath, isChoosable } from './branch-choices';
export type { BranchChoice, BranchOption } from './branch-choices';
export { participantName } from './participant-name';
