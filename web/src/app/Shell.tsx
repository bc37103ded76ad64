import { Spin } from 'antd';
import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { useI18n } from './i18n';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Page frame: skip link, header, <main>, footer. Moves focus to <main> after navigation. */
export function Shell() {
  const { t } = useI18n();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };

  return (
    <div className="tb-page">
      <a className="tb-skip-link" href="#main" onClick={skipToMain}>
        {t('skip.toMain')}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="tb-main">
        <div className="tb-container">
          <Suspense
            fallback={
              <div className="tb-loading" role="status">
                <Spin />
                <span className="tb-visually-hidden">{t('common.loading')}</span>
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
