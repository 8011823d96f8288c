import { withTextingSpellings, type PhraseEntry } from '../../server/engine/kit';

const ASK = "(please|kindly|pls|will need you to|would need you to|needs you to|need you to|it would (also)? help if you|it would (also)? be (helpful|great|useful) if you|it'd (also)? help if you|if you could|we'd appreciate it if you|we would appreciate it if you|would you be able to|could you|can you|would you|would you mind|will you|we need you to|we'll need you to|we will need you to|you will need to|you'll need to|you need to|we ask that you|we ask you to|we'd ask you to|i need you to|we require you to|you must|you are required to|you're required to|we kindly ask you to|please kindly|(who|they|he|she|someone|the (agent|team|supervisor|manager|specialist|advisor|adviser)) (will|'ll|may|might|would) (ask|need) you to)";
const TELL = '(describe|explain|tell us|tell me|send|send us|send me|provide|provide us with|share|state|give us|let us know|outline|submit|confirm|write|write down|fill in|fill out|detail|list|forward|email us|spell out|repeat|clarify|go over|go through|run through|walk us through|walk me through|take us through|recount|retell|upload|attach|include|enter|complete|describing|explaining|sending|providing|sharing|stating|outlining|submitting|confirming|writing|filling in|filling out|detailing|listing|forwarding|repeating|clarifying|going over|going through|running through|walking us through|uploading|attaching|entering|telling us|telling me|described|explained|sent us|provided|shared|told us|wrote|listed|went over|went through|walked us through|repeated|clarified|submitted|uploaded|attached)';
const AGAIN = '(again|once more|one more time|once again|a second time|anew|all over again|from the (beginning|start|top)|from scratch)';
export const NO_NEED = ["We have the details from your earlier message, so there's no need to repeat them.", '{sender} has your earlier message and is on it; no need to repeat anything.'];
const NOT_REPEAT = ["(blurry|unreadable|illegible|too dark|out of focus|password|passcode|code|link|verification|verify|otp|pin|log in|login|log-in|sign in|signin|try|attempt|later|refresh|reload|survey|click|tap|restart|reboot|order again|shop again|buy again|visit|timed|times out|time out|expired|error|errors|failed|did not go through|didn't go through)", '(resolve|fix|correct|rebase|amend) (the|your|it|this|them|any|all)'];
/** Having told us before: the verb of a message the customer already sent. */
const SENT = '(sent|provided|gave|shared|submitted|described|mentioned|told us|uploaded|attached|wrote|explained|forwarded|emailed|included|listed)';
const EARLIER = '(before|previously|earlier|already|originally|last (week|time|month)|yesterday|the other day|(in|to|with) your (first|last|earlier|previous|original) (message|email|e-mail|request|ticket|complaint|letter|claim|application|form|call|enquiry|inquiry))';

/** The re- verbs: asking for the same thing a second time. */
const RE_VERB = '(re-explain|reexplain|re-describe|redescribe|re-state|restate|re-submit|resubmit|re-send|resend|re-enter|reenter|re-type|retype|re-write|rewrite|re-share|reshare|re-forward|reforward|re-upload|reupload|re-attach|reattach|re-confirm|reconfirm|re-provide|re-list|relist|re-complete)';
/** A modifier before the thing asked for: "billing details", "delivery address". */
const MODIFIER = '(billing|delivery|shipping|postal|mailing|contact|account|payment|personal|bank|card|full|home|work|email|e-mail|order|tracking|serial|exact|complete|original|error)?';
/** What the customer already gave: details, addresses, messages, evidence. */
const GIVEN = '(request|question|questions|issue|problem|complaint|details|detail|information|info|description|number|id|concern|concerns|case|query|inquiry|enquiry|explanation|story|situation|message|feedback|answers|reply|response|photos|photo|pictures|picture|screenshots|screenshot|files|file|attachments|attachment|documents|document|receipt|invoice|images|image|form|application|paperwork|evidence|proof|address|addresses|postcode|zip code|email address|phone number|name|error message|text|steps)';
/** A re- verb needs no "again", so only sign-in codes and retries excuse it (an error message can be asked for twice). */
const NOT_REPEAT_RE = ["(blurry|unreadable|illegible|too dark|out of focus|password|passcode|code|link|verification|verify|otp|pin|log in|login|log-in|sign in|signin|try|attempt|refresh|reload|restart|reboot|expired|timed out|times out)"];
/** Our side lost it: "we could not locate your previous message". */
const LOST = "(we|i) (could not|couldn't|can not|cannot|can't|were unable to|are unable to|weren't able to|was unable to|did not|didn't) (find|locate|see|access|retrieve|open|read|trace|receive) (your|the|any) (previous|prior|earlier|last|original|first)";

/** A request in the imperative or as a polite question: what comes before the thing asked for again. */
const ASK_SHORT = "(please|kindly|need you to|ask you to|ask that you|could you|can you|would you|will you|you'll need to|you will need to|you need to|we'll need|we will need|we need|we'd need)";
/** What the reader is asked to do with what they gave: fill in, put in writing, paste. */
const REDO = '(fill in|fill out|complete|enter|type|send|provide|share|give us|tell us|write|write out|write down|put|include|upload|attach|describe|explain|repeat|submit|add|paste|copy|list|confirm|summarize|summarise|outline|detail|re-enter|resend|re-send|set out|spell out)';
/**
 * A request in the paragraph to do something with what the reader gave (a base-form verb and its object: imperative
 * or after a modal), checked once per paragraph after a cheap match.
 */
const ASKED_TO_REDO = `${REDO} (in|out|us|the|your|our|a|an|it|them|this|that|all|everything|me|over|back|down|for|to)`;
/** Passing the reader's contact on inside the company: after this, asking them to start over repeats them. */
const HANDED = '(passed|transferred|forwarded|moved|escalated|handed|assigned|reassigned|routed|referred|sent|migrated)';
/** What the reader already opened with us. */
const CONTACT = '(call|ticket|case|chat|request|query|inquiry|enquiry|complaint|email|e-mail|message|conversation|claim|report)';
/** Shown somewhere in the paragraph: the reader already wrote or called, so their issue is on file. */
const ON_FILE = [
  `(your|this) ${CONTACT} (has been|was|is|have been|got|is being|will be|has)? (now)? ${HANDED}`,
  // "Your call about changing your direct debit has been passed to …": the contact named, then handed on.
  `(your|this) ${CONTACT} (about|regarding|on|for|from) ... (has been|was|have been|got|has) (now)? ${HANDED}`,
  `${HANDED} (on|over)? (your|this) ${CONTACT}`,
  '(thanks|thank you) for (writing|getting|reaching|contacting|calling|your (message|email|e-mail|call|ticket|request|query|inquiry|enquiry|report)|the (message|email|call|ticket|report))',
  '(about|regarding|re) (your|the) (order|booking|ticket|case|request|claim) (no|number|#|ref)?',
  '(we|we\'ve|we have|i|i\'ve|i have) (received|got|read|seen|reviewed|looked at|logged|opened|registered|recorded) your (message|email|e-mail|ticket|request|report|complaint|query|inquiry|enquiry|call|voicemail|case)',
  `(your|this) ${CONTACT} (has been|was|is|have been) (now)? (logged|opened|created|received|registered|recorded|assigned)`,
  "(we've|we have|we) (moved|switched|migrated|changed) (to a new|to a different|over to a new)? (helpdesk|help desk|ticketing system|support system|system|systems|platform|platforms|inbox|helpdesks|tools|provider)",
  '(notes|records|record|transcript) (from|of) (your|the|our) (call|chat|visit|conversation|phone call|appointment)',
  '(your|this) (previous|earlier|last|original|old) (agent|ticket|case|request|conversation|chat|call)',
  '(system|helpdesk|help desk|platform|tool|inbox) (doesn\'t|does not|didn\'t|did not|can\'t|cannot|couldn\'t|could not|won\'t|will not) (carry|bring|move|copy|transfer|import|migrate|keep|show) (over|across)? (old|previous|earlier|past|existing|your) (tickets|messages|conversations|cases|requests|emails|history|chats)',
];
/** What a handed-on reader is asked to say again (not new evidence such as a photo). */
const RESTATE = '(details|detail|description|summary|information|info|story|situation|explanation|issue|problem|fault|question|questions|complaint|request|concern|concerns|everything|what happened|what you told)';
/** Asking for more than was given is new information, not a repeat. */
const NEW_DETAIL = '(more detail|more details|a bit more|a little more|further detail|further details|more information|more info|anything else|what else)';
/** The reader's problem, as a request might name it. */
const THEIR_ISSUE = '(issue|problem|fault|question|request|complaint|situation|query|inquiry|enquiry|concern|case|error|trouble)';

/** Telling the reader they need NOT repeat: "so you won't need to repeat it", "no need to go over it again". */
const NEEDNT = "((won't|will not|don't|do not|doesn't|does not|shouldn't|should not|never|needn't|need not) (need|have|be asked)? (to)? (repeat|explain|go over|resend|re-send|send|describe|tell)|no need (for you)? to)";
/** Asking customers to explain again what they already told you: the first frustration customers report. */
export const en: PhraseEntry[] = withTextingSpellings([
  { match: `${ASK} (please|kindly)? ${TELL} ... ${AGAIN}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `^ ${TELL} ... ${AGAIN}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK}? (re-explain|reexplain|re-describe|redescribe|re-state|restate|re-submit|resubmit|re-send|resend|re-enter|reenter|re-type|retype|re-write|rewrite|repeat|re-share|reshare|re-forward|reforward|re-upload|reupload|re-attach|reattach|re-confirm|reconfirm|re-verify|reverify|re-describe|re-provide) (us)? (your|the|all|all of your|all the|any)? (request|question|questions|issue|problem|complaint|details|information|info|description|order number|order id|order details|account number|account details|concern|concerns|case|query|inquiry|enquiry|explanation|story|situation|message|feedback|answers|reply|response|photos|photo|pictures|picture|screenshots|screenshot|files|file|attachments|attachment|documents|document|receipt|invoice|images|image|form|application|paperwork|evidence|proof)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: '(can|could|would|will) you (please|kindly)? (remind|refresh) (us|me|our memory|my memory)', replace: NO_NEED },
  { match: '^ what (was|is|were) (your|the) ... again', replace: NO_NEED },
  { match: `${ASK} (please|kindly)? (restate|re-state|re-explain|reexplain|re-describe|redescribe|retell|re-tell|repeat)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK} ... (and|then|also) ${TELL} ... ${AGAIN}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: '(please|kindly|could you|can you)? (include|attach|forward|resend|re-send|send|copy|repeat|share) (us|me)? (again)? (all|any)? (of)? (the|your)? (previous|prior|earlier|past|original|last) (correspondence|emails|e-mails|email|e-mail|messages|message|conversations|conversation|communication|communications|tickets|ticket|replies|reply|chat|thread|request)', replace: NO_NEED },
  { match: '(please|kindly)? (open|create|submit|file|start|raise|log|send) a (new|fresh|separate) (ticket|request|case|support request|support ticket|complaint|inquiry|enquiry|chat|conversation|thread|email|message) (and|to|with) (describe|explain|include|tell|provide|detail|restate|repeat|mention)', replace: NO_NEED },
  { match: '(we|i) (do not|don\'t|did not|didn\'t|cannot|can\'t|could not|couldn\'t) (have|find|see|locate|access) (any)? (record|records|history|copy|details|trace) of (your|the|our|this) (previous|prior|earlier|last|past)? (conversation|conversations|communication|correspondence|request|call|chat|message|messages|email|emails|ticket|complaint) ... (please|kindly|could you|can you) ...', replace: NO_NEED },
  // The thing asked for is what the customer already gave: "send us the documents you already sent".
  { match: `${ASK} (please|kindly)? ${TELL} ... (you|you've|you have|you had) (already|previously|earlier|originally|once) ${SENT}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK} (please|kindly)? ${TELL} ... (you|you've|you have|you had) ${SENT} (us|to us|me)? ${EARLIER}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK} (please|kindly)? (reply|respond|write back|get back to us|come back to us) (to us)? with ... (you|you've|you have|you had) ${SENT} (us|to us|me)? ${EARLIER}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: "(we|i) (have|had|keep|hold) no (record|records|history|copy|trace) of (your|the|our|this|that|any) ... (please|kindly|could you|can you|would you) ...", replace: NO_NEED },
  // What they already told a colleague: "the description you gave our agent on the phone".
  { match: `${ASK} ... (you|you've|you have|you had) (gave|given|told|provided|sent|explained|described|mentioned|shared) ... (our|my|the) (agent|agents|colleague|colleagues|representative|rep|team member|support team|staff|call center|call centre|technician|driver)`, except: NOT_REPEAT, replace: NO_NEED },
  // Classes added for #13: any re- verb with a modified object ("re-enter your billing details", "re-type the error
  // message"), and our side having lost what the customer sent, followed by the ask.
  { match: `${ASK}? ${RE_VERB} (us|me)? (your|the|all|all of your|all the|any|this|that)? ${MODIFIER} ${MODIFIER} ${GIVEN}`, except: NOT_REPEAT_RE, replace: NO_NEED },
  { match: `${LOST} ... (please|kindly|could you|can you|would you|we'll need|we will need|we need) ...`, replace: NO_NEED },
  { match: `${ASK} (please|kindly)? (reply|respond|write back|get back to us|come back to us) (to us)? with ... ${AGAIN}`, except: NOT_REPEAT, replace: NO_NEED },
  // More of each class: "remind me what…" without a modal, "start over and describe", and our side not having the
  // notes from their call or chat.
  { match: '^ (please)? remind (us|me) (what|which|of|how|when|where|who)', replace: NO_NEED },
  { match: `(please|kindly|could you|can you|would you)? (start|begin) (over|again|from scratch|from the beginning|afresh) (and|by) ${TELL}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: "(we|i) (do not|don't|did not|didn't|no longer) (have|hold|keep|see) (the|any|your)? (information|details|notes|record|records|copy|history|transcript|recording) (from|of|about) (your|the|our) ... (please|kindly|could you|can you|would you) ...", replace: NO_NEED },
  // What they told us by phone or chat, "what did you say your … was", a new ticket "with all the details".
  { match: `${ASK} ... (you|you've|you have|you had) (gave|given|told|provided|sent|explained|described|mentioned|shared) ... (on the phone|over the phone|by phone|in (the|our|your) (chat|call|phone call|live chat)|during (the|your|our) (call|chat))`, except: NOT_REPEAT, replace: NO_NEED },
  { match: 'what did you say (your|the) ... (was|is|were|are)', replace: NO_NEED },
  { match: '(please|kindly)? (open|create|submit|file|start|raise|log) a (new|fresh|separate) (ticket|request|case|support request|support ticket|complaint|inquiry|enquiry) (with|including|containing) (all|the full|full|complete)? (the|your)? (details|information|info|history|description)', replace: NO_NEED },

  // Round 2 (#13), from paraphrases written without this data: "the same information you gave our chat agent",
  // the call or ticket handed on and the reader asked to put it all in writing, "paste your previous
  // correspondence", and — only where the paragraph shows they already wrote ("Your ticket has been moved…",
  // "Thanks for writing in about order #…") — a summary of "your issue" or "which order is this about?".
  { match: '(the same|exactly the same|all the same) ... (as|that)? you (already|previously|earlier|just|originally)? (gave|provided|sent|shared|told|entered|submitted|described|mentioned|wrote|explained|filled in|gave to|told to)', onlyInBlock: [ASKED_TO_REDO], except: ["((we|we've|we have|i've|i have|we'll|i'll) (used|kept|saved|copied|passed|forwarded|will use|have|reused|re-used)|(has been|have been|is|are|was|were) (passed|forwarded|shared|sent|added|saved|attached|used|kept))"], replace: NO_NEED },
  { match: `${HANDED} (on|over)? (your|the) ${CONTACT} ... ${ASK_SHORT} ... (in writing|in an email|by email|in a (reply|message)|${RESTATE})`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `(please|kindly|could you|can you|would you)? (paste|copy|copy and paste|re-paste|repost|re-post|dig out) (in)? (your|the|all|all of your|any) (previous|prior|earlier|past|original|old|last) (correspondence|emails|e-mails|email|e-mail|messages|message|conversations|conversation|communication|communications|tickets|ticket|replies|reply|chat|thread|request|notes|details)`, replace: NO_NEED },
  { match: `(with|send us|send|give us|provide|include|write|share|type) (a|an)? (short|brief|quick|full|complete|detailed|new)? (summary|recap|rundown|description|outline|explanation|account|overview) of (your|the) ${THEIR_ISSUE}`, onlyInBlock: ON_FILE, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK_SHORT} (please|kindly)? (describe|explain|summarize|summarise|outline|tell us about|let us know|remind us of) (your|the) ${THEIR_ISSUE}`, onlyInBlock: ON_FILE, except: [...NOT_REPEAT, NEW_DETAIL], replace: NO_NEED },
  { match: `(which|what) (order|booking|account|product|item|ticket|case|reservation|invoice|subscription|parcel|purchase) (is|was) (this|it|your (message|email|question|request|issue|problem)) (about|regarding|for|concerning|related to)`, onlyInBlock: ON_FILE, replace: NO_NEED },
  { match: `(we|i|we'll|i'll|we'd|i'd|we will|i will|we would|i would) (need|require|still need|need to (see|have|get)) (your|the|all|all of your|those|these|that) ... ${AGAIN}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK_SHORT} (describe|explain|tell us|tell me|let us know|outline|summarize|summarise|remind us) (what|how) (the|your) ${THEIR_ISSUE} (is|was|looks like)`, onlyInBlock: ON_FILE, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK_SHORT} (describe|explain|tell us|tell me|let us know|outline|summarize|summarise|remind us|walk us through) (what happened|what went wrong|what the (issue|problem) (is|was)|what this is about)`, onlyInBlock: ON_FILE, except: NOT_REPEAT, replace: NO_NEED },
  // More of each: "even if you've sent it before", our records lacking the earlier call, "the information in your
  // email" copied into a form, "what's your order number again?", "everything you told us on the phone".
  { match: 'even if (you|you\'ve|you have|you had) (already|previously)? (sent|provided|given|told us|shared|included|mentioned|submitted|attached|uploaded) (it|this|them|these|that|those|us)?', replace: NO_NEED },
  { match: `(our|the) (records|system|systems|notes|logs|file|files) (do not|don't|does not|doesn't|did not|didn't) (show|have|include|contain|mention) (your|the|any) ... (please|kindly|could you|can you|would you|so) ...`, replace: NO_NEED },
  { match: `(including|with|containing|and include|and add|plus|copying|copy) (all)? (the|all the|any)? (information|details|points|description|text|answers) (already)? (in|from|contained in|given in) your (email|e-mail|message|letter|call|chat|ticket|earlier|previous|original|first)`, replace: NO_NEED },
  { match: "^ (what's|whats|what is) (your|the) ... again", replace: NO_NEED },
  { match: '(everything|all|what|whatever|all that) (that)? (you|the two of you|you both) (already)? (told|said to|explained to|described to|gave|mentioned to|wrote to|discussed with|went over with|talked about with|agreed with|covered with) (us|our|the|me|him|her|them|my|your)', onlyInBlock: [ASKED_TO_REDO], except: [...NOT_REPEAT, NEEDNT], replace: NO_NEED },
  // "So we have it on record", "bring me up to speed", "fill us in", "what was the issue you reported?", "go back over".
  { match: 'so (that)? (we|it|there|everything) (have|has|is|are|stays|remains|can keep) (it|them|everything|a copy|all)? (on|in) (record|file|our records|the file|our file|writing|the system)', onlyInBlock: [ASKED_TO_REDO], except: NOT_REPEAT, replace: NO_NEED },
  { match: '(bring|get|catch) (me|us|the team|him|her|them|my colleague|our team) up to speed', replace: NO_NEED },
  { match: '(could|can|would|please) (you)? (please)? fill (me|us|the team|my colleague) in (on|about)?', replace: NO_NEED },
  { match: 'what (was|is|were) (the|your) (issue|problem|question|request|complaint|fault|error) (that)? you (reported|raised|mentioned|had|described|sent|wrote about|called about|contacted us about)', replace: NO_NEED },
  { match: `${ASK_SHORT} (please)? (go|run|walk us|walk me|take us|take me) back (over|through)`, replace: NO_NEED },
  { match: '(give|send|tell|provide|share) (us|me)? (the|your) (full|whole|complete|entire) (picture|story|background|history|rundown|account|details)', onlyInBlock: ON_FILE, except: NOT_REPEAT, replace: NO_NEED },
  { match: "which (product|order|item|booking|account|device|issue|problem|purchase|parcel|reservation|invoice) (it was|it is)? (that)? (you|you've|you have|you had) (wrote|written|emailed|called|contacted us|messaged|asked|complained|were asking|are asking|enquired|inquired) (to us|us)? about", replace: NO_NEED },
  { match: '(what|which) (seems|appears) to be (the|your) (problem|issue|trouble|matter)', onlyInBlock: ON_FILE, replace: NO_NEED },
  // Generalized (#13): the re- verb as a gerund after a polite ask ("would you mind repeating your question?"), and
  // copying the reader's earlier text over with any words between ("copy the text of your original complaint").
  { match: `${ASK} (please|kindly)? (repeating|restating|re-stating|re-explaining|reexplaining|re-sending|resending|re-submitting|resubmitting|re-entering|reentering|re-uploading|reuploading|re-typing|retyping|re-writing|rewriting|re-describing|redescribing|retelling|re-telling|re-attaching|reattaching) (us|me)? (your|the|all|what|that|this|it|them|everything|those|these)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `(please|kindly|could you|can you|would you|you'll need to|you will need to|we need you to|we'll need you to)? (paste|copy|copy and paste|re-paste|repost|re-post|retype|re-type|rewrite|re-write) ... (your|the) (previous|prior|earlier|past|original|old|last|first) (correspondence|emails|e-mails|email|e-mail|messages|message|complaint|complaints|description|report|explanation|question|request|ticket|chat|letter|reply|notes)`, except: NOT_REPEAT, replace: NO_NEED },
]);
