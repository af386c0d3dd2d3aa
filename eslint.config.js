// ESLint holds the layers of docs/ARCHITECTURE.md and the one-clock rule; Prettier owns formatting.
import { builtinModules } from 'node:module'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]

/** An import-boundary rule: these packages and paths may not be imported from the files it applies to. */
// Patterns are gitignore-style, where a leading # starts a comment: the subpath aliases are written \\#backend/* and so on.
const boundary = (why, { packages = [], patterns = [] }) => [
  'error',
  {
    paths: packages.map((name) => ({ name, message: why })),
    patterns: patterns.map((group) => ({ group: [group], message: why })),
  },
]

// The wall clock is read in shared/time/clock.ts alone; everything else is handed a `Now`.
const WALL_CLOCK = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Take the current time from an injected Now (shared/time/clock.ts), not new Date().',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Take the current time from an injected Now (shared/time/clock.ts); for elapsed time use performance.now().',
  },
]

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', '.adwright-dev/**', 'docs/**', 'build/**', 'test/__screenshots__/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', ...WALL_CLOCK],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests and the preload narrow `unknown` payloads on purpose; a non-null assertion there is a checked claim.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['shared/time/clock.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': boundary('shared/ is pure TypeScript for every process: no Node, Electron, React or app code.', {
        packages: [...NODE_BUILTINS, 'electron', 'react', 'react-dom', 'zustand', 'recharts'],
        patterns: ['**/electron/**', '**/renderer/**', 'react/*', '@electron/*', '\\#backend/*', '\\#renderer/*', '\\#test/*'],
      }),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': boundary('The renderer reaches the back end only through window.adwright: nothing from electron/ or Node.', {
        packages: [...NODE_BUILTINS, 'electron'],
        patterns: ['**/electron/**', '@electron/*', '\\#backend/*', '\\#test/*'],
      }),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': boundary('Only the Electron shell (electron/main, electron/preload) imports electron; services run in plain Node.', {
        packages: ['electron', 'electron-store', 'electron-updater'],
        patterns: ['**/renderer/**', '**/main/**', '**/preload/**', '\\#renderer/*', '\\#test/*'],
      }),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': boundary('The shell wires services to Electron; it does not reach into the renderer.', {
        patterns: ['**/renderer/**', '\\#renderer/*'],
      }),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // A sandboxed preload cannot load packages: it may import only type-free constants from shared/ipc.
      'no-restricted-imports': boundary('The sandboxed preload loads no packages and no app code but shared/ipc constants.', {
        packages: NODE_BUILTINS,
        patterns: ['zod', '**/backend/**', '**/renderer/**', '**/shared/!(ipc)/**', '\\#shared/!(ipc)/**', '\\#backend/*', '\\#renderer/*'],
      }),
    },
  },
  {
    files: ['electron/backend/sandbox/**/*.ts'],
    rules: {
      // The sandbox models TikTok from its docs; it must not share the client's request building.
      'no-restricted-imports': boundary('The sandbox is a model of TikTok: it imports nothing from the client (tiktok-api request building, sync).', {
        packages: ['electron'],
        patterns: [
          // Its root path and QPS table are its own too (sandbox/qps-limits.ts), so nothing of tiktok-api/ is allowed (the globs match the #backend/ aliases too).
          '**/sync/**',
          '**/tiktok-api/**',
          '**/renderer/**',
          '\\#renderer/*',
        ],
      }),
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    // Tests walk loosely typed YAML and JSON (workflows, builder config) on purpose.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
)
