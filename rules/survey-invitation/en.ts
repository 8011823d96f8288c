import { oneOf, type PhraseEntry } from '../../server/engine/kit';

const SURVEY = oneOf('survey', 'surveys', 'questionnaire', 'poll', 'feedback form', 'feedback survey', 'satisfaction survey', 'customer survey', 'nps survey', 'short form', 'quiz');
const REVIEW = oneOf('review', 'reviews', 'rating', 'ratings', 'star rating', 'testimonial', 'feedback');
const TAKE = oneOf('take', 'complete', 'fill out', 'fill in', 'answer', 'participate in', 'respond to', 'take part in', 'vote in', 'do', 'start', 'begin', 'try', 'click here (to)? (take|complete|start)?');

/** Thanks for a survey already taken is not an invitation. */
const DONE = ["(thank you|thanks) (so much|very much)? (for|again for) (taking|completing|answering|filling|doing|your (feedback|review|rating|response|responses|answers))", "(you|you've|you have) (took|taken|completed|answered|filled|left|rated)"];

/** The invitation: take our survey, rate your experience, leave a review, tell us how we did. */
/** Invitations to a survey or questionnaire: these should also say how long it takes. */
export const enSurveys: PhraseEntry[] = [
  { match: "(could you|would you|please|kindly)? (answer|complete|fill out|respond to) (the|a few|these|some|our|a couple of|the following|two|three|four|five|\\d+|few) (short|quick|brief|simple)? (questions|question)", except: DONE },
  { match: `${TAKE} (our|the|a|this|this short|this quick|a short|a quick|a brief|our short|our quick|our brief|a two-minute|a 2-minute|a one-minute|our customer|our satisfaction) ... ${SURVEY}`, except: [...DONE, '(if|whether|when) (you|we) (took|completed|answered)', '(thank you|thanks) (for|again for) (taking|completing|answering|filling)'] },
  { match: `${SURVEY} (is|takes|will take|only takes) ... (minute*|second*|question*)`, except: DONE },
  // "Our quick questionnaire is waiting for you", "spare a few minutes for our survey": the ask without the verb 'take'.
  { match: `(our|the|a|this|your) ... ${SURVEY} (is|are) (now)? (waiting|ready|open|live|here|available|out)`, except: [...DONE, '(closed|ended|results)'] },
  { match: `(spare|give|lend|find) (us|me)? (a|a few|two|three|five|one|just a|just|only)? (\\d+)? (minute|minutes|moment|moments|seconds) (for|to (take|complete|fill|answer|do)) (our|the|a|this) ... ${SURVEY}`, except: DONE },
];

/** Invitations to rate, review or give feedback: a click or a line, so the time matters less. */
export const en: PhraseEntry[] = [
  { match: 'rate (your|us|our|the|this|how) (recent|last|latest)? ... (experience|order|purchase|stay|visit|service|delivery|support|conversation|chat|call|interaction|product|item|meal|trip|ride|flight|agent|we did)', except: [...DONE, '(exchange|interest|tax|conversion) rate'] },
  { match: `(leave|leaving|write|writing|post|posting|share|sharing|give|giving|submit|submitting|add|adding) (us|me)? (a|an|your|a quick|a short|an honest|a star)? (honest|quick|short|5-star|five-star|star|product|google|yelp|public)? ${REVIEW}`, except: [...DONE, '(thank you|thanks) (for|again for) (leaving|writing|posting|sharing|your)', '(read|see|view) (our|the) (reviews|ratings)'] },
  { match: "(give|leave|send) (us|me) (a|your) (score|rating|grade|mark|star rating|thumbs up|thumbs-up)", except: DONE },
  { match: "(how are we doing|how're we doing|how are we doing so far) $", except: DONE },
  { match: '(how did we do|how was your (experience|order|stay|visit|delivery|meal|ride|trip|flight|chat|call)|how would you rate|how likely are you to recommend|how satisfied (are|were) you)', except: DONE },
  { match: '(tell|let) us (know)? (how we did|what you think of|what you thought of|about your experience|how your (experience|order|stay|visit) was)', except: DONE },
  { match: "your (feedback|opinion|opinions|input|thoughts|voice|views|say) (is|are|really|truly)? (very|really|so|extremely|truly|most|incredibly)? (important|valuable|invaluable|vital|matters|matter|means a lot|counts)", except: [...DONE, '(reply|email|write|contact)'] },
  { match: "(we|i) (really|truly|greatly|would|'d)? (value|want|need|love|welcome|appreciate) (to hear|to have)? your (honest)? (feedback|opinion|opinions|input|thoughts)", except: [...DONE, '(reply|email|write|contact) (to|us|me)'] },
  { match: '(click|tap) (here|below|the (button|link|stars?)) (to)? (rate|review|share|give|leave) ...', except: DONE },
  // "Help us improve by clicking the link below": the ask is the help, the means a click or an answer.
  { match: 'help us improve (by|with) (clicking|answering|taking|telling|sharing|completing|filling|rating|leaving|giving|voting|tapping)', except: DONE },
];
