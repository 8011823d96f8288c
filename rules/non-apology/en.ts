import { withTextingSpellings, type PhraseEntry } from '../../server/engine/kit';

const OWN = ["I'm sorry we got this wrong", "We're sorry: this was our mistake"];
const SUBJECT =
  "(we|i|we're|i'm|we are|i am|we're very|we are very|we're so|we are so|we'd like to|we would like to|we wish to|we want to|i would like to|i'd like to|let us|let me|please accept our|please accept my|accept our|we do|we must|we offer our|we extend our|our)?";
const SORRY = '(sincerely|truly|deeply|really|genuinely|sincere|deepest|humble|humbly|so|very)? (apologize|apologise|apologies|apology|apologizes|regret|regrets|sorry|pardon)';
const TROUBLE =
  '(trouble|confusion|frustration|disruption|disappointment|issue|issues|problem|problems|difficulty|difficulties|discomfort|hassle|annoyance|misunderstanding|misunderstandings|delay|delays|distress|upset|concern|concerns|stress|worry|inconvenience|inconveniences|inconvenienced|disturbance|error|errors|mix-up|mixup)';

/** Where an apology's object is only how the reader took it: "perceived as", "came across as". */
const PERCEIVED = '(perceived|interpreted|understood|taken|read|received|viewed|seen|experienced) as';
/** What a reply or decision may have "seemed" to the reader. */
const SEEMED_LIKE = '(came across|come across|comes across|coming across|sounded|sounds|seemed|seems|appeared|appears|felt|feels|looked|looks) (as|like|to be)? (a bit|somewhat|rather|quite|too|very|a little)? (rude|unhelpful|dismissive|curt|short|abrupt|cold|harsh|unfriendly|insensitive|impolite|offensive|blunt|condescending|unprofessional|careless|robotic|impersonal|unclear|confusing|unfair|negative|brusque)';
/** What a product or service is said to have fallen short of: the reader's expectations, not a fault. */
const EXPECTATIONS = '(expectations|expectation|standards|standard|hopes|liking|taste|satisfaction|needs|requirements)';
/** A step we take next, which turns "it was out of our hands" into an explanation with help attached. */
const NEXT_STEP = "(we'll|we will|i'll|i will|we are going to|we're going to|we have|we've|i have|i've) (already)? (call|called|contact|contacted|chase|chased|refund|refunded|send|sent|replace|replaced|reship|reshipped|credit|credited|follow up|followed up|look into|sort|sorted|rebook|rebooked|arrange|arranged|text|email|waive|waived)";
/** Justifications that follow "but": busy, policy, the reader. */
const JUSTIFY = "((we|we're|we are|we've|we have|our (team|staff|agents|office|warehouse)|the (team|office|warehouse)) (have been|has been|are|is|were|was|'re)? (currently)? (very|extremely|really|incredibly|so|unusually)? (busy|swamped|overwhelmed|understaffed|short-staffed|short staffed|inundated|experiencing (a|an)? (high|heavy|large|huge|unusual|unprecedented) (volume|number|demand)|receiving (a|an)? (high|large|huge|unusual) (volume|number))|(this|that|it|our|the) (is|was|'s)? (our|the|company|store|shop)? (standard|usual|normal|company|store|shop|strict)? (policy|policies|procedure|process|rule|rules|terms|practice|how (it|this) works)|(you|your) (did not|didn't|never|failed|forgot|should|were supposed|had (not|n't)?|chose|selected|entered|missed|ignored|agreed|accepted|order was (placed|submitted) (after|late)|request (came|arrived) (in)? (late|after))|(as|since) (stated|mentioned|explained|noted|per|our (terms|policy|policies) (state|say|says))|(we|we've|we have) (had|received|seen|got|been getting) (a lot of|lots of|many|so many|a large number of|a high volume of|a huge number of|an unusually high number of|a surge (in|of)|a flood of) (orders|requests|emails|calls|tickets|messages|inquiries|enquiries)|(the|our|your) (courier|carrier|post office|postal service|supplier|manufacturer|bank|airline|warehouse|partner|shipping company|delivery company|payment provider) (is|are|was|were) (responsible|to blame|at fault|in charge|the one)|(delays|this|it|that|the delay|these delays) (is|are|was|were) (out of|beyond|outside) our (control|hands)|(that's|that is|it's|it is) (just|simply)? (how|the way) (it|things|this) (is|are|works|work|goes)|((we|i) (should|must|have to|need to|would like to|do need to|feel (we|i) should)?|(we'd|i'd) like to) (point out|stress|remind you|emphasi[sz]e|note|add) that)";

/** Stock apologies that own nothing: hedged ("any", "may have"), conditional ("if"), or about the reader's feelings. */
export const en: PhraseEntry[] = withTextingSpellings([
  // "We apologize for any inconvenience (this may have caused)", "Sorry for the inconvenience caused", "Apologies again for
  // the inconvenience caused" (Selfridges' cancellation mails).
  { match: `${SUBJECT} ${SORRY} (again|once again|once more)? (for|about|over)? (any|all|all the|all of the|any of the|the|this|that)? (inconvenience|inconveniences|inconvenienced) (this|that|it|which)? (may|might|could|has|have)? (have)? (caused|cause|causes|created|resulted)? (you)?`, replace: OWN },
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
  { match: `${SUBJECT} ${SORRY} (for|about) (the|your) (inconvenience|trouble|hassle|bother|bothers|inconveniences)`, replace: OWN },
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
  { match: `${SORRY} (that)? you (have|had|'ve)? (felt the need|felt it necessary|found it necessary|saw fit|decided|chose|chosen|felt compelled|felt obliged|had to resort) to`, replace: ["I'm sorry we let you down"] },
  // More of each class from the guide's definitions: sorry for the reader's state in a contraction ("sorry you're
  // upset"), for their dissatisfaction, for trouble that is only "perceived" or "possible", for what our reply "may
  // have caused", and the apology hedged on whether anything happened at all ("if there was one").
  { match: "(we're|we are|i'm|i am)? (so|very|truly|really)? (sorry|regret) (to hear)? (that)? (you're|you've been|you were|you are) (upset|unhappy|disappointed|frustrated|dissatisfied|annoyed|offended|confused|not happy|not satisfied|unsatisfied)", replace: ["I'm sorry we let you down"] },
  { match: "(sorry|regret|apologize|apologise) (to hear)? (that)? you (weren't|were not|aren't|are not|didn't feel|did not feel) (fully|entirely|completely|totally)? (satisfied|happy|pleased|impressed|comfortable)", replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (for|about) (any|the) (perceived|possible|potential|unintended|inadvertent|apparent|alleged|supposed) ...`, replace: OWN },
  { match: '^ if ... (seemed|seem|seems|sounded|sounds|came across|comes across|appeared|appears|felt|feels|looked|looks) ... (we|i) (sincerely|truly|deeply|do)? (apologize|apologise|are sorry|\'re sorry|am sorry|\'m sorry)', replace: OWN },
  { match: `${SORRY} (that|if)? (this|it|that|our (reply|response|message|email|decision|policy|delay|change|update)) (may|might|could) (have)? (caused|created|led to|resulted in|upset|frustrated|inconvenienced|confused|disappointed|offended|annoyed)`, replace: OWN },
  { match: `${SORRY} ... if (there|there's) (was|were|has been|is|'s)? (one|any|a problem|an issue|an error|a mistake|a mix-up)`, replace: OWN },

  // Round 2 (#13), from paraphrases written without this data: the apology for the reader's reading of things
  // ("sorry our reply was perceived as unhelpful", "sorry the update didn't live up to your expectations"), the
  // conditional put first in any form ("Should this have caused you any difficulty, please accept our apologies"),
  // the hedge on what the reader "may be experiencing", "we regret that you …", and the apology taken back by "but"
  // and a justification ("sorry for the wait, but we are very busy", "…, but that is our policy").
  { match: `${SORRY} (that|if)? ... ${PERCEIVED}`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (that|if)? ... ${SEEMED_LIKE}`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (that|if)? ... (did not|didn't|does not|doesn't|do not|don't|could not|couldn't|failed to|fell short of|falls short of|fall short of|was not|wasn't|were not|weren't|is not|isn't|not) (quite|fully|entirely|completely|always)? (live up to|meet|match|reach|satisfy|up to|to|in line with|what) (all of)? your ${EXPECTATIONS}`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (that|if)? ... (was not|wasn't|were not|weren't|is not|isn't|not) (quite|exactly)? what you (expected|were expecting|had expected|had in mind|hoped for|had hoped for|were hoping for|wanted|hoped|had hoped|wished for|were after)`, replace: ["I'm sorry we let you down"] },
  { match: `^ (should|in case|in the event|in the event that|if|if ever) (this|that|it|our|the|any|you|there|your|we|i|anything|something|anyone) ... (caused|cause|causes|created|resulted in|led to|inconvenienced|affected|upset|disrupted|troubled|bothered|experienced|experience|encountered|had|faced) (you)? (any|some|the)? ... (apolog*|sorry|regret|regrets|pardon)`, replace: OWN },
  { match: `${SORRY} (for|about|over)? (whatever|any such|any possible|any potential|any and all|every) ...`, replace: OWN },
  { match: `${SORRY} (for|about|over)? (any|the|all) ... (you|anyone|customers|some customers|some of you) (may|might|could) (be|have been|have)? (experiencing|experienced|facing|faced|having|had|feeling|felt|encountering|encountered|suffering|suffered|noticing|noticed)`, replace: OWN },
  { match: '(we|i) (sincerely|deeply|truly|very much|do)? regret (that|to hear that|to learn that) you (feel|felt|were|are|have been|had|found|experienced|consider|considered|believe|think|thought|perceive|perceived|may have|might have|did not|didn\'t|weren\'t|were not|are not|aren\'t)', replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (for|about)? ... (,)? (but|however|though|although) ${JUSTIFY}`, replace: OWN },
  { match: `^ (sorry|apologies|my apologies|our apologies|we apologize|we apologise|i apologize|i apologise|we're sorry|i'm sorry|we are sorry|i am sorry) ,? but ${JUSTIFY}`, replace: OWN },
  { match: `(sorry|regret|apologize|apologise) (to hear)? (that)? you (see|view|saw|viewed|took|take|read|interpret|interpreted) (it|this|that|things|the matter|our (reply|message|decision|response|email)) (that way|this way|like that|so negatively|differently|as (unfair|rude|unhelpful|dismissive))`, replace: ["I'm sorry we let you down"] },
  { match: '(sorry|regret) to (hear|learn|read) (about|of) (your|the) (recent)? (experience|experiences|feedback|frustration|frustrations|disappointment|dissatisfaction|concerns|feelings|unhappiness|displeasure)', replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (that|if)? (this|it|that|our (decision|policy|reply|response|answer|message|email|position|change|update|rules|terms|process)|the (decision|situation|policy|change|matter|outcome)) (has|have|had|may have|might have)? (upset|distressed|frustrated|disappointed|annoyed|offended|caused you (distress|frustration|upset|concern|disappointment|anxiety|worry|stress|annoyance))`, replace: OWN },
  // More of each: "sorry for any …" whatever follows, regrets offered in place of an apology, "if that came across
  // wrong", "sorry you were left feeling …", "it's unfortunate that you felt …", "sorry you had a bad experience".
  // The hedge carries it whatever the trouble is called: "we regret any uncertainty our letter may have created".
  { match: `${SUBJECT} ${SORRY} (for|about|over)? any ... (may|might|could) (have)? (caused|created|brought|resulted in|led to|given rise to|raised)`, replace: OWN },
  { match: `${SORRY} (for|about|over) any`, except: ['(we|our) (sent|charged|made|got|lost|missed|shipped|forgot|broke|mixed)'], replace: OWN },
  { match: '(please)? (accept|we offer|we extend|i offer|i extend|we send|offer|extend) (our|my) (sincere|sincerest|deepest|heartfelt|humble)? regrets', replace: OWN },
  { match: `${SORRY} (if|that)? ... (came across|come across|comes across|sounded|sounds|seemed|read|landed|was taken) (as)? (wrong|badly|the wrong way|poorly|negatively|harshly|abruptly|cold|coldly)`, replace: OWN },
  { match: `${SORRY} ... (left|leaving) (you)? feeling`, replace: ["I'm sorry we let you down"] },
  { match: "(it's|it is|it was|that's|that is) (so|very|most|really)? (unfortunate|regrettable|a shame|a pity|disappointing) (that|to hear that|to hear)? you (feel|felt|were|are|had|have|found|find|didn't|did not|weren't|were not|aren't|are not|consider|considered|think|thought|see|saw)", replace: ["I'm sorry we let you down"] },
  { match: "(sorry|regret|apologize|apologise) (to hear)? (that)? you (had|have had|experienced|went through|got) (a|an|such a|such an)? (bad|poor|negative|disappointing|frustrating|unpleasant|unsatisfactory|unhappy|difficult|tough|rough) (experience|time|visit|stay|interaction|day)", replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (for|about) (how|the way) you (feel|felt|see|saw|perceive|perceived|took|take|view|viewed) (it|this|that|things)?`, replace: ["I'm sorry we let you down"] },
  { match: '(we|i) (sincerely|deeply|truly|very much|do)? regret (that)? you (have had|had|\'ve had|have|were made|had to|have had to)', replace: ["I'm sorry we let you down"] },
  // More of each: the wait that only "felt" long, things that "didn't work out", trouble there "may have been",
  // the apology addressed to "anyone who was affected", "the way you were made to feel".
  { match: `${SORRY} (that)? ... (felt|seemed|seems|feels|appeared|appears) (so|too|very|a bit|rather|quite)? (long|slow|lengthy|excessive|unfair|confusing|complicated|complex|difficult|frustrating|inconvenient|like (a long time|forever|ages))`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (that)? (things|it|this|everything|your (order|visit|stay|experience|booking)) (didn't|did not|hasn't|has not|haven't|have not) (work out|worked out|go (as planned|to plan|smoothly|well|as (you|hoped|expected|wanted))|gone (as planned|to plan|smoothly|well))`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} ... (there|that there) (may have been|might have been|may be|might be|seems to have been|appears to have been|could have been) (a|an|some|any)? (issue|problem|trouble|difficulty|difficulties|issues|problems|mix-up|misunderstanding|error|delay)`, replace: OWN },
  { match: `${SORRY} (to|for)? (anyone|anybody|those|any (customers|users|guests|members|of you)|all those|everyone) (who|that) (was|were|may|might|has|have|felt|feel|is|are)`, replace: OWN },
  { match: `(to|for) (anyone|anybody|those|any (customers|users|guests|members|of you)|all those|everyone) (who|that) (was|were|may have been|might have been|has been|have been|felt) (affected|impacted|inconvenienced|upset|offended|disappointed) ,? ${SUBJECT} ${SORRY}`, replace: OWN },
  { match: "(the way|how) you (were|have been|had been) made to feel", replace: ["I'm sorry we let you down"] },
  // Sorry for how things went relative to the reader's hopes, for "the situation you find yourself in", for the way
  // our message "was received", and for "things" that "weren't as smooth as they could have been".
  { match: `${SORRY} (that)? ... (didn't|did not|hasn't|has not|haven't|have not|wasn't|weren't|isn't|aren't) (go|gone|turn out|turned out|work out|worked out|be|been)? (the way|how|what|as) you (hoped|wanted|expected|had hoped|were hoping|planned|imagined|pictured|had in mind|would have liked)`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (for|about) (the|this|your) (situation|position|predicament|circumstances|state of affairs|place) (that)? you (find|found|are|were|have been|now find) (yourself|in)`, replace: OWN },
  { match: `${SORRY} (for|about)? (the way|how) (this|it|that|our (message|reply|response|email|decision|news|answer|letter)) (was|has been|were|came|may have been|might have been) (received|taken|perceived|read|understood|interpreted|seen|viewed|across)`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} if (things|everything|parts|some things|the process|your experience|the experience|the service) ...`, replace: OWN },
  // The condition put first with the apology closing the clause, in contracted forms too: "If we've fallen short in
  // any way, we're sorry", "If anything went wrong, I'm sorry". Only a closing apology: "if …, sorry to ask, but…"
  // is not one.
  { match: `^ if ... (we're|i'm|we are|i am|we|i) (so|very|truly|sincerely|deeply|really|do)? (sorry|apologize|apologise|regret it|regret that) $`, replace: OWN },
  // Sorry for the reader's belief rather than for anything we did: "sorry you were under the impression that…".
  { match: `${SORRY} (that)? you (were|are|have been|had been|may have been|might have been|got|came away|were left|are left) (under|with|of) (the|an|any)? (impression|idea|belief|understanding)`, replace: ["I'm sorry we let you down"] },
  // Session 10, from round 4's dev half, each as a class: the apology hedged on whether it happened at all ("sorry it
  // seems you've had…"), sorry that a change "hasn't suited everyone" (the reader's taste, not our act), the apology
  // taken back by "but" and a cause outside our control whatever it is called ("…, but storms are beyond our
  // control"), and the apology addressed to "those who complained".
  { match: `${SORRY} (that)? (it seems|it appears|it sounds like|it looks like|apparently|seemingly|we understand|we gather|we hear) (that)? (you|you've|you're|you'd)`, except: ['(we|our) (sent|charged|made|got|lost|missed|shipped|forgot|broke|mixed|messed)'], replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} (that)? ... (has not|hasn't|did not|didn't|does not|doesn't|have not|haven't|was not|wasn't) (quite)? (suited|suit|worked for|work for|pleased|please|appealed to|appeal to|been to the liking of|been to the taste of|agreed with|been right for) (everyone|everybody|all|some|some of you|you|all of you|every (customer|member|guest|user|parent|student))`, replace: ["I'm sorry we let you down"] },
  { match: `${SORRY} ... (,)? (but|however|though|although) ... (is|are|was|were|'s|'re|remain|remains) (completely|entirely|totally|simply|unfortunately|sadly)? (out of|beyond|outside|outside of) (our|my|anyone's|the company's|the store's) (control|hands|remit)`, except: [NEXT_STEP], replace: OWN },
  { match: `${SORRY} (to)? (those|anyone|anybody|all those|everyone|customers|members|residents|guests|parents|users|the (customers|members|residents|guests|parents|users)) (of you)? (who|that) (have|has|had)? (complained|raised (a|the)? (complaint|concern|concerns)|contacted us|written in|got in touch|called in|expressed (concern|concerns|disappointment|frustration))`, replace: OWN },
]);
