import type { PhraseEntry } from '../../server/src/engine/match';

const SAID = '(mentioned|stated|explained|said|noted|indicated|told you|pointed out|advised|advised you|informed you|outlined|specified|clarified|wrote|communicated|highlighted|emphasized|emphasised|reiterated|made clear|repeated)';
const BEFORE =
  "(before|previously|earlier|already|several times|multiple times|many times|numerous times|repeatedly|more than once|twice|a few times|in (my|our|the) (last|previous|earlier|prior|first|original) (e-mail|email|emails|message|messages|reply|replies|response|responses|letter|correspondence|call|note|ticket|update))";
const RECAP = ['To recap', 'To bring everything together'];

/** Defensive or blaming phrasing that tries to win the argument instead of helping. */
export const en: PhraseEntry[] = [
  // Back-references that scold: "as I mentioned in my last email", "as we have already explained".
  { match: `as (i|we|i've|we've|i'd|we'd) (have|had)? (already|previously|clearly)? ${SAID} ${BEFORE}`, replace: RECAP },
  { match: `as (i|we|i've|we've|i'd|we'd) (have|had)? already ${SAID}`, replace: RECAP },
  { match: `as (previously|already|clearly|explicitly|repeatedly|plainly) (stated|mentioned|explained|noted|communicated|advised|indicated|outlined|specified|said)`, replace: RECAP },
  { match: `as (stated|mentioned|explained|noted|advised|indicated|said) (before|previously|earlier|several times|multiple times|many times|repeatedly|in (my|our) (last|previous|earlier|prior) (e-mail|email|message|reply|response|letter))`, replace: RECAP },
  { match: '(as)? per (my|our) (last|previous|earlier|prior) (e-mail|email|message|reply|response|note|letter|correspondence|communication|conversation)', replace: RECAP },
  { match: "(cannot|can't|can not|will not|won't|are not|aren't|is not|isn't) be held (responsible|liable|accountable)" },
  { match: "not something (we|that we|the company|the store) (can|could|will) be held (responsible|liable|accountable) (for)?" },
  { match: "as (you|you've|you have) (already)? (been|were) (told|informed|advised|notified)", replace: RECAP },
  { match: "(i|we|i've|we've) (have|had)? already (told|explained to|explained|informed|advised|reminded|answered) (you|this|that)", replace: ["Here's the answer again, in one place"] },
  { match: "(i|we|i've|we've) (have|had)? (told|explained to|informed|advised|reminded|answered) you (this|that)? (before|previously|already|several times|multiple times|many times|numerous times|repeatedly|more than once|twice)", replace: ["Here's the answer again, in one place"] },
  { match: "like (i|we|i've|we've) (said|mentioned|told you|explained|stated|wrote)", replace: RECAP },
  { match: "(i|we) (don't|do not) know how many times", replace: ["Here's the answer again, in one place"] },
  { match: '(which|that) you (have|had)? (agreed|consented|accepted|signed up) to', replace: ['that apply to your order'] },
  { match: "(you|you've|you have|you had) (agreed|consented|accepted) (to)? (our|the|these) (terms|policy|policies|conditions|terms of service|terms and conditions|terms of use|rules|agreement) (when|by|upon|before)", replace: ['Our terms say this applies'] },
  { match: "(it is|it's|it was|this is|this was|as is|that is|that's) (clearly|explicitly|plainly|expressly|very clearly) (stated|written|mentioned|indicated|explained|noted|specified|displayed|shown|marked)", replace: ['it says'] },
  { match: '(we|i) (did|have done|had done) nothing wrong', replace: ["let's look at what went wrong together"] },
  { match: '(no|not an|not a) (error|mistake|fault|problem|wrongdoing) on our (part|side|end)', replace: ["let's look at what went wrong together"] },
  { match: '(that|this|your claim|your statement|your assertion|what you (said|say|claim|claimed|wrote)) (is|was) (simply|just|absolutely|completely|entirely)? (not true|untrue|false|inaccurate|not accurate|not the case)', replace: ['there may be a mix-up'] },
  { match: 'you must have (entered|typed|selected|made|clicked|forgotten|missed|misread|misunderstood|deleted|ignored|overlooked|chosen|ordered|used)', replace: ['it looks like'] },
  { match: '(we|the company|the store|our company) (have|has|are under|is under) no (obligation|duty|responsibility) to' },
  { match: '(please|kindly)? (stop|cease|refrain from) (contacting|emailing|calling|writing to|messaging|bothering) (us|me|our (team|staff|office))', replace: ["we'll be in touch as soon as we have news"] },
  { match: '(your)? (complaint|claim|request|allegation|accusation) (is|was|has been|appears) (unfounded|baseless|without merit|without basis|groundless|invalid|unjustified)', replace: ["we looked into this carefully"] },
  { match: "(as)? you (will|may|should|might|must) (recall|remember) (that)?", replace: ['To recap,'] },
  { match: 'you were (already|clearly|previously|duly|explicitly) (notified|informed|told|advised|warned|reminded)', replace: ['we sent a note about this'] },
  { match: '(everything|it|all|the system|our system) (is|was) (working|functioning|running)? (fine|correctly|properly|as expected|normally|ok|okay)? on our (end|side)', replace: ["we'll keep looking into it"] },
  { match: '(let me|let us|allow me to|i want to|we want to|i need to|we need to) be (very|perfectly|absolutely|completely|crystal)? clear', replace: ['To put it simply'] },
  { match: '(i|we) (must|have to|need to|would like to|feel obliged to|feel compelled to) point out', replace: ['just so you know'] },
  { match: 'with (all)? due respect' },
  { match: '(falls|is|lies) (outside|beyond) (our|the scope of our) (responsibility|remit|liability|scope)', replace: ["isn't something we can fix directly, but here's what we can do"] },
  { match: 'for the (second|third|fourth|fifth|umpteenth|hundredth|nth) time', except: ['(order*|purchas*|visit*|welcome*|shop*|thank*|won|win*|award*|year|years|row|renew*|subscri*|join*|book*|stay*|congrat*|celebrat*)'] },
  // Rules used as a weapon: "our policy clearly states", "as stated in our terms".
  { match: '(our|the|company|store|shop) (return|refund|refunds|shipping|cancellation|privacy|warranty)? (policy|policies|terms|terms and conditions|terms of service|terms of use|agreement|contract|rules|guidelines) (clearly|explicitly|specifically|plainly|expressly) (state|states|stated|say|says|said|indicate|indicates|specify|specifies|note|notes|mention|mentions|explain|explains|outline|outlines)', replace: ['Our policy says'] },
  { match: '(our|the) (return|refund|shipping|cancellation|warranty)? (policy|policies|terms|terms and conditions|terms of service|rules) (state|states|stated|say|says|said) (that|this|it)? (very|quite|extremely|perfectly)? (clearly|explicitly|plainly)', replace: ['Our policy says'] },
  { match: "as (clearly|explicitly|plainly)? (stated|written|outlined|explained|indicated|specified|mentioned|noted|displayed|shown) (in|on) (our|the) (terms|policy|policies|terms and conditions|terms of service|website|site|faq|faqs|agreement|contract|checkout page|product page|listing|description|confirmation|invoice|email)", replace: ['As our policy says'] },
  { match: "(clearly|explicitly|plainly|expressly) (stated|written|outlined|displayed|marked|indicated|mentioned|shown) (in|on) (our|the)", replace: ['noted in our'] },
  // Blame: "you neglected to", "you should have read", "the problem is on your end".
  { match: 'you (neglected|failed|forgot|omitted|didn\'t bother|did not bother|chose not) to', replace: ["it looks like we're still missing a step:", "we didn't receive"] },
  { match: "(you|you've|you have) (clearly|obviously|evidently)? (not|never) (read|followed|checked|looked at|paid attention to)", replace: ['it may help to look at'] },
  { match: "you (should|would|could|must|ought to) (have|'ve) (read|checked|known|noticed|seen|followed|contacted|called|verified|double-checked|looked|paid attention|realized|realised|been aware|reviewed|kept|saved|ordered|selected|chosen|provided|entered|informed)", replace: ['next time, it helps to'] },
  { match: "you (clearly|obviously|evidently|apparently)? (did not|didn't) (read|follow|check|pay attention|look at|notice|bother)", replace: ['it may help to look at'] },
  { match: 'your (failure|refusal|inability|neglect) to (provide|follow|read|pay|respond|submit|comply|complete|return|update|notify|inform|contact|include|check|attach|confirm)', replace: ['since we have not received'] },
  { match: '(due to|because of|caused by|as a result of|owing to) your (own)? (negligence|error|errors|mistake|mistakes|carelessness|oversight|fault|failure|misuse|incorrect use)', replace: ['because of a mix-up'] },
  { match: '(the|our|these|those)? (guidelines|instructions|rules|steps|terms|policy|policies|procedure|procedures|requirements) (were|was|have|has)? (not|never) (been)? (followed|read|respected|met)', replace: ['a step was missed'] },
  { match: '(the)? (fault|blame|responsibility) (lies|rests|is|lay|rested) (with|on) you' },
  { match: 'if you (had|would have|\'d) (read|checked|followed|looked|paid attention|contacted|noticed|been|provided|entered|reviewed)', replace: ['to avoid this next time'] },
  { match: "(it is|it's|it was|this is|this was|that is|that's|that was) (entirely|completely|solely|clearly)? your (own)? (responsibility|fault|mistake|error|problem|doing|issue)", replace: ["let's sort this out together"] },
  { match: "(this|that|it) (isn't|wasn't|is not|was not|is in no way|was in no way|is certainly not|was certainly not) (our|the company's|the store's) (fault|responsibility|problem|mistake|concern)", replace: ["let's sort this out together"] },
  { match: 'through no fault of (our own|ours)' },
  { match: '(not|no) fault of (ours|our own)' },
  { match: "(the|this|that|your) (problem|issue|error|mistake|fault) (is|was|lies|lay|seems to be) (on|at|with) your (end|side)", replace: ["we'll help you find what went wrong"] },
  { match: '(is|was|are|were) (on|at) your (end|side) (not|and not|rather than) (ours|our)', replace: ["we'll help you find what went wrong"] },
  { match: "(a|an)? (user|customer|operator) error" },
  { match: "(you are|you're|you were|you have been) (wrong|mistaken|incorrect|confused|misinformed)", replace: ['there may be a mix-up'] },
  { match: '(contrary|despite) to? (what you|your) (said|say|claim|claims|claimed|believe|belief|think|thought|suggest|suggested|assumption|assume|assumed)', replace: ['To clear up any mix-up'] },
  { match: "as (you|anyone|everyone) (should|would|must|ought to) (know|be aware|understand|have known|realize|realise)", replace: ['As you may know'] },
  { match: "(there is|there's) nothing (more|else)? (we|i) (can|could|are able to) do" },
  { match: '(please|kindly)? (read|re-read|reread|review|refer to|check) ... (again|carefully|more carefully|before contacting|before reaching out|before writing|before emailing) (us)?', except: ['(try|password|code|link|log in|login|sign in)'] },
  { match: '(obviously|clearly|evidently),? you', replace: ['it seems you'] },
];
