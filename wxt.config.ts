import { defineConfig } from 'wxt';

// Permissions are kept to the minimum that works; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Kommunesjekk',
    description: 'Sjekker en kommunes Facebook-side mot de ti påstandene i KS-rapporten om sosiale medier.',
    permissions: ['activeTab'],
    host_permissions: ['*://*.facebook.com/*'],
    browser_specific_settings: {
      gecko: {
        id: 'kommunesjekk@example.org',
        strict_min_version: '140.0',
        // Nothing the extension reads leaves the machine.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
