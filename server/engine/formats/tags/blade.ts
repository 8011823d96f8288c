/**
 * Blade's directives (`@if ($order->paid)`, `@foreach`, `@endif`, `@extends('emails.layout')`, `@section('content')`,
 * `@component('mail::button', […])`, `@csrf`): template syntax, not prose. Read as prose they became words of the
 * email ("@endsection" was a letter's last line, where a signature is looked for), and code in their parentheses
 * (`@if (!empty($title))`) became sentences. `@lang('…')` prints its sentence, which stays prose as in
 * `{{ __('…') }}`; `@php … @endphp` is code throughout.
 */
import { printedSentence } from './translated';
import type { ScanState } from './state';

/** Blade's directive names (the framework's and the common packages'), matched whole after `@`. */
const DIRECTIVES = new Set(('if elseif else endif unless endunless isset endisset empty endempty auth endauth guest endguest env endenv ' +
  'production endproduction hasSection sectionMissing switch case break default endswitch for endfor foreach endforeach forelse ' +
  'endforelse while endwhile continue php endphp include includeIf includeWhen includeUnless includeFirst each extends section ' +
  'endsection show yield stop append overwrite parent component endcomponent slot endslot props aware push endpush pushOnce ' +
  'endPushOnce prepend endprepend stack once endonce verbatim endverbatim csrf method error enderror lang choice json can ' +
  'cannot endcan endcannot canany endcanany class style checked selected disabled required readonly markdown endmarkdown vite ' +
  'livewire livewireStyles livewireScripts inject fragment endfragment session endsession use').split(' '));

const NAME = /@([A-Za-z]+)/y;
/** `@lang('…'` / `@choice("…"`: the directive, its quote and the sentence up to the matching quote. */
const PRINTED = /^(@(?:lang|choice)\s*\(\s*)(['"])((?:\\.|(?!\2)[^\\\n])*)\2/;

/** A Blade directive at `i` (an `@` not inside a word or an address); returns the next offset. */
export function scanBladeDirective(s: ScanState, i: number): number | undefined {
  const { text, tags, hidden } = s;
  if (/[\w.+@-]/.test(text[i - 1] ?? ' ')) return undefined;
  // Outside a PHP file only a line that starts with the directive is one ("Follow us @once" is a handle).
  if (!s.php && !/^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) return undefined;
  NAME.lastIndex = i;
  const m = NAME.exec(text);
  if (!m || !DIRECTIVES.has(m[1])) return undefined;
  let end = i + m[0].length;
  // Its arguments, when it has them: balanced parentheses, strings skipped whole.
  let open = end;
  while (text[open] === ' ' || text[open] === '\t') open++;
  if (text[open] === '(') {
    const close = closingParen(text, open);
    if (close < 0) return undefined;
    end = close + 1;
  }
  const printed = PRINTED.exec(text.slice(i, end));
  if (printed && /\p{L}[\s\u200c]+\p{L}/u.test(printed[3])) {
    const litStart = i + printed[1].length + printed[2].length;
    const litEnd = litStart + printed[3].length;
    printedSentence(s, i, litStart, litEnd, end, printed[2], text.slice(i + 1, litStart), text.slice(litEnd, end));
    return end;
  }
  if (m[1] === 'php' && end === i + m[0].length) {
    // `@php … @endphp`: a block of code.
    const stop = text.indexOf('@endphp', end);
    const blockEnd = stop < 0 ? end : stop + '@endphp'.length;
    tags.push({ start: i, end: blockEnd, dialect: 'blade', kind: 'statement', expr: text.slice(i + 1, blockEnd).trim() });
    hidden.push({ start: i, end: blockEnd });
    return blockEnd;
  }
  tags.push({ start: i, end, dialect: 'blade', kind: 'statement', expr: text.slice(i + 1, end).trim() });
  return end;
}

/** The `)` that closes the `(` at `open`, skipping quoted strings; -1 when there is none on the next few lines. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 2000);
  for (let k = open; k < limit; k++) {
    const c = text[k];
    if (c === "'" || c === '"') {
      for (k++; k < limit && text[k] !== c; k++) if (text[k] === '\\') k++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}
