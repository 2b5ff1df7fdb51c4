/**
 * The player's DOM contract for tests (src/player/dom-contract.ts): selectors written from the same constants the
 * player builds with, so a renamed hook fails to compile here instead of silently matching nothing.
 */
export { ACTION, byAction, byClass, byRole, CLASS, DATA, ROLE } from '../../src/player/dom-contract';
