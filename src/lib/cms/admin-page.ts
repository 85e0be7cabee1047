/**
 * The editor's page: Decap CMS from this machine (never a CDN), started with the configuration
 * generated from the contract, and a panel beside it with the validator's verdict on the tree as
 * it is on disk after every save, in the editor's language.
 */
export interface AdminPageOptions {
  /** Address of the dev server's preview of the site. */
  preview: string;
}

/** The panel's words, in the languages the panel speaks; the browser's language picks one. */
const WORDS = {
  lv: {
    valid: 'Saturs ir derīgs: vietni var būvēt.',
    problems: 'Saturā ir problēmas: tās jānovērš, pirms vietni var būvēt.',
    preview: 'Skatīt vietni',
    checking: 'Pārbauda…',
  },
  en: {
    valid: 'The content is valid: the site can be built.',
    problems: 'The content has problems: fix them before the site can be built.',
    preview: 'View the site',
    checking: 'Checking…',
  },
} as const;

export function adminPage({ preview }: AdminPageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>metodika — content editor</title>
<style>
#verdict{position:fixed;right:12px;bottom:12px;z-index:10000;max-width:min(44rem,calc(100vw - 24px));max-height:40vh;overflow:auto;background:#fff;border:2px solid #1a7f37;border-radius:6px;padding:.6rem .8rem;font:14px/1.4 system-ui,sans-serif;color:#111;box-shadow:0 2px 8px rgba(0,0,0,.2)}
#verdict.bad{border-color:#b3261e}
#verdict h2{font-size:14px;margin:0 0 .3rem}
#verdict ul{margin:.3rem 0 .4rem;padding-left:1.2rem}
#verdict li{font-family:ui-monospace,monospace;font-size:12.5px;margin:.15rem 0}
#verdict a{color:#0b57d0}
</style>
</head>
<body>
<aside id="verdict" role="status" aria-live="polite"><h2></h2><ul></ul><a target="metodika-preview"></a></aside>
<script>window.CMS_MANUAL_INIT = true;</script>
<script src="/decap-cms.js"></script>
<script src="/admin.js"></script>
<script type="module">
const words = ${JSON.stringify(WORDS)};
const t = words[(navigator.language || 'en').slice(0, 2)] || words.en;
const preview = ${JSON.stringify(preview)};
const panel = document.getElementById('verdict');
const link = panel.querySelector('a');
link.href = preview;
link.textContent = t.preview;
panel.querySelector('h2').textContent = t.checking;
let seen = '';
async function check() {
  try {
    const verdict = await (await fetch('/problems.json', { cache: 'no-store' })).json();
    const key = JSON.stringify(verdict);
    if (key !== seen) {
      seen = key;
      panel.classList.toggle('bad', !verdict.ok);
      panel.querySelector('h2').textContent = verdict.ok ? t.valid : t.problems;
      const list = panel.querySelector('ul');
      list.replaceChildren(...verdict.problems.map((line) => {
        const item = document.createElement('li');
        item.textContent = line;
        return item;
      }));
    }
  } catch {}
  setTimeout(check, 1000);
}
check();
</script>
</body>
</html>
`;
}
