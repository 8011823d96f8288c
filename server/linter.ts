/**
 * The engine wired to Warmly's own rules: the one place the rule registry meets the engine. The engine never
 * imports the rules (it is handed them), so every caller that wants "Warmly as shipped" (the CLI, the language
 * server, the config validator, scripts, tests, benchmarks) imports `lint`, `fixText` and `rules` from here.
 */
import { rules } from '../rules';
import { createLinter } from './engine';
import { createPartialFiles } from './partial-files';

// Included partials are read from disk, inside the root each caller names (LintOptions.partialRoot).
export const linter = createLinter(rules, createPartialFiles());
export const lint = linter.lint;
export const fixText = linter.fixText;
export { rules };
