// ESLint flat config: TypeScript, React hooks, jsx-a11y, the layer rules built from src/layers.json, no import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readFileSync } from 'node:fs';

const { layers, packages } = JSON.parse(
  readFileSync(new URL('./src/layers.json', import.meta.url), 'utf8'),
);
const LAYER_NAMES = Object.keys(layers);

/** One layer's rules: imports of the layers it may not use, of the package groups it may not use, of globals. */
const layerRules = (name) => {
  const layer = layers[name];
  const others = LAYER_NAMES.filter((other) => other !== name && !layer.imports.includes(other));
  const patterns = [
    ...(others.length
      ? [
          {
            group: others.map((other) => `**/${other}/**`),
            message: `src/${name} may import only ${layer.imports.length ? layer.imports.join(', ') : 'its own files'} (src/layers.json).`,
          },
        ]
      : []),
    ...layer.forbiddenPackages.map((group) => ({
      group: packages[group],
      message: `src/${name} does not use ${group} packages (src/layers.json).`,
    })),
  ];
  const forbiddenGlobals = (layer.forbiddenGlobals ?? []).map((global) => ({
    name: global,
    message: `src/${name} reaches ${global} only through src/storage or src/sync (src/layers.json).`,
  }));
  const forbiddenSyntax = (layer.forbiddenSyntax ?? []).map(({ selector, message }) => ({
    selector,
    message: `${message} (src/layers.json)`,
  }));
  return {
    imports: { 'no-restricted-imports': ['error', { patterns }] },
    // Globals and table access are the running code's rules; a test may seed a table or stub a global.
    runtime: {
      ...(forbiddenGlobals.length
        ? { 'no-restricted-globals': ['error', ...forbiddenGlobals] }
        : {}),
      ...(forbiddenSyntax.length ? { 'no-restricted-syntax': ['error', ...forbiddenSyntax] } : {}),
    },
  };
};

const TESTS = ['**/*.test.{ts,tsx}', '**/testing/**'];
const layerConfigs = LAYER_NAMES.flatMap((name) => {
  const files = [`src/${name}/**/*.{ts,tsx}`, ...(name === 'app' ? ['src/main.tsx'] : [])];
  const { imports, runtime } = layerRules(name);
  return [
    { files, rules: imports },
    ...(Object.keys(runtime).length ? [{ files, ignores: TESTS, rules: runtime }] : []),
  ];
});

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'public', 'data', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
    },
  },
  ...layerConfigs,
  {
    // No import cycles anywhere in src (a cycle makes load order, and so the layers, meaningless).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
);
