import type { PhraseEntry } from '../../server/engine/kit';

/** "Let us know what you think by taking the survey" invites a survey click, not a reply. */
const SURVEY = '(survey|questionnaire|poll|rating|rate|review|star|stars|form|click|tap|button|link below|quick questions)';
/** "Reply STOP to opt out", "reply YES to confirm": a keyword for a machine, not a reply someone reads. */
const SURVEY_ANSWERED = '(reply|respond|answer) (to)? (this|the|our|a|these|those|our short|this short|a short|a few)? (survey|questionnaire|poll|survey questions)';

// A reply a robot reads: "reply with the code", "reply to this message, keeping the Subject header intact" (Mailman's
// confirmation). The Persian frames except «کد … را پاسخ دهید» likewise (KEYWORD_ANSWER).
const MACHINE_REPLY = '(reply|respond|replying|responding) ... (with|keeping|containing|including|quoting) (the|this|your|a)? (confirmation|verification|security)? (code|token|pin|subject|subject line|subject header|keyword)';

// A block that has the reader mail a command ("send a message to %1 with subject AUTH …", "with the word 'help' in the
// subject"): a "reply to this mail" beside it sends the same command to the same robot (Sympa's, Mailman's).
// Robot-speak: "with subject" bare, "the following subject", "the command", "the word" (not "with the subject 'Returns'").
const MAILED_COMMAND = ['(message|mail|email|e-mail) to ... with (subject|the following subject|the following command|the following line|the command|the word|the words)'];

const KEYWORD = '(reply|text|send|txt|respond) (with)? (stop|stopall|unsubscribe|end|cancel|quit|optout|opt out|yes|no|y|n|start|unstop|confirm|1|2)';
/** "We will reply to you shortly" promises a reply; it does not invite one. */
const PROMISE = "(we|i|we'll|i'll|someone|an agent|our team) (will|shall|'ll)? (reply|respond|answer|write back|get back)";
/** "Our support team will respond within 24 hours", "an agent usually replies": whoever makes it, a promise. */
const PROMISED = "(will|shall|'ll|usually|typically|normally|generally|aim to|strive to|try to) (be)? (reply|replies|replying|respond|responds|responding|answer|answers|answering|write back|get back)";
const NEGATED = ['(do not|don\'t|dont|never|cannot|can\'t|unable|not monitored|unmonitored|unattended|no-reply|noreply|not be (read|answered|monitored)|will not be|won\'t be)'];

/**
 * Someone other than the sender: "contact your administrator", "get in touch with your bank", "ask your supervisor",
 * "speak to someone at your local office". Sending the reader there gives them no one at the sender's end.
 */
const THIRD_PARTY_NOUN = '(administrator|administrators|admin|admins|sysadmin|supervisor|supervisors|manager|employer|hr|bank|issuer|seller|sellers|vendor|merchant|carrier|courier|doctor|physician|gp|pharmacist|provider|insurer|landlord|teacher|instructor|school|lawyer|attorney|accountant|registrar|isp|department|office|branch|embassy|consulate|police|authorities|organizer|organiser|organizers|host|moderator|moderators)';
const THIRD_PARTY = [
  `(to|with|contact|ask|call|email|e-mail|notify|inform|tell|consult|check with|at) (the|a|an) (own|local|nearest|system|site|network|account|card|company|organization|organisation|it|email|mail|internet|payment|service|shipping|delivery|health|insurance|school|store|shop|domain)? ${THIRD_PARTY_NOUN}`,
  // "your domain registrar", "your card's issuing bank": the reader's own provider, whatever words describe it.
  `(to|with|contact|ask|call|email|e-mail|notify|inform|tell|consult|check with|at) (your|their|his|her|its) ... ${THIRD_PARTY_NOUN}`,
];
/**
 * "We will get in touch with you", "someone will reach out to you", "we'll be in touch": the sender promises to
 * act; the reader is given nothing to do and no one to write to.
 */
const PROMISE_TO_REACH = ["(reach out|get in touch|get back|be in touch|talk|speak|write back) (to|with) you", "(will|shall|'ll|going to|would|soon|shortly|personally) (soon|shortly|personally|be)? (reach out|get in touch|be in touch|get back|contact you)"];

/** What the reader thought of it: how it went, what they think, their experience (a survey's question, not a letter's). */
const VERDICT = '(about)? (how (it|everything|things|your \\w+|the \\w+) (went|was|were|is going)|how we did|how we are doing|what you (think|thought)|your (experience|thoughts|opinion|opinions|feedback|impressions))';

/**
 * Asking to hear how it went ("we would love to hear how it went", "we look forward to your feedback"): a reply
 * invitation in a letter, but answered by the rating or survey when the message asks for one (the rule checks).
 */
export const enFeedback: PhraseEntry[] = [
  { match: "(i'd|i would|we'd|we would) (love|like|be happy|be glad) to (hear|help|answer|chat)", except: [...NEGATED, SURVEY] },
  { match: '(look|looking|we look|i look) forward to (hearing|your reply|your response|hearing back|your answer|your feedback|your thoughts)', except: [...NEGATED, SURVEY] },
  // "Could you tell us how it went?", "let us know what you think": the reader's verdict, which a survey link answers.
  { match: `(tell|let) (us|me) (know)? ${VERDICT}`, except: [...NEGATED, SURVEY] },
];

/** What a request to "explain" asks the reader to write: more detail, what they expected, why. */
const MORE_FROM_YOU = '(in (more|greater|further) detail|more (detail|details|information|info|context)|further (detail|details|information|info|context)|additional (detail|details|information|info|context)|what (is|was|you) (expected|expect|happened|you (expected|saw|need|want|meant))|what you (expected|saw|need|want|meant|see)|why (you|it|this))';

/** Invitations to reply or reach a person. Any one of them means the reader has somewhere to turn. */
export const en: PhraseEntry[] = [
  // A reply asked for, not the noun ("your reply", "a new answer has been added"): with a modal or "please", as an
  // imperative opening the sentence, or naming what to reply to.
  // Answering a survey ("please respond to this survey", "answer the questionnaire") fills in a form; no one reads it
  // as a letter (the Persian frames except SURVEY likewise).
  { match: '(just|simply|please|kindly|feel free to|you can|you may|go ahead and|do) (reply|respond|write back|answer)', except: [...NEGATED, PROMISE, PROMISED, KEYWORD, ...THIRD_PARTY, SURVEY_ANSWERED, MACHINE_REPLY], exceptInBlock: MAILED_COMMAND },
  // Not a "Reply-To:" header line left in the body (a template whose first line is a comment keeps it there).
  { match: '^ (reply|respond|write back)', except: [...NEGATED, PROMISE, PROMISED, KEYWORD, SURVEY_ANSWERED, MACHINE_REPLY, '(reply-to|reply_to)'], exceptInBlock: MAILED_COMMAND },
  // An SMS's own channel too: "reply to this text".
  { match: '(reply|respond|write back|answer) (directly)? (to)? (this|the|our|my) (e-mail|email|message|note|mail|text|text message|sms)', except: [...NEGATED, PROMISE, PROMISED, KEYWORD, MACHINE_REPLY, '(a|your|new|the|my) (reply|answer|response) to'], exceptInBlock: MAILED_COMMAND },
  { match: '(reply|respond|write back) (here|directly|above this line|below this line)', except: [...NEGATED, PROMISE, PROMISED, KEYWORD] },
  // The invitation and the promise in one sentence: "Reply to this email and Dana will answer", "just write back and
  // we'll help" (a promise alone, "we will reply within a day", is no invitation: the entries above except it).
  { match: "(reply|respond|write back|answer) (to)? (this|the|our)? (e-mail|email|message|note|mail)? (and|,) ... (will|shall|'ll) (personally|gladly|happily|quickly)? (answer|reply|respond|get back|write back|help|sort it out|take care of it|look into it)", except: [...NEGATED, KEYWORD, MACHINE_REPLY] },
  // Help desks' reply marker: "Make sure your reply appears above this line", "## Please type your reply above this line ##".
  { match: '(reply|response) ... (above|below) this line', except: NEGATED },
  { match: '(hit|press|click) reply', except: NEGATED },
  { match: '(by|via|when|while|just|simply) (replying|responding|writing back|answering) (to)? (this|the|our)? (e-mail|email|message|note|mail)?', except: [...NEGATED, PROMISED, MACHINE_REPLY], exceptInBlock: MAILED_COMMAND },
  { match: '(replying|responding|writing back) (to) (this|the|our) (e-mail|email|message|note|mail|ticket|thread)', except: [...NEGATED, PROMISED] },
  // "Reach out to the verification team" names a team but gives no way to it (the labelling guide's rule 8).
  { match: '(reach out|get in touch|get back to us|let us know|let me know|drop us a line|drop me a line|write us|write me|write to us|write to me|send us a (message|note|line|reply)|send me a (message|note|line)|email me|email us|text me|text us|message me|message us|talk to me|chat with me)', except: [...NEGATED, SURVEY, ...THIRD_PARTY, ...PROMISE_TO_REACH, '(reach out|get in touch|talk|speak) (to|with) ... (team|administrator|administrators|admin|department|office|moderators|owner)', `let (us|me) know ${VERDICT}`] },
  ...enFeedback,
  { match: '(reply|replies|response|responses|answer|answers) (go|goes|come|comes|will go|will come|reach|reaches) (straight|directly|right)? (to)? (me|us|our team|a person|a human|my inbox|a real person)', except: NEGATED },
  { match: '(get back to|write back to|come back to) (me|us)', except: NEGATED },
  { match: '(just|simply|please) ask', except: [...NEGATED, ...THIRD_PARTY] },
  // "Ask us anything", "we're happy to answer your questions": the sender offers to answer (as the Persian frames).
  { match: 'ask (us|me) (anything|any question|any questions|your questions|questions)', except: NEGATED },
  { match: "(we are|we're|i am|i'm|we'll be|i'll be) (always)? (happy|glad|here|available|ready) to (answer|help with) (your|any) (questions|question)", except: NEGATED },
  { match: '(write|post|add) (your)? (reply|answer|response|comment) (in|to|on) (this|the) (ticket|thread|conversation|request)', except: NEGATED },
  { match: '(speak|talk|chat) (to|with) (someone|a person|a human|an agent|a real person|our team|a member of our team|one of our|our (moderators|staff|support team|support|agents))', except: THIRD_PARTY },
  // "Don't hesitate to …" is an invitation, though it holds a negation the entries above are excepted on.
  { match: "(do not|don't|dont|never) hesitate to (reach out|contact|get in touch|write|email|call|ask|reply|let us know|message|comment)", except: THIRD_PARTY },
  // In an issue thread the reader's comment is read by the people who wrote: "please comment below with the requested
  // information", "push it to GitHub and link it here".
  { match: '(please|kindly|feel free to|you can|you may|just|simply)? (comment|post|reply) (below|here|on this (issue|thread|ticket|pull request|pr))', except: NEGATED },
  { match: '(please|kindly|feel free to|you can|you may|just|simply|then|and)? (link|post|paste|share|attach|add) (it|them|this|that|the link|a link|the repo|the repository|your repro|a repro|the reproduction|your reproduction) (here|below|in (this|the) (issue|thread|ticket|comments))', except: NEGATED },
  { match: '(chat|talk|speak) (with|to) us', except: NEGATED },
  // "Please notify us immediately", "tell us": asking the reader to write to the sender itself.
  { match: '(please|kindly|immediately|promptly)? (notify|inform|tell|alert|advise) us', except: [...NEGATED, SURVEY, '(no need to|need not|you do not need to) (notify|inform|tell|alert|advise) us', `tell us ${VERDICT}`] },
  // "Contact us" addressed to the sender itself invites a reply even without an address (the labelling guide's rule 7).
  // Not thanks for having written: "We appreciate you taking the time to contact us" (TheyWorkForYou's refusal).
  { match: "(please|feel free to|do not hesitate to|don't hesitate to|you can|you may|simply|just|kindly)? (contact|email|call|e-mail) us", except: ["(do not|don't|dont|never|cannot|can't|no need to) (contact|email|call|e-mail) us", '(without|instead of) (using|contacting)', '(taking|took|take) the time to (contact|email|call|e-mail) us'] },
  { match: '(reply|respond|answer) (to)? (this|the) (ticket|thread|issue|conversation|request|comment)', except: NEGATED },
  // The writer's own line, in the first person or as an idiom: "feel free to contact me", "give us a call",
  // "shoot us an email", "ping me" all ask the reader to get in touch with the sender (the labelling guide's rule 7).
  { match: "(please|feel free to|do not hesitate to|don't hesitate to|you can|you may|simply|just|kindly)? (contact|call|phone|ring|ping|e-mail) me", except: ["(do not|don't|dont|never|cannot|can't|no need to) (contact|call|phone|ring|ping|e-mail) me"] },
  { match: '(give|drop) (us|me) a (call|ring|line|note|shout|message|email|e-mail)', except: NEGATED },
  // A staff member or organiser with the way to them: "contact the organizer through the event page", "you can message
  // the moderators from the thread page". Without the way ("contact your administrator") it is rule 8's missing contact.
  { match: `(contact|message|reach|write to|email|e-mail) (the|your|our|a|an)? ... ${THIRD_PARTY_NOUN} (through|via|from|on|using) (the|their|his|her|this|your|our)? (event|course|class|thread|topic|group|listing|booking|profile|forum|community)? (page|profile|inbox|app|messages|messaging|chat|form|link|button)`, except: NEGATED },
  { match: '(shoot|send|drop) (us|me) an (email|e-mail)', except: NEGATED },
  { match: '(ping|ring|phone) us', except: NEGATED },
  // Asking the reader to tell us more is asking them to write back (an issue tracker's closing replies: "if you
  // disagree, please explain what you expected", "provide us with more detail"); a form to fill is not.
  { match: `(please|kindly|could you|can you|would you|feel free to|you can|you may) (explain|describe|clarify|elaborate on|elaborate|tell us|tell me|provide us with|provide|share|give us|send us|include|add|post) ... ${MORE_FROM_YOU}`, except: [...NEGATED, SURVEY, '(form|field|fields|portal|template)'] },
  // The sender says it is willing to hear the reader: "we are happy to listen and to reconsider".
  { match: "(we are|we're|i am|i'm|we'd be|i'd be|we would be|i would be|we will be|we'll be|i'll be|we remain|i remain) (always|more than|very|really)? (happy|glad|open|willing|keen|eager) to (listen|reconsider|hear (from you|more|your|about|back)|discuss|take another look|look (at (it|this))? again|talk (it)? (over|through)?)", except: NEGATED },
  { match: '(ask|tell) (us|me) to (reopen|reconsider|review|look at|take another look)', except: NEGATED },
];

/**
 * Offered, not mentioned: "Thank you for using our contact form" or "the question you just sent us via the contact form" is an
 * auto-reply to it, which gives no new way to write.
 */
const FORM_MENTIONED = ['(thank you|thanks) (for)? (using|submitting|filling|filling in|filling out|completing|sending|contacting us via|contacting us through|your message via|your message through|your enquiry via|your inquiry via)', '(sent|submitted|received|made) (us|to us)? (via|through|using|with|from|on) (the|our) contact (form|page)'];

/**
 * Instructions that name a channel other than a reply: a contact form, the app, a new ticket or issue, an appeal, a
 * page "here". They count even where the message turns replies away.
 */
export const enChannels: PhraseEntry[] = [
  // A problem or a suggestion sent to the address the letter names ("send any problems or suggestions to our email
  // address", «… آن را به ایمیل ما ارسال نمایید»).
  { match: '(problem*|question*|suggestion*|feedback|comment*|issue*|concern*|complaint*) ... (send|email|e-mail|forward|write|mail|report) (it|them|these|those)? (to|at) (the|our|this|my)? (email|e-mail|address|email address|e-mail address|mailbox|inbox)', except: NEGATED },
  { match: '(visit|see|use|through|via) (our|the) contact (page|form|us page)', except: FORM_MENTIONED },
  { match: 'contact (form|page)', except: ['(without|not) (using|via|through|filling)', ...FORM_MENTIONED] },
  { match: '(use|in|via|through) (the|our) app (to)? (contact|message|chat with|call|reach)' },
  // A person the reader already deals with ("message your driver in the app"). "Contact support" or "contact customer
  // service" names a department with no channel to it: like "reach out to the X team", not a way to reach anyone
  // (the labelling guide's rule 8); a support link or address next to it counts on its own.
  { match: '(contact|message|call|text|chat with|reach) (your driver|your courier|your host|the (host|driver|courier))' },
  // "You can contact the store owner here:", "reach the moderators using the link below": a channel is given.
  { match: '(contact|reach|write to|get in touch with|message|talk to|speak to|speak with) ... (here|below|at this link|via this link)', except: NEGATED },
  // Not someone else's tracker: "file an issue on their issue tracker" reaches another project, not the sender.
  { match: '(open|create|submit|file|raise|start) (a|an)? new? (github|gitlab|bug)? (issue|ticket|support request|support ticket|request|tickets|support tickets|requests)', except: [...NEGATED, '(their|its|the author\'s|the authors\'|the maintainers\'|another|a different|the other|the upstream|upstream) (issue tracker|tracker|repository|repo|project|github)'] },
  // The reader's own issue or ticket, where staff read what they add: "update the issue", "you may edit this issue".
  { match: '(edit|update|reopen|comment on|add (more)? (details|information|a comment|context) to|reply (in|on)) (this|the|your) (issue|ticket|thread|bug report|report|pull request|support request)', except: NEGATED },
  { match: '(ask|apply) for (a|an)? (review|appeal|reconsideration|second look)', except: NEGATED },
  // A link to answer the person who wrote ("Follow this link to send a reply [link]", "click here to reply to the
  // administrator"): the reply is sent there instead of by email.
  { match: '(follow|use|click|open|tap|visit) (this|the|that)? (link|button|page|url|here)? (below|above|here)? to (send|write|post|leave)? (a|your|us a|them a|him a|her a)? (reply|replies|response|answer|message)', except: [...NEGATED, SURVEY_ANSWERED, '(reply|response|answer|message) (to|in|on) (the|this|our|a) (survey|questionnaire|poll|form)', 'answer (a few|some|the|our|these|two|three|five)? (short|quick)? (questions|question)'] },
  // A place where the team answers in public: "feel free to question this answer on our developer mailing list", "ask
  // on the community forum". Someone else's list ("their mailing list") is no channel to the sender.
  { match: '(question|discuss|ask|raise|bring up|post|write) ... (on|in|to) (our|the) (developer|developers|dev|user|users|community|support|help|project)? (mailing list|mailing-list|mailinglist|forum|forums|discussion board|discussions|discourse|irc channel|chat room|slack|discord)', except: [...NEGATED, "(their|its|another|upstream)"] },
  // A live chat where staff answer: "use the live chat on our site", "start a chat with support".
  { match: '(use|try|open|start) (the|our|a)? (live chat|support chat|help chat|chat widget|online chat|live support)', except: NEGATED },
  { match: '(questions|concerns|appeals|complaints) (about|regarding|on) ... (can|may|should) (go|be sent|be directed|be addressed) to', except: NEGATED },
  // A meeting with a person is booked, not written for: "book a call with me", "schedule a meeting with our team".
  { match: '(book|schedule|set up|arrange) (a|an)? (quick|short|free|15-minute|30-minute)? (call|meeting|chat|consultation|demo) (with)?', except: NEGATED },
];
