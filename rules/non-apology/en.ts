import type { PhraseEntry } from '../../server/engine/kit';

const OWN = ["I'm sorry we got this wrong", "We're sorry: this was our mistake"];
const SUBJECT =
  "(we|i|we're|i'm|we are|i am|we're very|we are very|we're so|we are so|we'd like to|we would like to|we wish to|we want to|i would like to|i'd like to|let us|let me|please accept our|please accept my|accept our|we do|we must|we offer our|we extend our|our)?";
const SORRY = '(sincerely|truly|deeply|really|genuinely|sincere|deepest|humble|humbly|so|very)? (apologize|apologise|apologies|apology|apologizes|regret|regrets|sorry|pardon)';
const TROUBLE =
  '(trouble|confusion|frustration|disruption|disappointment|issue|issues|problem|problems|difficulty|difficulties|discomfort|hassle|annoyance|misunderstanding|misunderstandings|delay|delays|distress|upset|concern|concerns|stress|worry|inconvenience|inconveniences|inconvenienced|disturbance|error|errors|mix-up|mixup)';

/** Stock apologies that own nothing: hedged ("any", "may have"), conditional ("if"), or about the reader's feelings. */
export const en: PhraseEntry[] = [
  // "We apologize for any inconvenience (this may have caused)", "Sorry for the inconvenience caused".
  { match: `${SUBJECT} ${SORRY} (for|about|over)? (any|all|the|this|that)? (inconvenience|inconveniences|inconvenienced) (this|that|it|which)? (may|might|could|has|have)? (have)? (caused|cause|causes|created|resulted)? (you)?`, replace: OWN },
  { match: `${SUBJECT} ${SORRY} (for|about|over)? (any|all) ${TROUBLE} (this|that|it|which)? (may|might|could)? (have)? (caused|cause|created|resulted)? (you)?`, replace: OWN },
  { match: `${SUBJECT} ${SORRY} (for|about)? (the|this|that|your)? ${TROUBLE} (this|that|it|which)? (may|might|could) (have)? (caused|cause|created|resulted|been)`, replace: OWN },
  // "We're sorry if you were disappointed", "I apologize if this caused confusion".
  { match: `${SUBJECT} ${SORRY} if (you|your|this|that|it|anyone|anything|something|our|my|we|i|there|any|the) ...`, replace: OWN },
  // "We're sorry you feel that way", "sorry that you felt".
  { match: "(we|i|we're|i'm|we are|i am)? (so|very|truly)? sorry (to hear)? (that)? you (feel|felt) (that way|this way|that|like|upset|unhappy|disappointed|frustrated|dissatisfied|let down)?", replace: ["I'm sorry we let you down"] },
  { match: "(we|i|we're|i'm|we are|i am)? (so|very|truly)? (sorry|regret) (to hear)? (that|if)? you (were|are|have been|got|feel|felt) (disappointed|upset|unhappy|frustrated|dissatisfied|let down|inconvenienced|offended|confused|annoyed)", replace: ["I'm sorry we let you down"] },
  { match: '(mistakes|errors) (were|have been) made', replace: ['We made a mistake'] },
  // The euphemism that names no fault: "sorry you had a less than perfect experience".
  { match: "(sorry|apologize|apologise|apologies|regret) (to hear)? (that|if)? (you|your) (had|have had|experienced|may have had|might have had) (a|an|any)? (less than (perfect|ideal|satisfactory|stellar|positive|optimal|great)|less-than-perfect|less-than-ideal|less-than-satisfactory|less-than-stellar|negative) (experience|time|visit|stay|interaction)", replace: ["I'm sorry we let you down"] },
  // The same hedge in other frames: a request to excuse "any" trouble, a generic "the hassle", the passive regret.
  { match: `(please)? (excuse|forgive|pardon) (us|me)? (for)? (any|all|the) ${TROUBLE}`, replace: OWN },
  { match: `${SUBJECT} ${SORRY} (for|about) the (inconvenience|trouble|hassle|bother|bothers|inconveniences)`, replace: OWN },
  { match: `(any|the|all) ${TROUBLE} (caused|this (may|might) (have)? caused|experienced)? (is|are|was|were) (deeply|sincerely|much|greatly|truly)? regretted`, replace: OWN },
  { match: '(we|i) regret (any|the) (inconvenience|trouble|disruption|confusion) (this|that|it)? (may|might)? (have)? (caused)?', replace: OWN },
  // Classes added for #13: the hedged passive ("mistakes may have been made"), the apology for the reader's own
  // verdict ("we regret that you found our service unsatisfactory"), the extent hedge ("to the extent that you were
  // affected"), the condition put first ("If our reply seemed short, we apologize") and regret for the reader's step
  // ("sorry you felt the need to escalate").
  { match: '(mistakes|errors|mistake|error|oversights|missteps) (may|might|could|must) (have)? (been|be) (made|committed)', replace: ['We made a mistake'] },
  { match: `${SORRY} (that|if)? you (found|find|considered|consider|deemed|deem|perceived|perceive|thought|think|felt|judged) (our|the|this|that|it|my|your)`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} ... (to the extent|to whatever extent|to any extent|insofar as|in so far as|inasmuch as|as far as) (that)? (you|your|it|this|anyone|any|the|our)`, replace: OWN },
  { match: `(to the extent|to whatever extent|insofar as|in so far as|inasmuch as) ... ${SUBJECT} ${SORRY}`, replace: OWN },
  { match: `^ if ... (we|i) (sincerely|truly|deeply|do)? (apologize|apologise|are sorry|'re sorry|am sorry|'m sorry|regret (it|that))`, replace: OWN },
  { match: `${SORRY} (that)? you (felt the need|felt it necessary|found it necessary|saw fit|decided|chose|felt compelled|felt obliged|had to resort) to`, replace: ["I'm sorry we let you down"] },
  // More of each class from the guide's definitions: sorry for the reader's state in a contraction ("sorry you're
  // upset"), for their dissatisfaction, for trouble that is only "perceived" or "possible", for what our reply "may
  // have caused", and the apology hedged on whether anything happened at all ("if there was one").
  { match: "(we're|we are|i'm|i am)? (so|very|truly|really)? (sorry|regret) (to hear)? (that)? (you're|you've been|you were|you are) (upset|unhappy|disappointed|frustrated|dissatisfied|annoyed|offended|confused|not happy|not satisfied|unsatisfied)", replace: ["I'm sorry we let you down"] },
  { match: "(sorry|regret|apologize|apologise) (to hear)? (that)? you (weren't|were not|aren't|are not|didn't feel|did not feel) (fully|entirely|completely|totally)? (satisfied|happy|pleased|impressed|comfortable)", replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (for|about) (any|the) (perceived|possible|potential|unintended|inadvertent|apparent|alleged|supposed) ...`, replace: OWN },
  { match: '^ if ... (seemed|seem|seems|sounded|sounds|came across|comes across|appeared|appears|felt|feels|looked|looks) ... (we|i) (sincerely|truly|deeply|do)? (apologize|apologise|are sorry|\'re sorry|am sorry|\'m sorry)', replace: OWN },
  { match: `${SORRY} (that|if)? (this|it|that|our (reply|response|message|email|decision|policy|delay|change|update)) (may|might|could) (have)? (caused|created|led to|resulted in|upset|frustrated|inconvenienced|confused|disappointed|offended|annoyed)`, replace: OWN },
  { match: `${SORRY} ... if (there|there's) (was|were|has been|is|'s)? (one|any|a problem|an issue|an error|a mistake|a mix-up)`, replace: OWN },
];
