/**
 * Whether a file a walk meets is a survey definition (a SurveyJS or Typeform .json, a Qualtrics .qsf, a
 * LimeSurvey .lss, Odoo survey data .xml): its extension may be one (SURVEY_EXTENSIONS), and its first
 * kilobytes say it is. Any other JSON or XML (package.json, pom.xml) is never picked up by a walk.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { SURVEY_EXTENSIONS, surveyKindOf } from '../engine';

export function isSurveyOnDisk(file: string): boolean {
  const lower = file.toLowerCase();
  if (!SURVEY_EXTENSIONS.some((ext) => lower.endsWith(ext))) return false;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // Enough to reach an Odoo survey.question record past a data file's first records.
    const head = Buffer.alloc(65536);
    const n = readSync(fd, head, 0, head.length, 0);
    return surveyKindOf(file, head.subarray(0, n).toString('utf8')) !== undefined;
  } catch {
    return false; // unreadable: the walk leaves it, as it leaves unreadable catalogs
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
