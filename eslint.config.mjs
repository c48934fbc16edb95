// Lint rules, and the architecture's boundary: the deck core stays pure (no vscode, no LSP connection, no I/O).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/fixtures/**', '**/*.vsix', '.cache/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['vscode'], message: 'The deck core must not import vscode.' },
          { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The deck core must not import the LSP connection; use vscode-languageserver-types.' },
          { group: ['node:*', 'fs', 'path', 'child_process', 'os', 'net', 'http', 'https'], message: 'The deck core does no I/O; inject what it needs.' },
          { group: ['**/lsp/*', '**/cli/*', '**/client/**'], message: 'The deck core must not depend on its adapters.' },
        ],
      }],
    },
  },
  {
    // A thin extension: rendering, export and linting run in the language server, which it reaches over LSP.
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server/src/core/**'], message: 'The extension does not parse, lint, render or hold deck facts: ask the language server (server/src/protocol.ts).' },
          { group: ['**/server/src/export/*', '**/server/src/lsp/*', '**/server/src/cli/*'], message: 'The extension does not bundle the server side: send a request (server/src/protocol.ts).' },
        ],
      }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly', fetch: 'readonly', performance: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', document: 'readonly', window: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
