// Lints source text as if it were the file it names, with only the import-boundary rule of eslint.config.mjs
// (no type information needed, so the file need not exist): node test/lint/lintImports.mjs '[{"file","code"}]'.
// A separate process because ESLint loads its ESM config with import(), which jest's sandbox does not allow.
import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  cache: false,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/'),
});
const out = [];
for (const { file, code } of JSON.parse(process.argv[2])) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  out.push({ file, messages: result.messages.map((m) => ({ line: m.line, rule: m.ruleId, message: m.message })) });
}
process.stdout.write(JSON.stringify(out));
