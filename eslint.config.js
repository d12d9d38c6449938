// ESLint flat config: TypeScript, React hooks, jsx-a11y, and the layer rules of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const server = { group: ['**/server/**', 'fastify', '@fastify/*', '@hocuspocus/server', '@electric-sql/*', 'pg'], message: 'Server code is never imported by the client.' };
const dexie = { group: ['dexie', 'dexie-react-hooks', 'y-indexeddb'], message: 'Only src/storage touches IndexedDB.' };
const react = { group: ['react', 'react-dom', 'react-i18next', 'zustand'], message: 'src/domain and src/content are framework-free.' };
const outerLayers = { group: ['**/app/**', '**/storage/**', '**/sync/**', '**/server/**'], message: 'src/domain imports nothing of app, storage, sync or server.' };

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'public', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      ...restrict([server, dexie]),
    },
  },
  { files: ['src/domain/**/*.ts', 'src/content/**/*.ts'], rules: restrict([outerLayers, react, dexie, server]) },
  { files: ['src/protocol/**/*.ts'], rules: restrict([outerLayers, react, dexie]) },
  { files: ['src/storage/**/*.ts', 'src/sync/**/*.ts'], rules: restrict([server, { group: ['**/app/**'], message: 'storage and sync do not import the UI.' }]) },
  { files: ['src/server/**/*.ts'], rules: restrict([{ group: ['**/app/**', '**/storage/**', '**/sync/**', 'dexie', 'react'], message: 'The server never imports client code.' }]) },
);
