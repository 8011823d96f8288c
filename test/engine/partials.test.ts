/**
 * Partials a template includes where its reader sees them (`{{> footer}}`, `{% include 'signature.html' %}`,
 * `<%= render 'shared/footer' %>`, Blade's `@include`, `<#include>`, `[% INCLUDE %]`): which names each template
 * language includes, which files such a name may mean, and missing-contact reading the included text as part of the
 * letter (the labelling guide's rule 1). Files here are in memory, through a PartialHost; the CLI's and the language
 * server's disk reading is tested in test/cli/partials.test.ts. Written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLinter, formatFor } from '../../server/engine';
import { extract } from '../../server/engine/formats';
import { includesOf, isInside, joinPath, partialCandidates, type IncludeRef, type PartialHost } from '../../server/engine/partials';
import { rules } from '../../rules';

const namesIn = (path: string, text: string) => includesOf(extract(text, formatFor(path), path).scan.tags, text, path).map((r) => r.name);

test('each template language: the names it includes and the layouts it names, and nothing from variables or comments', () => {
  assert.deepEqual(namesIn('a.hbs', 'Hi {{name}},\n{{> footer}}\n{{> "emails/sig" }}\n{{!-- {{> hidden}} --}}\n{{> (lookup . "x") }}'), ['footer', 'emails/sig']);
  assert.deepEqual(namesIn('a.html', 'Hi {{ name }},\n{% include "emails/footer.html" %}\n{% include footer.html %}\n{% extends "layout.html" %}'), ['emails/footer.html', 'footer.html', 'layout.html']);
  assert.deepEqual(namesIn('a.twig', '{% include "@App/footer.html.twig" with {a: 1} %}{{ include("sig.twig") }}{% include template_var %}'), ['@App/footer.html.twig', 'sig.twig', 'template_var']);
  assert.deepEqual(namesIn('a.liquid', "{% render 'footer' %}{% include 'sig' %}"), ['footer', 'sig']);
  assert.deepEqual(namesIn('a.html.erb', '<%= render "shared/footer" %>\n<%= render partial: "sig" %>\n<%= render(partial: \'x/y\', locals: {}) %>\n<%= @name %>'), ['shared/footer', 'sig', 'x/y']);
  // A render inside a call that converts what it renders (Chicago Tool Library's text mails).
  assert.deepEqual(namesIn('a.text.erb', '<%= HTMLToMarkdown.new.convert(render(partial: "member_mailer/reminder")) %>\n<%= convert(render("signup/instructions.html")) %>'), ['member_mailer/reminder', 'signup/instructions.html']);
  assert.deepEqual(namesIn('a.ejs', '<%- include(\'footer\') %>\n<%- include("partials/sig", { a: 1 }) %>'), ['footer', 'partials/sig']);
  assert.deepEqual(namesIn('a.tpl', 'Hi {$name},\n{include file="footer.tpl"}\n{include file=\'sig.tpl\' x=1}'), ['footer.tpl', 'sig.tpl']);
  assert.deepEqual(namesIn('a.ftl', 'Dear ${name},\n<#include "../include/footer.ftl">\n'), ['../include/footer.ftl']);
  assert.deepEqual(namesIn('a.txt', "Hi [% name %],\n[% INCLUDE 'signature.txt' %]\n[% PROCESS footer.txt %]"), ['signature.txt', 'footer.txt']);
  assert.deepEqual(namesIn('a.tmpl', 'Hi {{ .Name }},\n{{ template "footer" . }}'), ['footer']);
  assert.deepEqual(
    namesIn('a.blade.php', "Hi {{ $name }},\n@include('emails.partials.footer')\n@includeWhen($vip, 'emails.vip')\n@include('mail::footer')\nWrite to @include('x') inline"),
    ['emails.partials.footer', 'emails.vip'],
  );
  // A Blade layout named in the file (`@extends`) and the components it is written in (`<x-emails.layout>`); not a
  // slot, a dynamic component or a vendor's `<x-mail::message>`, and a component used twice is one include.
  assert.deepEqual(
    namesIn('a.blade.php', "@extends('emails.frame')\n@section('content')\n<x-emails.card>Hi {{ $name }}</x-emails.card>\n<x-slot name=\"footer\">x</x-slot>\n<x-mail::button :url=\"$url\">Go</x-mail::button>\n<x-dynamic-component :component=\"$c\" />\n<x-emails.card>again</x-emails.card>\n@endsection"),
    ['emails.frame', 'components.emails.card'],
  );
  assert.deepEqual(
    namesIn('a.txt.php', "<?php\nemailskin_include( '_email_header.inc.txt.php', $params );\necho T_( 'Your account was closed today.' );\ninclude 'footer.php';\nrequire_once( $dir . '/x.php' );\n?>"),
    ['_email_header.inc.txt.php', 'footer.php'],
  );
  // The same words in prose are not includes.
  assert.deepEqual(namesIn('a.txt', 'Please include your order number. We render the page again.'), []);
});

const ref = (name: string, style: IncludeRef['style'] = 'plain'): IncludeRef => ({ start: 0, end: 0, name, style });

test('a name means files by its language\'s conventions, nearest first, and never outside the root', () => {
  const rails = partialCandidates(ref('shared/footer', 'rails'), '/p/app/views/mailer/welcome.html.erb', '/p');
  assert.equal(rails[0], '/p/app/views/mailer/shared/_footer.html.erb');
  assert.ok(rails.includes('/p/app/views/shared/_footer.html.erb'));
  assert.ok(rails.indexOf('/p/app/views/shared/_footer.html.erb') < rails.indexOf('/p/app/views/shared/footer.html.erb'));
  const blade = partialCandidates(ref('emails.partials.footer', 'blade'), '/p/resources/views/emails/order.blade.php', '/p');
  assert.ok(blade.includes('/p/resources/views/emails/partials/footer.blade.php'));
  assert.ok(blade.every((c) => c.endsWith('.blade.php')));
  const hbs = partialCandidates(ref('footer', 'handlebars'), '/p/emails/welcome.hbs', '/p');
  assert.deepEqual(hbs.slice(0, 2), ['/p/emails/footer.hbs', '/p/emails/footer.handlebars']);
  assert.ok(hbs.includes('/p/emails/partials/footer.hbs'));
  // Relative names are relative to the template only; none may climb out of the root.
  assert.deepEqual(partialCandidates(ref('../include/footer.ftl'), '/p/letters/a.ftl', '/p'), ['/p/include/footer.ftl']);
  assert.deepEqual(partialCandidates(ref('../../../etc/passwd'), '/p/letters/a.ftl', '/p'), []);
  assert.ok(partialCandidates(ref('footer.html'), '/p/a/b/c.html', '/p/a').every((c) => isInside(c, '/p/a')));
  // Twig's namespace names a bundle folder we cannot know: the rest of the path is looked for as usual.
  assert.ok(partialCandidates(ref('@App/emails/footer.html.twig'), '/p/templates/emails/a.html.twig', '/p').includes('/p/templates/emails/footer.html.twig'));
  // A template never includes itself.
  assert.ok(!partialCandidates(ref('a.html'), '/p/a.html', '/p').includes('/p/a.html'));
  // Windows paths keep their separator.
  assert.equal(joinPath('C:\\p\\letters', '..\\include\\f.ftl'), 'C:\\p\\include\\f.ftl');
  assert.ok(isInside('C:\\p\\include\\f.ftl', 'C:\\p'));
  assert.ok(!isInside('/p2/x', '/p'));
});

/** A linter over in-memory files, recording every path it was asked for. */
function linterOver(files: Record<string, string>) {
  const asked: string[] = [];
  const host: PartialHost = {
    readFile(path, root) {
      asked.push(path);
      return isInside(path, root) ? files[path] : undefined;
    },
  };
  return { linter: createLinter(rules, host), asked };
}

const missingContact = (found: { ruleId: string }[]) => found.filter((f) => f.ruleId === 'missing-contact').length;

const BODY = 'Hi {{name}},\n\nYour order has shipped and will arrive within three business days.\n\n';

test('missing-contact reads an included footer or signature as part of the letter', () => {
  const { linter } = linterOver({
    '/p/emails/footer.hbs': 'Questions? Write to help@acme.example and a person will answer.',
    '/p/emails/partials/signature.hbs': 'Best,\n{{agent.name}}',
    '/p/emails/legal.hbs': 'Acme Inc., 1 Main Street, Springfield. All rights reserved.',
    '/p/templates/fa/footer.html': '<p>پرسشی دارید؟ به همین ایمیل پاسخ دهید.</p>',
  });
  const at = (text: string, filePath = '/p/emails/shipped.hbs') => missingContact(linter.lint(text, { filePath, partialRoot: '/p' }).findings);
  assert.equal(at(`${BODY}{{> footer}}`), 0, 'a footer with an address to write to');
  assert.equal(at(`${BODY}Thanks,\n{{> signature}}`), 0, 'a signature partial that prints the agent');
  assert.equal(at(`${BODY}{{> legal}}`), 1, 'a legal footer reaches no one');
  assert.equal(at('سلام {{name}}،\n\nسفارش شما ارسال شد و تا سه روز کاری دیگر به دستتان می‌رسد.\n\n{% include "fa/footer.html" %}', '/p/templates/fa/shipped.html'), 0);
  // Read, the signature partial is judged by its text, not its name.
  const empty = linterOver({ '/p/emails/signature.hbs': 'Acme Inc.' }).linter;
  assert.equal(missingContact(empty.lint(`${BODY}{{> signature}}`, { filePath: '/p/emails/shipped.hbs', partialRoot: '/p' }).findings), 1);
});

test('missing-contact reads the layout a template names: Blade @extends and components, Twig extends', () => {
  const { linter } = linterOver({
    '/p/resources/views/emails/frame.blade.php': '<html><body>@yield(\'content\')<p>Questions? <a href="https://acme.example/contact">Contact us</a></p></body></html>',
    '/p/resources/views/components/emails/layout.blade.php': '<div>{{ $slot }}</div><p>Need help? Write to support@acme.example.</p>',
    '/p/resources/views/components/emails/bare.blade.php': '<div>{{ $slot }}</div><p>© Acme Inc.</p>',
    '/p/templates/emails/base.html': '{% block body %}{% endblock %}<p>Reply to this email and Dana will answer.</p>',
  });
  const at = (text: string, filePath: string) => missingContact(linter.lint(text, { filePath, partialRoot: '/p' }).findings);
  const body = '<p>Hi {{ $name }},</p><p>Your trial has ended and your servers are paused until you update your payment details.</p>';
  assert.equal(at(`@extends('emails.frame')\n@section('content')\n${body}\n@endsection\n`, '/p/resources/views/emails/trial.blade.php'), 0);
  assert.equal(at(`<x-emails.layout>\n${body}\n</x-emails.layout>\n`, '/p/resources/views/emails/trial.blade.php'), 0);
  assert.equal(at(`<x-emails.bare>\n${body}\n</x-emails.bare>\n`, '/p/resources/views/emails/trial.blade.php'), 1, 'a frame with only a copyright line');
  assert.equal(at(`@extends('emails.missing')\n@section('content')\n${body}\n@endsection\n`, '/p/resources/views/emails/trial.blade.php'), 1, 'a layout that cannot be read adds nothing');
  assert.equal(at('{% extends "emails/base.html" %}{% block body %}<p>Hi {{ name }},</p><p>Your trial has ended and your servers are paused.</p>{% endblock %}', '/p/templates/emails/trial.html'), 0);
});

test('unread includes: judged by name as before; no root, no reading; outside the root, nothing asked', () => {
  const { linter, asked } = linterOver({ '/p/emails/footer.hbs': 'Write to help@acme.example.' });
  // No partialRoot: the host is never asked, a footer include is no contact, a signature include still is.
  assert.equal(missingContact(linter.lint(`${BODY}{{> footer}}`, { filePath: '/p/emails/shipped.hbs' }).findings), 1);
  assert.equal(missingContact(linter.lint(`${BODY}{{> signature}}`, { filePath: '/p/emails/shipped.hbs' }).findings), 0);
  assert.equal(asked.length, 0);
  // A root that does not hold the template: nothing outside it is asked for.
  linter.lint(`${BODY}{{> footer}}`, { filePath: '/q/emails/shipped.hbs', partialRoot: '/p' });
  assert.equal(asked.length, 0);
  linter.lint(`${BODY}{% include "../../../../etc/passwd" %}`, { filePath: '/p/emails/shipped.html', partialRoot: '/p' });
  assert.ok(asked.every((a) => a.startsWith('/p/')), asked.join(', '));
});

test('a PHP mail skin: sentences in T_() calls are the letter, its footer include is read with it', () => {
  const template = "<?php\nemailskin_include( '_email_header.inc.txt.php', $params );\necho T_( 'Somebody (presumably you) has requested a password reset for your account.' );\necho \"\\n\\n\";\necho T_( 'If you did not request this password reset, simply ignore this email.' );\necho sprintf( T_('Session ID').': %s', $session_ID );\nemailskin_include( '_email_footer.inc.txt.php', $params );\n";
  const quiet = linterOver({ '/p/skins_email/_email_footer.inc.txt.php': "<?php\necho T_( 'Questions? Just reply to this email and we will help.' );\n" }).linter;
  const cold = linterOver({ '/p/skins_email/_email_footer.inc.txt.php': "<?php\necho T_( 'This message was automatically generated by our system.' );\n" }).linter;
  const opts = { filePath: '/p/skins_email/account_password_reset.txt.php', partialRoot: '/p' };
  assert.equal(missingContact(quiet.lint(template, opts).findings), 0);
  // "Session ID" closing the letter is a data label, not someone signing.
  assert.equal(missingContact(cold.lint(template, opts).findings), 1);
});

test('nested includes are followed a few levels deep, and a cycle ends', () => {
  const { linter } = linterOver({
    '/p/emails/footer.hbs': '<p>Acme</p>{{> contact}}',
    '/p/emails/contact.hbs': 'Call us on 555-0100 (support).',
    '/p/emails/a.hbs': 'All rights reserved. {{> b}}',
    '/p/emails/b.hbs': 'Acme Inc. {{> a}}',
  });
  assert.equal(missingContact(linter.lint(`${BODY}{{> footer}}`, { filePath: '/p/emails/shipped.hbs', partialRoot: '/p' }).findings), 0);
  assert.equal(missingContact(linter.lint(`${BODY}{{> a}}`, { filePath: '/p/emails/shipped.hbs', partialRoot: '/p' }).findings), 1);
});

test('an included partial\'s own problems are not reported in the including file', () => {
  const { linter } = linterOver({ '/p/emails/footer.hbs': 'Please do not reply to this email. Write to help@acme.example instead.' });
  const found = linter.lint(`${BODY}{{> footer}}`, { filePath: '/p/emails/shipped.hbs', partialRoot: '/p' }).findings;
  assert.deepEqual(found.filter((f) => f.ruleId === 'no-reply'), []);
  assert.equal(missingContact(found), 0);
});

// A React email uses components from the project's own files (`import { Footer } from './shared/footer'`): the
// component's JSX is part of the letter as a footer include is, and a prop's default text it shows (`footerText =
// "…reply to it…"`) is what the reader gets when no one passes another. A library's component is no file of ours.
test('a React email reads the components it imports from the project, with their default texts', () => {
  const footer = 'import { Hr, Text } from "@react-email/components";\n\nexport const Footer = ({\n  footerText = "If you have any feedback or questions about this email, simply reply to it.",\n}: { footerText?: string }) => (\n  <>\n    <Hr />\n    <Text>{footerText}</Text>\n  </>\n);\n';
  const legal = 'import { Text } from "@react-email/components";\n\nexport default function Legal() {\n  return <Text>© Acme, Inc. All rights reserved.</Text>;\n}\n';
  const { linter, asked } = linterOver({ '/p/emails/shared/footer.tsx': footer, '/p/emails/shared/legal/index.tsx': legal });
  const email = (imports: string, use: string) => `import { Body, Html, Text } from "@react-email/components";\n${imports}\n\nexport default function Shipped({ name }: { name: string }) {\n  return (\n    <Html>\n      <Body>\n        <Text>Hi {name},</Text>\n        <Text>Your order has shipped and will arrive within three business days.</Text>\n        ${use}\n      </Body>\n    </Html>\n  );\n}\n`;
  const at = (text: string) => missingContact(linter.lint(text, { filePath: '/p/emails/shipped.tsx', partialRoot: '/p' }).findings);
  assert.equal(at(email('import { Footer } from "./shared/footer";', '<Footer />')), 0, 'the footer\'s default text invites a reply');
  assert.equal(at(email('import Legal from "./shared/legal";', '<Legal />')), 1, 'a legal line reaches no one');
  assert.ok(asked.includes('/p/emails/shared/legal/index.tsx'), 'a folder\'s index module');
  assert.equal(at(email('import { Footer } from "./shared/footer";', '')), 1, 'imported but not shown');
  // The default text alone, in the component itself: prose where it is written.
  const own = 'export default function Note({ note = "Questions? Just reply to this email." }) {\n  return <p>Hi there,</p>;\n}\n';
  const shown = own.replace('<p>Hi there,</p>', '<><p>Hi there,</p><p>{note}</p></>');
  const texts = (t: string) => extract(t, 'jsx', '/p/emails/note.tsx').blocks.map((b) => t.slice(b.pieces[0].start, b.pieces.at(-1)!.end));
  assert.deepEqual(texts(shown).filter((t) => t.startsWith('Questions')), ['Questions? Just reply to this email.']);
  assert.deepEqual(texts(own).filter((t) => t.startsWith('Questions')), []);
});
