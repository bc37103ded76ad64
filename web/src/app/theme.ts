import type { ThemeConfig } from 'antd';

// antd's defaults fail WCAG AA in places (#1677ff links ≈ 4.1:1, 45 % grey text ≈ 3.4:1,
// #ff4d4f error text ≈ 3.2:1); these tokens keep every text colour at 4.5:1 or more on white.
const accessibleTokens: ThemeConfig['token'] = {
  colorPrimary: '#0b57d0',
  colorInfo: '#0b57d0',
  colorLink: '#0b57d0',
  colorError: '#c41d1d',
  colorSuccess: '#237804',
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarning: '#ad4e00',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  borderRadius: 6,
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", Roboto, "Helvetica Neue", Arial, sans-serif',
};

// 长辈版: base type 20px, 48px controls, near-black text and darker borders.
const elderlyTokens: ThemeConfig['token'] = {
  fontSize: 20,
  fontSizeSM: 18,
  fontSizeLG: 22,
  fontSizeXL: 24,
  fontSizeHeading1: 40,
  fontSizeHeading2: 30,
  fontSizeHeading3: 26,
  fontSizeHeading4: 22,
  controlHeight: 48,
  controlHeightSM: 40,
  controlHeightLG: 56,
  colorPrimary: '#003a9e',
  colorInfo: '#003a9e',
  colorLink: '#003a9e',
  colorText: '#000000',
  colorTextHeading: '#000000',
  colorTextSecondary: '#1f1f1f',
  colorTextTertiary: '#262626',
  colorTextDescription: '#262626',
  colorTextPlaceholder: '#4a4a4a',
  colorBorder: '#595959',
  colorBorderSecondary: '#8c8c8c',
  lineHeight: 1.6,
};

export function buildTheme(elderly: boolean): ThemeConfig {
  return {
    token: { ...accessibleTokens, ...(elderly ? elderlyTokens : {}) },
    components: {
      Layout: { headerBg: '#ffffff', bodyBg: '#f5f7fa', footerBg: '#1f2a3d', headerHeight: 'auto', headerPadding: 0 },
    },
  };
}
