import type { Category } from '#schema/categories.ts';

export async function tenantOsmCategories(db: D1Database, tenantId: number): Promise<Record<string, Category>> {
  const { results } = await db.prepare('SELECT tag, category FROM tenant_osm_categories WHERE tenant_id = ?1 ORDER BY tag').bind(tenantId).all<{ tag: string; category: Category }>();
  return Object.fromEntries(results.map((row) => [row.tag, row.category]));
}

export function prepareOsmCategory(db: D1Database, tenantId: number, tag: string, category: Category | null): D1PreparedStatement {
  return category === null
    ? db.prepare('DELETE FROM tenant_osm_categories WHERE tenant_id = ?1 AND tag = ?2').bind(tenantId, tag)
    : db
        .prepare('INSERT INTO tenant_osm_categories (tenant_id, tag, category) VALUES (?1, ?2, ?3) ON CONFLICT (tenant_id, tag) DO UPDATE SET category = excluded.category')
        .bind(tenantId, tag, category);
}
