/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The focus ring of the app's own pages (web/src/styles.css), for pages the Worker writes: 1 px of the browser's default is too thin to see (RGAA 10.7). */
export const FOCUS_CSS = ':focus-visible{outline:3px solid #1a4fd6;outline-offset:2px}';

export function htmlPage(title: string, body: string, language = 'fr'): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b5cad}${FOCUS_CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}
