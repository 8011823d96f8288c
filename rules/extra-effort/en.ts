import { oneOf, type PhraseEntry } from '../../server/engine/kit';

const LOGIN = oneOf('log in', 'login', 'log into', 'log on', 'sign in', 'sign into', 'logging in', 'signing in', 'visit', 'go to', 'head to');
const READ = oneOf('read', 'view', 'see', 'access', 'check', 'download', 'open');
/** What the message itself could have carried: our answer. */
const REPLY = oneOf('reply', 'replies', 'response', 'responses', 'answer', 'answers', 'message from us', 'resolution', 'update from our team', "agent's reply", "agent's response");
const PLACE = oneOf('account', 'portal', 'dashboard', 'help center', 'help centre', 'support center', 'support centre', 'customer area', 'customer portal', 'client area', 'website', 'site', 'app', 'inbox on our site');
const ELSEWHERE = oneOf('other', 'different', 'separate', 'another', 'relevant', 'appropriate', 'responsible', 'correct', 'right');
const CHANNEL = oneOf('number', 'phone number', 'line', 'hotline', 'department', 'team', 'office', 'address', 'email address', 'mailbox', 'inbox', 'channel', 'desk');
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
  // "Please open a new ticket" (with "and describe it again" it is repeat-yourself's, so not here).
  { match: '(please|kindly)? (open|create|submit|file|raise|start|log) a (new|separate|fresh|another) (ticket|request|case|support request|support ticket)', except: ['(describe|explain|include|tell|provide|detail|restate|repeat|mention|again)', '(if|for) (you have)? (a|any)? (new|another|different|other|unrelated) (question|issue|problem|request|matter|topic)', '(unrelated|feel free|any time|anytime)'] },
];
