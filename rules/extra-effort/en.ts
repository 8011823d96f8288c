import { oneOf, type PhraseEntry } from '../../server/engine/kit';

const LOGIN = oneOf('log in', 'login', 'log into', 'log on', 'sign in', 'sign into', 'logging in', 'signing in', 'visit', 'go to', 'head to');
const READ = oneOf('read', 'view', 'see', 'access', 'check', 'download', 'open');
/** What the message itself could have carried: our answer. */
const REPLY = oneOf('reply', 'replies', 'response', 'responses', 'answer', 'answers', 'message from us', 'resolution', 'update from our team', "agent's reply", "agent's response");
const PLACE = oneOf('account', 'portal', 'dashboard', 'help center', 'help centre', 'support center', 'support centre', 'customer area', 'customer portal', 'client area', 'website', 'site', 'app', 'inbox on our site',
  '(message|messaging|support|help|customer|client|account|ticket|user|secure) (centre|center|area|portal|inbox|page|section|hub|dashboard)',
  'form', 'online form', 'web form', 'contact form', 'website form');
/** A department other than the one writing: where "please direct billing questions" sends the reader. */
const DEPT = oneOf('billing', 'accounts', 'returns', 'sales', 'warranty', 'claims', 'logistics', 'shipping', 'collections', 'finance', 'legal', 'fraud', 'technical', 'tech', 'payments', 'refunds');
const DESK = oneOf('team', 'department', 'dept', 'desk', 'line', 'number', 'hotline', 'office', 'unit', 'address', 'inbox');
const ELSEWHERE = oneOf('other', 'different', 'separate', 'another', 'relevant', 'appropriate', 'responsible', 'correct', 'right');
const CHANNEL = oneOf('number', 'phone number', 'line', 'hotline', 'department', 'team', 'office', 'address', 'email address', 'mailbox', 'inbox', 'channel', 'desk');
/** Someone other than the sender: where a company sends the reader when it will not handle something itself. */
const THIRD_PARTY = oneOf('bank', 'courier', 'carrier', 'delivery company', 'shipping company', 'post office', 'postal service', 'manufacturer', 'seller', 'vendor', 'supplier', 'retailer', 'merchant', 'marketplace', 'store', 'shop', 'airline', 'hotel', 'insurer', 'insurance company', 'provider', 'service provider', 'network provider', 'card issuer', 'payment provider');
/** The channel the reader wrote through, which the sender says it does not serve. */
const THIS_CHANNEL = oneOf('the phone', 'the telephone', 'email', 'e-mail', 'phone', 'telephone', 'chat', 'live chat', 'this channel', 'this address', 'this inbox', 'here', 'reply', 'social media', 'twitter', 'instagram');
/** What a customer asks to be done: a request, a refund, a change. */
const REQUESTS = oneOf('request*', 'refund*', 'return*', 'exchange*', 'cancellation*', 'claim*', 'complaint*', 'change*', 'application*', 'appeal*', 'dispute*', 'enquir*', 'inquir*');
/** The reply is also in this email ("you can also view it online"): an extra, not the only way. */
const ALSO = '(also|too|as well|below|above|a copy|anytime|any time)';

/** Making the reader go elsewhere for what the message could give them: log in to read, call another number. */
export const en: PhraseEntry[] = [
  // "Log in to your account to read our reply", "Please sign in to the portal to view the response".
  { match: `${LOGIN} ... ${READ} (the|our|your|my|this|a)? (full|latest|new|complete)? ${REPLY}`, except: [ALSO] },
  { match: `(to|please) ${READ} (the|our|your|my|this|a)? (full|latest|new|complete)? ${REPLY} ... (log in|login|sign in|in your ${PLACE}|on (our|the) ${PLACE}|at (our|the) ${PLACE})`, except: [ALSO] },
  // "Our reply is available in your account", "The response has been posted to the help center".
  { match: `(the|our|your|a) ${REPLY} (to your (ticket|request|enquiry|inquiry|question|message|case))? (is|are|has been|have been|was) (now)? (available|posted|waiting|published|visible) (in|on|at|to|through|via) (your|the|our) ${PLACE}`, except: [ALSO] },
  // "Please call our other number", "contact the relevant department".
  { match: `(please|kindly)? (call|phone|ring|contact|email|e-mail|write to|reach out to|get in touch with|reach) (our|the|a|another|one of our)? ${ELSEWHERE} (billing|sales|support|returns|customer service|accounts|shipping|refunds|technical)? ${CHANNEL}`, except: ['(if|in case|should) (you|this)'] },
  { match: "(this|our) (team|department|inbox|address|mailbox|line|desk) (does not|doesn't|cannot|can't|is not able to|isn't able to) (handle|deal with|help with|process|answer|respond to|assist with)" },
  // "A response is available in your Message Centre", "your answer is waiting for you: log in at … to view it".
  { match: `(a|an|the|our|your) (new|full|latest)? ${REPLY} (is|are|has been|have been) (now)? (available|waiting|ready|posted|published) (for you)? ... (log in|login|sign in|visit|go to|head to|open) ... ${READ}`, except: [ALSO] },
  // "We can't help with delivery issues by email": the reader's channel turned away.
  { match: `(we|i) (cannot|can't|can not|are unable to|aren't able to|are not able to|don't|do not) (help|assist|deal|handle|process|accept) ... (by|via|over|through|on) ${THIS_CHANNEL}`, except: ['(if|unless|until)'] },
  // "Please contact the courier directly": someone else is to do what the sender could chase for them.
  { match: `(please|kindly)? (contact|call|phone|ring|email|e-mail|write to|reach out to|get in touch with|speak to|talk to) (the|your|their) ${THIRD_PARTY} directly`, except: ['(if|in case|should|unless)'] },
  // "Refund requests must be made in the app", "can only be submitted through the portal".
  { match: `${REQUESTS} (must|can only|may only|have to|need to|should) be (made|submitted|requested|placed|raised|filed|sent|logged|done|started) (only)? (in|through|via|on|using|from) (the|our|your) ${PLACE}` },
  { match: `${REQUESTS} (are|is) (only)? (accepted|handled|processed|possible) (only)? (in|through|via|on|using|from) (the|our|your) ${PLACE}` },
  // "Please upload the documents you emailed us to the secure portal": what they sent, again, somewhere else.
  { match: `(please|kindly)? (upload|submit|enter|add|send|re-upload|re-submit) (the|your|all the|those)? ... (you|you've|you have) (already)? (emailed|sent|attached|gave|provided|mailed|forwarded) ... (to|on|in|into|via|through|at) (the|our|your) ${PLACE}` },
  // Our reply kept somewhere else: "our reply can be found in your account", "see our response in the portal".
  { match: `(our|the|your|a|an) (new|full|latest)? ${REPLY} ... (in|on|at|via|through|under) (your|the|our) ${PLACE}`, except: [ALSO, '(below|attached|here|this email|this message|copy)'] },
  { match: `(check|see|visit|open) (the|our|your) ${PLACE} (for|to (read|see|view)) (our|the|your)? ${REPLY}`, except: [ALSO] },
  // Somewhere else instead: "please use the form on our website instead", "direct billing questions to accounts instead".
  { match: `(please|kindly|you need to|you'll need to|you will need to|you must|you have to|you should) ... (${PLACE}|${DESK}|${THIRD_PARTY}) instead` },
  { match: `(please|kindly)? (direct|send|take|address|forward|refer) (your|any|all|these|such)? ... (questions|queries|enquiries|inquiries|requests|issues|concerns|complaints|claims) to (our|the|your) ... (${DESK}|${THIRD_PARTY})`, except: ['(if|in case|should)', '(we|i) (have|ve|will|ll)'] },
  // Obliged to call another line: "you need to phone our claims line to continue".
  { match: `(you need to|you'll need to|you will need to|you must|you have to) (call|phone|ring|contact|email|e-mail|write to|visit) (our|the|a) ${DEPT} ${DESK}` },
  // "Questions about delivery must be sent to the courier".
  { match: `(must|need to|needs to|have to|has to|should) be (sent|directed|addressed|raised|taken|referred) (to|with) (the|your|our) (${THIRD_PARTY}|${DEPT} ${DESK})` },
  // "Questions about your bill should go to the billing team".
  { match: `(should|must|need to|needs to|have to|has to|can only) go (to|through) (the|your|our) (${THIRD_PARTY}|${DEPT} ${DESK})`, except: ['(if|in case|should you)', '(we|i) (have|ve|will|ll)'] },
  // "Please log in to respond to this message": replying, the one thing an email is for, sent behind a login.
  { match: '(log in|login|log into|sign in|sign into|logging in|signing in) ... to (reply|respond|answer|write back|continue the conversation)', except: [ALSO, '(or (just|simply)? reply|reply to this email|reply here|if you (prefer|like|want))'] },
  // "Please start a new chat", "submit a separate request for each item".
  { match: '(please|kindly)? (open|create|submit|file|raise|start|log|send) (a|an) (new|separate|fresh|another|second|different) (chat|conversation|thread|case|request|ticket)', except: ['(describe|explain|include|tell|provide|detail|restate|repeat|mention|again)', '(if|for) (you have)? (a|any)? (new|another|different|other|unrelated) (question|issue|problem|request|matter|topic)', '(unrelated|feel free|any time|anytime)'] },
  // "Please raise this as a new ticket", "start a new one from the help centre".
  { match: '(raise|log|submit|file|send|open|resend|re-send) (this|it|that|your (question|request|issue)) (as|in) (a|an) (new|separate|fresh) (ticket|request|case|enquiry|inquiry|chat|conversation)' },
  { match: '(start|open|create|submit|raise) a new one', except: ['(if|whenever|any time|anytime|feel free)', '(you may|you can|you could)'] },
  // "Please call 0800 … instead of this line": a channel instead of the one the reader used.
  { match: '(call|phone|ring|email|e-mail|write to|contact|text|message|visit|use) ... instead of (this|our|the) (line|number|address|email|inbox|chat|channel|form|one)' },
  // "You'll want our accounts line rather than this address", "use the app rather than replying here".
  { match: "(call|phone|ring|email|e-mail|write to|contact|text|message|visit|use|want|need|try|go through|reach) ... (rather than|instead of) (this|here|us|emailing us|replying|writing to us|writing here|replying here|(this|our|the) (line|number|address|email|inbox|chat|channel|form|one|mailbox|account|thread))", except: ['(if|in case|should) (you|this)', '(we|i) (have|ve|will|ll|can)'] },
  // "Billing questions go to a different team".
  { match: `(questions|queries|enquiries|inquiries|requests|issues|matters|complaints|claims) (go|goes|belong|belongs|are handled|is handled|are dealt with|are answered) (to|by|with) (a|an|another|our|the) (different|other|separate|dedicated)? ... ${DESK}`, except: ['(we|i) (have|ve|will|ll|already)'] },
  // "You will need to visit one of our stores".
  { match: "(you need to|you'll need to|you will need to|you must|you have to|you'd need to|you would need to) (visit|go to|come (in )?to|call in at|bring (it|them|your [a-z]+)? to|take (it|them)? to|drop (it|them)? (off)? at) ... (store|stores|branch|branches|office|shop|showroom|location|counter|service centre|service center|post office)" },
  // "Please open a new ticket" (with "and describe it again" it is repeat-yourself's, so not here).
  { match: '(please|kindly)? (open|create|submit|file|raise|start|log) a (new|separate|fresh|another) (ticket|request|case|support request|support ticket)', except: ['(describe|explain|include|tell|provide|detail|restate|repeat|mention|again)', '(if|for) (you have)? (a|any)? (new|another|different|other|unrelated) (question|issue|problem|request|matter|topic)', '(unrelated|feel free|any time|anytime)'] },
];

/** "Log in to read it", checked only after a sentence that announced our message (see index.ts). */
export const enReadIt: PhraseEntry[] = [
  { match: `${LOGIN} ... (to|and) ${READ} (it|them|this message|the message|this reply|the reply|it there)`, except: [ALSO] },
];
