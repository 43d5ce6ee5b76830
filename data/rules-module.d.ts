/** The modules scripts/build/rules-plugin.ts generates at build time. */
declare module 'virtual:factline-triggers' {
  export const triggers: import('./prepared').PreparedTrigger[];
}

declare module 'virtual:factline-rules' {
  export const stories: import('./prepared').PreparedStory[];
}

declare module 'virtual:factline-content' {
  export const packs: import('./schema').StoryContent[];
}
