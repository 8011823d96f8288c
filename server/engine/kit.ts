/**
 * The rule kit: everything a rule in `rules/<id>/` may import from the engine, and nothing else (a test checks
 * the real import graph: test/engine/architecture.test.ts). The engine runs rules it is handed; rules see the
 * engine only through this file and the `RuleContext` they are given. Adding to the kit is a deliberate act:
 * export a helper here when a second rule needs it, with a comment saying what it is for.
 */

// What a rule is: its metadata, its check, and the context a check receives (report, match, editable ranges).
export type { PhraseData, ReportInput, Rule, RuleContext, RuleMeta } from './rule';
export type { Finding, Language, Range, Suggestion, TextEdit } from './types';

// Phrase rules: the generic "this phrase exists and has better substitutes" check, and the phrase data shape.
export { matchCase, phraseRule, type PhraseRuleSpec } from './phrase-rule';
// A phrase rule's finding for a span a rule found by its own reading (repeat-yourself's asked-again clauses), with the
// same message, rewrites and whole-sentence replacement as its phrase matches.
export { reportPhrase } from './phrase-rule';
export type { PhraseEntry, PhraseMatch } from './match';
// Paragraph gates by single words, each test run once per distinct word: cheap necessary conditions of broad cues.
export { wordCues, wordMask, wordMaskIn, type WordCues } from './match';
// Phrase classes: building blocks for patterns (either word order, Persian verb forms, alternatives).
export * from './phrase-classes';

// Prose: the normalized paragraphs rules read, the placeholder that stands for a merge field, and the way back
// from normalized offsets to the original file.
export { PLACEHOLDER, sourceRange, type ProseBlock } from './prose';
export type { BrokenTag, TemplateTag } from './formats/tags';

// Language: which language a finding speaks, one way for every rule.
export { dominantLanguage, languageAt, lineLanguage } from './language';

// Letter anatomy: greeting, sign-off and signature lines, classified as a person, a team or a company.
export { closingLines, EN_DEPT_LINE, FA_TEAM_START, findSignoffs, lineRange, linesOf, lineTags, type Line, type SignatureKind, type Signoff } from './letter';

// Variable meanings: what a merge field holds (the reader's name, a sender, a way to reach staff).
export { roleOf, type VariableRole } from './personalize';
export { classifyVariable, CONTEXT, identifierWords, namesAThing, namesSomeoneElse, REACHES_STAFF, type VariableClass } from './variables';

// Addresses: an address nobody reads.
export { isListCommandAddress, NO_REPLY_ADDRESS, noReplyAddresses } from './addresses';

// Surveys: questions, choices and scales with exact file offsets, for rules with `scope: 'survey'`.
export type { Halves, Localized, NewChoice, QuestionType, Survey, SurveyChoice, SurveyKind, SurveyQuestion, SurveyScale, SurveyText } from './surveys/types';

// The inbox row: the sender's display name and the subject (headers, front matter, an HTML <title>, a catalog's
// subject or from-name key), each as a prose block of its own, for cold-sender and cold-subject.
export { inboxFields, type InboxField } from './inbox';
// Survey reads shared by the survey rules: a text's file range, its replacement edit, a label folded for reading.
export { choiceLabel, foldedText, plainText, questionTitles, surveyTextEdit, surveyTextRange } from './surveys/rule-helpers';
export { isLetterFragment, isPartOfBot } from './fragments';
