import type { PhraseEntry } from '../../server/src/engine/match';

const ASK = "(please|kindly|pls|could you|can you|would you|would you mind|will you|we need you to|we'll need you to|we will need you to|you will need to|you'll need to|you need to|we ask that you|we ask you to|we'd ask you to|i need you to|we require you to|you must|you are required to|you're required to|we kindly ask you to|please kindly)";
const TELL = '(describe|explain|tell us|tell me|send|send us|send me|provide|provide us with|share|state|give us|let us know|outline|submit|confirm|write|write down|fill in|fill out|detail|list|forward|email us|spell out|repeat|clarify)';
const AGAIN = '(again|once more|one more time|once again|a second time|anew|all over again|from the (beginning|start|top)|from scratch)';
const NO_NEED = ["We have the details from your earlier message, so there's no need to repeat them.", '{sender} has your earlier message and is on it; no need to repeat anything.'];
const NOT_REPEAT = ['(password|passcode|code|link|verification|verify|otp|pin|log in|login|log-in|sign in|signin|try|attempt|later|refresh|reload|survey|click|tap|restart|reboot|order again|shop again|buy again|visit)'];

/** Asking customers to explain again what they already told you: the first frustration customers report. */
export const en: PhraseEntry[] = [
  { match: `${ASK} (please|kindly)? ${TELL} ... ${AGAIN}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `^ ${TELL} ... ${AGAIN}`, except: NOT_REPEAT, replace: NO_NEED },
  { match: `${ASK}? (re-explain|reexplain|re-describe|redescribe|re-state|restate|re-submit|resubmit|re-send|resend|re-enter|reenter|re-type|retype|re-write|rewrite|repeat|re-share|reshare|re-forward|reforward) (us)? (your|the|all|all of your|all the)? (request|question|questions|issue|problem|complaint|details|information|info|description|order number|order id|order details|account number|account details|concern|concerns|case|query|inquiry|enquiry|explanation|story|situation|message|feedback|answers|reply|response)`, except: NOT_REPEAT, replace: NO_NEED },
  { match: '(can|could|would|will) you (please|kindly)? (remind|refresh) (us|me|our memory|my memory)', replace: NO_NEED },
  { match: '^ what (was|is|were) (your|the) ... again', replace: NO_NEED },
  { match: '(please|kindly)? (open|create|submit|file|start|raise|log|send) a (new|fresh|separate) (ticket|request|case|support request|support ticket|complaint|inquiry|enquiry|chat|conversation|thread|email|message) (and|to|with) (describe|explain|include|tell|provide|detail|restate|repeat|mention)', replace: NO_NEED },
  { match: '(we|i) (do not|don\'t|did not|didn\'t|cannot|can\'t|could not|couldn\'t) (have|find|see|locate|access) (any)? (record|records|history|copy|details|trace) of (your|the|our|this) (previous|prior|earlier|last|past)? (conversation|conversations|communication|correspondence|request|call|chat|message|messages|email|emails|ticket|complaint) ... (please|kindly|could you|can you) ...', replace: NO_NEED },
];
