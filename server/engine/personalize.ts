/**
 * Reads which variables a template already uses (the reader's name, the sender's name, email and phone) and
 * spells new ones in the template's own dialect, so a rewrite looks like the writer wrote it.
 */
import type { TemplateTag } from './formats/tags';
import { FALLBACK_PATTERN, rendersHtml, stringLiteral, textLiteral, variableProblem } from './template-literal';
import { classifyVariable } from './variables';
import type { Dialect, Format, Language, Personalization } from './types';

export type VariableRole = 'name' | 'senderName' | 'senderEmail' | 'senderPhone';

const SENDER_WORDS = new Set(['sender', 'agent', 'staff', 'from', 'signature', 'signer', 'rep', 'representative', 'owner', 'manager', 'author', 'assignee', 'advisor', 'adviser', 'consultant', 'operator', 'employee', 'specialist', 'me', 'my', 'support', 'helpdesk', 'admin', 'reply', 'replyto', 'contact', 'ceo', 'founder', 'host', 'organizer', 'organiser', 'coach', 'teacher', 'doctor', 'dr', 'physician', 'nurse', 'caseworker']);
const THING_WORDS = new Set(['store', 'shop', 'company', 'product', 'site', 'website', 'app', 'brand', 'business', 'organization', 'organisation', 'org', 'team', 'merchant', 'file', 'domain', 'plan', 'service', 'event', 'course', 'item', 'category', 'city', 'country', 'state', 'street', 'bank', 'server', 'theme', 'template', 'page', 'group', 'list', 'campaign', 'project', 'workspace', 'channel', 'department', 'dept', 'vendor', 'seller', 'supplier', 'carrier', 'agency', 'payment', 'method', 'gateway', 'coupon', 'package', 'attachment', 'image', 'tag', 'currency', 'zone', 'region', 'status', 'tax', 'role', 'location', 'venue', 'clinic', 'hospital', 'hotel', 'school', 'network', 'platform', 'network', 'participant_org', 'application', 'survey', 'form', 'field', 'variant', 'shipping_method', 'model', 'device', 'browser', 'operating', 'system', 'os', 'invoice', 'order', 'ticket', 'account_type', 'plan', 'tier', 'program', 'module', 'feature', 'policy', 'document', 'report', 'job', 'task', 'key', 'certificate', 'api', 'env', 'environment', 'host_name', 'hostname', 'title', 'subject', 'period', 'month', 'day', 'date', 'time']);
const PERSON_WORDS = new Set(['customer', 'user', 'recipient', 'client', 'member', 'patient', 'subscriber', 'person', 'buyer', 'shopper', 'guest', 'account', 'billing', 'shipping', 'receiver', 'reader', 'participant', 'respondent', 'attendee', 'lead', 'profile', 'partner', 'to', 'cust', 'usr', 'student', 'applicant', 'candidate', 'traveler', 'traveller', 'passenger', 'donor', 'employee_name', 'invitee', 'owner', 'contact', 'addressee', 'friend', 'visitor', 'player', 'learner']);
const NAME_LEAVES = new Set(['name', 'firstname', 'fname', 'cname', 'uname', 'fullname', 'nickname', 'givenname', 'displayname', 'username', 'forename', 'realname', 'lastname', 'lname', 'surname', 'familyname', 'fn', 'nick', 'salutation']);

/** `customer.firstName` → ['customer', 'first', 'name']; `FNAME` → ['fname']. */
export function variableWords(variable: string): string[] {
  return variable
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const roles = new Map<string, VariableRole | undefined>();

const SAFE_FALLBACK = new RegExp(FALLBACK_PATTERN, 'u');

export function roleOf(variable: string | undefined): VariableRole | undefined {
  if (!variable) return undefined;
  if (roles.has(variable)) return roles.get(variable);
  // `%%BOARD_NAME%%`, `{{ shop.name }}`: a company's name, never the reader's or the sender's.
  const kind = classifyVariable(variable);
  const role = kind === 'organization' ? undefined : wordRole(variable);
  // `{SIGNATURE}`, Odoo's `object.user_id.name` (the employee, not the customer): the sender.
  const result = kind === 'sender' && (role === undefined || role === 'name') ? 'senderName' : role;
  if (roles.size < 5000) roles.set(variable, result);
  return result;
}

function wordRole(variable: string): VariableRole | undefined {
  const words = variableWords(variable);
  if (!words.length) return undefined;
  const leaf = words[words.length - 1];
  const joined = words.join('');
  // `%USERFULLNAME%`, `%CANDFULLNAME%`: a name glued to what it qualifies is still a name.
  const isName = NAME_LEAVES.has(leaf) || NAME_LEAVES.has(joined) || /^(first|given|full|display|nick|last|family|real)name$/.test(words.slice(-2).join('')) || /.(?:first|given|full|display|last|family|real)name$/.test(joined);
  // A bare `host` is the server's host name (see variables.ts), not who sends.
  if (words.length === 1 && leaf === 'host') return undefined;
  // A bare `{{ contact_name }}` is the person the CRM mail is about or sent to (a "contact" is a customer there), as
  // variables.ts reads it; `support_contact_name` or `site_contact_name` still names someone to reach.
  if (isName && words[0] === 'contact' && words.slice(1).every((w) => NAME_LEAVES.has(w) || /^(first|given|full|display|last|family)$/.test(w))) return 'name';
  if (words.some((w) => SENDER_WORDS.has(w)) && !words.some((w) => PERSON_WORDS.has(w) && w !== 'contact' && w !== 'owner')) {
    // A name leaf is a name whatever mail object it hangs off (`mail.from_display_name`, `email.sender_name`).
    if (isName || leaf === 'signature') return 'senderName';
    if (words.some((w) => /^(e?mail|email|address)$/.test(w))) return 'senderEmail';
    if (words.some((w) => /^(phone|tel|telephone|mobile|cell|whatsapp)$/.test(w))) return 'senderPhone';
    if (words.length === 1) return 'senderName';
    return undefined;
  }
  if (words.some((w) => THING_WORDS.has(w)) && !words.some((w) => PERSON_WORDS.has(w))) return undefined;
  if (words.some((w) => THING_WORDS.has(w)) && !isName) return undefined;
  if (isName) {
    // `product_name`-like paths were excluded above; a name next to a thing word ("store name") is not a person.
    const before = words[words.length - 2];
    if (before && THING_WORDS.has(before)) return undefined;
    return 'name';
  }
  if (words.length === 1 && /^(customer|client|user|recipient|member|subscriber|patient)$/.test(leaf)) return 'name';
  return undefined;
}

export interface Personalizer {
  dialect: Dialect;
  /** The source text of the tag the template already uses for a role, or a new tag in its dialect. */
  spell(role: VariableRole, language: Language): string;
  /** True when the template (or configuration) names a variable for this role. */
  has(role: VariableRole): boolean;
  /** A name tag with a fallback in this dialect, or undefined when the dialect has no inline fallback. */
  withFallback(tag: TemplateTag, source: string, language: Language, word?: string): string | undefined;
  fallbackWord(language: Language): string;
  /** The reader's name as a greeting should write it: with an inline fallback where the dialect has one. */
  greetingName(language: Language): string;
}

/** Dialects whose output tag can carry its own fallback without wrapping the greeting in a block. */
const INLINE_FALLBACK = new Set<Dialect>(['liquid', 'twig', 'blade', 'smarty', 'erb', 'haml', 'jsx']);

const DEFAULT_VARIABLES: Record<VariableRole, string> = {
  name: 'first_name',
  senderName: 'sender_name',
  senderEmail: 'sender_email',
  senderPhone: 'sender_phone',
};

/** The dialect a template of this format is written in when its tags do not say otherwise. */
export function defaultDialect(format: Format): Dialect {
  switch (format) {
    case 'liquid': return 'liquid';
    case 'twig': return 'twig';
    case 'erb': return 'erb';
    case 'haml': return 'haml';
    case 'jsx': return 'jsx';
    default: return 'handlebars';
  }
}

/**
 * How a variable path is written as an output tag in a dialect. Callers pass paths that passed
 * `variableProblem` for the dialect (configuration is checked in createPersonalizer), so no code gets in.
 */
export function spellTag(dialect: Dialect, variable: string): string {
  switch (dialect) {
    case 'liquid': case 'twig': return `{{ ${variable} }}`;
    // PHP reads `$user.name` as a concatenation: properties are `->`.
    case 'blade': return `{{ $${variable.replace(/\./g, '->')} }}`;
    case 'erb': return `<%= ${variable} %>`;
    // Interpolation works in any HAML text, where a rewrite puts the name; `= x` would need a line of its own.
    case 'haml': return `#{${variable}}`;
    case 'mailchimp': return `*|${variable.toUpperCase()}|*`;
    case 'rails-i18n': return `%{${variable}}`;
    case 'dollar': return `\${${variable}}`;
    case 'smarty': return `{$${variable}}`;
    case 'percent': return `%${variable}%`;
    case 'bracket': return `[${variable}]`;
    case 'colon': return `:${variable}`;
    case 'brace': return `{${variable}}`;
    case 'tt': return `[% ${variable} %]`;
    case 'chevron': return `<<${variable}>>`;
    case 'underscore': return `__${variable.toUpperCase()}__`;
    case 'php': return `<?= $${variable.replace(/\./g, '->')} ?>`;
    case 'qweb': return `<t t-out="object.${variable}"/>`;
    case 'jsx': return `{${variable}}`;
    default: return `{{${variable}}}`;
  }
}

/** JavaScript's names for the roles, where a component neither uses nor destructures one (`{firstName}`). */
const JSX_DEFAULT_VARIABLES: Record<VariableRole, string> = {
  name: 'firstName',
  senderName: 'senderName',
  senderEmail: 'senderEmail',
  senderPhone: 'senderPhone',
};

/** What a JSX component says of its variables: the props it destructures, or the name of its props object. */
export interface JsxVariables {
  declared: readonly string[];
  propsParam?: string;
}

/**
 * `jsx`: a React component's props (formats/jsx.ts). A rewrite that needs a variable the component does not print
 * yet takes a prop it destructures for that role (`{ userName }` for the reader's name), else `props.x` when the
 * component takes a props object: a name the component does not have would not even render.
 */
export function createPersonalizer(tags: TemplateTag[], text: string, format: Format, config: Personalization = {}, filePath = '', jsx?: JsxVariables): Personalizer {
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
  const declared = new Map<VariableRole, string>();
  for (const name of jsx?.declared ?? []) {
    const role = roleOf(name);
    if (role && !declared.has(role)) declared.set(role, name);
  }
  /** The variable a new tag for a role uses when the template has none: a prop for JSX, the dialect's default name else. */
  const defaultVariable = (role: VariableRole) => {
    // A JS module's email (formats/js-html.ts) prints `${…}` of its function's parameters as JSX prints props.
    if (dialect === 'jsx' || (dialect === 'dollar' && jsx)) return declared.get(role) ?? (jsx?.propsParam ? `${jsx.propsParam}.` : '') + JSX_DEFAULT_VARIABLES[role];
    return dialect === 'mailchimp' && role === 'name' ? 'FNAME' : DEFAULT_VARIABLES[role];
  };
  // Configured variables become tag code: only plain paths valid in this template's dialect are used (the config
  // schema refuses the rest with the file and key; this holds for any caller of lint()).
  const usable = (v: string | undefined) => (v && !variableProblem(dialect, v) ? v : undefined);
  const configured: Partial<Record<VariableRole, string>> = {
    name: usable(config.name), senderName: usable(config.senderName), senderEmail: usable(config.senderEmail), senderPhone: usable(config.senderPhone),
  };
  const freemarker = filePath.toLowerCase().endsWith('.ftl');
  const mustache = filePath.toLowerCase().endsWith('.mustache');
  const html = rendersHtml(format, filePath, text);

  /**
   * A tag as a rewrite may write it elsewhere in the text: its own source, except a HAML `= @user.name` line,
   * which is only code on a line of its own: in text it is written `#{@user.name}`.
   */
  const sourceOf = (tag: TemplateTag) =>
    tag.dialect === 'haml' && !text.startsWith('#{', tag.start) ? `#{${tag.expr}}` : tag.dialect === 'jsx' ? `{${tag.expr}}` : text.slice(tag.start, tag.end);

  const defaultWord = (language: Language) => (language === 'fa' ? 'دوست عزیز' : 'there');
  /**
   * The configured fallback word, when it is a plain word. The config resolver refuses any other, but the engine
   * is also called with options nobody validated (an API caller, the fuzz suite): a word holding template syntax
   * of another dialect (`*|0` in a Handlebars template) would be read back as a broken tag, so it is not used.
   */
  const configuredWord = (language: Language) => {
    const word = config.fallback?.[language];
    return word !== undefined && SAFE_FALLBACK.test(word) ? word : undefined;
  };
  /** The configured fallback as it may be written in this template's text; the default if it cannot be. */
  const fallbackWord = (language: Language) => {
    const word = configuredWord(language);
    return (word === undefined ? undefined : textLiteral(dialect, word, html)) ?? defaultWord(language);
  };

  const personalizer: Personalizer = {
    dialect,
    fallbackWord,
    greetingName(language) {
      const tag = byRole.get('name');
      if (tag && !configured.name) {
        const source = sourceOf(tag);
        if (tag.hasFallback || !INLINE_FALLBACK.has(tag.dialect) && !(tag.dialect === 'dollar' && freemarker)) return source;
        return personalizer.withFallback(tag, source, language) ?? source;
      }
      const variable = configured.name ?? defaultVariable('name');
      const source = spellTag(dialect, variable);
      if (!INLINE_FALLBACK.has(dialect) && !(dialect === 'dollar' && freemarker)) return source;
      const expr = dialect === 'blade' ? `$${variable.replace(/\./g, '->')}` : dialect === 'smarty' ? `$${variable}` : variable;
      return personalizer.withFallback({ start: 0, end: 0, dialect, kind: 'output', expr, variable }, source, language) ?? source;
    },
    has: (role) => Boolean(configured[role] || byRole.has(role) || declared.has(role)),
    spell(role) {
      const variable = configured[role];
      if (variable) return spellTag(dialect, variable);
      const tag = byRole.get(role);
      if (tag) return sourceOf(tag);
      return spellTag(dialect, defaultVariable(role));
    },
    withFallback(tag, source, language, override) {
      const raw = override ?? configuredWord(language) ?? defaultWord(language);
      const expr = tag.expr;
      // The word is a string literal inside the tag, or template text between tags: escaped for where it
      // lands, and no rewrite at all when it cannot be written safely there.
      const quoted = stringLiteral(tag.dialect, raw, html);
      const plain = textLiteral(tag.dialect, raw, html);
      const inString = ['liquid', 'twig', 'blade', 'smarty', 'erb', 'haml', 'dollar', 'jsx'].includes(tag.dialect);
      if ((inString ? quoted : plain) === undefined) return undefined;
      const word = (inString ? quoted : plain)!;
      switch (tag.dialect) {
        case 'liquid': return `{{ ${expr} | default: "${word}" }}`;
        case 'twig': return `{{ ${expr}|default('${word}') }}`;
        case 'blade': return `{{ ${expr} ?? '${word}' }}`;
        case 'smarty': return `{${expr}|default:'${word}'}`;
        case 'erb': return `<%= ${expr}.presence || "${word}" %>`;
        // `#{@user.name}` in text, or a `= @user.name` line (its marker kept).
        case 'haml': return source.startsWith('#{') ? `#{${expr}.presence || "${word}"}` : `${/^(?:[!&]?=|~)\s*/.exec(source)?.[0] ?? '= '}${expr}.presence || "${word}"`;
        case 'dollar': return freemarker ? `\${${expr}!"${word}"}` : undefined;
        // `{userName ?? "there"}`; inside a template literal's hole, `${userName ?? "there"}`. An expression that is
        // not a plain path is parenthesized: `a || b ?? "x"` does not parse.
        case 'jsx': {
          const value = /^[\w$]+(?:\??\.[\w$]+)*$/.test(expr) ? expr : `(${expr})`;
          return `${source.startsWith('${') ? '$' : ''}{${value} ?? "${word}"}`;
        }
        case 'mailchimp': return `*|IF:${tag.variable ?? expr}|*${source}*|ELSE:|*${word}*|END:IF|*`;
        // A helper call (`{{htmlescape var=$x}}`) has no variable to test: no certain rewrite.
        case 'handlebars':
          if (!tag.variable) return undefined;
          // Magento (`{{var x}}`, `{{htmlescape var=$x}}`) writes its blocks without '#'.
          if (/^(?:var\s|htmlescape\s|escapehtml\s)/i.test(expr)) return `{{if ${tag.variable}}}${source}{{else}}${word}{{/if}}`;
          // Mustache has no `if` helper: a section and an inverted section do the same job.
          return mustache
            ? `{{#${tag.variable}}}${source}{{/${tag.variable}}}{{^${tag.variable}}}${word}{{/${tag.variable}}}`
            : `{{#if ${tag.variable}}}${source}{{else}}${word}{{/if}}`;
        default: return undefined;
      }
    },
  };
  return personalizer;
}
