// Colours and line styles shared by the canvas, its legend and the inspector.
// The exports use the same values (shared/export/style.ts re-exports them).
export { LINE_STYLE, NEUTRAL, UNTAGGED_COLOUR, tagColour, textOnColour } from '../../shared/export/style';
