import { useEffect, useState } from 'react';
import { CircleMarker, MapContainer, Tooltip } from 'react-leaflet';
import { BasemapLayer } from '../../map/BasemapLayer.tsx';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TERRITORY } from '#schema/provisioning.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call, type Answer } from '../../api.ts';
import type { ScreenProps } from '../screen.ts';
import { useAction } from '../use-action.ts';

type Tenants = Answer<typeof consoleApi.network.tenants.$get>['tenants'];
type Cells = Answer<typeof consoleApi.network.cells.$get>['cells'];

/** Every CCI on one map: per-cell totals at national scale, and the same figures per CCI in a table. */
export default function NetworkPage({ tenant }: ScreenProps) {
  const { t } = useTranslation('console');
  const [tenants, setTenants] = useState<Tenants>([]);
  const [cells, setCells] = useState<Cells>([]);
  const action = useAction();

  useEffect(() => {
    void action.run(async () => {
      const [list, grid] = await Promise.all([
        call(consoleApi.network.tenants.$get),
        call(consoleApi.network.cells.$get, { query: { level: '6' } }),
      ]);
      setTenants(list.tenants);
      setCells(grid.cells);
    });
  }, []);

  const max = Math.max(1, ...cells.map((cell) => cell.count));
  const [lat, lng] = DEFAULT_TERRITORY.centre;
  return (
    <>
      <ActionStatus state={action} />
      <div className="console-network-map" role="region" aria-label={t('network.mapLabel')}>
        <MapContainer center={[lat, lng]} zoom={DEFAULT_TERRITORY.zoom} className="map" scrollWheelZoom={false}>
          <BasemapLayer tiles={tenant.map.tiles} />
          {cells.map((cell) => (
            <CircleMarker key={cell.cell} center={[cell.lat, cell.lng]} radius={6 + 24 * Math.sqrt(cell.count / max)} pathOptions={{ color: '#1d4f91', fillOpacity: 0.5 }}>
              <Tooltip>{t('network.cell', { count: cell.count, open: cell.open })}</Tooltip>
            </CircleMarker>
          ))}
        </MapContainer>
      </div>
      <table className="console-table">
        <caption>{t('network.caption', { count: tenants.length })}</caption>
        <thead><tr><th scope="col">{t('network.tenant')}</th><th scope="col">{t('network.listings')}</th><th scope="col">{t('network.open')}</th><th scope="col">{t('network.state')}</th></tr></thead>
        <tbody>
          {tenants.map((row) => (
            <tr key={row.slug}>
              <th scope="row">{row.name}</th>
              <td>{row.listings}</td>
              <td>{row.open}</td>
              <td>{row.disabled ? t('network.disabled') : t('network.active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
