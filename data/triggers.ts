/** The trigger script's view of the story packs: each pack's pre-filter, worked out at build time. */
export { triggers } from 'virtual:factline-triggers';
