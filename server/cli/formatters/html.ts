/**
 * `--format html`: one self-contained report a support lead opens in a browser. No network (a Content Security
 * Policy forbids every fetch and every script), no CDN, charts drawn here as inline SVG. Template text is hostile
 * input: every string passes through `esc`, and Persian text is set right-to-left by its own script.
 */
import type { FileReport } from '../report';
import type { ScoredFix } from '../score-file';
import { displayPath, type FormatContext } from './context';
import { BUCKETS, summarize } from './summary';
import { signedChange, type Comparison } from '../baseline';
import { comparisonHeadline } from './baseline-text';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text safe in element content and in quoted attributes; control characters shown as U+FFFD. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

/** rtl when the letters are mostly Arabic-script, ignoring markup and merge tags (`<p>`, `{{name}}`). */
export function dirOf(text: string): 'rtl' | 'ltr' {
  const prose = text.replace(/<[^>]*>|\{[^}]*\}+|\[[^\]]*\]|%[^%\s]*%/g, ' ');
  const arabic = (prose.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g) ?? []).length;
  const latin = (prose.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  return arabic > latin ? 'rtl' : 'ltr';
}

const text = (s: string, tag = 'span', cls = '') => `<${tag}${cls ? ` class="${cls}"` : ''} dir="${dirOf(s)}">${esc(s)}</${tag}>`;
const colour = (n: number) => (n >= 80 ? '#2f9e44' : n >= 60 ? '#94b600' : n >= 40 ? '#f08c00' : n >= 20 ? '#e8590c' : '#c92a2a');
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** A horizontal bar chart as inline SVG: one labelled bar per row. */
function barChart(rows: [string, number, string?][], width = 520): string {
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const h = 24;
  const label = 170;
  const bars = rows.map(([name, n, fill], i) => {
    const w = Math.round(((width - label - 50) * n) / max);
    return `<text x="${label - 8}" y="${i * h + 16}" text-anchor="end">${esc(name)}</text><rect x="${label}" y="${i * h + 4}" width="${w}" height="${h - 8}" rx="3" fill="${fill ?? '#4c6ef5'}"/><text x="${label + w + 6}" y="${i * h + 16}">${n}</text>`;
  });
  return `<svg class="chart" role="img" width="${width}" height="${rows.length * h + 4}" viewBox="0 0 ${width} ${rows.length * h + 4}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`;
}

/** The sparkline-style bar in the table: the score as a filled share of 100. */
const scoreBar = (n: number) =>
  `<svg class="bar" width="120" height="12" viewBox="0 0 120 12" aria-hidden="true"><rect width="120" height="12" rx="3" fill="#e9ecef"/><rect width="${Math.round(1.2 * n)}" height="12" rx="3" fill="${colour(n)}"/></svg>`;

/** The source line with the finding's text marked. */
function inContext(f: ScoredFix): string {
  const at = f.actual ? f.context.indexOf(f.actual) : -1;
  const body = at < 0 ? esc(f.context) : `${esc(f.context.slice(0, at))}<mark>${esc(f.actual)}</mark>${esc(f.context.slice(at + f.actual.length))}`;
  return `<code class="ctx" dir="${dirOf(f.context)}">${body}</code>`;
}

function fixRow(f: ScoredFix, isNew: boolean): string {
  const gain = f.gain > 0 ? `+${f.gain}` : String(f.gain);
  const how = f.exact ? 'applying the rewrite' : 'fixing it by hand';
  return `<li class="fix ${esc(f.severity)}"><div class="head"><span class="gain" title="points gained by ${how}">${esc(gain)}</span> <span class="pos">${f.line}:${f.column}</span> <span class="rule">${esc(f.ruleId)}</span> <span class="sev">${esc(f.severity)}</span>${isNew ? ' <span class="new">new</span>' : ''}</div>`
    + `${text(f.message, 'p', 'msg')}${inContext(f)}${f.rewrite ? `<p class="rewrite">Rewrite: ${text(f.rewrite, 'bdi')}</p>` : '<p class="rewrite none">No automatic rewrite: fix it by hand.</p>'}</li>`;
}

function templateSection(r: FileReport, i: number, cwd: string): string {
  const s = r.score!;
  const name = displayPath(r.filePath, cwd);
  const lines = [`<tr><td>start</td><td class="n">${s.base}</td><td></td></tr>`]
    .concat(s.penalties.map((p) => `<tr class="lost"><td>${esc(p.ruleId)} (${plural(p.findings, 'finding')})</td><td class="n">−${p.points}</td><td>${p.capped ? `capped; ${p.raw} before the cap` : ''}</td></tr>`))
    .concat(s.credits.map((c) => `<tr class="earned"><td>${esc(c.id)}</td><td class="n">+${c.points}</td><td>${text(`“${c.evidence}”`, 'bdi')}</td></tr>`))
    .concat([`<tr class="total"><td>warmth</td><td class="n">${s.score}</td><td></td></tr>`]);
  return `<section class="template" id="t${i}"><h3><span class="score" style="background:${colour(s.score)}">${s.score}</span> ${text(name, 'bdi')} <small>${s.language === 'fa' ? 'Persian' : 'English'}</small></h3>`
    + `<table class="breakdown">${lines.join('')}</table>`
    + (s.fixes.length ? `<ol class="fixes">${s.fixes.map((f) => fixRow(f, r.messages.some((m) => m.baseline === 'new' && m.ruleId === f.ruleId && m.line === f.line && m.column === f.column))).join('')}</ol>` : '<p class="clean">No findings.</p>')
    + '</section>';
}

const STYLE = `body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Tahoma,sans-serif;margin:0;color:#212529;background:#f8f9fa}
main{max-width:1100px;margin:0 auto;padding:24px}h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:1px solid #dee2e6}
figure{margin:0}figcaption{font-weight:600;margin-bottom:4px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}.card{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:12px 16px;min-width:120px}
.card b{display:block;font-size:26px}.charts{display:flex;gap:24px;flex-wrap:wrap}.chart text{font:12px system-ui,sans-serif;fill:#495057}
table{border-collapse:collapse;background:#fff}th,td{padding:4px 10px;border-bottom:1px solid #e9ecef;text-align:start;vertical-align:top}td.n{text-align:end;font-variant-numeric:tabular-nums}
.template{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:8px 16px 16px;margin:16px 0}.score{display:inline-block;min-width:36px;text-align:center;color:#fff;border-radius:6px;padding:0 6px}
.breakdown .lost td.n{color:#c92a2a}.breakdown .earned td.n{color:#2f9e44}.breakdown .total td{font-weight:bold;border-top:2px solid #adb5bd}
.fixes{padding-inline-start:20px}.fix{margin:10px 0}.gain{font-weight:bold;color:#2f9e44}.pos,.sev{color:#868e96}.rule{font-family:ui-monospace,monospace}
.ctx{display:block;white-space:pre-wrap;background:#f1f3f5;padding:6px 8px;border-radius:4px;unicode-bidi:plaintext}mark{background:#ffe066}
.msg{margin:2px 0}.rewrite{margin:2px 0;color:#364fc7}.rewrite.none{color:#868e96}small{color:#868e96;font-weight:normal}
.fixed{background:#2f9e44;color:#fff;border-radius:4px;padding:0 5px;font-size:12px}.new{background:#c92a2a;color:#fff;border-radius:4px;padding:0 5px;font-size:12px}.down{color:#c92a2a}.up{color:#2f9e44}
[dir=rtl]{font-family:Vazirmatn,Tahoma,"Noto Naskh Arabic",system-ui,sans-serif}`;

export function formatHtml(reports: readonly FileReport[], ctx: FormatContext): string {
  const s = summarize(reports);
  const ids = new Map(s.scored.map((r, i) => [r, i]));
  const cards = [['templates', s.scored.length], ['average warmth', s.average], ['median', s.median], ['findings', s.findings],
    ['English', s.perLanguage.en.templates ? `${s.perLanguage.en.templates} · avg ${s.perLanguage.en.average}` : '—'],
    ['Persian', s.perLanguage.fa.templates ? `${s.perLanguage.fa.templates} · avg ${s.perLanguage.fa.average}` : '—']]
    .map(([k, v]) => `<div class="card"><b>${esc(String(v))}</b>${esc(String(k))}</div>`).join('');
  const distribution = barChart(BUCKETS.map(([lo, hi], i) => [`${lo}–${hi}`, s.distribution[i], colour(lo)]), 420);
  const perRule = s.perRule.length ? barChart(s.perRule.map(([id, n]) => [id, n])) : '<p>No findings.</p>';
  const compared = new Map(ctx.comparison?.files.map((c) => [c.report, c]));
  const change = (r: FileReport) => {
    const c = compared.get(r);
    if (!c) return '';
    if (!c.before) return '<td class="n">new</td>';
    if (c.scoreBefore === undefined) return '<td></td>';
    const d = r.score!.score - c.scoreBefore;
    return `<td class="n ${d < 0 ? 'down' : d > 0 ? 'up' : ''}" title="${c.scoreBefore} in the baseline">${esc(signedChange(d))}</td>`;
  };
  const rows = s.scored.map((r) => {
    const sc = r.score!;
    const best = Math.max(0, ...sc.fixes.filter((f) => f.exact).map((f) => f.gain));
    return `<tr><td class="n">${sc.score}</td>${change(r)}<td>${scoreBar(sc.score)}</td><td><a href="#t${ids.get(r)}">${text(displayPath(r.filePath, ctx.cwd), 'bdi')}</a></td><td>${sc.language}</td><td class="n">${r.messages.length}</td><td class="n">${best ? `+${best}` : ''}</td></tr>`;
  }).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Warmly warmth report</title><style>${STYLE}</style></head>
<body><main><h1>Warmth report</h1><p>${plural(s.files, 'file')} checked by Warmly. Each template starts at 80, loses points per finding (capped per rule) and earns up to 20 for greeting by name, a named sender, an invitation to reply, a direct contact and an owned apology.</p>
<div class="cards">${cards}</div>
<div class="charts"><figure><figcaption>Score distribution (templates)</figcaption>${distribution}</figure><figure><figcaption>Findings per rule</figcaption>${perRule}</figure></div>
${ctx.comparison ? comparisonHtml(ctx.comparison, ctx.cwd) : ''}
<h2>Templates, coldest first</h2>
<table class="list"><thead><tr><th>Warmth</th>${ctx.comparison ? '<th>Change</th>' : ''}<th></th><th>Template</th><th>Language</th><th>Findings</th><th>Best fix</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Each template: what it loses, what it earns, what each fix gains</h2>
${s.scored.map((r) => templateSection(r, ids.get(r)!, ctx.cwd)).join('\n')}
</main></body></html>
`;
}

/** The --baseline comparison: the counts, and each new and fixed finding. */
function comparisonHtml(c: Comparison, cwd: string): string {
  const t = c.totals;
  const cards = [['new findings', t.new], ['fixed', t.fixed], ['unchanged', t.unchanged], ['scores down', c.drops.length]]
    .map(([k, v]) => `<div class="card"><b>${esc(String(v))}</b>${esc(String(k))}</div>`).join('');
  const item = (cls: string, file: string, line: string, rule: string | null, message: string) =>
    `<li><span class="${cls}">${cls}</span> ${text(displayPath(file, cwd), 'bdi')}${line} <span class="rule">${esc(rule ?? '')}</span> ${text(message, 'bdi')}</li>`;
  const items = c.files.flatMap((f) => f.newFindings.map((m) => item('new', f.report.filePath, `:${m.line}`, m.ruleId, m.message)))
    .concat(c.files.flatMap((f) => f.fixed.map((b) => item('fixed', f.report.filePath, '', b.ruleId, b.message))));
  return `<section class="compare"><h2>Compared with ${text(c.name, 'bdi')}</h2><p>${esc(comparisonHeadline(c))}</p><div class="cards">${cards}</div>`
    + (items.length ? `<ul class="changes">${items.join('')}</ul>` : '') + '</section>';
}
