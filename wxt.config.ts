import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { validatePackDir } from './data/load-packs';
import { storyRulesPlugin } from './scripts/build/rules-plugin';

// Story packs are validated before every build: a bad pack stops the build with
// a message naming the file and the field (see data/load-packs.ts).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), storyRulesPlugin(new URL('./data/stories', import.meta.url).pathname)],
  }),
  // The sources zip (for store review) holds what builds the extension, not the test corpus.
  zip: { excludeSources: ['tests/**', 'docs/**', 'screenshots/**', '.ci/**'] },
  hooks: {
    'build:before': () => {
      validatePackDir(
        process.env.FACTLINE_STORIES_DIR ?? new URL('./data/stories', import.meta.url).pathname,
      );
    },
  },
  manifest: ({ browser }) => ({
    // Name and description per language: public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission: README.md#permissions.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Factline' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'factline@factline.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
