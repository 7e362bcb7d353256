import { escapeHtml, htmlPage } from './html.ts';

/** What a bare localhost shows in development: the demo tenants, one link each. */
export function tenantDirectoryPage(tenants: Array<{ slug: string; name: string }>, requestUrl: URL): string {
  const port = requestUrl.port ? `:${requestUrl.port}` : '';
  const items = tenants
    .map((t) => `<li><a href="${escapeHtml(`${requestUrl.protocol}//${t.slug}.localhost${port}/`)}">${escapeHtml(t.name)}</a></li>`)
    .join('\n');
  return htmlPage(
    'Vitrine — instances locales',
    `<h1>Vitrine</h1>
<p>Chaque CCI a sa propre adresse. Instances disponibles sur ce serveur :</p>
<ul>
${items || '<li>Aucune instance : lancez <code>npm run seed</code>.</li>'}
</ul>`,
  );
}

export function unknownTenantPage(hostname: string): string {
  return htmlPage(
    'Vitrine — adresse inconnue',
    `<h1>Adresse inconnue</h1>
<p>Aucune CCI n'est configurée pour <strong>${escapeHtml(hostname)}</strong>. Vérifiez l'adresse saisie.</p>
<p lang="en">No CCI is configured for this address. Please check the address you typed.</p>`,
  );
}
