// Read by the CLI (npm run i18n) and the Vite plugin alike, so both compile the same way.
export default {
  outdir: './src/i18n/paraglide',
  // A remembered choice first, then the browser's languages, then Japanese.
  strategy: ['localStorage', 'preferredLanguage', 'baseLocale'],
  localStorageKey: 'zairyu-precheck.lang',
  emitTsDeclarations: true,
  emitReadme: false,
  // The same files in development and build (the Vite plugin would switch to locale modules).
  outputStructure: 'message-modules',
};
