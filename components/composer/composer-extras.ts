// The composer's secondary parts, loaded together just after first paint: the text box, the
// networks and the Post button come first, these a few milliseconds later.
import './panel-styles';
export { AccountStatus } from './AccountStatus';
export { AlreadyShared } from './AlreadyShared';
export { ComposerMedia } from './ComposerMedia';
export { SetupNotice } from './SetupNotice';
