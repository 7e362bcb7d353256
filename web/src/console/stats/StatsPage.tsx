import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantStats } from '#schema/console/stats.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { useLabels } from '../labels.ts';
import { useAction } from '../use-action.ts';
import { BarChart } from './BarChart.tsx';
import { DailyChart } from './DailyChart.tsx';

export default function StatsPage() {
  const { t } = useTranslation('console');
  const label = useLabels();
  const [stats, setStats] = useState<TenantStats | null>(null);
  const action = useAction();

  useEffect(() => {
    void action.run(() => call(consoleApi.stats.$get)).then((answer) => answer && setStats(answer));
  }, []);

  if (!stats) return <ActionStatus state={action} />;
  const describe = (total: number, peak: number) => t('stats.describe', { total, peak, days: stats.days });
  const table = t('stats.table');
  return (
    <div className="console-charts">
      <BarChart title={t('stats.byStatus')} tableLabel={table} bars={stats.byStatus.map((c) => ({ label: label.status(c.key), count: c.count }))} />
      <BarChart title={t('stats.byCategory')} tableLabel={table} bars={stats.byCategory.map((c) => ({ label: label.category(c.key), count: c.count }))} />
      <BarChart title={t('stats.byCommune')} tableLabel={table} bars={stats.byCommune.slice(0, 15).map((c) => ({ label: c.key, count: c.count }))} />
      <DailyChart title={t('stats.registrations')} series={stats.registrations} days={stats.days} describe={describe} />
      <DailyChart title={t('stats.updates')} series={stats.updates} days={stats.days} describe={describe} />
      <DailyChart title={t('stats.searches')} series={stats.searches} days={stats.days} describe={describe} />
      <DailyChart title={t('stats.listingViews')} series={stats.listingViews} days={stats.days} describe={describe} />
    </div>
  );
}
