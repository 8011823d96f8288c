import { oneOf, withTextingSpellings, type PhraseEntry } from '../../server/engine/kit';

const SAID = '(mentioned|stated|explained|said|noted|indicated|told you|pointed out|advised|advised you|informed you|outlined|specified|clarified|wrote|communicated|highlighted|emphasized|emphasised|reiterated|made clear|repeated)';
const BEFORE =
  "(before|previously|earlier|already|several times|multiple times|many times|numerous times|repeatedly|more than once|twice|a few times|in (my|our|the) (last|previous|earlier|prior|first|original) (e-mail|email|emails|message|messages|reply|replies|response|responses|letter|correspondence|call|note|ticket|update))";
const RECAP = ['To recap', 'To bring everything together'];
/** Who speaks for the company. */
const WE_SUBJ = "(we|i|we've|i've|we'd|i'd|our team|the team|our support team|our staff|support)";
/** Verbs of having told the reader something: the reproach is that they were told. */
const INFORMED = '(told|wrote to|written to|emailed|e-mailed|messaged|contacted|reminded|warned|notified|informed|advised|asked|called|explained (this|it|that)? to|sent)';
/** Counting the times the reader was told. */
const TIMES = '(twice|three times|four times|several times|multiple times|many times|numerous times|countless times|repeatedly|more than once|a few times|again and again|over and over)';
/** What a complaint is about. */
const PROBLEM = '(problem|problems|issue|issues|error|errors|fault|bug|failure|failures|trouble|glitch|delay|mistake|behaviour|behavior|crash|crashes)';
/** A cause verb. */
const CAUSED = '(comes|come|came|coming|stems|stemmed|stemming|originates|originated|results|resulted|arises|arose|is caused|was caused|caused|is due|was due|due|lies|lay|rests) (from|by|to|in|with)?';
/** Not the company: the contrast that turns a diagnosis into a denial. */
const NOT_US = "(not|and not|rather than|instead of) (from|with|on|by|at|in)? (us|ours|our (end|side|part|team|system|systems|servers|server|product|products|service|services|software|app|platform|store|shop|company|code|site|website))";
/** What the writer can still do, said anywhere in the paragraph: "What I can do is…", "I can offer…". */
const WAY_FORWARD = "(what (i|we) can do|(i|we) can (offer|give|send|move|extend|switch|credit|swap|exchange|repair|replace|arrange|set up|help)|(i|we)'d be (happy|glad) to|(i've|we've|i have|we have) (arranged|issued|sent|credited|offered))";
/** A refusal that names a next step is a refusal done well. */
const REFUSAL_WAY = "(but|however|instead|alternatively|although|though|you (can|could|may|might)|we (can|could|would be happy)|here's|here is|appeal|reply|let us know|contact|write to)";

/** Counting or placing an earlier telling: "numerous times", "in this thread". */
const BEFORE_OR_TIMES = `(${BEFORE.slice(1, -1)}|numerous times|countless times|time and again|in this (thread|conversation|ticket|chat))`;
/** How many reminders the reader let pass: "three payment reminders", "all our emails". */
const COUNT = '(our|the|my|all|every|these|those|both|multiple|several|repeated|numerous|countless|many|two|three|four|five|six|a number of|all of our|each of our)';
/** Someone on the reader's side: "you", "your IT department", "your bank". */
const READER_SIDE = '(you|your (own)? (it department|it team|team|admin|bank|provider|host|hosting provider|developer|developers|staff))';
/** What the reader (or their side) is said to have failed to do: configure, switch off, check, follow. */
const READER_ACT_DONE =
  '(whitelisted|allowlisted|configured|set up|updated|installed|enabled|disabled|turned off|switched off|turned on|cancelled|canceled|opted out|unsubscribed|double-checked|checked|read|followed|verified|backed up|saved|reviewed|tested|confirmed|registered|renewed|paid|contacted us|told us|informed us|notified us|kept|noticed|known)';
const READER_ACT =
  '(whitelist|allowlist|configure|set up|update|install|enable|disable|turn off|switch off|turn on|cancel|opt out|unsubscribe|double-check|check|read|follow|verify|back up|save|review|test|confirm|register|renew|pay|contact us|tell us|inform us|notify us|keep|notice)';
/** A fault named without evidence: the damage "is consistent with misuse". */
const MISUSE = '(misuse|mishandling|abuse|improper (use|handling|installation|care|storage)|incorrect (use|handling|installation)|negligent (use|handling)|negligence|careless (use|handling)|user error|operator error)';

/** A marker that names a cause: "because", "which is why", texting "bc". */
// Not "as": it is too common a word to start a gap search at, and causal "as" is rare in blame.
const BECAUSE = "(because|bc|cos|cuz|since|due to the fact that)";
/** What a reader fails to keep right: out of date, wrong, blank. */
const FAULTY = "(out of date|out-of-date|outdated|wrong|incorrect|invalid|incomplete|inaccurate|expired|misconfigured|set up wrong|set up incorrectly|not up to date|never updated|left blank|blank|missing|mistyped|misspelled|full)";
/** Verbs that tell the reader something again. */
const RETELL = '(point out|point it out|remind you|repeat|repeat myself|repeat ourselves|say|say it|say this|tell you|mention|explain|state|stress|clarify|reiterate|emphasize|emphasise|spell it out|spell this out)';
/** A step the reader was given and skipped: instructions, warnings, reminders. */
const GIVEN_STEPS = '(steps|step|instructions|instruction|guidelines|directions|setup guide|guide|requirements|checklist|warnings|warning|reminders|reminder|notices|notice|prompts|prompt|emails|email|messages)';
/** Certainty that turns a diagnosis into a verdict: "it must be down to". */
const VERDICT = '(must|has to|have to|can only|could only|can really only) be';
/** Writing to us again: what a dismissal tells the reader to stop. */
const WRITING = '(writing|writing in|writing to us|emailing|e-mailing|emailing us|contacting us|messaging|messaging us|calling|calling us|chasing|chasing us|following up|sending (us)? (messages|emails|e-mails|reminders)|asking|complaining)';

/** In the paragraph, a sign that evidence is offered to help, not to win: a question back, a next step. */
const EVIDENCE_OK = "(if (it|you|that|this|that's|it's)|is (that|this) (yours|your|right)|i'll|we'll|i will|we will|let me|let us know|could you|can you|claim|investigat|look into|looking into|sorry)";

/** A next step in the paragraph, without REFUSAL_WAY's "we can" (which "everything we can" would satisfy). */
const NEXT_STEP = "(but|however|instead|alternatively|i've (asked|sent|arranged|escalated|contacted|booked|opened)|we've (asked|sent|arranged|escalated|contacted|booked|opened)|i'll|we'll|i will|we will|let us know|reply|you (can|could|may|might))";

/** Cause verbs in any tense, with their particle: "traces back to", "is down to", "comes from", "stems from". */
const CAUSE_VERB = '(traces back to|traced back to|trace back to|comes down to|came down to|is down to|was down to|are down to|were down to|comes from|come from|came from|stems from|stem from|stemmed from|originates (from|in|with)|originated (from|in|with)|is caused by|was caused by|are caused by|were caused by|is due to|was due to|are due to|were due to|lies (in|with)|lay (in|with)|results from|resulted from|is coming from|are coming from|happened because of|happens because of)';
/** The contrast that turns a diagnosis into a denial: "not (to) anything on", "rather than", "and not". */
const CONTRAST = '(not|and not|rather than|instead of|as opposed to) (to|from|with|on|by|at|in)? (anything|something|any fault|a fault|a problem|an issue)? (on|in|at|with|from|by|of)?';
/** Anything of ours after the contrast: "us", "our network", "our end". */
const OURS = '(us|ours|our|anything we did|something we did|the (store|shop|company|platform|app|site|website|service|servers|network))';
/** Our people, defended: "our staff", "the driver", "my colleague". */
const OUR_PEOPLE = '(our|the|my) (agent|agents|staff|team|driver|drivers|courier|couriers|technician|technicians|engineer|engineers|colleague|colleagues|employee|employees|rep|representative|representatives|crew|store staff|support team|manager)';
/** Counted occasions: "on three separate occasions", "four times". */
const OCCASIONS = '(on (two|three|four|five|six|several|multiple|numerous|many|a number of|at least (two|three|four)) (separate|different|previous|earlier)? occasions|(three|four|five|six|seven|several|multiple|numerous) (separate)? times|twice (now|already|before|previously))';
/** The reader, named as a party to a contract: "the buyer", "the account holder", "you". */
const READER_PARTY = '(you|yourself|the (customer|buyer|user|account holder|cardholder|card holder|recipient|member|guest|sender|purchaser|client|subscriber|traveller|traveler|passenger|owner)|your (side|end|bank|provider|it team|team))';
/** What a disclaimer is for: "mistakes", "errors", "delays". */
const READER_MISHAP = '(mistakes|errors|delays|losses|loss|damage|problems|issues|costs|charges|fees|consequences|typos|inaccuracies|omissions)';

/** Counting our own messages to check in, not to reproach: "…without hearing back, in case they went to spam". */
const CHECKING_IN = '(in case|spam|junk|checking in|check in|make sure|making sure|no reply|without (hearing|a reply|an answer|any reply)|just wanted)';
/** A reader's opt-out is a choice, not a failing: "you chose not to receive marketing emails". */
const OPTED_OUT = '(receive|marketing|newsletter|newsletters|promotional|promotions|subscribe|opt in|share your|be contacted)';

/** A paragraph about a rule, a fee or a deadline: where "impossible to miss" reproaches rather than guides. */
const RULE_TALK = '(terms|policy|policies|fee|fees|charge|charges|non-refundable|nonrefundable|non-transferable|cut-off|cutoff|deadline|expir*|warning|conditions|final sale|refund|refunds|return window|restriction|restrictions|small print)';
/** What follows "as you'll see from …" when it is used against the reader: a limit, a no, a must. */
const RESTRICTION = "(not|no|non-refundable|nonrefundable|non-transferable|non-returnable|cannot|can't|excluded|final|doesn't|does not|isn't|won't|expired|must|only applies|void|forfeit*)";

/** Words that excuse the reader in the same sentence: a slip, not a failing. */
const NOT_BLAME = '(if|no worries|no problem|happens|by accident|accidentally|easy to|understandably)';


// ---- Word classes for the frames at the end of the list (#13, round 3). Written from the language, not from any
// test sentence: who acts, the verb class, the hedge, and the marker that turns a fact into a verdict.
/** Who acts: the reader, addressed or named as a group. */
const READER = oneOf('you', 'you yourself', 'you yourselves', 'you people', 'you guys', 'your team', 'your staff', 'your office', 'your side');
/** The reader in a perfect or past: "you", "you've", "you had". */
const READER_PERF = oneOf('you', "you've", 'you have', 'you had', "you'd", 'you yourself', 'you people', 'you guys', 'your team', 'your staff');
/** Hedges and intensifiers that make a statement about the reader a verdict: "you simply", "you clearly". */
const VERDICT_HEDGE = oneOf('simply', 'clearly', 'obviously', 'evidently', 'plainly', 'apparently', 'again', 'once again', 'repeatedly', 'completely', 'entirely', 'totally', 'basically');
/**
 * Blame verbs, past: what the reader got wrong. Strong ones need no hedge ("you misread the terms"); weak ones
 * ("forgot", "missed", "skipped") are everyday facts until a hedge or a count makes them a verdict.
 */
const BLAME_STRONG = oneOf('neglected', 'disregarded', 'misread', 'misunderstood', 'misinterpreted', 'mishandled', 'misused', 'botched', 'flouted', 'ignored');
const BLAME_WEAK = oneOf('forgot', 'forgotten', 'missed', 'skipped', 'overlooked', 'broke', 'broken', 'damaged', 'lost', 'mistyped', 'misspelled', 'misspelt', 'misplaced', 'misconfigured', 'failed', 'chose', 'decided', 'opted', 'refused', 'got (it|this|that|the (date|address|size|details|time)) wrong', 'mixed up', 'made (a|the|an) (mistake|error)');
/** The reader's negated deed: "didn't", "never", "failed to", "couldn't be bothered to". */
const READER_NOT = oneOf("didn't", 'did not', 'never', 'failed to', 'chose not to', 'decided not to', "couldn't be bothered to", "didn't bother to", 'did not bother to', 'refused to', 'neglected to');
/** A slip excused, a guess, help text or an offer: then the same words reproach no one. */
const EXCUSED = '(if|in case|whether|maybe|perhaps|possibly|may|might|probably|no worries|no problem|happens|easy to|understandabl*|by accident|accidentally|sorry|apolog*|our (mistake|fault|error)|we (missed|forgot|broke|lost|mixed))';
/** An owned fault or an apology in the sentence: a denial there is not a denial. */
const OWNED = '(sorry|apolog*|our (mistake|fault|error)|(is|was) (ours|on us)|your fault)';
/** Counted occasions, any number: "twice", "three times", "on several occasions", "again and again". */
const COUNTED = "(twice|three times|four times|five times|six times|several times|multiple times|many times|numerous times|countless times|a (few|number of) times|more than once|repeatedly|again and again|over and over|time and again|on (two|three|four|several|multiple|numerous|many) (separate|different)? occasions)";
/** Saying verbs in the past, for "as I have now explained three times". */
const SAID_PAST = "(explained|said|told you|stated|mentioned|pointed out|noted|written|wrote|clarified|confirmed|answered (this|that|it)?|made (this|that|it)? clear|spelled (this|that|it)? out|set (this|that|it)? out|reminded you)";
/** Telling verbs in the passive: "was reminded", "were told", "had been warned". */
const TOLD_PASSIVE = '(reminded|told|warned|notified|informed|advised|alerted|emailed|messaged|texted|called)';
/** When the reader agreed or was shown: "when you booked", "at checkout". */
const AT_SIGNUP = "((when|before|as) (you)? (booked|ordered|signed up|bought|purchased|registered|checked out|subscribed|enrolled|paid|joined|reserved|accepted)|at (booking|checkout|check-out|sign-up|signup|purchase|registration|enrolment|enrollment|the time of (booking|purchase|ordering|sign-up|signup|registration)))";
/** What the reader "agreed to" that is then held against them. */
const AGREED_THING = '(it|this|that|them|the (fee|fees|charge|charges|terms|policy|conditions|rules|cancellation (policy|fee|terms)|late fee|penalty|deposit|price|minimum term|contract))';
/** A charge or a decision, insisted on: "so the charge stands". */
const STANDS = "(stands|still stands|will stand|must stand|has to stand|remains (in place|payable|valid|final)|is (final|correct|valid|fair|non-negotiable)|will not be (refunded|removed|waived|reversed)|won't be (refunded|removed|waived|reversed))";
const CHARGE = '(charge|charges|fee|fees|fine|penalty|penalties|decision|deduction|surcharge|late fee|cancellation fee|bill|invoice|amount|ruling|outcome)';
/** Writing to us again: what a dismissal tells the reader to stop, any inflection. */
const CONTACT_ING = oneOf('emailing', 'e-mailing', 'mailing', 'calling', 'ringing', 'phoning', 'messaging', 'texting', 'contacting', 'writing', 'chasing', 'complaining', 'pestering', 'spamming', 'harassing', 'badgering', 'hounding', 'bombarding', 'opening (new|more|multiple|duplicate) (tickets|cases|requests|complaints)', 'raising (new|more|multiple|duplicate)? (tickets|cases|complaints|disputes)', 'posting', 'tagging', 'copying', 'cc-ing', 'ccing', 'escalating');
/** People of ours, or ourselves, as the side that "did" its part. */
const OUR_SIDE = "(our (engineer|engineers|driver|drivers|courier|couriers|technician|technicians|agent|agents|staff|team|rep|representative|representatives|colleague|colleagues|fitter|fitters|installer|installers|crew|nurse|doctor|teacher|advisor|adviser|store|branch|warehouse|system|website|app)|the (engineer|driver|courier|technician|agent|fitter|installer|crew|nurse|doctor|teacher|advisor|adviser))";
/** What the reader asked for: then our side's "did" confirms, it does not contradict. */
const ASKED_FOR = '(as (you)? (requested|asked|instructed)|at your request|per your request|(if|whether|how|when|what|why|where) (we|i|our|the))';
/** What our side is insisted to have done: arrive, try, call, send. */
const OUR_DEED = '(turn up|show up|arrive|attend|come|attempt|try|call|ring|knock|send|email|e-mail|deliver|leave|contact|reply|respond|answer|explain|mention|warn|tell you|inform you|notify you|remind you|follow|check|wait|text|message|post|dispatch|process|book|schedule|visit)';
/** Procedure followed: what a defence says our side kept to. */
const PROCEDURE = '(procedure|procedures|protocol|protocols|process|processes|policy|policies|guidelines|rules|regulations|steps|the book|standard practice|best practice|our training|the law)';
/** Complain, object, blame: what a reader "can hardly" or "has no right to" do. */
const OBJECT_VERB = '(complain|object|protest|grumble|argue|blame (us|anyone|anybody|the (company|store|shop|airline|school|clinic|hotel|bank))|be (upset|surprised|annoyed|angry|unhappy|shocked)|expect (a|an|any|us|to)|demand|claim|dispute)';
/** Someone of the reader's kind in the 3rd person: "customers who ignore the limits". */
const THIRD_READER = '(customers|customer|people|passengers|passenger|guests|guest|users|user|parents|parent|buyers|buyer|members|member|travellers|travelers|clients|client|shoppers|tenants|tenant|students|patients|patient|drivers|anyone|anybody|someone|those|whoever|residents)';

/** Our people named as the ones who already told the reader: "as the nurse explained to you". */
const OUR_TELLER = '(our|the|my) (receptionist|receptionists|nurse|nurses|doctor|agent|agents|advisor|adviser|advisors|colleague|colleagues|teacher|teachers|manager|staff|team|driver|engineer|technician|representative|rep|cashier|host|guide|instructor|coach|landlord|office|front desk|desk|pharmacist|dispatcher|crew|attendant|officer)';
/** What the reader is said to have done wrong, named by an adjective on their own step: "your late payment". */
const READER_FAULT_STEP = "(late|incorrect|incomplete|inaccurate|wrong|invalid|outdated|careless|mistaken|unpaid|overdue|lack of|delay in|delayed|non-payment|nonpayment|absence|no-show|non-attendance|late arrival|late cancellation|late payment|failure|misuse|mistake|error|oversight|decision not to|refusal to)";
/** Evidence verbs that end an argument: "prove", and "show" with a certainty adverb. */
const PROOF = "(prove|proves|proved|proven|(clearly|plainly|conclusively|definitely|unambiguously|categorically) (show|shows|showed|shown|confirm|confirms|confirmed|indicate|indicates|indicated|demonstrate|demonstrates|demonstrated))";
/** A record of ours offered as evidence. */
const OUR_RECORDS = '(our|the) (records|record|logs|log|system|systems|data|tracking|footage|cctv|timestamps|timestamp|notes|files|history|gps|photos|photo|audit trail|call recording|recording|paperwork|signature)';
/** A verdict that what we did was right: "correct", "accurate", "fair". */
const RIGHT = '(correct|correctly|accurate|accurately|fair|fairly|right|appropriate|appropriately|proper|properly|reasonable|justified|valid|in order|legitimate|lawful|by the book)';

/** An institution or one of its people, possessive: "the school's", "the driver's". */
const OUR_POSSESSIVE = "(our|my|the (company's|store's|shop's|school's|clinic's|hotel's|airline's|bank's|landlord's|agency's|practice's|surgery's|gym's|club's|council's|office's|driver's|courier's|team's|staff's|teacher's|doctor's|nurse's|engineer's|technician's|venue's|restaurant's|carrier's))";
/** Any trouble a fault can be: "the mix-up", "the delay", "the confusion". */
const TROUBLE = '(problem|problems|issue|issues|error|errors|mistake|mistakes|fault|mix-up|mixup|mix up|confusion|delay|delays|hold-up|holdup|glitch|failure|slip|misunderstanding|trouble|bug|oversight)';
/** A rules document the reader is held to: "the tenancy agreement", "the handbook". */
const RULE_DOC = "(tenancy|rental|lease|membership|service|loan|hire|enrolment|enrollment|booking|purchase|user|customer|parking|club|school|student|patient|guest|house)? (agreement|contract|lease|handbook|terms|terms and conditions|conditions|rules|policy|guidelines|code of conduct|regulations|small print|fine print|t&cs|t&c|t's and c's)";
/** Verbs a reader "should have" done, any everyday deed. */
const SHOULD_DEED = '(asked|told us|told|called|checked|read|booked|cancelled|canceled|paid|come|arrived|said|mentioned|contacted|emailed|e-mailed|written|waited|brought|kept|noticed|looked|informed|notified|followed|listened|thought|planned|allowed|left|given|sent|filled|signed|registered|renewed|updated|measured|double-checked|confirmed|reported|raised|queried|returned|collected|attended|turned up|shown up|let us know)';

/** Defensive or blaming phrasing that tries to win the argument instead of helping. */
export const en: PhraseEntry[] = withTextingSpellings([
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
  { match: "(you|you've|you have|you had) (agreed|consented|accepted) (to)? (our|the|these) (terms|policy|policies|conditions|terms of service|terms and conditions|terms of use|rules|agreement) (when|by|upon|before)", except: ["(you can|you'll be able|anytime|any time|at any time)"], replace: ['Our terms say this applies'] },
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
  { match: "(you are|you're) the only (one|customer|person|client|user) (who|to|that)? (has|have|is)? (complained|complaining|reported|had|having)", replace: ["we're taking this seriously"] },
  { match: 'no (other|one else|other customer|other customers|other client|other clients|other user|other users) (has|have)? (ever)? (reported|complained|had|experienced)', replace: ["we're looking into it"] },
  { match: "(we are|we're|the company is|the store is|we cannot be) not (responsible|liable|accountable) for ... (caused by|due to|resulting from|arising from) (your|the customer's|customer|incorrect|improper|wrong)", replace: ["we'll look at what we can do"] },
  { match: '(fault|problem|issue|blame|cause) (lies|rests|is|lay|was) (with|in|on) (the|your) ... (you used|you bought|you chose|you installed|you selected|you ordered|you purchased|you provided|you entered)', replace: ["let's find the cause together"] },
  // "… with your device, not with our product". (The old pattern began with the comma, and a match starts at a word,
  // so it never matched and was tried at every word.)
  { match: '(with|in|on) (your|the customer\'s) ... not (with|in|on) (our|the) (product|products|service|services|device|app|system|end|side|part|store|company)' },
  { match: '(we|i) (would|must|have to|need to|feel obliged to|should)? (also)? remind you that', replace: ['just so you know,'] },
  { match: 'may (we|i) remind you (that)?', replace: ['just so you know,'] },
  { match: '(falls|is|lies) (outside|beyond) (our|the scope of our) (responsibility|remit|liability|scope)', replace: ["isn't something we can fix directly, but here's what we can do"] },
  { match: 'for the (second|third|fourth|fifth|umpteenth|hundredth|nth) time', except: ['(order*|purchas*|visit*|welcome*|shop*|thank*|won|win*|award*|year|years|row|renew*|subscri*|join*|book*|stay*|congrat*|celebrat*)'] },
  // A request turned down "according to our rules" (the Persian frame's twin), and surprise at the reader's not
  // understanding.
  { match: '(according to|as per|under|in line with|in accordance with) (our|the store\'s|the company\'s) (rules|policy|policies|terms|terms and conditions|guidelines) ... (declined|rejected|denied|refused|not (be )?(accepted|approved|possible|eligible))', replace: ['Our policy says'] },
  { match: "(we are|we're|i am|i'm) (surprised|amazed|astonished) (that)? (you)? (still)? (have not|haven't|did not|didn't|do not|don't) (read|understood|understand|checked|noticed)", replace: ['it may help to look at'] },
  // Rules used as a weapon: "our policy clearly states", "as stated in our terms".
  { match: '(our|the|company|store|shop) (return|refund|refunds|shipping|cancellation|privacy|warranty)? (policy|policies|terms|terms and conditions|terms of service|terms of use|agreement|contract|rules|guidelines) (clearly|explicitly|specifically|plainly|expressly) (state|states|stated|say|says|said|indicate|indicates|specify|specifies|note|notes|mention|mentions|explain|explains|outline|outlines)', replace: ['Our policy says'] },
  { match: '(our|the) (return|refund|shipping|cancellation|warranty)? (policy|policies|terms|terms and conditions|terms of service|rules) (state|states|stated|say|says|said) (that|this|it)? (very|quite|extremely|perfectly)? (clearly|explicitly|plainly)', replace: ['Our policy says'] },
  { match: "as (clearly|explicitly|plainly)? (stated|written|outlined|explained|indicated|specified|mentioned|noted|displayed|shown) (in|on) (our|the) (terms|policy|policies|terms and conditions|terms of service|website|site|faq|faqs|agreement|contract|checkout page|product page|listing|description|confirmation|invoice|email)", replace: ['As our policy says'] },
  { match: "(clearly|explicitly|plainly|expressly) (stated|written|outlined|displayed|marked|indicated|mentioned|shown) (in|on) (our|the)", replace: ['noted in our'] },
  // Blame: "you neglected to", "you should have read", "the problem is on your end".
  { match: 'you (neglected|failed|forgot|omitted|didn\'t bother|did not bother|chose not) to', except: [OPTED_OUT], replace: ["it looks like we're still missing a step:", "we didn't receive"] },
  { match: "(you|you've|you have) (clearly|obviously|evidently)? (not|never) (read|followed|checked|looked at|paid attention to)", replace: ['it may help to look at'] },
  { match: "you (really|clearly|obviously|simply|definitely|certainly)? (should|would|could|must|ought to) (have|'ve) (read|checked|known|noticed|seen|followed|contacted|called|verified|double-checked|looked|paid attention|realized|realised|been aware|reviewed|kept|saved|ordered|selected|chosen|provided|entered|informed)", replace: ['next time, it helps to'] },
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
  { match: '(please|kindly)? (read|re-read|reread|review|refer to|check) ... (again|carefully|more carefully|before contacting|before reaching out|before writing|before emailing) (us)?', except: ['(try|password|code|link|log in|login|sign in|spam|junk|folder)'] },
  { match: '(obviously|clearly|evidently),? you', replace: ['it seems you'] },
  // More of the same frames in other grammar: passive back-references, inverted conditionals, denials of blame.
  { match: `as (was|has been|had been|it was|it has been) (already|previously|clearly)? ${SAID} to you`, replace: RECAP },
  { match: `as (was|has been|had been|it was|it has been) (already|previously|clearly)? ${SAID} ${BEFORE}`, replace: RECAP },
  { match: '^ had you (read|checked|followed|looked at|paid attention|contacted|noticed|provided|entered|reviewed|told|informed|ordered|selected|chosen|been)', replace: ['to avoid this next time'] },
  { match: "(should've|shouldve|could've|would've|must've) (read|checked|known|noticed|seen|followed|contacted|called|verified|double-checked|looked|paid attention|realized|realised|been aware|reviewed|kept|saved|ordered|selected|chosen|provided|entered|informed|told)", replace: ['next time, it helps to'] },
  { match: 'not (a|an)? (fault|defect|problem|issue|flaw|error|malfunction) (in|with|of) (our|the) (product|products|service|device|app|software|system|item|equipment) (but|rather)', replace: ["let's find the cause together"] },
  { match: "(we|i|the company|the store|our (team|company|store|staff)) (are|am|is|were|was|'re|'m) (not|in no way) (to blame|at fault|the ones to blame)", replace: ["let's find the cause together"] },
  { match: "(we|i) did (warn|tell|remind|inform|notify) you", replace: ['To recap'] },
  { match: '(the|our|these|those|all the) (instructions|terms|rules|guidelines|directions|steps|requirements|conditions) (were|was|have been|had been) (very|perfectly|quite|crystal|abundantly|sufficiently)? clear', replace: ['To recap'] },
  { match: "(you|you've|you have|you had) (agreed|consented|accepted) (to)? (our|the|these) (terms|policy|policies|conditions|terms of service|terms and conditions|terms of use|rules|agreement) (at|during|upon|on) (checkout|check-out|purchase|sign-up|signup|registration|ordering|booking)", replace: ['Our terms say this applies'] },
  // "per our policy": the labelling guide's own example of quoting the rules at the reader.
  { match: '(as)? per (our|company|store|shop) (return|refund|refunds|shipping|cancellation|warranty|exchange)? (policy|policies|terms|terms and conditions|terms of service|rules|guidelines)', replace: ['Our policy says'] },
  // Frames rather than sentences: who acts (WE / YOU), the verb class, and the marker that turns a fact into blame.
  // Blame shifted by contrast: "this comes from your setup, not from us", "the fault is yours rather than ours".
  { match: `your (own)? ... ${NOT_US}`, replace: ["let's find the cause together"] },
  { match: `${PROBLEM} ... ${CAUSED} your own`, replace: ["let's find the cause together"] },
  { match: "(is|was|lies|rests) (entirely|completely|solely)? (yours|with you|on you) (and)? (not|rather than) (ours|us|with us|on us)", replace: ["let's find the cause together"] },
  // Reproach for having written before: "even after we wrote to you twice", "despite our repeated reminders".
  { match: `even (after|though|when|though) ${WE_SUBJ} (have|had)? (already)? ${INFORMED} you`, replace: ['To recap'] },
  { match: `(despite|in spite of|regardless of) (our|my|the|all our|all the|all of our) (repeated|several|multiple|numerous|many|previous|prior|earlier|countless|two|three)? (reminders|emails|e-mails|warnings|requests|notices|notifications|messages|letters|attempts to (contact|reach) you)`, replace: ['To recap'] },
  { match: `(despite|in spite of) (being|having been) (told|reminded|warned|informed|notified|advised|asked) (repeatedly|several times|multiple times|twice|more than once|already|clearly)?`, replace: ['To recap'] },
  { match: `${WE_SUBJ} (have|had)? (already)? ${INFORMED} you ... ${TIMES}`, except: [CHECKING_IN], replace: ["Here's the answer again, in one place"] },
  // Lecturing: "you have to realize", "you need to understand that", "surely you can see".
  { match: "you (have to|need to|must|should|ought to|have got to|'ve got to|got to|gotta|will have to|'ll have to) (realize|realise|understand|accept|appreciate|recognize|recognise|be aware|keep in mind|remember) (that)?", replace: ['just so you know,'] },
  { match: "(surely|certainly|of course) you (can|will|must|do)? (see|understand|realize|realise|appreciate|know|agree)", replace: ['As you may know,'] },
  { match: "(you|you've|you have) (ignored|disregarded|overlooked) (our|the|my|all|every|these|those|both|multiple|several|repeated)", replace: ['it looks like you may have missed'] },
  // Refusals with no way forward: the door closed and nothing offered.
  { match: "(we|i) (cannot|can't|can not|are unable to|am unable to|are not able to|will not be able to|won't be able to|will not|won't) (help|assist|support) you (any)? (further|more|anymore|any more|with this (any further|matter))", except: [REFUSAL_WAY], replace: ["here's what we can do"] },
  { match: "(this|that|the|our|my) (decision|answer|ruling|determination) (is|was|remains) (final|not negotiable|non-negotiable|not open to (discussion|appeal|negotiation))", except: [REFUSAL_WAY], replace: ['this is where things stand, and here is what you can still do'] },
  { match: "(no|we will not enter into any|we won't enter into any|we will not engage in any) (further)? (correspondence|discussion|discussions|negotiation|appeals) (will|shall)? (be)? (entered into|considered|accepted|entertained|on this (matter|subject))?", except: [REFUSAL_WAY] },
  { match: "(we|i) (will|shall) (not|no longer) (respond|reply|answer|be responding|be replying) to (any)? (further|more|future|additional|other)? (emails|e-mails|messages|requests|correspondence|inquiries|enquiries|tickets|questions) (on|about|regarding|concerning)?", except: [REFUSAL_WAY] },
  { match: "(this|the|your) (matter|case|ticket|issue|complaint|discussion) (is|has been|is now|will be) (considered)? (closed|resolved) (and|so)? (we|no) (will not|won't|cannot|can't|further)", except: [REFUSAL_WAY] },
  // Classes added for #13 (generalising from blind paraphrases): the relative clause that reminds the reader they
  // agreed ("which you accepted at signup"), rules "for everyone to read", reminders counted, a fault on the
  // reader's side (their IT team, their bank) and damage attributed to misuse with no evidence shown.
  { match: '(policy|policies|terms|terms and conditions|terms of service|terms of use|rules|guidelines|conditions|agreement|license|licence|contract) (which|that) ... (clearly|explicitly|plainly|expressly|specifically) (state|states|stated|say|says|said|mention|mentions|explain|explains|indicate|indicates)', replace: ['Our policy says'] },
  { match: '(published|posted|displayed|available|listed|written|stated|visible) ... for (everyone|anyone|all|all customers|any customer|every customer) to (read|see)', replace: ['Our policy says'] },
  { match: `as (${SAID.slice(1, -1)}|was ${SAID.slice(1, -1)}) ${BEFORE_OR_TIMES}`, replace: RECAP },
  { match: `(you|you've|you have|you had) (ignored|disregarded|overlooked|missed|did not respond to|didn't respond to|never responded to|failed to respond to) ${COUNT} ... (reminders|reminder|emails|e-mails|warnings|warning|notices|notice|notifications|messages|letters|calls|requests)`, replace: ['it looks like you may have missed'] },
  { match: `(consistent with|indicative of|indicates|points to|suggests|the result of|a result of|caused by|due to|typical of|a sign of|evidence of) (customer|user)? ${MISUSE}`, replace: ["let's find the cause together"] },
  { match: `${READER_SIDE} (really|clearly|obviously|simply|definitely|certainly)? (should have|ought to have|should've|shouldve) (already)? ${READER_ACT_DONE}`, replace: ['it may help to'] },
  { match: `${READER_SIDE} (were|was) (supposed|required|expected) to ${READER_ACT}`, replace: ['it may help to'] },
  { match: `(because|since|as) ${READER_SIDE} (never|did not|didn't|failed to|forgot to|neglected to|chose not to) ${READER_ACT}`, replace: ["here's what happened"] },
  { match: `(because|since|as) ${READER_SIDE} never ${READER_ACT_DONE}`, replace: ["here's what happened"] },
  { match: "(that's|that is|that was|this is|this was|it's|it is|it was) not something (we|i|our team|the company|the store) (did|caused|did wrong|are responsible for|can be blamed for)", replace: ["let's sort this out together"] },
  // Refusals with no way forward: "Unfortunately we cannot refund this order." with nothing offered in the sentence.
  { match: "^ (unfortunately|regrettably|sadly|i'm afraid|i am afraid)? (we|i|the company|the store|our team) (cannot|can't|can not|are unable to|am unable to|are not able to|will not be able to|won't be able to|will not|won't) (refund|reimburse|replace|exchange|compensate|accept|approve|grant|offer|issue|give you|make) (you|this|that|your|the|a|an|any)?", except: ["(until|unless|once|after|if|when|yet|at this stage|automatically|online|here|by phone|over the phone)"], exceptInBlock: [REFUSAL_WAY, WAY_FORWARD], replace: ["we can't do that, but here is what we can do"] },
  // More of each class, written from the labelling guide's definitions rather than from any one sentence: "we've
  // gone over this", passive "this has already been explained to you", the terms "you agreed to", condescension
  // ("it's not that hard"), a request called unreasonable, and passive refusals ("no refunds will be issued").
  { match: "(we|i|we've|i've) (have|had)? (already)? (gone over|covered|discussed|addressed|been over|been through) (this|that|it) (already|before|previously|several times|multiple times|more than once|twice|many times)?", except: ['(and|so) (here|below)'], replace: ["Here's the answer again, in one place"] },
  { match: '(this|that|it) (has|had|was) (already|previously)? (been)? (explained|answered|addressed|covered|clarified|communicated|made clear) to you (already|before|previously|several times|multiple times|twice|more than once|repeatedly)?', replace: RECAP },
  { match: "(terms|policy|policies|conditions|agreement|rules|contract) (you|you've|you have|you had) (agreed to|accepted|consented to|signed|acknowledged)", replace: ['that apply to your order'] },
  { match: `(you|you've) (were|have been|had been|been) (told|informed|advised|warned|reminded|notified) (this|that|of this|about this|about that)? (before|previously|already|twice|several times|multiple times|repeatedly|more than once|on the phone|during (the|our|your) call|in (our|my) (last|previous|earlier|first) (email|e-mail|message|reply|letter))`, replace: ['we sent a note about this'] },
  { match: "(it's|it is|this is|that's|that is|this really is|it really is) (not|really not) (that|so|very|particularly) (hard|difficult|complicated|complex)", replace: ['Here is the simplest way to do it'] },
  { match: '(your)? (request|demand|expectation|expectations|complaint|claim) (is|are|seems|seem) (simply|frankly|quite|completely|entirely)? (unreasonable|unrealistic|excessive|absurd|ridiculous|illogical|not reasonable)', replace: ['we looked into this carefully'] },
  { match: "^ (unfortunately|regrettably|sadly)? no (refund|refunds|exception|exceptions|compensation|replacement|replacements|credit|credits|reimbursement|exchange|exchanges) (will|can|shall|could) be (issued|made|given|offered|granted|provided|processed|considered)", except: ['(until|unless|once|after|if|when|for (orders|items|products))'], exceptInBlock: [REFUSAL_WAY, WAY_FORWARD], replace: ["we can't do that, but here is what we can do"] },
  // Evidence held up against the reader ("our records clearly show that you…"), stressing again, the instructions
  // quoted at the reader, "that's on you", "not our problem".
  { match: "(records|logs|audit trail) (clearly|plainly)? (show|shows|indicate|indicates|confirm|confirms|prove|proves|reflect|reflects) (that)? you (ignored|disregarded|deleted|removed|failed|did not|didn't|never|missed|chose|agreed|accepted|were (told|notified|warned|informed|reminded|advised)|received (our|the|all|every|multiple|several|two|three))", replace: ['here is what we can see'] },
  { match: '(we|i) (must|have to|need to) (stress|emphasize|emphasise|insist|reiterate) (that|once again|again)', replace: ['just so you know'] },
  { match: '(instructions|manual|guide|documentation|faq|faqs|listing|description|invoice|receipt|confirmation) (clearly|explicitly|plainly|expressly) (state|states|stated|say|says|said|show|shows|showed|explain|explains|indicate|indicates|mention|mentions)', replace: ['it says'] },
  // Blame by diagnosis ("solely due to your firewall", "you entered an incorrect address"), the denial ("we did
  // everything correctly", "our system is working perfectly"), the policy "is clear", no obligation, "not how it works".
  { match: '(entirely|solely|simply|clearly|obviously|purely|only) (caused by|due to|because of|the result of|a result of|down to) your (own)?', replace: ["let's find the cause together"] },
  { match: '(you|you\'ve|you have) (entered|typed|selected|chose|chosen|provided|gave us|given us|used|ordered|clicked|picked|supplied) (the|a|an)? (wrong|incorrect|invalid|outdated|mistaken|inaccurate)', except: ['(if|looks like|seems|may have|might have|perhaps|possibly|no worries|happens|easy to)'], replace: ['it looks like'] },
  { match: '(we|i|our team|our staff) (did|handled|processed) everything (correctly|right|properly|by the book|according to (the|our) (policy|rules|procedure|process))', replace: ["let's look at what went wrong together"] },
  { match: '(system|systems|servers|server|platform|software|checkout) (is|are|was|were) (working|functioning|running|operating) (fine|perfectly|correctly|properly|flawlessly|as (expected|intended|designed))', except: ['(now|again|restored|back|once more|after (the|our) (fix|update))'], replace: ["we'll keep looking into it"] },
  { match: '(policy|policies|terms|rules|contract|agreement|conditions|instructions) (is|are) (very|perfectly|quite|crystal|absolutely|abundantly)? clear', replace: ['To recap'] },
  { match: "(we are|we're|the company is|the store is|i am|i'm) (not|under no circumstances) (obligated|obliged|required|bound) to", except: [REFUSAL_WAY], replace: ["here is what we can do"] },
  { match: "(that's|that is|this is|it's|it is) (simply|just)? not how (it|this|things|our (service|policy|system|process)) (works|work)", replace: ['here is how it works'] },
  // Counting the explanations ("the third time we are explaining this"), "you should know by now", reminders counted
  // after "despite", the cause pinned on the reader's choice, our side "followed the procedure to the letter" or
  // "did nothing wrong", "any reasonable customer would have", the information "was right there", "every
  // opportunity", "not our job", a denial after any subject ("… is not our responsibility").
  { match: "(second|third|fourth|fifth|sixth|umpteenth|nth|hundredth) time (we|i|we've|i've|we are|i am|we're|i'm|we have|i have) (explaining|explained|told|telling|answering|answered|said|saying|repeating|repeated|clarifying|clarified|written|writing|had to)", replace: ["Here's the answer again, in one place"] },
  { match: '(you|you\'d) (should|ought to|must|would) (know|realize|realise|understand|be aware|have realized|have realised|have understood|have learned|have learnt) (this|that)? (by now|already)', replace: ['As you may know,'] },
  { match: '(despite|in spite of|even after|regardless of) (multiple|several|repeated|numerous|many|countless|two|three|four|five|a number of|all|all the|all of our|our many|our repeated) (reminders|emails|e-mails|warnings|notices|notifications|messages|letters|calls|requests|follow-ups)', replace: ['To recap'] },
  { match: '(delay|problem|issue|error|damage|failure|charge|charges|fee|fees|outage|trouble|crash|loss|cost|costs) (was|is|were|are)? (caused by|due to|because of|the result of|down to) (the|your) ... (you|you\'ve|you have) (chose|chosen|selected|picked|entered|used|bought|installed|provided|ordered|opted for|gave us)', replace: ["let's find the cause together"] },
  { match: '(we|i|our (team|staff|agent|agents|technician|driver|courier|rep|representative)|the (agent|technician|driver|courier)) (followed|complied with|applied|adhered to|stuck to) (the|our|all|every) (procedure|procedures|process|policy|rules|steps|protocol|instructions|terms) (to the letter|exactly|correctly|precisely|properly|fully|strictly)', replace: ["let's look at what went wrong together"] },
  { match: '(bent|bending) over backwards? (for you|to help you|to accommodate you)?', replace: ["here's what we can still do"] },
  { match: 'done more than enough (for you|to help you|here|already)?', replace: ["here's what we can still do"] },
  { match: 'no (record|evidence|sign|indication|trace) of (any)? (fault|error|mistake|problem|wrongdoing|issue|failure) (on|from) our (part|side|end)', replace: ["we're still looking into it"] },
  { match: '(reasonable|sensible|careful|attentive) (customer|person|buyer|user|client|shopper|reader) (would|should|will|could) (have)?', replace: ['it may help to'] },
  { match: 'you (clearly|obviously|evidently|simply|completely|totally|have|must have|seem to have|appear to have) (misunderstood|misread|misinterpreted|misheard|misremembered|misunderstand|misread)', replace: ['there may be a mix-up'] },
  { match: '(we|i|our (agent|agents|team|staff|driver|courier|technician|rep|representative|employee|employees|colleague|colleagues)|the (agent|driver|courier|technician|staff|store)) (did|have done|has done|had done) nothing wrong', replace: ["let's look at what went wrong together"] },
  { match: '(right there|clearly (visible|displayed|shown|listed|marked)|plainly (visible|displayed|shown)) (on|in) (the|our)', replace: ["it's listed on"] },
  { match: 'you (were|have been|had been) given (every|ample|plenty of|multiple|several|numerous|many) (opportunity|opportunities|chance|chances|warning|warnings|notice|reminder|reminders)', replace: ['To recap'] },
  { match: "not (our|my|the company's|the store's) (job|duty|role|place) to", replace: ["here's what we can do"] },
  { match: "(not|in no way|certainly not) (our|the company's|the store's) (fault|responsibility|problem|concern|doing)", except: ['(not (your|the customer\'s) fault)'], replace: ["let's sort this out together"] },

  // Round 2 (#13): classes generalized from paraphrases written without the rule data. Cause pinned on the reader's
  // side ("because the address on your account was out of date", "bc nobody was home at the time you picked", "it
  // must be down to how your phone is set up"), the reader's steps said to be skipped, counterfactuals about what
  // they should have done, telling them again as a rebuke ("let me point out yet again"), insisting that the rule
  // was impossible to miss, and dismissing them ("there is no need to keep writing").
  { match: `${BECAUSE} (your|the) ... (on|in|of|for) your ... (was|were|is|are|had been|has been|had|has|have|got) ${FAULTY}`, replace: ["here's what happened"] },
  { match: `${BECAUSE} your (own)? ... (was|were|is|are|had been|has been|had|has|have|got) ${FAULTY}`, except: ['(our|we|us)'], replace: ["here's what happened"] },
  { match: `${BECAUSE} you (weren't|were not|aren't|are not|hadn't|had not|haven't|have not|didn't|did not) (on|using|running|updated to|update to|upgraded to|upgrade to|install|installed) (the)? (latest|newest|current|most recent|right|correct|supported) (version|update|release|app|firmware|software|browser)?`, replace: ["here's what happened"] },
  { match: `${BECAUSE} you (were|are|'re) (still)? (using|on|running) (an|a|the)? (old|older|outdated|out-of-date|unsupported|obsolete|wrong|incorrect) (version|app|browser|device|phone|firmware|software|plan|link|address)`, replace: ["here's what happened"] },
  { match: "(which|that) (is|was|'s) (something|one|a thing|the part) (that)? (only you|you alone) (can|could|are able to|were able to) (keep|update|change|control|manage|fix|check|maintain|do)", replace: ["you can update it any time in your account"] },
  { match: "(is|are|was|were|remains|remain|falls|fall|rests|rest|lies|lay) (entirely|solely|fully|completely|always)? (the|your)? (customer's|customers'|user's|users'|buyer's|account holder's|cardholder's|recipient's|member's|guest's|subscriber's) (own|sole)? (responsibility|job|duty|fault|problem|lookout)", replace: ["here's how to keep it up to date"] },
  { match: "(because|bc|cos|cuz|since|as) (nobody|no one|no-one|noone) (was|were) (home|at home|in|there|available|present|around|in to (sign|receive|answer))", replace: ["our driver couldn't find anyone in"] },
  { match: "(because|bc|cos|cuz|since|as) you (weren't|were not|wasn't|was not) (home|at home|in|there|available|present|around|reachable|answering)", replace: ["our driver couldn't find anyone in"] },
  { match: `(the|a) (time|time slot|slot|date|address|option|size|plan|setting|settings|method|delivery option|shipping option|tariff|service|password) (that)? you (picked|chose|selected|entered|gave us|provided|booked|set|typed|requested)`, onlyInBlock: ['(because|bc|cos|cuz|due to|down to|caused by|the result of|because of)'], except: ['(popular|busy|available|free|included|covered|eligible|upgrade)', "(i've|we've|i'll|we'll) (sent|added|moved|changed|swapped|upgraded|refunded|booked)"], replace: ["here's what happened"] },
  { match: `${GIVEN_STEPS} ... (were|was|have been|had been|has been|got) (skipped|ignored|missed|overlooked|disregarded|bypassed|not followed|never followed|not completed|never completed|not read|never read|not done)`, except: ['(by (us|our|mistake|the (courier|driver|technician|engineer|agent))|our (team|technician|engineer|staff|agent|agents|system|courier|driver)|we|a step)', NOT_BLAME], replace: ['a step seems to have been missed'] },
  { match: `${VERDICT} (down to|due to|caused by|because of|the result of|coming from|related to|on|at|with|in) (how|the way|something (in|on|with|about))? (you|your)`, replace: ["let's find the cause together"] },
  { match: '(obviously|clearly|evidently|surely|certainly) (down to|due to|caused by|because of|the result of|coming from) (how|the way|something (in|on|with|about))? (you|your)', replace: ["let's find the cause together"] },
  { match: '(nobody|no one|noone|no-one) else (has|have|had)? (ever|yet)? (reported|complained|had|experienced|mentioned|raised|seen|noticed|run into|encountered)', except: ['(thank|thanks|grateful|glad|appreciate|first to|helpful)'], replace: ["we're looking into it"] },
  { match: "if (only)? you (had|'d|would have) (just|only|simply|actually|bothered to)? (clicked|opened|used|updated|installed|waited|asked|called|logged|tapped|kept|cancelled|canceled|returned|tracked|chosen|picked|selected|booked|registered|renewed|paid|set|configured|confirmed|replied|responded|responded to|answered|acted|paid attention|taken|made sure|double-checked|read|checked|followed|looked|contacted|noticed|provided|entered|reviewed|told|informed)", except: ['(you can (ignore|skip|disregard)|please (ignore|disregard)|ignore this)'], replace: ['to avoid this next time'] },
  { match: "(this|that|it|none of this|the (problem|issue|delay|charge|fee|lockout)) (would|could) (not|never|n't)? (have)? (happened|been (avoided|prevented)|arisen|occurred) (if|had) you", replace: ['to avoid this next time'] },
  { match: "(could|would|might) (easily)? have been (avoided|prevented) (if|had|by) you", replace: ['to avoid this next time'] },
  { match: "you (could|would|might) have (easily)? (avoided|prevented|saved yourself) (this|that|all this|the (problem|trouble|issue|delay|charge|fee|hassle))", replace: ['to avoid this next time'] },
  { match: "you (really|clearly|obviously|simply|definitely|certainly)? (should|ought to|were supposed to|were meant to|were expected to|needed to) (have)? (clicked|opened|used|updated|installed|waited|asked|logged in|tapped|cancelled|canceled|returned|tracked|picked|booked|registered|renewed|paid|configured|confirmed|replied|responded|acted|taken|made sure|set up|switched|turned|backed up)", except: ['(if you|when you|next time|to avoid|you can|you may)'], replace: ['next time, it helps to'] },
  { match: `(let me|allow me to|i'll|i will|we'll|we will|i must|we must|i have to|we have to|i need to|we need to|i'd like to|we'd like to|i want to|we want to|i|we) ${RETELL} (this|that|it)? (yet again|again|once again|once more|one more time|one last time|for the (last|final|third|fourth|umpteenth) time)`, except: ['(thank|thanks|grateful|welcome|congrat|apolog|sorry|more clearly|better|in (a|another) way|differently|step by step)', '(if not|if (it|that|anything|something) (is|isn\'t|still)|happy to|glad to|just (reply|ask|let me know))'], replace: ['To recap'] },
  { match: '(yet again|for the (last|final|umpteenth) time|once and for all),? (i|we|let me|allow me to|please|this|the|our|you)', except: ['(thank|thanks|grateful|welcome|congrat|apolog|sorry|winner|won|award)'], replace: ['To recap'] },
  { match: '(this|that|it|the answer|the link|the information|the details|the instructions) (was|were|is|are|has been|had been) (already|all)? (covered|explained|answered|addressed|given|included|provided|spelled out|set out) (already)? in (my|our) (previous|earlier|last|prior|first|original|initial|other) (email|e-mail|emails|message|messages|reply|replies|response|letter|note|answer)', replace: RECAP },
  { match: '(hard|impossible|difficult) to (miss|overlook)', onlyInBlock: ['(label|labels|notice|notices|warning|warnings|banner|disclaimer|condition|conditions|terms|policy|fee|fees|price|deadline|restriction|restrictions|non-refundable|final sale)'], except: ["(stand|booth|building|door|entrance|sign|look for|balloon|you'll see|opposite|next to|corner|car|van|uniform|shirt)"], replace: ['it says'] },
  { match: '(clearly|prominently|plainly|explicitly|boldly|visibly) (labelled|labeled|marked|printed|flagged|stated|shown|displayed|listed|noted|tagged) (as)? (non-refundable|nonrefundable|non refundable|non-returnable|final sale|not refundable|not returnable|excluded|ineligible|no returns|sale items?)', replace: ['it says'] },
  { match: `(there is|there's|there will be|there really is) (no|little) (need|point|use|reason) (to|in) (keep|keeping|continue|continuing|keep on) ${WRITING}`, replace: ["we'll be in touch as soon as we have news"] },
  { match: `(further|additional|more|repeated|continued|extra) (emails|e-mails|messages|calls|complaints|reminders|requests|tickets|follow-ups|chasers) (will not|won't|do not|don't|cannot|can't|are not going to|aren't going to) (change|speed up|help|make (any|a)? difference|alter|affect|hurry|get (a|any) (different|faster))`, replace: ["we'll be in touch as soon as we have news"] },
  { match: `(we|i) (have|had|'ve)? nothing (more|further|else) to (add|say|discuss)`, except: [REFUSAL_WAY], replace: ["here's where things stand"] },
  // More of the same classes, from the definitions rather than any one sentence. Cause: "the issue lies in your
  // firewall", "your ad blocker is the culprit", "that's down to your provider", "the result of your late payment".
  { match: `(${PROBLEM.slice(1, -1)}|root cause|real cause|actual cause|cause|culprit|source of the (problem|issue|error|trouble)) (lies|lay|rests|rested|sits) (squarely|entirely|solely|clearly)? (in|with|on|at) your`, replace: ["let's find the cause together"] },
  { match: '(root cause|real cause|actual cause|real problem|culprit|source of the (problem|issue|error|trouble)) (is|was|here is|here was|seems to be|appears to be) (clearly|obviously|simply)? your', replace: ["let's find the cause together"] },
  { match: '(is|are|was|were) (clearly|obviously|evidently|simply)? (the)? (culprit|culprits|root cause|to blame|at fault)', onlyInBlock: ['your'], except: ["(we|we're|i|i'm|our (team|staff|system|systems|courier|driver|warehouse|mistake|error|fault|side|end|software|update|app|site))"], replace: ["let's find the cause together"] },
  { match: `${PROBLEM} (stems|stemmed|originates|originated|arises|arose) (from|in|with) (your|the ... you (changed|chose|made|installed|used|entered|picked|selected|set|turned|applied|added|removed|deleted|disabled))`, replace: ["let's find the cause together"] },
  { match: "(that's|that is|this is|it's|it is|that was|this was|it was) (all|entirely|purely|simply|solely)? down to (your|you)", except: ['(choice|choose|preference|taste|decide|decision|up to you|pick|whichever|whatever)'], replace: ["let's find the cause together"] },
  { match: '(the result of|a result of|caused by|due to|because of|down to|thanks to|owing to|as a result of|triggered by) your (late|missed|incorrect|wrong|incomplete|invalid|delayed|unpaid|overdue|lack of|failure|failed|mistake|error|misuse|carelessness|negligence|oversight|inaction|non-payment|nonpayment)', except: ['(flight|train|bus|plane|connection|delivery|parcel|order|refund)', "(we've|we have|we'll|we will|i've|i have|i'll|i will) (kept|held|moved|extended|rebooked|waived|refunded|saved|reserved)"], replace: ["here's what happened"] },
  { match: 'your (own)? (late|missed|incorrect|wrong|incomplete|invalid|unpaid|overdue|failure|mistake|error|oversight|inaction|non-payment|nonpayment) ... (caused|led to|resulted in|triggered|is why|was why|is the reason|was the reason)', replace: ["here's what happened"] },
  { match: "nothing (on|at|from) our (side|end|part) (caused|is|was|went|could have)", replace: ["we're still looking into it"] },
  { match: "(there is|there's|there was|there is absolutely|there's absolutely) nothing wrong (with|on|at) our (product|products|side|end|system|systems|service|app|site|website|servers|server|software|device|item|process|checkout)", except: ['(now|again|fixed|restored|back)'], replace: ["we're still looking into it"] },
  // Counterfactuals with the contraction ("if you'd checked"), the effort that "would have answered this", the
  // passive "had the form been filled in correctly".
  { match: "if (only)? (you'd|you'd have|you would have|you had) (just|only|simply|actually|bothered to)? (read|checked|followed|looked|clicked|opened|used|updated|installed|waited|asked|called|logged|tapped|kept|cancelled|canceled|returned|tracked|chosen|picked|selected|booked|registered|renewed|paid|set|configured|confirmed|replied|responded|answered|paid attention|made sure|double-checked|contacted|noticed|provided|entered|reviewed|told|informed|looked at)", except: ['(you can (ignore|skip|disregard)|please (ignore|disregard)|ignore this)'], replace: ['to avoid this next time'] },
  { match: "(you'd|you would|you could|you'd have) (have)? (easily)? (avoided|prevented|spotted|caught|noticed|seen|found) (this|that|it|all this|the (problem|issue|mistake|error|fee|charge|date|note|warning|notice)) (by|if|had)", replace: ['to avoid this next time'] },
  { match: '(a|one)? (quick|simple|brief|short|single)? (look|glance|read|check) (at|of|through) ... would (have)? (answered|told you|shown you|explained|cleared up|avoided|prevented|saved)', replace: ['here is where to find it'] },
  { match: '^ had (the|your) ... been (filled in|filled out|completed|entered|submitted|set up|configured|read|followed|returned|paid|sent|done|packed|checked) (correctly|properly|on time|in time|as instructed|as requested|as asked|in full)', except: ['(we|our|us|sorry|apolog)'], replace: ['to avoid this next time'] },
  // Telling again as a rebuke: "please refer back to my email", "this was all in the email we sent on Monday",
  // "our last three emails explained this", "we explained this clearly in our last message".
  { match: '(refer|referring) (you)? back to (my|our|the) ... (email|e-mail|emails|message|messages|reply|replies|response|responses|letter|note|answer|conversation|call)', replace: RECAP },
  { match: '(i|we) (would)? (refer|must refer|have to refer) you to (my|our) (previous|earlier|last|prior|first|original|initial)? (email|e-mail|emails|message|messages|reply|replies|response|responses|letter|note|answer)', replace: RECAP },
  { match: '(please|kindly) (refer|go back|look back) to (my|our) (previous|earlier|last|prior|first|original|initial) (email|e-mail|emails|message|messages|reply|replies|response|responses|letter|note|answer)', replace: RECAP },
  { match: '(this|that|it|all of this|all this|everything) (was|is|were) (all|already|clearly)? (in|covered in|explained in|set out in|spelled out in|included in|mentioned in|stated in) (the|my|our) (email|e-mail|message|letter|reply|note|response|call) (we|i) (sent|wrote|had)', replace: RECAP },
  { match: '(my|our) (last|previous|earlier|prior|first|original) (two|three|four|five|several|few|many)? (emails|e-mails|messages|replies|responses|letters|email|e-mail|message|reply|response|letter) (all|both)? (already|clearly)? (explained|covered|answered|addressed|said|stated|mentioned|made clear|spelled out|set out|told you) (this|that|it|all this|exactly this|the same)', replace: RECAP },
  { match: `(we|i|we've|i've) (have|had)? (already)? (clearly|explicitly|fully|plainly|carefully)? ${SAID} (this|that|it|all this) (clearly|explicitly|fully|plainly|already)? (in|on|during) (my|our|the) (last|previous|earlier|prior|first|original|initial) (email|e-mail|message|reply|response|letter|call|conversation|chat)`, replace: RECAP },
  { match: "(you'll|you will|you can|you could|you would|you'd|you should) (already)? (find|see|have found|have seen|read) (the|this|that|all|your)? (answer|answers|explanation|explanations|reply) (already)? (in|on) (my|our|the) (previous|earlier|last|prior|first|original|initial|other) (email|e-mail|emails|message|messages|reply|replies|response|responses|letter|note)", replace: RECAP },
  { match: '(all along|the whole time|from day one)', onlyInBlock: ['(was|were|has been|have been|had been) (there|listed|stated|shown|displayed|available|visible|written|printed|clear|on|in) ... (all along|the whole time|from day one)'], replace: ["it's listed on"] },
  // Insisting: "the charge is correct and will stand", "we stand by our decision", "as our policy makes clear",
  // "our records are correct".
  { match: '(charge|charges|fee|fees|bill|invoice|decision|assessment|amount|penalty|deduction|fine|ruling|result|outcome) (is|was|are|were) (correct|accurate|valid|legitimate|justified|right|proper|final) (and)? (will|shall|must)? (stand|stands|remain|remains|be upheld|remain in place|not be (changed|reversed|refunded|removed))', replace: ['this is where things stand, and here is what you can still do'] },
  { match: '(we|i|the company|the store|our team) (fully|firmly|still|completely)? (stand|stands) by (our|the|this|that|my) (decision|assessment|position|charge|charges|ruling|response|answer|original (answer|decision|response)|policy|findings|conclusion)', except: [REFUSAL_WAY], replace: ['this is where things stand, and here is what you can still do'] },
  { match: '(policy|policies|terms|rules|conditions|agreement|contract|guidelines|instructions|listing|description|faq) (makes|make|made) (it|this|that)? (very|quite|perfectly|abundantly|crystal|absolutely)? (clear|plain|explicit) (that)?', replace: ['Our policy says'] },
  { match: '(our|the) (records|system|logs|data|figures|calculations|billing|systems) (is|are|was|were) (entirely|completely|perfectly|absolutely)? (correct|accurate|right|not wrong|in order|not mistaken)', except: ['(now|updated|fixed|corrected|again)'], replace: ['here is what we can see'] },
  // Dismissing: "we consider this matter closed", "we won't be discussing this further", "continuing to contact us
  // will not change the outcome", "please do not contact us again about this".
  { match: '(we|i) (now)? (consider|deem|regard|treat) (this|the|your|that) (matter|case|issue|complaint|ticket|discussion|conversation|correspondence|dispute) (as|to be)? (closed|resolved|settled|finished|concluded|at an end|final)', except: [REFUSAL_WAY], replace: ["here's where things stand"] },
  { match: "(we|i) (will not|won't|cannot|can't|shall not|are not going to|aren't going to|will no longer|do not intend to|don't intend to) (be)? (discuss|discussing|debate|debating|enter into|entering into|engage|engaging|correspond|corresponding|comment|commenting|revisit|revisiting|reconsider|reconsidering|go into|going into|argue|arguing) (this|it|the matter|this matter|the issue|this issue|the subject)? (any)? (further|again|anymore|any more|any longer)", except: [REFUSAL_WAY], replace: ["here's where things stand"] },
  { match: "(continuing to|continue to|keep|keeping|further attempts to|repeated attempts to|repeatedly) (contact|contacting|write|writing|email|emailing|call|calling|chase|chasing|message|messaging|complain|complaining) (to)? (us|our team|support|the team)? ... (will not|won't|does not|doesn't|cannot|can't|is not going to|isn't going to|won't be able to) (change|alter|affect|speed|hurry|help|make|get)", replace: ["we'll be in touch as soon as we have news"] },
  { match: "(sending|writing|emailing|calling|chasing|contacting|messaging) (us)? (more|further|additional|repeated|multiple|extra|again) ... (will not|won't|does not|doesn't|cannot|can't|is not going to|isn't going to) (change|alter|affect|speed|hurry|help|make|get)", replace: ["we'll be in touch as soon as we have news"] },
  { match: "(please|kindly)? (do not|don't|please do not|please don't) (contact|email|e-mail|call|write to|message|chase) (us|me|our (team|staff|office)|this (address|team|office)) (again|further|any further|anymore|any more) (about|regarding|on|concerning|over) (this|it|the matter|this matter|that)", except: ['(if|unless|until|already|we\'ll|we will|no need)'], replace: ["we'll be in touch as soon as we have news"] },
  // Further readings of the same classes: "we went over this on Tuesday's call", "as our last emails said", "per
  // the confirmation you received", reminders counted after "you were sent", "exactly what you entered", damage
  // "clearly" from a drop, other customers who "manage", "what else do you expect us to do".
  { match: "(we|i) (went|talked|walked you) (over|through|about) (this|that|it|all this|all of this) (already|before|previously|twice|several times|on (the|our|your|tuesday's|monday's|wednesday's|thursday's|friday's|yesterday's|last week's) (call|chat|phone))", replace: ["Here's the answer again, in one place"] },
  { match: `as (my|our) (last|previous|earlier|prior|first|original) (two|three|four|several|few)? (email|e-mail|emails|e-mails|message|messages|reply|replies|response|responses|letter|letters) (all|both)? (said|stated|explained|mentioned|noted|made clear|set out|spelled out|told you)`, replace: RECAP },
  { match: "(as)? per the (confirmation|email|e-mail|receipt|invoice|terms|agreement|contract|notice|reminder|message|letter) (that)? you (received|accepted|signed|agreed to|got|were sent|acknowledged)", replace: ['As our policy says'] },
  { match: "you (were|have been|had been) sent (a|an|two|three|four|several|multiple|numerous|repeated|many|our|the|both)? (final)? (reminder|reminders|warning|warnings|notice|notices|final notice|overdue notice|overdue notices) ... (and again|twice|three times|several times|more than once|as well|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the))", replace: ['To recap'] },
  { match: "(is|was|matches|match|matched) exactly (what|the (one|address|number|card|details|size|date|option)) you (typed|entered|gave us|provided|submitted|selected|chose|wrote|picked|ordered)", replace: ['it looks like'] },
  { match: "(we|our system|the system|the courier|our courier|the driver) (only|simply|just)? (used|shipped to|sent it to|delivered to|charged|booked|processed) (exactly|precisely|only|simply) (what|the (address|card|details|number|date|size|time)) you (typed|entered|gave us|provided|submitted|selected|chose|picked)", replace: ['it looks like'] },
  { match: "(is|was) (clearly|obviously|evidently|plainly) (a case of|caused by|the result of|damage from|from|due to) (a (drop|fall|spill|knock|impact)|drops|dropping|water|liquid|misuse|mishandling|accidental|physical|impact|rough handling)", replace: ["let's find the cause together"] },
  { match: "(most|other|all our other|our other|every other|thousands of other|plenty of other) (customers|users|people|buyers|clients|shoppers) (seem to|somehow)? (manage|managed|have no (trouble|problem|problems|issue|issues|difficulty)|had no (trouble|problem|problems|issue|issues|difficulty)|have never had (a|any)? (problem|issue|trouble))", replace: ["here's what usually helps"] },
  { match: "(i'm|i am|we're|we are)? (not sure|unsure)? what (else|more) (you|do you|did you) (expect|want) (us|me) to (do|say|offer)", replace: ["here's what we can still do"] },
  { match: "(there is|there's) (really|simply)? nothing (more|further|else|left)? to (discuss|debate|argue about|talk about)", except: [REFUSAL_WAY], replace: ["here's where things stand"] },
  { match: "(just so we're|to be|let's be|so we're) (perfectly|absolutely|crystal)? clear ,? (the|your|our|you|this|it)", except: ['(we|our) (made|got|sent|charged|mistake|error)'], replace: ['To put it simply'] },
  { match: "as it (says|said|states|stated|clearly says) (on|in) (every|each|all|the|our|your) (receipt|receipts|invoice|invoices|page|pages|label|labels|listing|confirmation|email|box|order)", replace: ['As our policy says'] },
  // Insisting and telling again, in the shapes the issue names: "clearly shown at checkout", "as was stated in our
  // terms", "as stated, …", "our earlier email already told you", "once again, we do not …".
  { match: '(clearly|plainly|prominently|explicitly) (stated|written|outlined|displayed|marked|indicated|mentioned|shown|labelled|labeled|listed|visible|highlighted) (at|during|before|on|in) (checkout|check-out|purchase|booking|sign-up|signup|registration|ordering|the time of (purchase|booking|ordering|sign-up|signup)|every|each|all)', replace: ['noted at'] },
  { match: "as (was|is|it was|it is|has been|had been) (clearly|explicitly|plainly)? (stated|written|outlined|explained|indicated|specified|mentioned|noted|displayed|shown) (in|on) (our|the) (terms|policy|policies|terms and conditions|terms of service|website|site|faq|faqs|agreement|contract|checkout page|product page|listing|description|confirmation|invoice|email|rules)", replace: ['As our policy says'] },
  { match: '^ as stated', except: ['(you|your|above|below)'], replace: RECAP },
  { match: '(my|our) (earlier|previous|last|prior|first|original) (email|e-mail|message|reply|letter|response|note) (already|clearly)? (told|explained to|informed|advised|warned|reminded|showed) you', replace: RECAP },
  { match: "^ (once again|yet again|again) (we|i|our|the|this|you|refunds|returns) ... (do not|don't|cannot|can't|will not|won't|is not|isn't|are not|aren't|does not|doesn't|must|have to|need to)", except: ['(thank|thanks|welcome|congrat|apolog|sorry|happy|glad|delighted|pleased|proud|excited)'], replace: ['To recap'] },
  // Lecturing, evidence, counting, denial and "up to you", in more shapes: "it's important that you understand",
  // "we can't make exceptions for anyone", "the delivery photo proves it was left at your address", "this is the
  // fourth email we've had to send", "we did our part", "it's up to you to make sure", "the onus is on the customer",
  // "how were we supposed to know", "did you even read", "as I keep saying", "I'm not going to repeat myself",
  // "that's what happens when…", "the system doesn't make mistakes".
  { match: "(it's|it is) (very|really)? (important|essential|vital|crucial|necessary) (that|for) you (to)? (understand|realize|realise|appreciate|accept|recognize|recognise|grasp)", replace: ['just so you know,'] },
  { match: "^ (please|kindly)? (understand|appreciate|realize|realise|accept|recognize|recognise) that (we|our|the|this|there|rules|policy|you|it|no)", except: ["(doing (everything|all|our best)|i'll|we'll|i will|we will|update|sorry|apolog|frustrat|difficult|hard)"], replace: ['just so you know,'] },
  { match: "(we|i) (cannot|can't|can not|don't|do not|won't|will not|never) make (an|any)? (exception|exceptions) (for (anyone|anybody|you|individual customers|one customer|any one customer|any customer))", except: [REFUSAL_WAY], replace: ["we can't change this, but here is what we can do"] },
  { match: "rules are rules", replace: ['Our policy says'] },
  { match: "(photo|photos|picture|pictures|gps|gps log|log|logs|scan|scans|tracking|records|signature|footage|cctv|data|system) (clearly|plainly)? (shows|show|showed|proves|prove|proved|confirms|confirm|confirmed|demonstrates|demonstrate) (that)? (the (parcel|package|item|order|delivery|driver|courier)|it|he|she|they|our (driver|courier)|you) (was|were|had been|has been)? (left|delivered|at your|signed|received|dropped|handed)", exceptInBlock: [EVIDENCE_OK, WAY_FORWARD], replace: ['here is what we can see'] },
  { match: "(this is|it's|it is|that's|that is) (the|our|my) (second|third|fourth|fifth|sixth|seventh|umpteenth|nth) (email|e-mail|message|reminder|letter|notice|call) (we've|we have|i've|i have|we|i) (had to)? (sent|send|written|write|made|make)", replace: ["Here's the answer again, in one place"] },
  { match: "(we|i|we've|i've) (did|have done|done|had done) (our|my) (part|bit|job|share)", exceptInBlock: [NEXT_STEP, WAY_FORWARD], replace: ["here's what we can still do"] },
  { match: "(we|i|we've|i've) (have)? done (everything|all|all that) (we|i) (can|could|were able to) (on|at|from) our (end|side)", exceptInBlock: [NEXT_STEP, WAY_FORWARD], replace: ["here's what we can still do"] },
  { match: "(it's|it is|it was|was|is) (entirely|solely|completely)? (up to|on) you to (make sure|ensure|check|keep|provide|tell|inform|let us know|update|confirm|read|be (home|available|there|aware))", replace: ['it helps to'] },
  { match: "(the)? (onus|burden) (is|was|lies|rests|falls|fell) (squarely|entirely|solely)? (on|with|upon) (you|the (customer|user|buyer|account holder|cardholder|recipient|member|guest|sender))", replace: ['it helps to'] },
  { match: "(customers|users|buyers|account holders|cardholders|members|guests|you) (are|were) (solely|fully|entirely|always)? responsible for (entering|providing|giving|checking|keeping|making sure|ensuring|supplying) (the|a|their|your)? (correct|accurate|right|valid|up-to-date|up to date)", except: [REFUSAL_WAY], replace: ['it helps to double-check'] },
  { match: "(we|i) (can't|cannot|can not|couldn't|could not) (be expected|have been expected|possibly) to (know|guess|read your mind|have known|tell|predict)", replace: ["here's what happened"] },
  { match: "how (were|was|are|is|would|could) (we|i) (supposed|meant|expected)? (to)? (know|have known|guess|tell|find out)", replace: ["here's what happened"] },
  { match: "did you (even|actually|really|ever) (bother to)? (read|check|look at|open|follow|see|notice)", replace: ['it may help to look at'] },
  { match: "did you (not|even) bother (to)?", replace: ['it may help to look at'] },
  { match: "(surely|certainly|of course) you (read|saw|noticed|knew|checked|received|got|understood)", replace: ['As you may know,'] },
  { match: "as (i|we) (keep|kept|have kept|have been) (saying|telling you|explaining|mentioning|repeating|pointing out|reminding you)", replace: RECAP },
  { match: "(i|we) (keep|kept|have to keep|keep having to) (telling|reminding|explaining to|repeating to) you", replace: RECAP },
  { match: "lost count of (how many times|the (number of)? times)", replace: ["Here's the answer again, in one place"] },
  { match: "(i'm|i am|we're|we are|i|we) (not going to|won't|will not|refuse to|don't want to|do not want to|shouldn't have to|should not have to|shouldn't need to|should not need to) (keep)? (repeat|repeating|explain|explaining) (myself|ourselves|this|it|that) (again|once more|any more|anymore|any further)?", replace: ["Here's the answer again, in one place"] },
  { match: "(left|leave|leaves) (our|the) (warehouse|store|factory|premises|depot|workshop|hands) in (perfect|good|excellent|pristine|flawless|working|mint) (condition|order|shape|working order)", exceptInBlock: [EVIDENCE_OK, WAY_FORWARD], replace: ["let's find the cause together"] },
  { match: "(the|our) (system|systems|software|computer|computers|machine|machines|scanner|scanners|website|app|platform|checkout) (doesn't|does not|don't|do not|cannot|can't|never) (make|makes|made) (mistakes|errors|a mistake|an error|any mistakes|any errors)", replace: ["we'll keep looking into it"] },
  { match: "(would|could) (not|never) have (done|said|made|caused|broken|lost|damaged|behaved|acted) (that|this|such a thing|so|it|anything)", onlyInBlock: ['(our|the) (staff|team|driver|drivers|courier|couriers|agent|agents|technician|technicians|engineer|engineers|employees|people|crew)'], except: ['(if|unless|without|we|i)'], replace: ["let's find out what happened"] },
  { match: "was (entirely|all|solely|completely|always)? yours", onlyInBlock: ['(choice|decision|selection|mistake|error|call|fault)'], replace: ["here's what happened"] },
  { match: "(we are|we're) not a charity", replace: ["here's what we can do"] },
  { match: "whether (or not)? you (read|received|saw|opened|noticed|checked|agree|agreed) ... or not", replace: ['To recap'] },
  { match: "ignoring (our|the|my|these|those|all|all our|all the) ... (doesn't|does not|won't|will not|didn't|did not) (make|change|stop|help|mean)", replace: ['it looks like you may have missed'] },
  { match: "(that's|that is|this is) (exactly)? what happens (when|if) (you|the|instructions|steps|people|customers|someone|a (customer|user))", replace: ["here's what happened"] },
  // Blame on a named part of the reader's side ("at your bank's end"), "nothing for us to fix", our part that
  // "worked exactly as designed", "you'll see from the attached terms", "going forward, please read…".
  { match: "(on|at|from) your (bank's|provider's|carrier's|isp's|network's|phone's|device's|browser's|computer's|company's|employer's|host's|mail server's|email provider's|router's|own) (end|side)", except: ['(nothing (you|for you)|no action|no need|you (don\'t|do not) need)'], replace: ["we'll help you find what went wrong"] },
  { match: "nothing (for us|we need|we have|that we need|that we can) to (fix|change|correct|refund|investigate|apologize for|apologise for|answer for)", exceptInBlock: [NEXT_STEP, WAY_FORWARD], replace: ["we're still looking into it"] },
  { match: "(our|the) (part|side|end|system|systems|process|checkout|courier|driver|software|platform|servers) (of the (process|order|transaction))? (worked|functioned|ran|performed|operated|behaved) (exactly|entirely|completely)? (fine|perfectly|correctly|properly|flawlessly|as (expected|intended|designed|it should))", except: ['(now|again|restored|back|fixed|after)'], replace: ["we'll keep looking into it"] },
  { match: "(you'll|you will|you can|you would|you'd) (see|note|notice|find) (from|in|on) (the|our) (attached|enclosed|linked|quoted|highlighted)? (terms|policy|policies|terms and conditions|agreement|contract|screenshot|invoice|receipt|confirmation|listing|description) (that)?", onlyInBlock: [RESTRICTION], exceptInBlock: [EVIDENCE_OK, WAY_FORWARD], replace: ['As our policy says'] },
  { match: "(going forward|in future|in the future|next time|from now on|for future reference) ,? (please|kindly|you (should|must|need to|will need to|have to|'ll need to|'ll have to)) (read|check|make sure|ensure|remember|take care|be more careful|pay (more)? attention|double-check|follow|read through|review)", except: ["(we'll|we will|i'll|i will|we can|can skip|faster|quicker|free)"], replace: ['next time, it helps to'] },
  // Generalized frames (#13, written from the classes of the dev-half failures, not from any one sentence).
  // A cause traced to the reader's side and contrasted with ours, whatever the cause verb and whatever "our" thing:
  // "… traces back to your laptop, not to anything on our servers", "… from your wiring rather than our network".
  { match: `${CAUSE_VERB} ... your ... ${CONTRAST} ${OURS}`, replace: ["let's find the cause together"] },
  // Denying any fault on our side in any wording: "nothing went wrong at our end", "no fault was found on our side".
  { match: `nothing (went|was|has gone|had gone|is|has been) (wrong|amiss|faulty|at fault) (on|at|in|with|from) our (end|side|part|system|systems|servers|platform)`, exceptInBlock: [EVIDENCE_OK, WAY_FORWARD], replace: ["we're still looking into it"] },
  // Defending our people rather than helping: "we stand by how our agent handled it", "our staff acted correctly".
  { match: `(we|i|and) (fully|completely|firmly|entirely)? (stand|stood) (by|behind) (our|the|my|this|that) (agent's|agents'|staff's|team's|driver's|courier's|technician's|colleague's|manager's)? (agent|agents|staff|team|driver|drivers|courier|technician|colleague|colleagues|employee|employees|decision|response|handling|answer|position|actions)`, replace: ["let's look at what happened together"] },
  { match: `(we|i) (fully|completely|firmly|entirely)? (stand|stood) (by|behind) (how|the way|what) (our|the|my)`, replace: ["let's look at what happened together"] },
  { match: `${OUR_PEOPLE} (acted|behaved|responded|handled (it|this|the (matter|call|case|situation|delivery))|dealt with (it|this|the (matter|call|case)|you)) (entirely|completely|perfectly|fully)? (correctly|appropriately|properly|professionally|reasonably|by the book|within (policy|the rules|our (policy|guidelines)))`, replace: ["let's look at what happened together"] },
  // Reproach for messages the reader let pass: "you were sent two reminders and chose not to act", "we wrote to you on
  // three separate occasions", "you chose not to respond".
  { match: `you (were|have been|had been) (sent|given|emailed|shown|mailed) ... (reminders|reminder|warnings|warning|notices|notice|emails|e-mails|messages|letters|notifications) ... (and|but|yet) (you)? (still)? (chose not to|decided not to|did not|didn't|never|failed to|ignored|neglected to)`, replace: ['it looks like you may have missed'] },
  { match: `you (chose|decided|opted|elected) not to (act on|respond to|reply to|answer|read|follow|heed|take up|action|deal with) (our|the|any|either|those|these|them|it|this|that|all)`, replace: ['it looks like you may have missed'] },
  { match: `${WE_SUBJ} (have|had)? (already)? ${INFORMED} you ... ${OCCASIONS}`, except: [CHECKING_IN], replace: ['To recap'] },
  // Counting our own answers: "we've answered this in detail twice now".
  { match: `(we|i|we've|i've) (have|had)? (already)? (answered|explained|addressed|covered|responded to|replied to|dealt with) (this|that|it|your (question|query|point|request|complaint)|this (question|query|point)|the (question|point|same question)) ... (${TIMES.slice(1, -1)}|${OCCASIONS.slice(1, -1)})`, except: ['(faq|help (centre|center|page|article)|so many|many (people|customers)|other customers|others ask)'], replace: ["Here's the answer again, in one place"] },
  // Responsibility placed on the reader in any verb: "the responsibility for choosing the right size sits with the buyer".
  { match: `(responsibility|onus|burden|liability|blame|fault) ... (lies|lie|rests|rest|sits|sit|falls|fall|lay|rested|sat|fell|remains|remain) (squarely|entirely|solely|firmly|wholly|fully|always)? (with|on|upon) ${READER_PARTY}`, replace: ['it helps to'] },
  { match: `(is|was|are|were|remains|remain) (entirely|solely|wholly|fully|always)? the (responsibility|job|duty) of ${READER_PARTY}`, replace: ['it helps to'] },
  // The item was fine when it left us, so the fault arose with the reader: "was in perfect working order when dispatched".
  { match: `(was|were|is|are) in (perfect|good|excellent|pristine|flawless|full|proper|mint) (working)? (order|condition|shape|working order) when (it|they|the (item|items|parcel|package|product|goods|order|device|unit)) (was|were|left|arrived)? (dispatched|shipped|sent|packed|left|collected|delivered|handed over|checked)`, exceptInBlock: [EVIDENCE_OK, WAY_FORWARD], replace: ["let's find the cause together"] },
  { match: `(must|can only|could only) have (happened|occurred|been caused|been damaged|broken|arisen|been done) (after|once|during|while) (delivery|it (was delivered|arrived|reached you)|you (received|had|opened|used) (it|them)|receipt|use|your (use|handling|possession))`, replace: ["let's find the cause together"] },
  // A cause pinned on what the reader sent or chose: "the delay happened because you sent the wrong documents".
  { match: `${BECAUSE} (you|you've|you have|you had) (sent|sent us|gave us|filled in|filled out|uploaded|attached|submitted|booked|typed|typed in|entered|provided|selected|chose|picked|ordered|used|supplied) (the|a|an|us)? (wrong|incorrect|invalid|outdated|mistaken|inaccurate|incomplete|expired)`, except: ['(no worries|happens|easy to|it looks like|no problem|sorry|apolog)'], replace: ["here's what happened"] },
  // Liability disclaimed toward what the reader did: "we are not responsible for mistakes made when you filled in…".
  { match: `(we are|we're|the company is|the store is|we cannot be held|we can't be held|we can not be held) (not|in no way)? (responsible|liable|accountable) for (any)? ${READER_MISHAP} ... (you|your)`, except: [REFUSAL_WAY], replace: ["we'll look at what we can do"] },
  // Information called too prominent to miss: "printed in bold, so it's impossible to miss" (a reproach where the
  // paragraph is about a rule, a fee or a deadline; "the sign is hard to miss" in directions is not one).
  { match: "(impossible|hard|difficult|very hard|pretty hard|not possible) to (miss|overlook|ignore|not (see|notice))", onlyInBlock: [RULE_TALK], replace: ["it's listed on"] },
  { match: "(printed|shown|displayed|written|stated|listed|marked|highlighted) in (bold|red|capitals|capital letters|block capitals|large (print|type|letters)|big (letters|print)|plain sight)", onlyInBlock: [RULE_TALK], replace: ["it's listed on"] },
  // Steps the reader skipped, said in the agentless passive: "the setup instructions weren't followed".
  { match: `(the|our|these|those|your)? ${GIVEN_STEPS} (weren't|wasn't|haven't been|hasn't been|hadn't been|were never|was never|have never been|had not been) (followed|read|completed|done|carried out|heeded|checked)`, except: [NOT_BLAME, '(our (fault|mistake))'], replace: ['a step was missed'] },
  // A cause pinned on the reader's choice: "arrived late because of the delivery slot you selected", "the option you
  // ticked is what triggered the charge".
  { match: `(because of|due to|caused by|the result of|a result of|down to|owing to|thanks to) (the|your) ... (you|you've|you have|you had) (chose|chosen|selected|picked|ticked|entered|booked|gave us|provided|opted for|set|typed|clicked|agreed to)`, except: ["(i've|we've|i have|we have|i'll|we'll|so i|so we|let me know)", NOT_BLAME], replace: ["here's what happened"] },
  { match: `(you|you've|you have|you had) (ticked|selected|chose|chosen|picked|clicked|entered|set|opted for) ... (is|was|are|were) (what|the thing that|exactly what|why) (triggered|caused|led to|resulted in|added|created|started)`, except: ["(no worries|happens|easy to|no problem|i've|we've)"], replace: ["here's what happened"] },
  // "Once more, …" opening a restated rule.
  { match: "^ (once again|once more|yet again|again|one more time) (the|your|this|that|it|our|we|i|you|there|refunds|returns|orders|vouchers|codes|as)", except: ['(thank|thanks|welcome|congrat|apolog|sorry|happy|glad|delighted|pleased|proud|excited|here|below|attached|link)'], replace: ['To recap'] },
  // Read before you write to us: "we'd ask that you read our emails fully before replying".
  { match: "(read|re-read|reread|review|check|look at|go through) ... (before|prior to) (replying|responding|writing|writing back|writing in|writing to us|contacting|contacting us|emailing|emailing us|messaging|messaging us|calling|calling us|getting in touch|reaching out|complaining|raising)", except: ['(try|password|code|link|log in|login|sign in|spam|junk|folder|tracking (page|link))'], replace: ['it may help to look at'] },
  // A verdict on the cause, pinned on the reader: "can only be caused by something on your computer".
  { match: `(must|can only|could only|has to|have to|can really only) (be|have been) (caused by|due to|down to|the result of|a result of|coming from|because of|related to) ... (your|you)`, except: ['(if|may|might|possibly|perhaps)'], replace: ["let's find the cause together"] },
  // "It's all in the email we sent you on Monday."
  { match: "(it's|it is|it was|this is|that's|that is|this was|that was|everything is|everything was|the answer is|the answer was|the details are|the details were) (all)? (already)? (in|on|explained in|covered in|set out in|spelled out in|written in) (the|our|my) (email|e-mail|message|letter|confirmation|reply|note|faq|page|terms|guide|instructions) (that)? (we|i|we've|i've) (sent|gave|emailed|wrote|provided|linked|attached)", except: ["(here it is|here's|here is|below|so you don't)"], replace: ['here it is again'] },
  // Our side done right, the hold-up placed with the reader's side: "any hold-up is with your bank".
  { match: `(our|the) (side|end|part) (of (the|this|your) (transaction|order|process|payment|refund|booking|transfer))? (was|has been|were|is) (completed|done|handled|processed|carried out) (correctly|properly|without (error|fault|issue|problem)|by the book|as it should)`, replace: ["here's what we can see"] },
  { match: `(any|the|this|that) (hold-up|holdup|delay|problem|issue|fault|error|blockage|failure) (is|lies|sits|rests|must be|will be|has to be) (entirely|squarely|solely)? (with|at|on) ${READER_PARTY}`, except: ['(we|i) (will|can|\'ll|have|\'ve) (contact|call|chase|ask|speak|talk)'], replace: ["we'll help you find what went wrong"] },
  // Nobody else had the trouble, in more subjects: "nobody else on the plan has had this trouble".
  { match: "(nobody|no one|no-one|none of our other (customers|users|clients|members|guests)) (else)? ... (has|have|had) (ever)? (reported|complained|had|experienced|mentioned|raised|seen|noticed)", except: ['(thank|thanks|flag|flagging|first to|glad you|appreciate)'], replace: ["we're looking into it"] },
  // The counterfactual that the reader could have spared themselves: "you would have avoided this if you had …".
  { match: "you (would|could|might) (easily)? have (avoided|prevented|been spared|spared yourself|saved yourself) (this|that|the|it|all|any)", replace: ['to avoid this next time'] },
  { match: `if (you|you'd) (had|would have|'d)? (only)? (already)? ${READER_ACT_DONE} (your|the|our|it|this|that|when|before|in time|on time)`, except: ['(you can|you\'ll|ignore|skip|thanks|thank you|great)'], replace: ['to avoid this next time'] },
  // The same answer given again, said as a reproach: "this is the same answer we gave you last week".
  { match: "(this|it|that|our answer|my answer|the answer|our reply|my reply) (is|remains|'s|was) (still)? (the|exactly the)? (same|identical) (answer|reply|response|explanation|information|thing) (we|i|as|that)", except: ["(here's|here is|plus|below|attached|for convenience|for reference)"], replace: ["Here's the answer again, in one place"] },
  // ---- Frames over word classes (#13, round 3), each over the classes defined above.
  // The reader + a hedge + a blame verb: "you simply forgot", "you clearly misread", "your team again missed".
  { match: `${READER_PERF} ${VERDICT_HEDGE} ${BLAME_WEAK}`, except: [EXCUSED, '(to|not) (receive|get|hear)'], replace: ['it looks like'] },
  { match: `${READER_PERF} (${VERDICT_HEDGE.slice(1, -1)})? ${BLAME_STRONG}`, except: [EXCUSED, '(you|we) (can|could|may|might|are free to) (safely)? ignore', 'ignored (by|as)', "(please|you can|feel free|safe to|okay to|ok to) ignore"], replace: ['it looks like'] },
  // The reader's negated deed with a hedge or "just": "you simply didn't answer the door", "you just never replied".
  { match: `${READER} (${VERDICT_HEDGE.slice(1, -1)}|just) ${READER_NOT}`, except: [EXCUSED, "(receive|get|hear|see) (it|this|that|our|the|any|a)", '(yet|so far)'], replace: ['it looks like'] },
  // A verdict said outright: "it's clear you didn't read", "obviously you never checked".
  { match: `(it's|it is|it was|it seems|it's quite|it is quite) (clear|obvious|evident|plain|apparent) (that)? ${READER} (${READER_NOT.slice(1, -1)}|${BLAME_STRONG.slice(1, -1)}|${BLAME_WEAK.slice(1, -1)})`, except: [EXCUSED], replace: ['it looks like'] },
  // The fault made the reader's own: "entirely self-inflicted", "of your own making", "you brought this on yourself".
  { match: "(self-inflicted|self inflicted|of your own making|of (your|their) own doing|your own doing|(you|you've|you have) brought (this|it|that|these|all this) on (yourself|yourselves)|(have|has|had) (only|nobody but|no one but|no-one but) (yourself|yourselves|themselves|himself|herself) to blame|only (have|had) (yourself|yourselves|themselves) to blame)", except: ['(not|never) (your|their) (own)? (doing|fault)'], replace: ["here's what happened"] },
  // Nobody may object: "customers who ignore the limits can hardly complain", "you have no grounds to complain".
  { match: `(can|could) (hardly|scarcely|barely|not really|hardly then|not then|hardly now) ${OBJECT_VERB}`, except: ['(wait|believe|imagine|thank)'], replace: ["we understand this is frustrating"] },
  { match: `(have|has|had) no (right|grounds|reason|business|basis|cause) (whatsoever|at all)? to ${OBJECT_VERB}`, except: ['(worry|be worried|apolog*|feel)'], replace: ["we understand this is frustrating"] },
  { match: `(are|is|were|was) in no position to (complain|demand|object|argue|blame|expect|claim|dispute|make demands)`, replace: ["we understand this is frustrating"] },
  { match: `${THIRD_READER} (who|that) (${READER_NOT.slice(1, -1)}|ignore|ignores|disregard|disregards|skip|skips|overlook|overlooks|forget|forgets|miss|misses|don't|do not|can't be bothered|won't|will not) ... (shouldn't|should not|can't|cannot|must not|have no|has no|only have|have only|must accept|must expect|should expect|deserve|get what)`, except: ['(help|support|assist|still|welcome|eligible|can still|we can|we will|we\'ll)'], replace: ["here's what usually helps"] },
  // Lecturing on what a reasonable person knows: "any reasonable customer would have checked", "you should know better".
  { match: "(any|a|every) (reasonable|sensible|careful|responsible|normal|competent) (person|customer|adult|buyer|reader|user|passenger|guest|parent|driver|traveller|traveler) (would|should|could|must) (have)? (know*|understood|understand|realis*|realiz*|notic*|seen|see|read|check*|expect*|plan*)", replace: ['As you may know,'] },
  { match: "(you|you of all people) (should|ought to|must|would) (have)? (know|known) better", replace: ['As you may know,'] },
  { match: "(you|you yourself) (were|had been) (fully|well|perfectly|clearly|completely|entirely) aware", except: [EXCUSED], replace: ['As you may know,'] },
  { match: "(you|you yourself) (knew|understood) (full well|perfectly well|very well|all along|perfectly|exactly what)", except: [EXCUSED], replace: ['As you may know,'] },
  // Correction openers: "to set the record straight", "for the record", "with all due respect", "make no mistake".
  { match: "(to set|setting|set) the record straight", replace: ['To clear up any mix-up'] },
  { match: "^ (just)? (for the record ,|with (all)? due respect|with the greatest respect|make no mistake|let me correct you|i must correct you|i have to correct you|allow me to correct you)", replace: ['To clear up any mix-up'] },
  { match: "(i|we) (must|have to|need to|feel we must|should) (correct|contradict) you", replace: ['To clear up any mix-up'] },
  // Telling counted, in any tense and either voice: "as I have now explained three times", "a deadline every parent
  // was reminded about twice", "we've now told you four times".
  { match: `as (i|we|i've|we've|i'd|we'd) (have|had)? (now|already|previously|clearly|repeatedly)? (now|already)? ${SAID_PAST} ... ${COUNTED}`, except: [EXCUSED], replace: RECAP },
  { match: `(i|we|i've|we've) (have|had)? (now|already)? (now|already)? ${SAID_PAST} (this|that|it|you)? ... ${COUNTED}`, except: [EXCUSED, CHECKING_IN, '(faq|help (centre|center|page|article)|many (people|customers)|other customers)'], replace: ["Here's the answer again, in one place"] },
  { match: `(was|were|has been|have been|had been) (clearly|already|explicitly|personally)? ${TOLD_PASSIVE} (about|of)? ... ${COUNTED}`, except: [EXCUSED, '(we|i) (were|was|have been|had been)', 'by (mistake|error)', '(glitch|duplicate|in error)'], replace: ['To recap'] },
  // Shown or agreed at sign-up, then held against the reader: "the fee was explained when you booked", "you ticked the
  // box agreeing to it", "so the charge stands".
  { match: `(was|were|had been|has been|have been) (clearly|fully|already|explicitly|plainly|all)? (explained|shown|stated|disclosed|displayed|made clear|pointed out|set out|spelled out|listed|highlighted) (to you)? ${AT_SIGNUP}`, except: [EXCUSED, "(you can|you'll|you will|you're welcome|feel free|free of charge|waive*|happy to|good news|still)"], exceptInBlock: [WAY_FORWARD], replace: ['As our policy says'] },
  { match: "(you|you yourself) (ticked|checked|clicked|selected|signed) (the|a|that|this)? (box|option|checkbox|form|declaration) (agreeing|accepting|confirming|consenting|acknowledging|to (agree|accept|confirm|say))", except: [EXCUSED, "(you can|you'll|anytime|any time|at any time|change|update|withdraw|unsubscribe)"], replace: ['Our terms say this applies'] },
  { match: `(you|you yourself|you've|you have) (agreed|consented|signed up) to ${AGREED_THING} ${AT_SIGNUP}`, except: [EXCUSED, "(you can|you'll|anytime|any time|at any time|change|update|withdraw|unsubscribe|still)"], replace: ['Our terms say this applies'] },
  { match: `(so|therefore|which means|hence|and so|thus|meaning) (the|this|that|your|our|any) ${CHARGE} ${STANDS}`, except: ['(waive*|refund (it|you)|remove (it|the)|we can|happy to)'], exceptInBlock: [WAY_FORWARD], replace: ["here's what we can do"] },
  // Stop writing to us, any verb of contact: "please stop emailing three departments", "we must ask you to cease calling".
  { match: `^ (please|kindly|just)? (stop|cease|quit|refrain from|desist from) ${CONTACT_ING}`, except: ['(if|unless|you can|to stop|unsubscribe|preferences|opt out|want us|like us) ', `${CONTACT_ING} (you|your)`], replace: ["we'll be in touch as soon as we have news"] },
  { match: `(we|i) (must|have to|need to|will have to|'ll have to|would|'d|now)? (ask|request|insist|demand|require) (that)? (you)? (to)? (stop|cease|quit|refrain from|desist from|no longer) ${CONTACT_ING}`, except: [`${CONTACT_ING} (you|your)`], replace: ["we'll be in touch as soon as we have news"] },
  // Our side defended: the emphatic "did" ("our engineer did turn up at 9", "we did send it"), procedure followed,
  // a system that "worked as intended", "we acted correctly", "we were within our rights".
  { match: `${OUR_SIDE} (did|did actually|did in fact|actually did|certainly did|definitely did|absolutely did) ${OUR_DEED}`, except: [ASKED_FOR], replace: ["let's look at what happened together"] },
  { match: `(we|i) (did in fact|did actually|actually did|certainly did|definitely did|absolutely did|did indeed|most certainly did) ${OUR_DEED}`, except: [ASKED_FOR], replace: ["let's look at what happened together"] },
  { match: `${OUR_SIDE} (have|has|had)? (correctly|fully|properly|strictly|carefully|always)? (followed|adhered to|complied with|stuck to|kept to|acted (in line with|in accordance with|according to|within)) (the|our|all|every|standard|correct|proper|company|established|usual|normal)? (manufacturer's|maker's|company's|industry|safety|standard|correct|agreed|usual)? ${PROCEDURE}`, except: ['(your|you (sent|gave|suggested|provided|asked))', '(if|whether|make sure|will|going to|to ensure)'], replace: ["let's look at what happened together"] },
  { match: "(worked|working|functioned|functioning|performed|behaved|behaving|operated|operating|ran|running) (exactly|precisely|perfectly|correctly|just|entirely)? (as (intended|designed|expected|it should|it should have|normal)|as it (was|is) (designed|meant|supposed|built) to|as it's (designed|meant|supposed|built) to)", except: ['(now|again|restored|back|fixed|after|once|update*|hope|make sure|test*|should|will|until|before|when|if)'], replace: ["we'll keep looking into it"] },
  { match: "(we|i|our (team|staff|agent|agents|driver|courier|engineer|technician|store)) (have|has)? (acted|behaved|did everything|done everything|handled (it|this|everything|your (order|case|claim|booking))) (entirely|completely|perfectly)? (correctly|properly|appropriately|fairly|lawfully|by the book|in good faith|in line with (policy|our policy|the rules))", except: ['(if|whether|make sure|will|going to|sorry|apolog*)'], replace: ["let's look at what happened together"] },
  { match: "(we|i|the (company|store|shop|airline|hotel|clinic|school|bank)) (are|am|were|was|is|'re) (well|entirely|fully|perfectly|completely)? within (our|my|its|their) rights", replace: ["here's what we can do"] },
  // Telling attributed to our people, or recalled at the reader: "as the nurse already explained to you", "as you'll
  // recall", "this was all covered in your induction", "I refer you to my previous letter".
  { match: `as ${OUR_TELLER} (already|previously|clearly|also|then|carefully)? (explained|told you|mentioned|said|advised|advised you|informed you|pointed out|made clear|stated|noted|warned you|reminded you|explained to you)`, except: [EXCUSED, '(you|you\'ll|you will) (can|be able)'], replace: RECAP },
  { match: "as (you|you'll|you will|you should|you must|you surely|you no doubt|i'm sure you|i am sure you|we're sure you) (surely|no doubt)? (recall|remember|be aware|appreciate)", except: [EXCUSED], replace: ['As you may know,'] },
  { match: "(this|that|it|all of this|all this|everything) (was|were|had been|has been) (all|clearly|fully|already|thoroughly)? (explained|covered|made clear|spelled out|set out|gone through|gone over|discussed) (to you)? (in|on|at|during) (the|our|your|my) (call|chat|phone call|phone|email|e-mail|letter|appointment|consultation|induction|orientation|welcome pack|handbook|briefing|meeting|visit|booking confirmation|confirmation|contract|terms|counter|desk|front desk|reception|check-in|till|time|session|class|viewing|interview)", except: [EXCUSED, '(here|below|summary|again|recap|for convenience|for reference|quick reminder)'], replace: ['To recap'] },
  { match: "(i|we) (would|must|have to|will have to|'d)? (refer|direct|point) you (back)? to (my|our|the) (previous|earlier|last|prior|original|first|above) ", replace: RECAP },
  // The cause pinned on the reader's own faulty step: "due to your late payment", "because of your incomplete form".
  { match: `(due to|because of|as a result of|owing to|caused by|thanks to|following|on account of) your (own)? ${READER_FAULT_STEP}`, except: [EXCUSED, '(flight|train|bus|plane|connection|delivery|parcel|order|refund)', "(we've|we have|we'll|we will|i've|i have|i'll|i will|refund*|waive*|extend*|no charge|free)"], replace: ["here's what happened"] },
  { match: "(was|is|were|are) (entirely|solely|purely|simply|directly|wholly|clearly|only|ultimately) (caused by|due to|the result of|a result of|down to|because of|triggered by) (you|your)", except: [EXCUSED], replace: ["here's what happened"] },
  { match: "(an|the|a|this|that) (oversight|error|mistake|lapse|slip|failure|negligence|carelessness|fault) on your (part|side)", except: ['(no|not|nothing|never|through no|any)'], replace: ["here's what happened"] },
  { match: "(that's|that is|this is|it's|it is|that was|this was) (all|entirely|squarely|completely)? on you", except: [EXCUSED, '(up to you|on your (side|end))', '(next|first) (round|drink|coffee|one)'], replace: ["here's what happened"] },
  // Denial of the reader's account: "we categorically reject your version of events", "that is simply not what happened".
  { match: "(we|i|the (company|store|shop|school|clinic|hotel|airline)) (categorically|strongly|firmly|completely|entirely|flatly|utterly|must|have to|would)? (deny|denies|reject|rejects|refute|refutes|dispute|disputes) (that|your (claim|claims|allegation|allegations|suggestion|accusation|accusations|assertion|version|account|characterization|characterisation|description|interpretation)|the (claim|allegation|suggestion|accusation|assertion|idea)|any (wrongdoing|liability|responsibility|fault|suggestion|claim|allegation|negligence))", replace: ['there may be a mix-up'] },
  { match: "(that's|that is|this is|that was|this was|it's|it is|that isn't|that wasn't|this isn't) (simply|just|really|absolutely|categorically|certainly)? (not)? (what|how) (happened|it happened|it went|things happened|things went|occurred|we said|i said|was said|was agreed|we agreed|was promised|we promised|you were told|our (agent|team|staff|driver|engineer|colleague) said)", onlyInBlock: ["(not|isn't|wasn't)"], except: [EXCUSED, '(what happened next|how it happened\\?)'], replace: ['there may be a mix-up'] },
  { match: "you (seem|appear) to (think|believe|assume|be under the impression|have (misunderstood|misread|forgotten|confused|overlooked|ignored|missed))", except: [EXCUSED], replace: ['there may be a mix-up'] },
  // Our verdict on ourselves: "we're satisfied the charge is correct", "our records prove you were home", "we did
  // exactly what you asked", "we've been more than patient".
  { match: `(we are|we're|i am|i'm) (fully|completely|entirely|quite|perfectly|totally)? (confident|satisfied|certain|sure|content|convinced) (that)? ... (was|were|is|are|has been|have been|acted|handled (it|this)|followed) ${RIGHT}`, except: ['(if|whether|once|will|make sure|going to|sorry|apolog*)'], replace: ["we've looked at this carefully"] },
  { match: `${OUR_RECORDS} ${PROOF} (that)?`, exceptInBlock: [EVIDENCE_OK, WAY_FORWARD], replace: ['here is what we can see'] },
  { match: "(we|i|our (team|staff|engineer|engineers|technician|designer|designers|printer|kitchen|tailor)) (did|followed|carried out|delivered|sent|made|built|printed|booked|cut|installed|shipped) (exactly|precisely|only) (what|as) (you (asked|requested|ordered|specified|told us|wanted|chose|selected|approved)|was (asked|requested|ordered|specified|approved|agreed))", except: [EXCUSED, '(hope|glad|happy|delighted|enjoy|love)'], replace: ['it looks like'] },
  { match: "(we|i|we've|i've|we have|i have|we had) (already)? been (more than|beyond|extremely|exceptionally|incredibly|extraordinarily|very|really|quite|nothing but) (patient|generous|flexible|accommodating|reasonable|fair|lenient|understanding|tolerant|helpful) (with you|to you|here|already|in this (case|matter)|throughout)?", replace: ["here's what we can still do"] },
  // Condescension and rhetorical questions: "what part of … don't you understand", "how many times do we have to",
  // "didn't you see the sign", "it's not rocket science", "as an adult you should know".
  { match: "what part of ... (don't|do not|didn't|did not) you (understand|get)", replace: ['To put it simply'] },
  { match: "how many (more)? times (do|must|will|should|have|did|does) (i|we|you|one|anyone)", except: ['(per (day|week|month|year)|can you|may you|are you allowed|a (day|week|month|year)|you (can|may) (use|change|reschedule|redeem|log))'], replace: ["Here's the answer again, in one place"] },
  { match: "^ (didn't|did) you (not)? (even)? (read|see|check|notice|look at|bother|listen|pay attention|think|realise|realize)", except: ['(enjoy|like|love|manage|get a chance|have a chance|find)'], onlyInBlock: ["(didn't you|did you not|did you even)"], replace: ['it may help to look at'] },
  { match: "(not|hardly) rocket science", replace: ['To put it simply'] },
  { match: "(it's|it is|this is|that is|it really is|it's really) (really|actually|all|honestly)? (quite|very|pretty|perfectly|fairly|incredibly)? (simple|basic|straightforward) (really)? ,? (you|just|all you|if you)", except: ["(we'll|we will|here's how|here is how|steps|to get started|setup|set up|only takes|takes)"], replace: ['To put it simply'] },
  { match: "as (a|an) ... ,? you (should|ought to|must|would) (surely)? (know|be aware|understand|realise|realize|have known|appreciate)", except: [EXCUSED, '(thank|welcome|valued)'], replace: ['As you may know,'] },
  // Reminders as reprimand: "may I remind you", "I must remind you that", "you are reminded that".
  { match: "(may|might|can|could) (i|we) (just)? (remind|point out to) you", replace: ['just so you know,'] },
  { match: "(i|we) (must|have to|feel i must|feel we must|feel obliged to|am obliged to|are obliged to|need to|will have to) (remind|caution|warn|point out to) you", except: ['(scam*|phishing|fraud*|safety|security|weather|storm|heat|ice)'], replace: ['just so you know,'] },
  { match: "you are (hereby|again|once again)? (reminded|warned|cautioned) that", replace: ['just so you know,'] },
  { match: "(i|we) trust (that)? (this|that|you|it) (now|will now|has now|have now|finally|should now) ", except: ['(enjoy|like|love|help*|arrive*|find|well|safe)'], replace: ['I hope this helps'] },
  { match: "(i|we) (trust|hope) (that)? (this|that) (settles|closes|puts an end to|concludes|ends|resolves) (the|this|that) (matter|issue|discussion|correspondence|argument|dispute)", replace: ['I hope this helps'] },
  { match: "(i hope|hopefully|i trust) (that|this|that's|this is|it's|it is|everything is) (is)? (now|finally|at last|once and for all) (clear|clearer|understood)", replace: ['I hope this helps'] },
  { match: "you (are|'re|were) (supposed|meant) to", except: [EXCUSED, '(receive|get|see|hear|be (charged|refunded|billed|sent|notified|given|contacted|called)|have (received|got|been))', '(we|i|our) (were|was)'], replace: ['it helps to'] },
  // More classes in other registers: a charge "between you and your bank", acting "against our advice", "ample
  // notice was given", "it was your choice", "ignorance is no excuse", "at no point did we", "we never promised",
  // "our position remains", "end of discussion", tone policing, "you'll just have to accept it".
  { match: "(is|was|remains|that's|it's) (a matter|something|an issue|one|a question|a dispute)? (strictly|purely|entirely|solely)? between you and (your|the)", except: [EXCUSED, '(we can|we\'ll|we will|happy to|help)'], replace: ["we'll help you sort this out"] },
  { match: "(against|despite|contrary to|ignoring) (our|my|the) (doctor's|nurse's|engineer's|technician's|agent's|staff's|teacher's|team's|driver's|pharmacist's|instructor's|guide's)? (explicit|clear|repeated|express|written|strong)? (advice|recommendation|recommendations|guidance|warning|warnings|instructions)", except: [EXCUSED, '(we|i) (went|acted|proceeded)'], replace: ["here's what happened"] },
  { match: "(you|you've|you have|you had|you were) (been)? (given|had|offered|sent|allowed) (every|ample|plenty of|more than enough|sufficient|adequate|enough|several|multiple|numerous|repeated|countless) (opportunity|opportunities|chance|chances|notice|warning|warnings|time|reminders|reminder)", except: [EXCUSED, '(will|\'ll) (be|get|have)'], replace: ['To recap'] },
  { match: "(ample|plenty of|more than enough|sufficient|adequate|fair|reasonable) (notice|warning|warnings|time|reminders|opportunity) (was|were|has been|have been|had been) (given|provided|sent|allowed|offered)", except: [EXCUSED, '(will|\'ll) be'], replace: ['To recap'] },
  { match: "(it was|that was|this was|it's|it is|that's) (entirely|completely|solely|always)? your (own)? (choice|decision|call|prerogative) to", except: [EXCUSED], replace: ["here's what happened"] },
  { match: "(it was|that was|this was) (entirely|completely|solely|always)? your (own)? (choice|decision|call)", except: [EXCUSED, '(thank|thanks|glad|happy|great|love)'], replace: ["here's what happened"] },
  { match: "ignorance ... (is|was) (no|not an|not a|never an|never a) (excuse|defence|defense)", replace: ['just so you know,'] },
  { match: "at no (point|time|stage) (did|was|were|have|has|had) (we|i|our|the|anyone|any|anybody|a member)", except: [EXCUSED, '(charg*|shar*|sell*|sold|stor*|see|seen|access*|pass*|disclos*)'], replace: ["let's look at what happened together"] },
  { match: "nowhere (in|on|do|did|does|have|has) ... (say|says|said|promise|promised|promises|state|states|stated|mention|mentions|mentioned|guarantee|guaranteed|guarantees|offer|offered)", replace: ['As our policy says'] },
  { match: "(we|i|our (agent|agents|staff|team|website|site|ad|advert|advertisement|listing|driver|engineer)) (never|did not|didn't|at no point) (said|say|promised|promise|agreed|agree|told you|tell you|offered|offer|guaranteed|guarantee|stated|state|claimed|claim) (that|you|this|it|anything|any such|such|a|an|to|the|your|any|there|we|it'd|it would)", except: [EXCUSED, '(share|sell|spam|store|charge|keep)'], replace: ["let's look at what happened together"] },
  { match: "(our|my) (position|stance|decision|view|answer|response) (remains|has not changed|hasn't changed|is unchanged|stands|still stands|is the same|will not change|won't change)", except: [EXCUSED, '(open|happy|glad|help|welcome)'], replace: ['this is where things stand, and here is what you can still do'] },
  { match: "end of (story|discussion|conversation|matter|debate)", replace: ["here's where things stand"] },
  { match: "(there's|there is|there was) no (need|call|excuse) (to be|for) (so)? (rude|rudeness|abusive|abuse|that tone|aggressive|aggression|shouting|such language|that language|hostile|hostility|insults|personal attacks)", replace: ['we understand this is frustrating'] },
  { match: "(i|we) (don't|do not|won't|will not) (appreciate|accept|tolerate) (your|the|this|that) (tone|language|attitude|manner)", replace: ['we understand this is frustrating'] },
  { match: "(you|you'll|you will|you'd|you would) (just|simply)? (have|need) to (accept|live with|deal with|put up with|get used to|swallow)", except: [EXCUSED, '(terms|cookies|invitation|invite|offer|request|upgrade)'], replace: ["here's what we can still do"] },
  { match: "(you should be|be|you ought to be) (grateful|thankful) (that|we|for)", except: ['(we are|we\'re|we\'ll always be|we will always be)'], replace: ["here's what we can still do"] },
  { match: "count yourself lucky", replace: ["here's what we can still do"] },
  { match: "(we are|we're|i am|i'm) not (mind readers|a mind reader|psychic|psychics|magicians|a magician|miracle workers)", replace: ["here's what happened"] },
  { match: "(it is|it's|it was|it remains) (solely|entirely|always|ultimately|clearly)? (the|each|every) (parent's|parents'|guardian's|passenger's|passengers'|patient's|tenant's|tenants'|member's|members'|customer's|customers'|buyer's|user's|student's|driver's|guest's|traveller's|traveler's|cardholder's|account holder's|holder's|owner's) (sole|own)? (responsibility|duty|job|obligation)", replace: ['it helps to'] },
  { match: "(we|i|it) (have|has|'ve)? (made|make|makes) (it|this|that)? (abundantly|perfectly|crystal|very|quite|extremely|entirely|more than) clear (that|to you|in|on|at|when|before)", except: [EXCUSED, '(how (we|your)|what (we|your) (do|use|collect))'], replace: ['To recap'] },
  // Batch 3 (#13): the same classes in plainer, curter registers. Fault denied for any institution ("it isn't the
  // school's fault"); any trouble "on your end"; "as per the tenancy agreement"; "if you had bothered to"; "it should be
  // noted that you"; "I fail to see how"; "all you had to do was"; "as anyone can see"; a fine "issued correctly"; "you
  // keep ignoring"; "yet again you've"; "could have been avoided"; dismissals ("take it or leave it", "those are the
  // rules", "take your business elsewhere", "this conversation is over"); the reader's account called unfounded,
  // confused or misrepresented; "it was made very clear"; "had you …, none of this would have happened"; "you were
  // warned"; "you should've asked"; "…, which you didn't".
  { match: `(it's|that's|this is|it is|that is|it was|that was|this was) not ${OUR_POSSESSIVE} (fault|responsibility|problem|doing|concern|mistake|error)`, except: [OWNED], replace: ["let's sort this out together"] },
  { match: `(it|this|that) (isn't|wasn't|is not|was not) ${OUR_POSSESSIVE} (fault|responsibility|problem|doing|concern|mistake|error)`, except: [OWNED], replace: ["let's sort this out together"] },
  { match: `(the|this|that|any|your) ${TROUBLE} (is|was|lies|lay|seems to be|appears to be|has to be|must be|came|comes|originated) (entirely|squarely|clearly|firmly|solely)? (on|at|with|from) your (end|side)`, except: [EXCUSED], replace: ["we'll help you find what went wrong"] },
  { match: `(you|you've|you have|you had) (made|caused|created|started|chose|chosen|picked|booked|entered|gave us|sent|forgot|missed|broke) ... ,? (not|and not|rather than) (us|we|me|ours|our (team|staff|side|end|fault|mistake))`, except: [EXCUSED], replace: ["let's find the cause together"] },
  { match: `(as)? per the ${RULE_DOC}`, except: ['(you can|you may|you\'re entitled|you are entitled|free|eligible|request)'], replace: ['Our policy says'] },
  { match: "(if you had|had you|if you'd|if you'd only|if you had only) (even|just)? (bothered|taken the time|taken a moment|cared enough) to", replace: ['to avoid this next time'] },
  { match: "you (never|didn't|did not|couldn't|could not|haven't|have not|hadn't|had not|can't|cannot) (even|just)? (be)? (bother|bothered) to", except: [EXCUSED], replace: ['it may help to'] },
  { match: "it (should|must|has to) be (noted|pointed out|stressed|emphasised|emphasized|remembered|borne in mind|said) that (you|your|the (customer|tenant|guest|patient|parent|student|passenger|member|buyer|account holder))", except: [EXCUSED, '(you|your) (can|could|may|are (entitled|eligible|welcome)|will|\'ll)'], replace: ['just so you know,'] },
  { match: "(i|we|i'd|we'd) (would|must|have to|need to|want to|should)? (like to)? point out (that)? (you|you've|you were|your|this was|it was|the (terms|policy|rules|contract|agreement))", except: [EXCUSED, '(you|your) (can|could|may|might|are (eligible|welcome|entitled)|get|\'ll|will)', '(saved|save|discount|free|bonus|perk|benefit)'], replace: ['just so you know,'] },
  { match: "(let me|allow me to) (just)? remind you", except: [EXCUSED, "(perk*|benefit*|offer*|discount*|free|enjoy|great|exciting|love|don't forget to|treat)"], replace: ['just so you know,'] },
  { match: "(bent|bending|bend) over backwards", except: ['(will|we\'ll|happy to|always)'], replace: ["here's what we can still do"] },
  { match: "(this is|that is|that's|and this is) the thanks (we|i) get", replace: ["here's what we can still do"] },
  { match: "(i|we) (fail|failed) to (see|understand|comprehend) (how|why|what)", replace: ['let me make sure I understand'] },
  { match: "(i|we) (don't|do not|can't|cannot) (see|understand) (what the problem is|what your problem is|why (you're|you are|you) (blaming|upset|complaining|angry|annoyed|unhappy|so upset|making a fuss|making such a fuss)|how (this|that|it) (is|was) (our|my) (fault|responsibility|problem))", replace: ['let me make sure I understand'] },
  { match: "(all you (had|needed) to do was|you only (had|needed) to|you just (had|needed) to|you simply (had|needed) to)", except: [EXCUSED], replace: ['next time, it helps to'] },
  { match: "(as)? (anyone|anybody|everyone|any customer|any reader) (can|could|would) (clearly)? (see|tell|read|have seen|have told|work out)", except: ['(your (profile|post|posts|photo|photos|page|listing|name|review|comment)|public|visible|privacy|private|join|book|sign up|enter|apply|take part)'], replace: ['To put it simply'] },
  { match: "(fine|charge|penalty|fee|fees|charges|ticket|deduction|invoice|bill|surcharge|decision|penalty notice|parking charge) (was|were|has been|have been) (issued|applied|charged|calculated|imposed|levied|made|assessed|raised|taken|reached|set) (entirely|perfectly|completely|quite|fully)? (correctly|properly|appropriately|fairly|lawfully|legitimately|in line with|in accordance with|according to|by the book)", except: [EXCUSED], exceptInBlock: [WAY_FORWARD], replace: ["we've looked at this carefully"] },
  { match: "you (keep|kept|continue to|continued to|persist in|insist on|insisted on) (ignoring|missing|forgetting|skipping|disregarding|breaking|refusing|failing|overlooking|misreading|getting (it|this|that|things) wrong|making (the same)? (mistake|mistakes|error|errors)|sending (the wrong|incomplete|the same)|paying late|arriving late|turning up late|asking (the same|for))", except: [EXCUSED], replace: ['it looks like'] },
  { match: "^ (yet again|once again|once more|again) ,? (you|you've|you have|your (team|staff|son|daughter|child)) (have|has)? (sent|missed|ignored|forgot|forgotten|entered|made a|broke|broken|failed|skipped|paid late|arrived late|been late|turned up late|given us|submitted|left|booked|chose|chosen|got|misread|overlooked)", except: [EXCUSED, '(thank*|love|great|made our|delight*|happy|glad)'], replace: ['it looks like'] },
  { match: "you (were|arrived|turned up|showed up|came|paid|replied|responded|checked in) (late|too late|after the deadline|after the cut-off) (again|once again|yet again|for the (second|third|fourth|fifth|nth|umpteenth) time)", except: [EXCUSED], replace: ['it looks like'] },
  { match: "(was|were|had been|have been) (told|reminded|warned|asked|instructed|informed) ${COUNTED}", except: [EXCUSED, '(we|i) (were|was|have been|had been)'], replace: ['To recap'] },
  { match: "(could|would|might) (so)? (easily|simply|all|entirely|completely|have)? (have)? been (easily|simply|entirely)? (avoided|prevented|sidestepped)", except: [EXCUSED, '(our|we|us) (side|end|part|should|could|team)'], replace: ['to avoid this next time'] },
  { match: "(that's|that is|it's|it is) (just|simply) (how|the way) (it is|it goes|things are|things work|it works) $", replace: ["here's where things stand"] },
  { match: "take it or leave it", replace: ["here's where things stand"] },
  { match: "(those|these) are the rules", except: ['(here|below|for (the|this|our) (game|contest|competition|draw|giveaway|quiz|challenge))'], replace: ['Our policy says'] },
  { match: "(the)? rules are (there|in place) for a reason", replace: ['Our policy says'] },
  { match: "(we|i) (don't|do not|didn't|did not) (make|write|set) the rules", replace: ['Our policy says'] },
  { match: "(apply|applies) to (you|everyone|everybody) (too|as well|like everyone else|the same as everyone|equally)", except: ['(discount|offer|free|perk|benefit|deal|sale)'], replace: ['Our policy says'] },
  { match: "(take|bring|move) your (business|custom|order|orders|money) elsewhere", except: ['(sorry to|hope you won\'t|we\'d hate)'], replace: ["here's what we can still do"] },
  { match: "(you're|you are) (free|welcome) to (go|shop|look|try) elsewhere", replace: ["here's what we can still do"] },
  { match: "if you (don't|do not) like (it|this|that|our (policy|terms|rules|service|prices|approach))", except: ['(let us know|tell us|return|refund|exchange|free|no problem|happy to)'], replace: ["here's what we can still do"] },
  { match: "(you're|you are) not (our|the) only (customer|client|patient|guest|member|student|passenger|tenant|person|caller)", replace: ["we're working through every request as fast as we can"] },
  { match: "(i'm|i am|we're|we are) not (going to|gonna|here to|willing to|prepared to) (argue|debate|get into (an|any) (argument|debate)|enter into (a|an|any) (debate|argument|discussion)|go back and forth|go round in circles|keep going round in circles)", replace: ["here's where things stand"] },
  { match: "(this|the|our) (conversation|discussion|correspondence|exchange|chat|matter) is (now)? (over|finished|at an end|ended)", replace: ["here's where things stand"] },
  { match: "(your|the|this|these|such|those|any) (complaint|complaints|claim|claims|allegation|allegations|accusation|accusations|assertion|assertions|criticism|criticisms|comments|suggestion|suggestions|version of events) (is|are|was|were|has been|have been|appears|appear|seems|seem) (completely|entirely|totally|simply|wholly|utterly|quite|both)? (unfounded|baseless|without (merit|basis|foundation)|groundless|unjustified|unwarranted|untrue|false|misleading)", replace: ['we looked into this carefully'] },
  { match: "(your|the|this|that) (complaint|claim|allegation|accusation|assertion|argument|request|dispute|review) (has|had|holds) no (basis|merit|foundation|grounds|substance|validity)", replace: ['we looked into this carefully'] },
  { match: "(you|you've|you have|you had) (misrepresented|mischaracterised|mischaracterized|twisted|distorted|exaggerated|misquoted)", except: [EXCUSED], replace: ['there may be a mix-up'] },
  { match: "(you are|you're|you were|you seem|you appear) (clearly|obviously|evidently|very|quite|rather|simply|completely|totally|badly) (confused|mistaken|misinformed|wrong|muddled|incorrect)", except: [EXCUSED], replace: ['there may be a mix-up'] },
  { match: `you (clearly|obviously|evidently|simply|just|still) (don't|do not|didn't|did not) (understand|get|grasp|realise|realize|know|appreciate|read|follow)`, except: [EXCUSED, '(have to|need to|worry)'], replace: ['there may be a mix-up'] },
  { match: "(it|this|that) (was|has been|had been|were) made (very|perfectly|abundantly|crystal|quite|more than|extremely|absolutely)? clear", except: [EXCUSED, '(how (we|your)|what (we|your) (do|use|collect))'], replace: ['To recap'] },
  { match: "^ had (you|your (team|staff|son|daughter|child|partner)) ... (would|could|might) (not|never)? have", except: [EXCUSED, "(we'd|we would|we could|we might) (have)? (been|loved|happily)"], replace: ['to avoid this next time'] },
  { match: "(none of this|this|that|it|the (problem|issue|delay|charge|fee|fine|damage)) (would|could|need) (not|never|n't)? have (happened|occurred|arisen|been (an issue|a problem|needed|necessary|charged|applied)) (if|had) (you|your)", except: [EXCUSED], replace: ['to avoid this next time'] },
  { match: "you (were|had been|have been) (clearly|duly|properly|already|fully|explicitly|expressly)? (warned|told|informed|advised|notified|reminded) ($|(this|that|about this|of this|about that|of that) (at the time|on the (phone|call|day)|in writing|in advance|beforehand|before|already|at (booking|checkout|the desk|the counter|reception))|at the time|on the (phone|call|day)|in writing|in advance|beforehand|before you|at (booking|checkout|the desk|the counter|reception))", except: [EXCUSED, '(wrong|wrongly|incorrectly|mistakenly|by mistake|in error|should have been|that\'s on us)'], replace: ['To recap'] },
  { match: "(we|i) told you so", replace: ['To recap'] },
  { match: `(you|your (team|staff|son|daughter|child|partner)) (really|clearly|simply|obviously)? (should have|should've|shouldve|ought to have|needed to have) (just)? ${SHOULD_DEED}`, except: [EXCUSED, '(received|got|been (sent|given|told|emailed))', "(we|i) (should|ought)"], replace: ['next time, it helps to'] },
  { match: "you (could have|could've|might have|might've) (just|simply|easily)? (asked|told us|called|said|mentioned|let us know|emailed|contacted us|checked|read)", except: [EXCUSED, '(noticed|seen|heard)'], replace: ['next time, it helps to'] },
  { match: ", which you (didn't|did not|never did|failed to do|neglected to do|chose not to do|didn't do|did not do|haven't|have not|hadn't|had not) $", replace: ['it looks like'] },
  { match: "you (were|had been|have been) (clearly|duly|properly|already|fully|explicitly|expressly)? (warned|told) $", replace: ['To recap'] },
  { match: "(read|re-read|reread|review|check|look at|go through) ... (properly|carefully|fully|thoroughly|again|first)? (before|prior to) you (reply|write|contact|email|e-mail|message|call|complain|get in touch|reach out|raise|open)", except: ['(try|password|code|link|log in|login|sign in|spam|junk|folder|tracking (page|link))'], replace: ['it may help to look at'] },
]);
