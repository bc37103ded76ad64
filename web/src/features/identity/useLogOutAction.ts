import { App } from 'antd';
import { useSession } from './session';

/** Logs out and goes home; a failure shows as a message. */
export function useLogOutAction(): () => Promise<void> {
  const { logOut } = useSession();
  const { message } = App.useApp();
  return async () => {
    try {
      // A full page load to the home page: nothing of the previous user stays in memory (shared computers).
      await logOut(() => window.location.assign('/'));
    } catch (error) {
      message.error((error as Error).message);
    }
  };
}
