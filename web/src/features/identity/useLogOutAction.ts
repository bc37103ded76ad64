import { App } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useSession } from './session';

/** Logs out and goes home; a failure shows as a message. */
export function useLogOutAction(): () => Promise<void> {
  const { logOut } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return async () => {
    try {
      await logOut(() => navigate('/', { replace: true }));
    } catch (error) {
      message.error((error as Error).message);
    }
  };
}
