/**
 * The engine's public surface, shared by the CLI and the language server. It never imports an editor or
 * protocol library, a shell or the rules: callers hand it the rules (`createLinter`). test/engine/architecture.test.ts
 * checks these boundaries on the real import graph.
 */
export { createLinter, ruleSettings, UNUSED_DISABLE, type Linter } from './lint';
export type { IncludeRef, PartialHost } from './partials';
export { LintMemo, type LintMemoStats } from './incremental';
export { applyEdits, preferredEdits, fixAll } from './fix';
export { escapeRe } from './regex';
export { LineIndex, lineEnding, type Position } from './lines';
export { formatFor, isKnownTemplate, extensionOf, TEMPLATE_EXTENSIONS } from './formats';
// React email components: which .tsx/.jsx files are emails (the CLI walk and the editor ask the same question).
export { isEmailComponent, isOtherReactFile, isContentDetected } from './formats/jsx-detect';
// Python modules: which .py files hold messages (the CLI walk and the editor ask the same question).
export { isMessageModule, isOtherPythonFile, isPythonPath } from './formats/python-detect';
export { isEmailModule, mayHoldEmailLiteral } from './formats/js-html';
export { JSX_SYNTAX } from './lint';
export { docsUrl, DOCS_BASE, type Rule, type RuleMeta } from './rule';
// Message catalogs (locale YAML/JSON, .po, .properties): lint() handles them; shells ask these two questions.
export { isDataFileNotCatalog, isCodeNotCatalog, catalogKindFor, catalogKindOf, localeSlot } from './catalogs';
// Survey definitions (SurveyJS, Qualtrics, LimeSurvey, Odoo, Typeform): lint() handles them; the CLI walk and the
// editor ask whether a data file is one.
export { surveyKindOf, SURVEY_EXTENSIONS, isDataFileNotLinted } from './surveys';
export type * from './types';
// The warmth score: the CLI's reports and the language server's code lens.
export { scoreText, computeScore, SCORE_FORMULA, type Score, type MessageScore } from './score';
