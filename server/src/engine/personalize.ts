/**
 * Reads which variables a template already uses (the reader's name, the sender's name, email and phone) and
 * spells new ones in the template's own dialect, so a rewrite looks like the writer wrote it.
 */
import type { TemplateTag } from './formats/tags';
import type { Dialect, Format, Language, Personalization } from './types';

export type VariableRole = 'name' | 'senderName' | 'senderEmail' | 'senderPhone';

const NAME_LEAF = /^(?:first_?name|firstname|fname|given_?name|name|full_?name|fullname|display_?name|nick_?name|nickname|user_?name|username|customer_?name|customer_?first_?name|customer_?firstname|client_?name|contact_?name|recipient_?name|member_?name|patient_?name|subscriber_?name|buyer_?name|billing_?first_?name|billing_?name|shipping_?first_?name|first|realname|real_?name|forename|firstnm|fn|f_?name|customer|client|user|recipient)$/i;
const NOT_A_PERSON = /(?:store|shop|company|product|site|app|brand|business|organi[sz]ation|org|team|merchant|file|domain|plan|service|event|course|item|category|city|country|state|street|bank|host|server|theme|template|page|group|list|campaign|project|workspace|channel|department|dept|vendor|seller|supplier|carrier|agency|payment|method|gateway|coupon|package|shipping_?method|attachment|image|tag|currency|zone|region|street|account_?type|status|tax|role|location|venue|clinic|hospital|hotel|school|network|platform)/i;
const SENDER_CONTEXT = /(?:sender|agent|staff|from|signature|signer|rep|representative|owner|manager|author|assignee|support_?person|advisor|adviser|consultant|operator|admin|employee|specialist|ceo|founder|me\b|my_)/i;
const PERSON_CONTEXT = /(?:customer|user|recipient|contact|client|member|patient|subscriber|person|buyer|shopper|guest|account|order\.customer|billing|shipping|to_|receiver|reader|participant|respondent|attendee|lead|profile|object\.partner|partner)/i;

export function roleOf(variable: string | undefined): VariableRole | undefined {
  if (!variable) return undefined;
  const path = variable.toLowerCase();
  const leaf = path.split(/[.\[\]'"]/).filter(Boolean).pop() ?? path;
  const leafCompact = leaf.replace(/-/g, '_');
  if (SENDER_CONTEXT.test(path)) {
    if (/e_?mail|mail$/.test(leafCompact)) return 'senderEmail';
    if (/phone|tel|mobile|cell/.test(leafCompact)) return 'senderPhone';
    if (/name|first|signature$|^(sender|agent|staff|rep|owner|manager|author|assignee)$/.test(leafCompact)) return 'senderName';
    return undefined;
  }
  if (NOT_A_PERSON.test(leafCompact) || (NOT_A_PERSON.test(path) && !PERSON_CONTEXT.test(path))) return undefined;
  if (NAME_LEAF.test(leafCompact) && leafCompact !== 'name') return 'name';
  if (leafCompact === 'name' || leafCompact === 'first' || /^(customer|client|user|recipient)$/.test(leafCompact)) {
    // A bare `name` is the reader's name unless the path says it is a thing.
    return PERSON_CONTEXT.test(path) || path === 'name' ? 'name' : undefined;
  }
  return undefined;
}

export interface Personalizer {
  dialect: Dialect;
  /** The source text of the tag the template already uses for a role, or a new tag in its dialect. */
  spell(role: VariableRole, language: Language): string;
  /** True when the template (or configuration) names a variable for this role. */
  has(role: VariableRole): boolean;
  /** A name tag with a fallback in this dialect, or undefined when the dialect has no inline fallback. */
  withFallback(tag: TemplateTag, source: string, language: Language): string | undefined;
  fallbackWord(language: Language): string;
  /** The reader's name as a greeting should write it: with an inline fallback where the dialect has one. */
  greetingName(language: Language): string;
}

/** Dialects whose output tag can carry its own fallback without wrapping the greeting in a block. */
const INLINE_FALLBACK = new Set<Dialect>(['liquid', 'twig', 'blade', 'smarty', 'erb']);

const DEFAULT_VARIABLES: Record<VariableRole, string> = {
  name: 'first_name',
  senderName: 'sender_name',
  senderEmail: 'sender_email',
  senderPhone: 'sender_phone',
};

function defaultDialect(format: Format): Dialect {
  switch (format) {
    case 'liquid': return 'liquid';
    case 'twig': return 'twig';
    case 'erb': return 'erb';
    default: return 'handlebars';
  }
}

/** How a variable path is written as an output tag in a dialect. */
export function spellTag(dialect: Dialect, variable: string): string {
  switch (dialect) {
    case 'liquid': case 'twig': return `{{ ${variable} }}`;
    case 'blade': return `{{ $${variable} }}`;
    case 'erb': return `<%= ${variable} %>`;
    case 'mailchimp': return `*|${variable.toUpperCase()}|*`;
    case 'rails-i18n': return `%{${variable}}`;
    case 'dollar': return `\${${variable}}`;
    case 'smarty': return `{$${variable}}`;
    case 'percent': return `%${variable}%`;
    case 'bracket': return `[${variable}]`;
    case 'colon': return `:${variable}`;
    case 'brace': return `{${variable}}`;
    case 'php': return `<?= $${variable} ?>`;
    case 'qweb': return `<t t-out="object.${variable}"/>`;
    default: return `{{${variable}}}`;
  }
}

export function createPersonalizer(tags: TemplateTag[], text: string, format: Format, config: Personalization = {}, filePath = ''): Personalizer {
  const counts = new Map<Dialect, number>();
  const byRole = new Map<VariableRole, TemplateTag>();
  for (const tag of tags) {
    if (tag.kind !== 'output') continue;
    counts.set(tag.dialect, (counts.get(tag.dialect) ?? 0) + 1);
    const role = roleOf(tag.variable);
    if (role && !byRole.has(role)) byRole.set(role, tag);
  }
  let dialect = defaultDialect(format);
  let best = 0;
  for (const [d, c] of counts) if (c > best) { best = c; dialect = d; }
  const configured: Partial<Record<VariableRole, string>> = {
    name: config.name, senderName: config.senderName, senderEmail: config.senderEmail, senderPhone: config.senderPhone,
  };
  const freemarker = filePath.toLowerCase().endsWith('.ftl');

  const fallbackWord = (language: Language) => config.fallback?.[language] ?? (language === 'fa' ? 'دوست عزیز' : 'there');

  const personalizer: Personalizer = {
    dialect,
    fallbackWord,
    greetingName(language) {
      const tag = byRole.get('name');
      if (tag && !configured.name) {
        const source = text.slice(tag.start, tag.end);
        if (tag.hasFallback || !INLINE_FALLBACK.has(tag.dialect) && !(tag.dialect === 'dollar' && freemarker)) return source;
        return personalizer.withFallback(tag, source, language) ?? source;
      }
      const variable = configured.name ?? (dialect === 'mailchimp' ? 'FNAME' : DEFAULT_VARIABLES.name);
      const source = spellTag(dialect, variable);
      if (!INLINE_FALLBACK.has(dialect) && !(dialect === 'dollar' && freemarker)) return source;
      const expr = dialect === 'blade' ? `$${variable}` : dialect === 'smarty' ? `$${variable}` : variable;
      return personalizer.withFallback({ start: 0, end: 0, dialect, kind: 'output', expr, variable }, source, language) ?? source;
    },
    has: (role) => Boolean(configured[role] || byRole.has(role)),
    spell(role) {
      const variable = configured[role];
      if (variable) return spellTag(dialect, variable);
      const tag = byRole.get(role);
      if (tag) return text.slice(tag.start, tag.end);
      return spellTag(dialect, dialect === 'mailchimp' && role === 'name' ? 'FNAME' : DEFAULT_VARIABLES[role]);
    },
    withFallback(tag, source, language) {
      const word = fallbackWord(language);
      const expr = tag.expr;
      switch (tag.dialect) {
        case 'liquid': return `{{ ${expr} | default: "${word}" }}`;
        case 'twig': return `{{ ${expr}|default('${word}') }}`;
        case 'blade': return `{{ ${expr} ?? '${word}' }}`;
        case 'smarty': return `{${expr}|default:'${word}'}`;
        case 'erb': return `<%= ${expr}.presence || "${word}" %>`;
        case 'dollar': return freemarker ? `\${${expr}!"${word}"}` : undefined;
        case 'mailchimp': return `*|IF:${expr}|*${source}*|ELSE:|*${word}*|END:IF|*`;
        case 'handlebars': return `{{#if ${tag.variable}}}${source}{{else}}${word}{{/if}}`;
        default: return undefined;
      }
    },
  };
  return personalizer;
}
