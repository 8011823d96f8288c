/** Survey definitions (SurveyJS, Qualtrics, LimeSurvey, Odoo, Typeform, HTML forms and rating rows). See lint-survey.ts. */
export { lintSurveyFile, parseSurvey, surveyTexts, SURVEY_SYNTAX } from './lint-survey';
export { surveyKindOf, SURVEY_EXTENSIONS } from './detect';
export type { Localized, QuestionType, Survey, SurveyChoice, SurveyKind, SurveyQuestion, SurveyScale, SurveyText } from './types';
