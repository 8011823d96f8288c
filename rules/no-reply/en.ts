import type { PhraseEntry } from '../../server/engine/kit';

const CHANNEL = '(e-mail|email|mail|message|notification|address|e-mail address|email address|mailbox|inbox|sender|text|sms|text message|account|note|alert|receipt|confirmation|newsletter|reminder|invoice|survey|number|phone number|short code|shortcode|line)';
const NOT_SAFETY = ['(suspicious|unknown|phishing|spam|scam|scams|fraud|fraudulent|fake|stranger|strangers|unsolicited|password|passwords|passcode|pin|otp|card number|bank details|login details|personal information)'];
const INVITE = ['Just reply to this email: {sender} reads every reply.', 'Questions? Reply to this email and {sender} will answer.'];

/** "The discussion will time out if you do not reply": a consequence spelled out, not an instruction not to write. */
const IF_YOU_DONT = "(if|unless|in case) you (do not|don't|dont|never) (reply|respond|answer)";

/** Telling readers not to reply, or that nobody reads replies. */
export const en: PhraseEntry[] = [
  // A ban's "Don't message again": told not to write at all, which is the same closed door.
  { match: "(please|kindly|pls)? (do not|don't|dont|please don't|please do not) (message|text|email|e-mail|contact|write to|dm) (us|me|this (number|address|account|bot))? (again|anymore|any more|any longer)", replace: INVITE },
  { match: `(please|kindly|pls)? (do not|don't|dont|never|please don't|please do not) (hit|click|press|use)? (reply|respond|answer|write back|reply back|reply directly|respond directly) (to|on)? (this|the|that)? ${CHANNEL}?`, except: [...NOT_SAFETY, IF_YOU_DONT], replace: INVITE },
  { match: `(no|not a) (reply|response|responses|replies) (is|are)? (needed|necessary|required|expected|possible)? (to|for)? (this|the)? ${CHANNEL}`, except: ['(no response (yet|from))'], replace: INVITE },
  { match: `(this|the|our|that) ${CHANNEL}? (address|inbox|mailbox|account|email|e-mail)? (is|are|was) (not|never) (monitored|checked|read|attended|staffed|answered)`, replace: INVITE },
  { match: `(this|the|our|that) ${CHANNEL}? (address|inbox|mailbox|account|email|e-mail)? (is|are|was) (unmonitored|unattended|unstaffed|not being monitored|send-only|outgoing only|outbound only|notification-only|for notifications only|for sending only|used for sending only)`, replace: INVITE },
  { match: `(sent|generated|delivered|coming) from (an|a|the) (unmonitored|unattended|notification-only|notifications-only|send-only|outgoing-only|outbound-only|automated|automatic|no-reply|noreply|do-not-reply|donotreply) (e-mail|email|mail)? (address|account|mailbox|inbox|system)`, except: ['(reply|contact|write|reach) (to|us|me|at)'], replace: INVITE },
  { match: `(replies|responses|answers|emails|messages|mail|e-mails) (sent|made|addressed)? to (this|the|that) ${CHANNEL}? (address|mailbox|inbox)? (are|will|is|cannot|can't|may) (not|never)? (be)? (monitored|read|answered|received|delivered|checked|seen|responded to|processed|reviewed|returned|accepted)`, except: ['(will be answered|are answered|are read by|is read by|we read|will be read by|goes to|go to|reach)'], replace: INVITE },
  { match: `(replies|responses|answers|emails|messages) (sent)? to this ${CHANNEL}? (address)? (will|would|may)? (go unanswered|go unread|goes unread|goes unanswered|go nowhere|not reach|be ignored|are ignored|bounce|bounces|be discarded|are discarded|be deleted|are deleted|go unseen)`, replace: INVITE },
  { match: `(we|i|our team) (cannot|can't|can not|are unable to|am unable to|won't|will not|aren't able to|are not able to|do not|don't) (reply|respond|answer) to (replies|responses|messages|emails|e-mails|mail) (sent)? (to|from|at) (this|the) ${CHANNEL}?`, replace: INVITE },
  { match: "(cannot|can't|can not|unable to|is not able to|isn't able to|does not|doesn't|will not|won't) (receive|accept|process|handle) (replies|responses|incoming (e-mail|email|e-mails|emails|mail|messages))", replace: INVITE },
  { match: '(this|it) is (a|an) (send-only|notification-only|notifications-only|unmonitored|unattended|no-reply|noreply|do-not-reply|outgoing-only|outbound-only) (e-mail|email|mail|phone|mobile|sms|text|text message)? (address|mailbox|inbox|account|email|e-mail|message|number|line)', replace: INVITE },
  { match: `(you|recipients) (cannot|can't|can not|are unable to|won't be able to|will not be able to|are not able to) (reply|respond|write back) (to)? (this|the)? ${CHANNEL}?`, replace: INVITE },
  { match: '^ (replies|responses|answers) (are|will|is) (not|never) (be)? (monitored|read|answered|received|checked|seen|reviewed)', replace: INVITE },
  { match: "(does not|doesn't|cannot|can't|will not|won't|is unable to|isn't able to|is not able to) (receive|accept|take|process) (e-mails|emails|mail|messages|email|e-mail|replies|responses|incoming)", replace: INVITE },
  { match: "(we|i|nobody|no one|no-one|our team) (won't|will not|will never|cannot|can't|never) (see|read|get|receive|answer|check) (your|any|the)? (reply|replies|response|responses|message|messages|email|emails)", replace: INVITE },
  { match: '(nobody|no one|no-one) (monitors|checks|reads|watches|answers|looks at|replies to) (this|the|these|replies|responses|messages)', replace: INVITE },
  { match: '(replies|responses|emails|messages|answers) (sent)? (to this (address|email|e-mail|message))? (go|goes|will go|are sent|are routed|are delivered|get sent|are forwarded) to (an|a) (unmonitored|unattended|unread|unstaffed|automated) (inbox|mailbox|address|account|system)', replace: INVITE },
  { match: '(for|used for|intended for) (notification|notifications|informational|information|outgoing|sending|outbound) (purposes)? only', replace: INVITE },
  { match: "(if|should) you (reply|respond) (to this (email|e-mail|message))? ... (it|your (reply|message|email|response)) (will not|won't|cannot|can't|may not|will never) (be)? (received|read|seen|answered|delivered|reach)", replace: INVITE },
  // A reply named as useless: "replying to this email will have no effect", "any reply to this email will be
  // discarded", "your reply will not reach anyone".
  { match: `(replying|responding|a reply|any reply|any replies|replies|your reply|your response|a response|any response) (to this ${CHANNEL}?)? (will|would|does|do|is|are) (have no effect|not have any effect|not do anything|do nothing|be discarded|be deleted|be ignored|go unanswered|go unread|go nowhere|not reach (anyone|anybody|us|a person|our team)|reach no one|reach nobody|be lost|not be (seen|read|received|answered))`, except: ['(if you reply to (the|our) (other|previous|original))'], replace: INVITE },
  { match: '(a|an|this|the)? (no-reply|noreply|no reply|do-not-reply|donotreply|do not reply) (e-mail|email|address|e-mail address|email address|message|mailbox|inbox|account|notification|sender)', replace: INVITE },
  // Issue trackers and help desks: a closed thread that takes no replies is a dead end too.
  { match: "(please|kindly)? (do not|don't|dont|never) (comment|reply|respond|post|write) (on|to|in) (already)? (closed|resolved|locked|archived) (issue|issues|ticket|tickets|thread|threads|topic|topics|conversation|conversations|discussion|discussions)" },
  { match: "(closed|resolved|locked|archived) (issue|issues|ticket|tickets|thread|threads|topic|topics|conversation|conversations) (do not|don't|does not|doesn't|cannot|can't|will not|won't|no longer) (accept|receive|take|allow) (any)? (new)? (replies|comments|responses|messages)" },
  // Locking a thread is the same dead end said as an event: "this thread has been automatically locked". Only
  // "locked" (or "archived"): a closed issue still takes comments.
  { match: "(this|the|your) (issue|ticket|thread|topic|conversation|discussion|pull request|post) (has been|was|is|is now|has now been|will be) (automatically|permanently)? (locked|archived|locked and archived)", except: ['(unlock*|reopen*|un-archive*|unarchive*|until)'] },
  { match: "(this|the|your) (issue|ticket|thread|topic|conversation|discussion) (has been|was|is|is now) closed (to|for) (new|further|any)? (replies|comments|responses)" },
  { match: '(automated|automatic|auto-generated|automatically generated|system-generated|system generated|computer-generated) (message|email|e-mail|notification|mail|response|reply) (and|so)? (cannot|can not|can\'t|should not|shouldn\'t|must not) (be)? (replied|answered|responded)', replace: INVITE },
];
