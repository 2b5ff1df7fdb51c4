/** The compare block for test pages: `window.ProtocolCompare.mountCompare`, beside the standalone player. */
import { mountCompare } from '../../../src/player/compare';

(window as unknown as { ProtocolCompare: unknown }).ProtocolCompare = { mountCompare };
