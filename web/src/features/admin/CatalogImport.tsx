import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Table } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useApi } from '../../app/api';
import { ApiError, type ApiErrorDetail } from '../../app/http';
import { useI18n } from '../../app/i18n';
import { importCatalog, type ImportCounts } from './admin.api';

type Outcome =
  | { kind: 'done'; counts: ImportCounts }
  | { kind: 'failed'; message: string; details: ApiErrorDetail[] };

async function readUpload(file: File): Promise<Parameters<typeof importCatalog>[1] | null> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return { format: 'xlsx', file };
  if (name.endsWith('.json')) return { format: 'json', data: JSON.parse(await file.text()) as unknown };
  return null;
}

/** Import button (.json or .xlsx) and its outcome: counts, or the table of bad rows. */
export function CatalogImport({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const body = await readUpload(file);
      if (!body) {
        setOutcome({ kind: 'failed', message: t('admin.importBadFile'), details: [] });
        return;
      }
      setOutcome({ kind: 'done', counts: await importCatalog(api, body) });
      onImported();
    } catch (error) {
      const message = error instanceof SyntaxError ? t('admin.importBadJson') : (error as Error).message;
      setOutcome({ kind: 'failed', message, details: error instanceof ApiError ? error.details : [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tb-import">
      <input ref={input} type="file" accept=".json,.xlsx,application/json" hidden onChange={upload} />
      <Button icon={<UploadOutlined aria-hidden="true" />} loading={busy} onClick={() => input.current?.click()}>
        {busy ? t('admin.importing') : t('admin.import')}
      </Button>
      <span className="tb-muted">{t('admin.importHint')}</span>
      <div className="tb-import-outcome" role="status">
        {outcome?.kind === 'done' && <Alert type="success" showIcon title={t('admin.imported', { ...outcome.counts })} closable />}
      </div>
      {outcome?.kind === 'failed' && (
        <div className="tb-import-outcome" role="alert">
          <Alert type="error" showIcon title={outcome.message} description={outcome.details.length > 0 ? t('admin.importErrors') : undefined} />
          {outcome.details.length > 0 && (
            <Table<ApiErrorDetail & { key: number }>
              size="small"
              pagination={outcome.details.length > 20 ? { pageSize: 20 } : false}
              dataSource={outcome.details.map((detail, key) => ({ ...detail, key }))}
              columns={[
                { key: 'row', title: t('admin.col.row'), dataIndex: 'row', width: 80 },
                { key: 'sheet', title: t('admin.col.sheet'), dataIndex: 'sheet', width: 140 },
                { key: 'field', title: t('admin.col.field'), dataIndex: 'field', width: 160 },
                { key: 'reason', title: t('admin.col.reason'), dataIndex: 'reason' },
              ]}
            />
          )}
        </div>
      )}
    </div>
  );
}
