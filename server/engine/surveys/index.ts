/** Survey definitions (SurveyJS, Qualtrics, LimeSurvey, Odoo, Typeform, HTML forms and rating rows). See lint-survey.ts. */
export { lintSurveyFile, parseSurvey, surveyTexts, SURVEY_SYNTAX } from './lint-survey';
export { surveyKindOf, SURVEY_EXTENSIONS } from './detect';
export type { Halves, Localized, NewChoice, QuestionType, Survey, SurveyChoice, SurveyKind, SurveyQuestion, SurveyScale, SurveyText } from './types';

import { isDataFileNotCatalog } from '../catalogs';
import { surveyKindOf } from './detect';

/**
 * A data file (YAML, JSON, XML, .properties, .qsf, .lss) that is neither a message catalog nor a survey: package.json,
 * a CI workflow, a pom.xml. The language server leaves these alone instead of reading them as prose.
 */
export function isDataFileNotLinted(filePath: string, text: string): boolean {
  if (/\.(?:qsf|lss)$/i.test(filePath)) return surveyKindOf(filePath, text) === undefined;
  return isDataFileNotCatalog(filePath, text) && surveyKindOf(filePath, text) === undefined;
}
