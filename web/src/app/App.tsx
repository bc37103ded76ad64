import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { SessionProvider } from '../features/identity/session';
import { ApiProvider } from './api';
import { ElderlyModeProvider, useElderlyMode } from './elderly';
import { I18nProvider, useI18n } from './i18n';
import { AppRoutes } from './routes';
import { buildTheme } from './theme';

function ThemedAntd({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const { elderly } = useElderlyMode();
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={buildTheme(elderly)} button={{ autoInsertSpace: false }}>
      <AntApp component={false}>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <ElderlyModeProvider>
        <ThemedAntd>
          <ApiProvider>
            <SessionProvider>
              <BrowserRouter>
                <AppRoutes />
              </BrowserRouter>
            </SessionProvider>
          </ApiProvider>
        </ThemedAntd>
      </ElderlyModeProvider>
    </I18nProvider>
  );
}
