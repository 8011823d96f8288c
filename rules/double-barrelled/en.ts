import { oneOf, type PhraseEntry } from '../../server/engine/kit';

/**
 * Things a customer judges separately: each can be good while the other is bad, so one answer cannot cover both.
 * Nouns of a service or product, and the adjectives said of staff, pages and processes.
 */
const NOUN = oneOf(
  'price*', 'pricing', 'cost*', 'value', 'fee', 'fees', 'delivery', 'shipping', 'speed', 'quality', 'service', 'support',
  'staff', 'packaging', 'product*', 'design', 'website', 'app', 'checkout', 'communication', 'friendliness',
  'knowledge', 'professionalism', 'accuracy', 'cleanliness', 'food', 'comfort', 'location', 'selection', 'variety',
  'availability', 'timeliness', 'helpfulness', 'courtesy', 'responsiveness', 'reliability', 'performance', 'content',
  'layout', 'navigation', 'instructions', 'documentation', 'billing', 'installation', 'setup', 'onboarding',
  'feature', 'features', 'usability', 'security', 'privacy', 'ambience', 'atmosphere', 'taste', 'portion*', 'menu',
  'parking', 'wait time', 'waiting time', 'response time', 'delivery time', 'delivery speed', 'customer service',
  'politeness', 'expertise', 'clarity', 'organization', 'organisation', 'facilities', 'equipment', 'durability',
  'fit', 'sizing', 'returns', 'refund', 'refunds', 'accessibility', 'teacher', 'instructor', 'materials',
);
const ADJ = oneOf(
  'friendly', 'helpful', 'polite', 'courteous', 'knowledgeable', 'professional', 'fast', 'quick', 'prompt', 'clear',
  'easy', 'simple', 'accurate', 'clean', 'comfortable', 'affordable', 'cheap', 'reliable', 'responsive', 'useful',
  'informative', 'engaging', 'relevant', 'timely', 'efficient', 'attentive', 'respectful', 'tasty', 'fresh',
  'safe', 'secure', 'accessible', 'concise', 'thorough', 'patient', 'empathetic', 'organized', 'organised',
);
const AND = oneOf('and', '&', 'and/or', 'as well as', 'and also', 'and the', 'and our', 'and your', 'and its', 'and their');

/** Two things judged in one question: "price and delivery", "friendly and helpful". */
export const en: PhraseEntry[] = [
  { match: `${NOUN} ${AND} ${NOUN}`, except: ['between', 'compar*', '(versus|vs)'] },
  { match: `${ADJ} ${AND} ${ADJ}`, except: ['between ...'] },
];
