import type { MessageKey } from '../../app/i18n';
import type { Me } from './identity.types';

/** 个人中心 / 企业中心 / 工作台, by who is logged in. */
export function homeTitleKey(user: Pick<Me, 'role'>): MessageKey {
  if (user.role === 'citizen') return 'me.title.citizen';
  if (user.role === 'enterprise') return 'me.title.enterprise';
  return 'me.title.staff';
}

export function roleKey(user: Pick<Me, 'role'>): MessageKey {
  return `role.${user.role}`;
}

export function kindKey(user: Pick<Me, 'kind'>): MessageKey {
  return `kind.${user.kind}`;
}
