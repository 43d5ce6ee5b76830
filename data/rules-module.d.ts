/** The modules data/rules-plugin.ts generates at build time. */
declare module 'virtual:factline-triggers' {
  export const triggers: import('./rules-plugin').PreparedTrigger[];
}

declare module 'virtual:factline-rules' {
  export const stories: import('./rules-plugin').PreparedStory[];
}

declare module 'virtual:factline-content' {
  export const packs: import('./schema').StoryContent[];
}
