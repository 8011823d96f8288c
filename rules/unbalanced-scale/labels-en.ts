/**
 * How English answer labels are read: which side of a scale each one is on. Labels are short and whole, so they are
 * read as whole labels (folded: lower case, digits and spaces normalized), not searched in running prose.
 */
export const LABELS_EN = {
  /** A way out, not a point of the scale. */
  out: /^(?:n\/?a|not applicable|does ?n[o']t apply|do ?n[o']t know|i do ?n[o']t know|not sure|unsure|no opinion|prefer not to (?:say|answer)|(?:i'?d )?rather not (?:say|answer)|decline to answer|other|none|(?:i )?(?:have ?n[o']t|did ?n[o']t|never) (?:used?|tried|tasted|had|visited|bought|been)(?: it| them| this| that| there)?|(?:i'?ve )?never (?:used|tried|had)(?: it| them)?|not (?:used|tried)|did ?n[o']t participate|no basis (?:for|to) (?:evaluation|evaluate|judge|judging)|can ?n[o']t (?:say|judge|rate))$/,
  /** The middle. */
  mid: /^(?:neutral|neither\b.*\b(?:nor|or)\b.*|average|fair|ok|okay|so-so|moderate|mixed|undecided|about the same|the same|met expectations|meets expectations|as expected|acceptable|adequate|in between|indifferent|(?:i )?(?:do ?n[o']t|don't) mind)$/,
  /** The negative side: tested before `pos` ("dissatisfied" holds "satisfied", "not good" holds "good"). */
  neg: /\b(?:poor|bad|terrible|awful|horrible|dreadful|dis(?:satisf|agree|like|appoint|pleas)\w*|un(?:satisf|likely|helpful|happy|clear|important|acceptable|useful|easy|reliable|friendly|fair)\w*|useless|worse|worst|difficult|hard|inadequate|unacceptable|below (?:average|expectations)|did ?n[o']t meet|not\b|never|hate|weak|slow|low|lower|very low|rarely|negative)/,
  /**
   * Middles that lean low when they are not in the middle: "Excellent / Good / Fair / Poor" is two and two, with
   * "Fair" as the milder low answer; in "Very poor / Poor / Fair / Good / Very good" it is the middle.
   */
  softMid: /^(?:fair|average|ok|okay|acceptable|adequate)$/,
  /** The positive side. */
  pos: /\b(?:excellent|good|great|satisf(?:ied|actory)|agree|likely|easy|helpful|useful|important|happy|pleased|delighted|better|best|clear|outstanding|superb|amazing|fantastic|wonderful|perfect|above (?:average|expectations)|exceed\w*|high|higher|fast|love|like|exceptional|positive|always|reliable|friendly|valuable)\b/,
  /** A degree word: with one "not at all" label, a scale of degrees is unipolar (not at all … extremely). */
  degree: /^(?:not at all|slightly|somewhat|moderately|fairly|quite|very|extremely|a little|a lot|completely|mostly|a bit)\b/,
  /** A negative that is the same word with \"not\" (\"not so likely\", \"not at all likely\"): no antonym, one pole. */
  notAtAll: /^not(?: at all| so| very| too)?\b/,
};

/** Balanced scales written out, positive end first, for adding what a scale is missing at its end. */
export const FAMILIES_EN: string[][] = [
  ['Strongly agree', 'Agree', 'Neither agree nor disagree|Neutral', 'Disagree', 'Strongly disagree'],
  ['Very satisfied', 'Satisfied', 'Neither satisfied nor dissatisfied|Neutral', 'Dissatisfied', 'Very dissatisfied'],
  ['Very likely', 'Likely', 'Neither likely nor unlikely|Neutral', 'Unlikely', 'Very unlikely'],
  ['Very easy', 'Easy', 'Neither easy nor difficult|Neutral', 'Difficult', 'Very difficult'],
  ['Very good', 'Good', 'Fair|Average|Neutral', 'Poor', 'Very poor'],
  ['Excellent', 'Good', 'Fair|Average', 'Poor', 'Very poor'],
];
