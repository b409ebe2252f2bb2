// The composer's secondary controls, loaded together just after first paint: the text box, the
// networks and the Post button come first, these a few milliseconds later.
import './panel-styles';
export { AlreadyShared } from './AlreadyShared';
export { ComposerMedia, ComposerPanels } from './ComposerPanels';
export { ProfilePicker } from './ProfilePicker';
export { SetupNotice } from './SetupNotice';
export { TextToolbar } from './TextToolbar';
