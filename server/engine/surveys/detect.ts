/**
 * Whether a file is a survey definition, by its extension and what it holds. A `.json` file is a survey only when
 * its content is one (SurveyJS pages/elements of question types, a Typeform form's `fields`, a Qualtrics
 * export's `SurveyElements`): package.json and every other JSON are left alone. `.qsf` (Qualtrics) and `.lss`
 * (LimeSurvey) are checked for their root too; `.xml` is a survey when it is LimeSurvey's export or Odoo survey data
 * (`survey.question` records). HTML survey forms and rating rows are found inside HTML files: see html.ts.
 */
import { looksLikeSurveyJs } from './surveyjs';
import type { SurveyKind } from './types';

/** Extensions a survey definition may have (the CLI's directory walk reads these, then checks the content). */
export const SURVEY_EXTENSIONS = ['.json', '.qsf', '.lss', '.xml'];

export function surveyKindOf(filePath: string | undefined, text: string): Exclude<SurveyKind, 'html'> | undefined {
  if (!filePath) return undefined;
  const lower = filePath.toLowerCase();
  const head = text.slice(0, 65536);
  if (lower.endsWith('.qsf') || (lower.endsWith('.json') && looksLikeQualtrics(head))) return looksLikeQualtrics(head) ? 'qualtrics' : undefined;
  if (lower.endsWith('.lss') || lower.endsWith('.xml')) {
    if (/<LimeSurveyDocType>\s*Survey\s*</.test(head)) return 'limesurvey';
    if (lower.endsWith('.xml') && /model=["']survey\.(?:survey|question)["']/.test(text)) return 'odoo';
    return undefined;
  }
  if (!lower.endsWith('.json')) return undefined;
  if (looksLikeSurveyJs(head)) return 'surveyjs';
  if (looksLikeTypeform(head)) return 'typeform';
  return undefined;
}

function looksLikeQualtrics(head: string): boolean {
  return /"SurveyEntry"\s*:/.test(head) && /"SurveyElements"\s*:/.test(head);
}

/** A Typeform form definition or export: `fields` of objects with a `title` and a Typeform field type. */
function looksLikeTypeform(head: string): boolean {
  return /^\s*\{/.test(head) && /"fields"\s*:\s*\[/.test(head)
    && /"type"\s*:\s*"(?:opinion_scale|rating|nps|multiple_choice|short_text|long_text|yes_no|dropdown|email|statement|number|ranking|picture_choice)"/.test(head);
}
