/**
 * The access review as one self-contained HTML page: no external script,
 * font, style or image; a Content-Security-Policy that allows only its own
 * inline style and script (by hash), so nothing a name could smuggle in can
 * run or load. Every name from the files or an API is escaped. It prints
 * (print CSS), and filters and sorts offline (a small inline script). Pure.
 */
import { createHash } from 'node:crypto';
import { placeTitle, printable } from '../render/group.js';
import { levelOf, type Access } from './access.js';
import { sortedMarks, type Review } from './review.js';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#111}
h1{font-size:1.4em;margin:0 0 .3em}
.meta{color:#444;margin:.2em 0}
.controls{margin:1em 0;display:flex;gap:1em;flex-wrap:wrap;align-items:center}
table{border-collapse:collapse;margin:.5em 0 1.5em}
th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}
thead th{background:#eee;cursor:pointer;position:sticky;top:0}
thead th[aria-sort=ascending]::after{content:" \\25B2"}
thead th[aria-sort=descending]::after{content:" \\25BC"}
td .m{display:inline-block;font-size:.8em;border:1px solid #777;border-radius:3px;padding:0 .3em;margin:0 .15em}
td.unmanaged,td.revoked,td.expired{background:#fde2e2}
td.guest,td.expiring,td.inactive{background:#fff4cc}
td.managed{background:#e6f4e6}
.name{color:#555}
@media print{.controls{display:none}thead th{position:static;background:none}td{background:none!important}body{margin:0}}
`;

const SCRIPT = `
(function(){
var table=document.getElementById('matrix');var body=table.tBodies[0];
var text=document.getElementById('filter');var mark=document.getElementById('mark');var count=document.getElementById('shown');
function apply(){var q=text.value.trim().toLowerCase();var m=mark.value;var n=0;
for(var i=0;i<body.rows.length;i++){var r=body.rows[i];
var ok=(q===''||r.textContent.toLowerCase().indexOf(q)>=0)&&(m===''||(' '+r.getAttribute('data-marks')+' ').indexOf(' '+m+' ')>=0);
r.hidden=!ok;if(ok)n++;}
count.textContent=String(n);}
text.addEventListener('input',apply);mark.addEventListener('change',apply);
var heads=table.tHead.rows[0].cells;
for(var c=0;c<heads.length;c++){(function(col){heads[col].addEventListener('click',function(){
var up=heads[col].getAttribute('aria-sort')!=='ascending';
for(var k=0;k<heads.length;k++)heads[k].removeAttribute('aria-sort');
heads[col].setAttribute('aria-sort',up?'ascending':'descending');
var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(a,b){var x=a.cells[col].getAttribute('data-key')||'';var y=b.cells[col].getAttribute('data-key')||'';
if(x===y)return 0;if(x==='')return 1;if(y==='')return -1;return (x<y?-1:1)*(up?1:-1);});
rows.forEach(function(r){body.appendChild(r);});});})(c);}
apply();
})();
`;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

const titleOf = (p: Review['places'][number]) => placeTitle({ provider: p.provider, kind: p.kind, name: p.name, id: p.id ?? p.key });

function cell(a: Access | undefined): string {
  if (a === undefined) return '<td data-key=""></td>';
  const marks = sortedMarks(a);
  const level = levelOf(a) || 'member';
  const until = a.desired?.until === undefined ? '' : ` <span class="until">until ${escapeHtml(a.desired.until)}</span>`;
  const classes = marks.map((m) => escapeHtml(m.replace(/[^a-z0-9-]/gi, ''))).join(' ');
  return `<td class="${classes}" data-key="${escapeHtml(`${level} ${marks.join(' ')}`)}">${escapeHtml(level)} ${marks.map((m) => `<span class="m">${escapeHtml(m)}</span>`).join('')}${until}</td>`;
}

export function renderReviewHtml(review: Review): string {
  const marks = Object.keys(review.totals.marks);
  const csp = `default-src 'none'; style-src 'sha256-${sha256(STYLE)}'; script-src 'sha256-${sha256(SCRIPT)}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const placesTable = review.places
    .map((p, i) => {
      const members = review.rows.filter((r) => r.cells[i] !== undefined).length;
      return `<tr><td>${escapeHtml(titleOf(p))}${p.declared ? '' : ' (not in the files)'}</td><td>${escapeHtml(p.owners.join(', ') || '—')}</td><td>${members}</td></tr>`;
    })
    .join('\n');
  const rows = review.rows
    .map((r) => {
      const allMarks = [...new Set(r.cells.flatMap((c) => (c === undefined ? [] : c.marks)))].join(' ');
      const who = `${escapeHtml(r.user)}${r.name === undefined ? '' : ` <span class="name">${escapeHtml(r.name)}</span>`}`;
      return `<tr data-marks="${escapeHtml(allMarks)}"><th scope="row" data-key="${escapeHtml(r.user)}">${who}</th>${r.cells.map(cell).join('')}</tr>`;
    })
    .join('\n');
  const totals = Object.entries(review.totals.marks)
    .map(([m, n]) => `${n} ${escapeHtml(m)}`)
    .join(', ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gatehouse access review</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Gatehouse access review</h1>
<p class="meta">Generated <time>${escapeHtml(review.generatedAt)}</time>${review.commit ? ` from commit <code>${escapeHtml(review.commit)}</code>` : ''}; expiry as of ${escapeHtml(review.today)}.</p>
<p class="meta">Files: ${review.files.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ')}</p>
<p class="meta" id="totals">${review.totals.users} users, ${review.totals.places} places, ${review.totals.memberships} memberships${totals ? `: ${totals}` : ''}.</p>
<h2>Places</h2>
<table id="places"><thead><tr><th>Place</th><th>Owners or admins</th><th>Members</th></tr></thead>
<tbody>
${placesTable}
</tbody></table>
<h2>Who has access</h2>
<div class="controls">
<label>Filter <input id="filter" type="search" placeholder="user, name or level"></label>
<label>Mark <select id="mark"><option value="">any</option>${marks.map((m) => `<option value="${escapeHtml(m)}">${escapeHtml(m)}</option>`).join('')}</select></label>
<span><span id="shown">${review.rows.length}</span> of ${review.rows.length} users shown</span>
</div>
<table id="matrix"><thead><tr><th scope="col">User</th>${review.places.map((p) => `<th scope="col">${escapeHtml(titleOf(p))}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
