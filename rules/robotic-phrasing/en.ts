import { withTextingSpellings, type PhraseEntry } from '../../server/engine/kit';

const FYI = ['Just so you know,', 'A quick note:'];
/** What stock lines claim to value. */
const VALUED = '(call|calls|email|e-mail|message|business|custom|feedback|input|opinion|opinions|satisfaction|comments|thoughts|views|trust|loyalty|request|inquiry|enquiry|query|patronage|suggestions)';

/** A promise to answer or act: its vague time belongs to vague-follow-up. */
const PROMISE = '(get back|reply|respond|contact|be in touch|get in touch|follow up|reach out|answer|look into|review|reviewed|investigate|update you|hear|processed|handled|dealt with|attended to|actioned|looked into|addressed|resolved|informed|notified|advised)';

/** What a request is called in a processing-status line. */
const SUBMISSION = '(request|requests|ticket|query|inquiry|enquiry|complaint|complaints|case|application|issue|submission|claim|grievance|matter|concern|order|refund|account|subscription|service request|sr|feedback)';
/** Officialese participles for handling: a person would say "we've fixed it". */
const HANDLED = '(processed|actioned|dealt with|attended to|looked into|addressed|handled|noted|registered|resolved|executed|effected|complied with)';
/** What "stands" in Indian-English officialese: "your complaint stands registered". */
const STANDS = '(registered|cancelled|canceled|closed|approved|rejected|resolved|withdrawn|blocked|suspended|terminated|revoked|confirmed|noted|processed|activated|deactivated|deleted|disposed|disposed of|escalated|updated|credited|debited)';
// "Requested" stays out: the real labels call "we kindly request you to" stiff stock wording, not officialese.
/** Verbs of telling in officialese passives: "customers are advised to", "you will be intimated". */
const ADVISED = '(advised|informed|notified|instructed|directed|intimated|apprised|hereby)';

/** Canned officialese: words a person would never say across a counter. */
export const en: PhraseEntry[] = withTextingSpellings([
  { match: '(we|i) (hereby|would like to|wish to|want to|write to|are writing to|am writing to)? (acknowledge|confirm) (the)? receipt of', replace: ["we've received"] },
  { match: '(we are|we\'re|i am|i\'m) in receipt of', replace: ["we've received"] },
  { match: 'receipt of (your|the) (request|email|e-mail|message|inquiry|enquiry|complaint|application|letter|query|ticket) (is|has been) (hereby)? (acknowledged|confirmed)', replace: ["we've got your message"] },
  { match: '(please|kindly|pls) (be|be it) (informed|advised|notified|apprised|noted) (that)?', replace: FYI },
  { match: '(this|the present) (email|e-mail|message|letter|mail|notice|communication) is (to|being sent to) (inform|notify|advise|confirm to|let) (you)? (that)?', replace: FYI },
  { match: '^ this is to (inform|notify|advise|let) you (know)? (that)?', replace: FYI },
  // The message naming itself as a notice before saying anything: "This E-Mail is a notification that", "This
  // notification has been sent to you in order to notify you that".
  { match: '(this|the present) (email|e-mail|message|letter|mail|notice|communication|notification) is (a|an) (automated|automatic|formal|official)? (notification|notice|confirmation) (that|to inform you|to notify you|to let you know)', replace: FYI },
  { match: '(this|the present) (email|e-mail|message|letter|mail|notice|communication|notification) (has been|was|is being|is) (sent|issued|generated) (to you)? (in order)? to (inform|notify|advise|apprise|make you aware)', replace: FYI },
  // "This is an email to inform you about …": the message named as a notice, in officialese ("a quick note to let you
  // know" is how people talk, and is left alone).
  // Also with the verb dropped and the kind of message doubled ("This a notification message to inform you that").
  { match: '(this|it) (is)? (a|an|the) (formal|official|automated|automatic)? (notification|email|e-mail)? (email|e-mail|message|letter|mail|notice|communication|notification) (sent)? (to|in order to) (inform|notify|advise|apprise) you', replace: FYI },
  { match: "(we|i) (would like|wish|want|are writing|am writing|write|are pleased|are glad|regret|are reaching out|'re reaching out|am reaching out|'m reaching out|reach out|are contacting you|are delighted|are happy|are thrilled|are excited|are sorry|are obliged|are obligated|feel obliged|must|have to|'d like|'re writing|'m writing|'re pleased|'m pleased|'re delighted|'re happy) to (inform|notify|advise|apprise) (you)? (that|of|about)?", replace: FYI },
  { match: '^ this is to (confirm|certify|acknowledge) (that)?', replace: ['We can confirm that'] },
  // The same formula with a body as its subject: "The program committee is sorry to inform you that", "the board
  // regrets to inform you".
  { match: "(is|are|was|were) (sorry|sad|obliged|pleased|delighted|happy|glad) to (inform|notify|advise|apprise) you (that|of|about)?", replace: FYI },
  { match: "(regrets|wishes|would like) to (inform|notify|advise|apprise) you (that|of|about)?", replace: FYI },
  // The preamble with its padding ("we are writing to you today to make you aware that"), and the regret formula
  // that announces bad news instead of saying it ("it is with regret that we must inform you").
  // Whatever the channel: "we are emailing you to notify you that", "I'm messaging you today to advise you".
  { match: "(we are|we're|i am|i'm|we|i) (writing|emailing|e-mailing|messaging|texting|contacting|sending (you)? (this|an|a) (email|e-mail|message|note|letter|notice)) (to you|you)? (today|now|again|once again|this (morning|week))? to (inform|notify|advise|apprise|make you aware|formally (inform|notify|advise)|bring to your attention)", replace: FYI },
  { match: '(this|the present) (email|e-mail|message|letter|mail|notice|communication) is (to|being sent to) make you aware', replace: FYI },
  { match: "(it is|it's) with (great|deep|much|the deepest|sincere|considerable|some)? (regret|sadness|sorrow) that (we|i) (must|have to|are|am|'re|'m|write to)? (to)? (inform|advise|notify|announce|tell|write to (inform|tell|advise))", replace: ["I'm sorry to say"] },
  { match: 'kindly (note|be noted|take note|be aware) (that)?', replace: FYI },
  { match: '(please|kindly) acknowledge (the)? receipt (of this (email|e-mail|message|letter|mail))?', replace: ['please let us know you got this'] },
  { match: '(please|kindly) be guided (accordingly)?', replace: ['that is all you need to know'] },
  { match: '(we|i) (hereby|herewith) (inform|notify|advise|confirm|acknowledge|certify|declare)', replace: ['we can confirm'] },
  // The same with the subject contracted: "we're" and "I'm" are one word, so "(we|i) 're writing" above never reads them.
  { match: "(we're|i'm|we've|i've) (writing|reaching out|contacting you|emailing you|messaging you|getting in touch|pleased|delighted|happy|glad|sorry|obliged|been asked) to (inform|notify|advise|apprise) (you)? (that|of|about)?", replace: FYI },
  { match: '(do|doing|did|does) the needful', replace: ['take care of it', 'do what is needed'] },
  { match: 'for (your|the) (necessary|needful) (action|actions|information and necessary action)', replace: ['so you can act on it'] },
  { match: '(please|kindly|pls) find (herewith|enclosed|attached|below|the attached|attached herewith|enclosed herewith|the enclosed|the below)', replace: ["Here's", "I've attached"] },
  { match: '(attached|enclosed) herewith', replace: ['attached'] },
  { match: '(enclosed|attached|herewith|below) (please|kindly) find', replace: ["Here's", "I've attached"] },
  { match: 'hesitate to revert (back)?', replace: ['hesitate to reply'] },
  { match: '(at|by) your (earliest|soonest) (possible)? (convenience|opportunity)', replace: ['when you can'] },
  { match: 'revert (back)? (to you|to us|to me|with|on this)', replace: ['get back to you'] },
  { match: '(please|kindly|pls) revert', replace: ['please reply'] },
  { match: '(kindly|please)? (bring|brought|bringing) (this|it)? to your (kind)? (notice|attention)', replace: ['let you know'] },
  // Officialese built on "hereby"/"herewith", in any person: "it is hereby communicated", "you are hereby notified".
  { match: "(it is|it's) (hereby|herewith) (communicated|notified|informed|announced|confirmed|declared|advised|brought to your (notice|attention)|intimated|conveyed) (to you)? (that)?", replace: FYI },
  { match: "(you are|you're|all (customers|users|members) are) (hereby|herewith) (informed|notified|advised|reminded|requested|asked|instructed|invited|warned) (that|to)?", replace: FYI },
  { match: '(hereby|herewith|hereunder|hereinafter|heretofore)' },
  // Stock value claims: "your call is important to us", "your input matters greatly to us", "we value your business".
  // "Valuable to us" stays unflagged: careful readers call that milder survey line borderline.
  { match: `your ${VALUED} (is|are|matters|matter|remains|remain|has always been|will always be) (very|extremely|really|truly|so|most|highly|greatly|incredibly|deeply|hugely|always|of (great|utmost|the utmost))? (important|vital|importance)? (a lot|greatly|deeply|so much|very much|enormously|hugely)? to us`, replace: ['Thank you'] },
  { match: `your ${VALUED} (is|are|remains|remain) (always)? (our|the) (top|first|number one|number 1|#1|highest|main|utmost|primary) (priority|concern)`, replace: ['Thank you'] },
  { match: `(we|i) (really|truly|greatly|highly|sincerely|deeply|do)? (value|appreciate|treasure) your (business|custom|patronage|loyalty|continued (business|support|patronage|loyalty))`, replace: ['Thank you for shopping with us'] },
  // "The concerned team" is officialese; "the relevant team" is plain English except with a bureaucracy's nouns.
  { match: '(the)? concerned (department|dept|team|authority|authorities|official|officials|person|personnel|staff)', replace: ['the right team'] },
  { match: '(the)? relevant (department|dept|authority|authorities|official|officials|personnel)', replace: ['the right team'] },
  { match: '(the)? (above-mentioned|abovementioned|above mentioned|below-mentioned|below mentioned|above-said|aforementioned|afore-mentioned|aforesaid)', replace: ['this'] },
  { match: 'the (aforementioned|aforesaid|undersigned)', replace: ['this'] },
  { match: '(pursuant to|in accordance with) (your|our) (request|instructions|records|telephone conversation|conversation)', replace: ['as you asked'] },
  { match: 'as per (your|our) (request|instructions|conversation|telephone conversation|discussion|records|email|mail)', replace: ['as you asked', 'following our'] },
  { match: '(thanking|thank) you in anticipation', replace: ['Thanks so much'] },
  { match: 'for your (kind)? (perusal|kind attention|kind consideration|kind information|information and records)', replace: ['for you'] },
  // The vague time of a promise ("will be dealt with in due course", "will reply in due course") is vague-follow-up's
  // finding, with a rewrite that names a time; "soon" would only swap one vague time for another. One owner each.
  { match: '(will|shall) (be)? (duly)? (processed|actioned|dealt with|attended to|looked into) accordingly', replace: ['will be handled'] },
  { match: 'in due course', except: [PROMISE] },
  { match: '(your|our) esteemed (order|company|organization|organisation|self|selves|request|business|institution|office|patronage)' },
  // "Under process" is officialese; "your order is in process" is plain English.
  { match: '(is|are|remains|remain) (under (process|processing)|in processing)', replace: ['is being handled'] },
  { match: '(will|shall) (intimate|apprise) you', replace: ['will let you know'] },
  { match: '(your|the) (request|ticket|query|inquiry|enquiry|complaint|case|application|issue) (has been|is|was) (duly)? (received|registered|logged|noted|recorded|acknowledged) and (will be|is being|shall be) (processed|handled|attended to|actioned|dealt with|reviewed|looked into|addressed) (accordingly|in the order (it was|received))?', replace: ["We've got your message, and {sender} will get back to you"],
    // People named as doing it ("is being reviewed by our support staff") make it a plain report, not the office's voice.
    except: ['(reviewed|handled|looked into|addressed|processed) by (our|a|the|one of our) ... (staff|team|agent|agents|member|members|specialist|specialists|people|colleague|colleagues|experts|engineers|editors|moderators)'] },
  { match: 'your (kind)? (co-operation|cooperation|patience|understanding) (in this (matter|regard))? (is|will be) (highly|greatly|much|most)? (appreciated|solicited)', replace: ['Thank you'] },
  { match: 'we (solicit|seek) your (kind)? (co-operation|cooperation|understanding)', replace: ['we appreciate your help'] },
  { match: '(in|with) (reference|regard|regards|respect) to (your|the) (above|captioned|subject|aforementioned)', replace: ['about'] },
  // Classes added for #13. Mission-statement lines ("at the heart of everything we do", "our #1 priority") stay
  // unflagged: real labellers left them alone (real-dev), though the blind paraphrase writer flagged one.
  // More officialese of the guide's kind: "this email serves to inform you", "duly noted", "at your disposal",  "take this opportunity to inform", "further to your email", "in reference to your inquiry".
  { match: '(this|the present) (email|e-mail|message|letter|notice|communication) (serves|is intended|is meant|is written) to (inform|notify|advise|confirm|remind|apprise)', replace: FYI },
  { match: '(has been|have been|is|was|were|are) duly (noted|received|processed|acknowledged|considered|recorded|registered|forwarded)', replace: ["we've got it"] },
  { match: '(we|i) (remain|are|am|stay|will remain) (entirely|fully)? at your (disposal|entire disposal|full disposal)', replace: ["we're here if you need anything"] },
  { match: '(we|i) (would like to|wish to|want to|will)? take this opportunity to (inform|notify|advise|remind|thank|apprise)', replace: ['we want to'] },
  { match: 'further to (your|our|the) (email|e-mail|letter|message|conversation|call|telephone conversation|request|enquiry|inquiry|correspondence)', replace: ['following up on your'] },
  { match: '(in|with) reference to (your|the) (inquiry|enquiry|email|e-mail|request|letter|message|query|complaint|application|ticket)', replace: ['about your'] },

  // Round 2 (#13), from paraphrases written without this data: handling words any tense ("has been actioned
  // accordingly", "stands registered", "shall be addressed as per TAT"), "actioned" on its own, officialese
  // passives of telling ("customers are advised to", "you are hereby informed"), and the value claim for more of what
  // the reader gives us ("your privacy is important to us"). "Valuable to us" stays borderline (LABELING.md #11).
  { match: `(has been|have been|was|were|is|are|being|will be|shall be|stands|stand) (duly)? ${HANDLED} (accordingly|as per (the)? (norms|tat|sla|process|procedure|procedures|guidelines|rules|timelines))`, replace: ['has been handled'] },
  { match: `(has been|have been|was|were|is|are|being|will be|shall be|stands|stand) (duly)? actioned`, replace: ['has been handled'] },
  { match: `(stands|stand|shall stand) (duly)? ${STANDS}`, replace: ['has been'] },
  { match: `shall be (duly)? (${HANDLED.slice(1, -1)}|reviewed|examined|investigated|considered|intimated|communicated|credited|refunded|reverted|replied to|responded to)`, onlyInBlock: [`(your|the|this) ${SUBMISSION}`], replace: ['we will'] },
  { match: 'as per (the)? (tat|sla|norms|extant norms|bank norms|rbi norms|standard procedure|standard operating procedure|sop|laid down procedure|prescribed procedure|applicable norms|timelines|process flow)', replace: ['within our usual time'] },
  { match: `(you are|you're|you have been|customers are|users are|members are|subscribers are|all (customers|users|members|subscribers) are|the customer is|the user is) (kindly|hereby|therefore|accordingly)? ${ADVISED} (to|that)`, except: ['(invited|welcome)'], replace: FYI },
  { match: "(will|shall) be (duly)? (intimated|apprised|notified accordingly|informed accordingly|advised accordingly)", replace: ['will let you know'] },
  { match: "(vide|via) (your|our|the) (letter|email|e-mail|mail|request|complaint|application|reference|ticket|communication) (no|number|dated|ref)", replace: ['in your'] },
  { match: `your (privacy|security|safety|time|experience|satisfaction|custom|support|participation|membership|data|health|wellbeing|well-being|comfort|convenience|peace of mind|voice|concerns|concern) (is|are|matters|matter|remains|remain|has always been|will always be) (very|extremely|really|truly|so|most|highly|greatly|incredibly|deeply|hugely|always|of (great|utmost|the utmost|paramount))? (important|vital|importance|paramount)? (a lot|greatly|deeply|so much|very much|enormously|hugely)? to us`, replace: ['Thank you'] },
  { match: `your (privacy|security|safety|satisfaction|time|experience|custom|data|comfort|convenience) (is|are|remains|remain) (always)? (our|the) (top|first|number one|number 1|#1|highest|main|utmost|primary|overriding) (priority|concern)`, replace: ['Thank you'] },
  // Processing-status boilerplate and stock formulas: "you will be notified upon completion", "a decision will be
  // communicated", "logged and allotted a reference number", "your concerns have been noted", "the said amount",
  // "the needful has been done", "will be responded to in the order received", "valued by our organisation".
  { match: '(will be|shall be|are being|is being) (duly)? (notified|informed|intimated|advised|updated|contacted|apprised) (upon|on) (completion|resolution|processing|approval|verification|closure|receipt|realisation|realization)', replace: ['we will let you know when it is done'] },
  { match: '(decision|outcome|result|status|resolution|response|reply|update|same) (will|shall) be (duly)? (communicated|conveyed|intimated) (to you)?', replace: ['we will let you know'] },
  { match: '(has been|have been|is|was|stands) (duly)? (logged|registered|recorded) (and|under|vide|against|with) (assigned|allotted|allocated|given|a|the)? (a|the)? (reference|ref|complaint|docket|sr|service request|ticket|case|tracking|grievance) (number|no|id)?', except: ['(you can|reply|track|view)'], replace: ["we've got your message"] },
  { match: '^ this is to (inform|notify|advise|apprise|intimate) (you|all|our|the|customers|users|members|everyone|account holders)', replace: FYI },
  { match: 'the (said|above said|abovesaid) (amount|sum|order|account|request|product|item|items|transaction|payment|refund|document|documents|period|date|matter|complaint|application|card|service|policy)', replace: ['this'] },
  { match: 'the needful (has been|have been|will be|is|was|shall be|is being) (done|taken|carried out|completed)', replace: ["it's done"] },
  // "taken due note of", "made note of": officialese; "I've made a note of the problem" is how people talk.
  { match: "(we have|we've|we|i have|i've|i) (duly)? (taken|take|made|make) (due|good|careful)? note of", replace: ["we've read"] },
  { match: 'your (concerns|concern|feedback|comments|comment|complaint|request|suggestion|suggestions|points|remarks|observations|grievance|views|query) (have been|has been|are|is) (duly)? (noted|taken note of)', replace: ["thanks for telling us"] },
  { match: '(competent|appropriate|designated|nodal) (authority|authorities|official|officials|officer|department)', replace: ['the right team'] },
  { match: '(is|are|remains|remain) pending (with|at) (the)? (concerned|relevant|competent|appropriate|designated|nodal|higher)', replace: ['is with'] },
  { match: '(will|shall) be (duly)? (responded to|replied to|answered) (in the order|in order of|in turn|in sequence|on a first come|on a first-come|as per)', replace: ['we will reply'] },
  // "Shall be responded to", "will be duly replied to"; a plain "emails will be responded to within a day" is not officialese.
  { match: '(shall be (duly)?|will be duly) (responded to|replied to)', replace: ['we will reply'] },
  { match: `your ${VALUED} (means|mean) (a great deal|a very great deal|the world|everything) to (us|our (organisation|organization|company|team|business))`, replace: ['Thank you'] },
  { match: `your ${VALUED} (is|are) (greatly|highly|much|truly|deeply|very much|always)? (valued|appreciated|treasured) by (our|the) (organisation|organization|company|management|institution|bank|firm|establishment)`, replace: ['Thank you'] },
  // More officialese of the same kind ("it has come to our attention that" stays out: real labellers noted it as
  // stock but did not flag it): "we acknowledge your email dated…", "we trust this clarifies the matter",
  // "assuring you of our best services", "your association with us", "greetings of the day", "this has reference
  // to", "under consideration", "for necessary action", "at the earliest".
  { match: '(we|i) (hereby|duly)? acknowledge (your|the) (email|e-mail|letter|message|request|complaint|correspondence|query|application|mail) (dated|of|received|sent|no|number)', replace: ["thanks for your message"] },
  { match: '(we|i) trust (that)? (this|the above|the same|the above-mentioned|our reply|our response|the information) (clarifies|is in order|meets|answers|resolves|has clarified|will clarify|suffices|is sufficient|addresses|satisfies)', replace: ['I hope this helps'] },
  { match: 'assuring you (of)? (our|the) (best|prompt|continued|utmost|sincere)? (services|service|attention|cooperation|support)', replace: ["we're here if you need us"] },
  { match: '(value|appreciate|thank you for|thanks for) your (valued|continued|long|long-standing|esteemed)? association (with us)?', replace: ['thank you for being with us'] },
  { match: 'greetings (of the day|from (the)? (team|desk|office))', replace: ['Hi'] },
  { match: '(this|the present (email|letter|mail)) (has|is with|is in) reference to', replace: ['about'] },
  { match: '(is|are|remains|remain) under (active)? (examination|consideration|scrutiny|verification)', replace: ['is being looked at'] },
  { match: '(for|to take) (further|the)? (necessary|requisite|needful) (action|actions|steps|formalities|processing)', replace: ['so we can sort it out'] },
  { match: 'at the earliest $', replace: ['as soon as we can'] },
  { match: '^ be (advised|informed|notified|apprised) (that|of)?', replace: FYI },
  // The hold-line formula with "valuable" ("your call is valuable to us") is the guide's own example in other words;
  // "your feedback/opinions are valuable to us" stays out (survey lines the real labels call borderline).
  { match: 'your (call|calls|email|e-mail|message|business|custom|patronage|request|inquiry|enquiry|query) (is|are) (very|extremely|really|truly|so|most|highly|incredibly)? valuable to us', replace: ['Thank you'] },
  { match: '(will|shall) be (duly|promptly)? attended to', replace: ['we will look at it'] },
  // "The same" as a pronoun ("the same has been forwarded"), "we write with regard to",
  // "apprised of", "the appropriate quarters", "your kind cooperation". "We (kindly) request you to" stays out: the real
  // labels call it stiff stock business wording, borderline at most.
  { match: 'the same (has been|have been|will be|shall be|is being|was|is|stands) (duly)? (processed|forwarded|received|noted|registered|updated|credited|resolved|sent|shared|dispatched|approved|rejected|looked into|escalated|attended to|taken up|reviewed|verified|closed|communicated|intimated|acknowledged)', replace: ['it'] },
  { match: '(we|i) (write|am writing|are writing|\'re writing|\'m writing) (with regard|in regard|with reference|in reference|in relation|further|pursuant) to', replace: ["I'm writing about"] },
  { match: '(have been|has been|were|was|are|is|being|be) (duly)? apprised', replace: ['know'] },
  { match: '(appropriate|higher|competent|relevant|concerned) quarters', replace: ['the right team'] },
  // "Thank you for your kind reply" or "kind support" is warm, not officialese: only the formula's nouns.
  { match: 'your kind (cooperation|co-operation|patience|understanding|attention|consideration|information|perusal|reference|acknowledgement|acknowledgment|confirmation)', replace: ['your'] },
  // Generalized (#13): "revert" for "reply" in any person and tense ("we shall revert within 48 hours"); the passive
  // of "we value your business" ("your business is greatly appreciated"); "valued/esteemed patronage"; attention
  // promised in superlatives ("your concern is receiving our utmost attention"). Mission statements ("at the heart of
  // everything we do", "our #1 priority") stay out: the real labels leave them alone (LABELING.md #11 borderline).
  { match: "(we|i|our team|the team|the concerned team|someone|an agent|an executive) (will|shall|would|should|may)? (duly)? revert (back)? (to you|to us|with|within|shortly|soon|at the earliest|in due course|on (this|the same|your)|by|$)", replace: ['get back to you'] },
  // "Please find invoice {ref} attached": the stock formula with its object in the middle; "I am pleased to inform".
  { match: '(please|kindly|pls) find ... (attached|enclosed|herewith|attached herewith|enclosed herewith)', except: ['(find out|find more|find it (easier|easy|useful))'], replace: ["Here's", "I've attached"] },
  { match: "(we|i) (am|are|was|were) (very|most|truly|so)? (pleased|delighted|happy|glad|sorry|obliged|writing|reaching out|thrilled|excited|honoured|honored|proud|sad) to (inform|notify|advise|apprise) (you)? (that|of|about)?", replace: FYI },
  { match: "(we'll|i'll|we'd|i'd) (duly)? revert (back)? (to you|with|within|shortly|soon|at the earliest|in due course|on (this|the same|your)|by|$)", replace: ['get back to you'] },
  { match: 'your (business|custom|patronage|continued (business|custom|patronage|support|loyalty)) (is|are|has been|will be|remains) (always)? (greatly|highly|much|truly|very much|deeply|most)? (valued|appreciated)', replace: ['Thank you for shopping with us'] },
  { match: '(valued|esteemed|kind|continued) patronage', replace: ['shopping with us'] },
  { match: '(receiving|receive|received|has|have|will have|will receive|will get|getting|given|giving|gets|get) (our|my) (utmost|fullest|immediate|prompt|undivided|highest|kind|best|priority) (attention|consideration|care)', replace: ['we are on it'] },
]);
