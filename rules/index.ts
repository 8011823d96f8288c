/**
 * The rule registry: every rule, in the order the README lists them. A test checks that this list and the
 * folders under rules/ agree.
 */
import type { Rule } from '../server/engine/kit';
import genericGreeting from './generic-greeting';
import noReply from './no-reply';
import missingContact from './missing-contact';
import facelessSignoff from './faceless-signoff';
import argumentative from './argumentative';
import nonApology from './non-apology';
import roboticPhrasing from './robotic-phrasing';
import repeatYourself from './repeat-yourself';
import brokenMergeTag from './broken-merge-tag';
import nameWithoutFallback from './name-without-fallback';
import vagueFollowUp from './vague-follow-up';
import noWayForward from './no-way-forward';
import extraEffort from './extra-effort';
import coldSender from './cold-sender';
import coldSubject from './cold-subject';
import leadingQuestion from './leading-question';
import doubleBarrelled from './double-barrelled';
import unbalancedScale from './unbalanced-scale';
import noOptOut from './no-opt-out';
import surveyLength from './survey-length';
import knownAnswer from './known-answer';
import unownedMistake from './unowned-mistake';
import surveyInvitation from './survey-invitation';

export const rules: Rule[] = [
  genericGreeting,
  noReply,
  missingContact,
  facelessSignoff,
  argumentative,
  nonApology,
  roboticPhrasing,
  repeatYourself,
  brokenMergeTag,
  nameWithoutFallback,
  vagueFollowUp,
  noWayForward,
  extraEffort,
  coldSender,
  coldSubject,
  leadingQuestion,
  doubleBarrelled,
  unbalancedScale,
  noOptOut,
  surveyLength,
  knownAnswer,
  unownedMistake,
  surveyInvitation,
];
