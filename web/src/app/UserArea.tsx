import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../components/ButtonLink';
import { homeTitleKey } from '../features/identity/identity.labels';
import { useSession } from '../features/identity/session';
import { useLogOutAction } from '../features/identity/useLogOutAction';
import { useI18n } from './i18n';

/** Login/register links, or the user's name (to their centre) and logout. */
export function UserArea() {
  const { t } = useI18n();
  const { user } = useSession();
  const leave = useLogOutAction();

  if (user === undefined) return <div className="tb-user-area" />;
  if (user === null) {
    return (
      <div className="tb-user-area">
        <ButtonLink to="/login" type="primary">
          {t('header.login')}
        </ButtonLink>
        <ButtonLink to="/register">{t('header.register')}</ButtonLink>
      </div>
    );
  }
  return (
    <div className="tb-user-area">
      <Link to="/me" className="tb-user-link">
        <UserOutlined aria-hidden="true" /> <span>{user.name}</span>
        <span className="tb-user-centre">{t(homeTitleKey(user))}</span>
      </Link>
      <Button icon={<LogoutOutlined aria-hidden="true" />} onClick={leave}>
        {t('header.logout')}
      </Button>
    </div>
  );
}
