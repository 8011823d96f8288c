import type { PhraseEntry } from '../../server/src/engine/match';

/** "Let us know what you think by taking the survey" invites a survey click, not a reply. */
const SURVEY = '(survey|questionnaire|poll|rating|rate|review|star|stars|form|click|tap|button|link below|quick questions)';
const NEGATED = ['(do not|don\'t|dont|never|cannot|can\'t|unable|not monitored|unmonitored|unattended|no-reply|noreply|not be (read|answered|monitored)|will not be|won\'t be)'];

/** Invitations to reply or reach a person. Any one of them means the reader has somewhere to turn. */
export const en: PhraseEntry[] = [
  { match: '(just|simply|please|feel free to|you can|you may|go ahead and)? (reply|respond|write back|answer) (to)? (this|the|our)? (e-mail|email|message|note|mail)?', except: NEGATED },
  { match: '(hit|press|click) reply', except: NEGATED },
  { match: '(by|via|just|simply)? (replying|responding|writing back|answering) (to)? (this|the|our)? (e-mail|email|message|note|mail)?', except: NEGATED },
  { match: '(reach out|get in touch|get back to us|let us know|let me know|drop us a line|drop me a line|write us|write me|write to us|write to me|send us a (message|note|line|reply)|send me a (message|note|line)|email me|email us|text me|text us|message me|message us|talk to me|chat with me)', except: [...NEGATED, SURVEY] },
  { match: '(visit|see|use|through|via) (our|the) contact (page|form|us page)' },
  { match: 'contact (form|page)' },
  { match: '(use|in|via|through) (the|our) app (to)? (contact|message|chat with|call|reach)' },
  { match: "(i'd|i would|we'd|we would) (love|like|be happy|be glad) to (hear|help|answer|chat)", except: [...NEGATED, SURVEY] },
  { match: '(contact|message|call|text|chat with|reach) (support|your driver|your courier|your host|our support|customer service|customer care|the (store|shop|team|office|clinic|host|driver|courier))' },
  { match: '(look|looking|we look|i look) forward to (hearing|your reply|your response|hearing back|your answer|your feedback|your thoughts)', except: [...NEGATED, SURVEY] },
  { match: '(reply|replies|response|responses|answer|answers) (go|goes|come|comes|will go|will come|reach|reaches) (straight|directly|right)? (to)? (me|us|our team|a person|a human|my inbox|a real person)', except: NEGATED },
  { match: '(get back to|write back to|come back to) (me|us)', except: NEGATED },
  { match: '(just|simply|please) ask', except: NEGATED },
  { match: '(speak|talk|chat) (to|with) (someone|a person|a human|an agent|a real person|our team|a member of our team|one of our)' },
];
