import { lazy, type ComponentType } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Shell } from './Shell';

/** React.lazy for a named export, so each page becomes its own chunk. */
function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const HomePage = lazyPage(() => import('../features/catalog/HomePage'), 'HomePage');
const SearchPage = lazyPage(() => import('../features/catalog/SearchPage'), 'SearchPage');
const ItemGuidePage = lazyPage(() => import('../features/catalog/ItemGuidePage'), 'ItemGuidePage');
const BundlePage = lazyPage(() => import('../features/catalog/BundlePage'), 'BundlePage');
const LoginPage = lazyPage(() => import('../features/identity/LoginPage'), 'LoginPage');
const RegisterPage = lazyPage(() => import('../features/identity/RegisterPage'), 'RegisterPage');
const MePage = lazyPage(() => import('../features/identity/MePage'), 'MePage');
const CatalogAdminPage = lazyPage(() => import('../features/admin/CatalogAdminPage'), 'CatalogAdminPage');
const HelpPage = lazyPage(() => import('../features/help/HelpPage'), 'HelpPage');
const NotFoundPage = lazyPage(() => import('./NotFoundPage'), 'NotFoundPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="items/:id" element={<ItemGuidePage />} />
        <Route path="bundles/:id" element={<BundlePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterPage />} />
        <Route path="me" element={<MePage />} />
        <Route path="admin/catalog" element={<CatalogAdminPage />} />
        <Route path="help" element={<HelpPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
