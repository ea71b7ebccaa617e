// @ts-check
// `npm run lint`: typescript-eslint with type information (strict-type-checked) on the code, and the
// layer table of docs/architecture.md as import boundaries (eslint-plugin-boundaries).
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The layers of docs/architecture.md (folders); the first that holds a file names its layer. */
const LAYERS = [
  { type: 'core', pattern: 'core', partialMatch: false },
  { type: 'templates', pattern: 'templates', partialMatch: false },
  { type: 'reports', pattern: 'reports', partialMatch: false },
  // The shared pane: views, controller and jobs written against the Host interface, used by every host.
  { type: 'pane', pattern: 'pane', partialMatch: false },
  // Hosts: the Excel add-in (Office.js: excel, taskpane, commands, print), the offline page, WPS 表格.
  { type: 'addin', pattern: 'addin', partialMatch: false },
  { type: 'web', pattern: 'web', partialMatch: false },
  { type: 'wps', pattern: 'wps', partialMatch: false },
  { type: 'cli', pattern: 'cli', partialMatch: false },
];

// templates/ is data: its JSON may be imported by core and above; its scripts (the example builder) only by cli.
const DATA = { element: { type: 'templates' }, file: { categories: 'data' } };

/** Who may import whom; anything not listed is an error. */
const MAY_IMPORT = {
  core: ['core'],
  reports: ['reports', 'core'],
  pane: ['pane', 'reports', 'core'],
  addin: ['addin', 'pane', 'reports', 'core'],
  web: ['web', 'pane', 'reports', 'core'],
  wps: ['wps', 'pane', 'reports', 'core'],
  cli: ['cli', 'reports', 'core', 'templates'],
  templates: ['templates', 'reports', 'core'],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      'test-output/**',
      'coverage/**',
      'reports-mutation/**',
      '.stryker-tmp/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  // An eslint-disable that no longer silences anything is an error too: it would hide the next real finding.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Messages interpolate counts, row numbers and days by design (`第 ${row} 行`).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // tsconfig has no noUncheckedIndexedAccess, so every read of an array or record is typed as present and
      // the rule flags the deliberate checks of cells, exceljs and Office values that may well be missing.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `() => void fn()` shorthand in callbacks is the codebase's style; it returns nothing anyone reads.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Commands and hosts implement async interfaces (`run(): Promise<number>`) even when a body awaits nothing.
      '@typescript-eslint/require-await': 'off',
      // `[...text]` splits into code points on purpose (CJK Ext-B such as 𠮷 is two UTF-16 units); the rule
      // wants grapheme clusters, which no ledger field needs.
      '@typescript-eslint/no-misused-spread': 'off',
      // Values that cross from exceljs, Office.js or JSON are converted defensively (String(v)) even where their
      // hand-written types claim a string already (STYLE.md: exceljs's types drift from its code).
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      // `x!` after a lookup the code has just checked is used throughout; without noUncheckedIndexedAccess
      // the rule only sees the assertion, not the check.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // exceljs's .d.ts declares PaperSize as an enum that does not exist at run time: `paperSize: 9` (A4) is the only way.
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      // An unused parameter named `_x` is one an interface requires (Host methods a host does not need).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests and benchmarks: the same type-checked rules would mostly flag fixtures built by hand; keep the
    // rules that catch real mistakes there (floating promises, misused promises, unsafe any).
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-empty-function': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-dynamic-delete': 'off',
      '@typescript-eslint/no-deprecated': 'off',
      // Fakes (the fake Excel, Office mocks) hand out plain objects for library classes by design.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: [
      'core/**/*.ts',
      'reports/**/*.ts',
      'pane/**/*.ts',
      'addin/**/*.ts',
      'web/**/*.ts',
      'wps/**/*.ts',
      'cli/**/*.ts',
      'templates/**/*.ts',
    ],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/files': [{ category: 'data', pattern: '**/*.json' }],
      'boundaries/include': ['core/**/*', 'reports/**/*', 'pane/**/*', 'addin/**/*', 'web/**/*', 'wps/**/*', 'cli/**/*', 'templates/**/*'],
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(MAY_IMPORT).flatMap(([from, to]) => [
            { from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } },
            { from: { element: { type: from } }, allow: { to: DATA } },
          ]),
        },
      ],
    },
  },
);
