import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { ButtonLink } from '../components/ButtonLink';
import { homeTitleKey } from '../features/identity/identity.labels';
import { useSession } from '../features/identity/session';
import { useI18n } from './i18n';

/** Login/register links, or the user's name (to their centre) and logout. */
export function UserArea() {
  const { t } = useI18n();
  const { user, logOut } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();

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
  const leave = async () => {
    try {
      await logOut();
      navigate('/');
    } catch (error) {
      message.error((error as Error).message);
    }
  };
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
