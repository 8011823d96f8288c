/**
 * React email components (`.tsx`/`.jsx`: react-email, jsx-email, mjml-react) are parsed with @babel/parser and their
 * JSX walked: JSX text and string children are prose at their exact offsets, `{expr}` children are variables, the
 * elements decide paragraphs, code outside the JSX is never prose, and every rewrite leaves a file that parses.
 * Templates written for this test (test/fixtures/jsx).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '@babel/parser';
import { formatFor, isEmailComponent, isKnownTemplate, isOtherReactFile } from '../../server/engine';
import { extract } from '../../server/engine/formats';
import { escapeJsxText } from '../../server/engine/formats/jsx-edits';
import { buildProse, PLACEHOLDER } from '../../server/engine/prose';
import { lint, fixText } from '../../server/linter';
import { directiveComment } from '../../server/language-server/suppression';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'jsx');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const RESET = read('emails/password-reset.tsx');
const WELCOME = read('emails/welcome.tsx');
const TRIAL = read('src/notifications/TrialEnding.jsx');

const proseOf = (text: string, file: string) => extract(text, 'jsx', file).blocks.map((b) => buildProse(b)?.text).filter(Boolean);
const rules = (text: string, file: string) => lint(text, { filePath: file }).findings.map((f) => `${f.ruleId}: ${f.actual}`);
const parses = (text: string, file: string) => parse(text, { sourceType: 'module', plugins: file.endsWith('.jsx') ? ['jsx'] : ['jsx', 'typescript'] });

test('the registry reads .tsx and .jsx as jsx, and writes suppressions as JSX comments', () => {
  for (const file of ['emails/a.tsx', 'B.JSX', 'src/mail/receipt.tsx']) assert.equal(formatFor(file), 'jsx', file);
  assert.equal(directiveComment('jsx', 'warmly-disable-next-line no-reply'), '{/* warmly-disable-next-line no-reply */}');
  // A walk takes a .tsx only when jsx-detect says it is an email, never by its name alone.
  assert.equal(isKnownTemplate('emails/a.tsx'), false);
});

test('an email component is one that imports an email library or sits in an email folder', () => {
  assert.ok(isEmailComponent('src/notifications/TrialEnding.jsx', TRIAL), 'imports jsx-email');
  assert.ok(isEmailComponent('anywhere/x.tsx', "import { Button } from '@react-email/button';\n"));
  assert.ok(isEmailComponent('anywhere/x.tsx', 'const { Mjml } = require("mjml-react");\n'));
  for (const path of ['emails/a.tsx', 'src/mail/a.tsx', 'app/Mails/a.jsx', 'templates/email-templates/a.tsx', 'templates/emails/a.tsx']) assert.ok(isEmailComponent(path, ''), path);
  for (const path of ['src/components/EmailInput.tsx', 'src/emails.tsx', 'templates/pages/a.tsx', 'src/mailbox/a.tsx']) assert.equal(isEmailComponent(path, "import React from 'react';"), false, path);
  assert.ok(isOtherReactFile('src/components/PricingCard.tsx', read('src/components/PricingCard.tsx')));
  assert.equal(isOtherReactFile('emails/password-reset.tsx', RESET), false);
  assert.equal(isOtherReactFile('notes.txt', 'Dear customer'), false, 'other formats are never React files');
  assert.ok(isOtherReactFile('', 'export const A = () => <p>Hi</p>;', 'jsx'), 'an untitled typescriptreact buffer that is no email');
});

test('prose: JSX text cleaned as JSX cleans it, the preview its own paragraph, code and head never prose', () => {
  assert.deepEqual(proseOf(RESET, 'emails/password-reset.tsx'), [
    'reset your acme password',
    'password reset',
    'dear customer,',
    'we received a request to reset your password. please be advised that this link expires in 24 hours.',
    'reset password',
    'this is an automated message, please do not reply to this email.',
    'regards,\nthe acme team',
  ]);
  // The comment, the style object, the `note` constant, the import and <Head>'s <title> say "Dear customer" too: none is prose.
  assert.equal(lint(RESET, { filePath: 'emails/password-reset.tsx' }).findings.filter((f) => f.ruleId === 'generic-greeting').length, 1);
});

test('offsets: every character of prose maps back to the source it came from', () => {
  for (const [text, file] of [[RESET, 'a.tsx'], [WELCOME, 'b.tsx'], [TRIAL, 'c.jsx']] as const) {
    for (const raw of extract(text, 'jsx', file).blocks) {
      for (const p of raw.pieces) {
        if (p.kind === 'text' && p.value.length === p.end - p.start) assert.equal(text.slice(p.start, p.end), p.value, file);
        if (p.kind === 'tag') assert.match(text.slice(p.start, p.end), /^\$?\{[^]*\}$/, file);
      }
    }
  }
  const text = '<Text>\n  Hi&nbsp;{name},\n\n  thanks{" "}for &amp; waiting\n</Text>';
  const [block] = extract(text, 'jsx', 'x.tsx').blocks.map((b) => buildProse(b)!);
  assert.equal(block.text, `hi ${PLACEHOLDER}, thanks for & waiting`);
  const at = block.text.indexOf('&');
  assert.equal(text.slice(block.starts[at], block.ends[at]), '&amp;');
  assert.equal(text.slice(block.starts[block.text.indexOf('thanks')], block.ends[block.text.indexOf('thanks') + 5]), 'thanks');
});

test('tags: printed values are variables, with their fallbacks; props. is not part of the name', () => {
  const text = [
    'export default function E(props) {',
    '  return <Text>Hi {user.firstName ?? "there"}, {props.supportEmail} {name || \'friend\'} {formatDate(date)} {`Dear ${who}`} {a ? a : "x"}</Text>;',
    '}',
  ].join('\n');
  const x = extract(text, 'jsx', 'e.tsx');
  assert.deepEqual(x.scan.tags.map((t) => [text.slice(t.start, t.end), t.kind, t.variable ?? null, t.hasFallback]), [
    ['{user.firstName ?? "there"}', 'output', 'user.firstName', true],
    ['{props.supportEmail}', 'output', 'supportEmail', false],
    ["{name || 'friend'}", 'output', 'name', true],
    ['{formatDate(date)}', 'output', null, false],
    ['${who}', 'output', 'who', false],
    ['{a ? a : "x"}', 'output', 'a', true],
  ]);
  assert.deepEqual(x.jsx?.propsParam, 'props');
});

test('links: href strings and expressions, and a Link\'s text', () => {
  const x = extract(WELCOME, 'jsx', 'emails/welcome.tsx');
  assert.deepEqual(x.links.map((l) => l.href), ['mailto:${supportEmail}']);
  const t = extract(TRIAL, 'jsx', 'TrialEnding.jsx');
  assert.deepEqual(t.links.map((l) => [TRIAL.slice(l.start, l.end), l.text]), [['{props.supportUrl}', 'Contact support']]);
  // The address variable in the href is one the letter's logic reads (a contact), as a merge tag in an HTML href is.
  assert.ok(t.scan.tags.some((g) => g.variable === 'supportUrl'));
});

test('rules on a cold component and a warm one', () => {
  assert.deepEqual(rules(RESET, 'emails/password-reset.tsx'), [
    'generic-greeting: Dear customer',
    'robotic-phrasing: Please be advised that',
    'no-reply: please do not reply to this email',
    'missing-contact: Regards,',
    'faceless-signoff: The Acme Team',
  ]);
  assert.deepEqual(rules(WELCOME, 'emails/welcome.tsx'), []);
  assert.deepEqual(rules(TRIAL, 'src/notifications/TrialEnding.jsx'), [
    'generic-greeting: Dear valued customer',
    'non-apology: We apologize for any inconvenience this may cause',
    'faceless-signoff: The Acme Team',
  ]);
});

test('rewrites use the props the component destructures, or props.x, and are written as JSX', () => {
  const greet = (text: string, file: string) => lint(text, { filePath: file }).findings.find((f) => f.ruleId === 'generic-greeting')!.suggestions.map((s) => s.edits[0].text);
  assert.deepEqual(greet(RESET, 'emails/password-reset.tsx'), ['{userName ?? "there"}', 'Hi {userName ?? "there"}']);
  assert.deepEqual(greet(TRIAL, 'TrialEnding.jsx'), ['{props.firstName ?? "there"}', 'Hi {props.firstName ?? "there"}']);
  const nameTag = lint('export const A = ({ userName }) => <Text>Hi {userName},</Text>;\n', { filePath: 'emails/a.jsx' }).findings.find((f) => f.ruleId === 'name-without-fallback');
  assert.equal(nameTag?.suggestions[0].edits[0].text, '{userName ?? "there"}');
  // The signature goes into the same Text with JSX's line break.
  const signature = lint(RESET, { filePath: 'emails/password-reset.tsx' }).findings.find((f) => f.ruleId === 'missing-contact')!.suggestions[0].edits[0].text;
  assert.equal(signature, '<br />{senderName}<br />{senderEmail}');
});

test('literal text in a rewrite is escaped for JSX text; variables and <br /> are kept', () => {
  assert.equal(escapeJsxText('Hi {userName ?? "there"}, 1 < 2 > 0'), 'Hi {userName ?? "there"}, 1 {"<"} 2 {">"} 0');
  assert.equal(escapeJsxText('a } b { c'), 'a {"}"} b {"{"} c');
  assert.equal(escapeJsxText('x<br />{senderName}'), 'x<br />{senderName}');
  assert.equal(escapeJsxText('R&D &amp; co'), 'R&D {"&"}amp; co');
});

test('a rewrite inside a string child is escaped for its quotes', () => {
  const text = "export const A = () => <Text>{'We apologize for any inconvenience this may cause.'}</Text>;\n";
  const f = lint(text, { filePath: 'emails/a.tsx' }).findings.find((x) => x.ruleId === 'non-apology')!;
  assert.ok(f.suggestions.length > 0);
  for (const s of f.suggestions) {
    const fixed = text.slice(0, s.edits[0].range.start) + s.edits[0].text + text.slice(s.edits[0].range.end);
    parses(fixed, 'a.tsx');
  }
  assert.match(f.suggestions[0].edits[0].text, /\\'/, "the apostrophe of I'm is escaped");
});

test('fix round-trip: the fixed component parses, keeps its code, and a second fix changes nothing', () => {
  for (const [text, file] of [[RESET, 'emails/password-reset.tsx'], [TRIAL, 'src/notifications/TrialEnding.jsx']] as const) {
    const fixed = fixText(text, { filePath: file });
    assert.ok(fixed.fixed > 0, file);
    parses(fixed.text, file);
    assert.equal(fixText(fixed.text, { filePath: file }).text, fixed.text, `${file}: fix-all is idempotent`);
    // The code around the prose is untouched.
    for (const line of text.split('\n').filter((l) => /^(?:import|export|const|interface|type)\b/.test(l))) assert.ok(fixed.text.includes(line), line);
  }
  assert.match(fixText(RESET, { filePath: 'emails/password-reset.tsx' }).text, /<Text>Dear \{userName \?\? "there"\},<\/Text>/);
});

test('suppression comments: {/* … */} in JSX and // in code', () => {
  const next = RESET.replace('          <Text>Dear customer,</Text>', '          {/* warmly-disable-next-line generic-greeting */}\n          <Text>Dear customer,</Text>');
  assert.ok(!rules(next, 'emails/a.tsx').some((r) => r.startsWith('generic-greeting')));
  const file = `// warmly-disable-file no-reply, missing-contact\n${RESET}`;
  assert.deepEqual(rules(file, 'emails/a.tsx').map((r) => r.split(':')[0]), ['generic-greeting', 'robotic-phrasing', 'faceless-signoff']);
  // An unused one is reported, and removing it takes its braces too: the component still parses.
  const withUnused = WELCOME.replace('        <Hr />', '        {/* warmly-disable-next-line no-reply */}\n        <Hr />');
  const unused = lint(withUnused, { filePath: 'emails/w.tsx', reportUnusedDisables: true }).findings;
  assert.deepEqual(unused.map((f) => [f.ruleId, f.actual]), [['unused-disable', '{/* warmly-disable-next-line no-reply */}']]);
  const e = unused[0].suggestions[0].edits[0];
  parses(withUnused.slice(0, e.range.start) + e.text + withUnused.slice(e.range.end), 'w.tsx');
});

test('a component that does not parse: one error naming the file and line, and never rewritten', () => {
  const broken = RESET.replace('<Text>Dear customer,</Text>', '<Text>Dear customer,</Txt>');
  const found = lint(broken, { filePath: 'emails/password-reset.tsx' }).findings;
  assert.deepEqual(found.map((f) => f.ruleId), ['jsx-syntax']);
  assert.match(found[0].message, /^password-reset\.tsx does not parse as JSX \(.+, line 23, column \d+\), so Warmly did not lint its text\.$/);
  assert.equal(found[0].severity, 'error');
  assert.equal(fixText(broken, { filePath: 'emails/password-reset.tsx' }).text, broken);
});

// Apps that translate their emails show each sentence through a call (`{t("…")}`, `{this.t("…", { name })}`): its
// literal is the prose, and i18next's `{{ name }}` holes are the values filled in.
test('a translation call inside JSX shows its sentence, with {{ name }} holes as values', () => {
  const file = 'import { Text } from "@react-email/components";\n\nexport default function Disabled({ webhookName }: { webhookName: string }) {\n  return (\n    <Text>\n      {t("Your webhook ({{ webhookName }}) was disabled after repeated failures. Please do not reply to this email.", { webhookName })}\n    </Text>\n  );\n}\n';
  assert.deepEqual(proseOf(file, 'emails/disabled.tsx'), [`your webhook (${PLACEHOLDER}) was disabled after repeated failures. please do not reply to this email.`]);
  const found = lint(file, { filePath: 'emails/disabled.tsx' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'no-reply').map((f) => file.slice(f.range.start, f.range.end)), ['Please do not reply to this email']);
  assert.ok(lint(file, { filePath: 'emails/disabled.tsx' }).findings.every((f) => f.ruleId !== 'broken-merge-tag'));
  assert.doesNotThrow(() => parses(fixText(file, { filePath: 'emails/disabled.tsx' }).text, 'x.tsx'));
});

test("Lingui's <Trans id> and a component's text props are prose; a name printed only when present has its fallback", () => {
  const file = [
    "import { Trans } from '@lingui/react';",
    "import { BaseEmail } from 'src/components/BaseEmail';",
    "import { Title } from 'src/components/Title';",
    "import { CallToAction } from 'src/components/CallToAction';",
    'export const Trial = ({ userName, link }: { userName: string; link: string }) => (',
    '  <BaseEmail>',
    "    <Title value={i18n._('Your trial is ending soon')} />",
    "    {userName?.length > 1 ? <Trans id=\"Hi {userName},\" values={{ userName }} /> : <Trans id=\"Hello,\" />}",
    '    <Trans id="Your free trial of <0>{workspace}</0> ends tomorrow. Please do not reply to this email." values={{ workspace }} components={{ 0: <b /> }} />',
    '    <CallToAction href={link} value="Add a payment method" className="primary button" />',
    '  </BaseEmail>',
    ');',
    '',
  ].join('\n');
  const prose = proseOf(file, 'emails/trial.tsx').join(' | ');
  assert.match(prose, /your trial is ending soon/);
  assert.match(prose, new RegExp(`your free trial of ${PLACEHOLDER} ends tomorrow`));
  assert.match(prose, /add a payment method/);
  assert.doesNotMatch(prose, /primary button/, 'a style is not shown text');
  const found = lint(file, { filePath: 'emails/trial.tsx' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'no-reply').map((f) => file.slice(f.range.start, f.range.end)), ['Please do not reply to this email']);
  assert.ok(!found.some((f) => f.ruleId === 'name-without-fallback'), 'the name is printed only when it is there');
  assert.ok(!found.some((f) => f.ruleId === 'broken-merge-tag'));
  assert.doesNotThrow(() => parses(fixText(file, { filePath: 'emails/trial.tsx' }).text, 'x.tsx'));
  // Unguarded, the same greeting still needs its fallback.
  const bare = file.replace('{userName?.length > 1 ? <Trans id="Hi {userName}," values={{ userName }} /> : <Trans id="Hello," />}', '<Trans id="Hi {userName}," values={{ userName }} />');
  assert.ok(lint(bare, { filePath: 'emails/trial.tsx' }).findings.some((f) => f.ruleId === 'name-without-fallback'));
});

test('i18next: a key with a defaultValue shows the default; <Trans defaults="…"> shows its sentence, its tags and holes printing values', () => {
  // Written for this test in the shape of Rallly's react-email templates.
  const tsx = `import { Html, Text, Heading } from "@react-email/components";
import { Trans } from "react-i18next/TransWithoutContext";
export default function Confirmed({ title, t, i18n }) {
  return (
    <Html>
      <Heading>{t("pollConfirmed_heading", { defaultValue: "Your response was saved" })}</Heading>
      <Text>
        <Trans t={t} i18n={i18n} i18nKey="pollConfirmed_content" defaults="Your answer to <b>{title}</b> is in. Please do not reply to this email." values={{ title }} />
      </Text>
      <Text>{t("Thanks for voting!")}</Text>
    </Html>
  );
}
`;
  const prose = proseOf(tsx, 'emails/confirmed.tsx').join('\n');
  assert.match(prose, /your response was saved/i);
  assert.match(prose, /your answer to .* is in\./i);
  assert.match(prose, /thanks for voting/i);
  assert.doesNotMatch(prose, /pollconfirmed|<b>/i, 'keys and Trans tags are not prose');
  const noReply = lint(tsx, { filePath: 'emails/confirmed.tsx' }).findings.find((f) => f.ruleId === 'no-reply');
  assert.equal(noReply && tsx.slice(noReply.range.start, noReply.range.end), 'Please do not reply to this email');
});
