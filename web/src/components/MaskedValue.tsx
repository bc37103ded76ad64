import { Button } from 'antd';
import { useState } from 'react';

type Props = {
  value: string;
  mask: (value: string) => string;
  showLabel: string;
  hideLabel: string;
  /** Accessible names of the toggle, naming the field ("显示完整身份证号"). */
  showName: string;
  hideName: string;
};

/** A sensitive value shown masked, with a toggle to reveal it. */
export function MaskedValue({ value, mask, showLabel, hideLabel, showName, hideName }: Props) {
  const [revealed, setRevealed] = useState(false);
  return (
    <span className="tb-masked">
      <span className="tb-mono">{revealed ? value : mask(value)}</span>
      <Button
        type="link"
        size="small"
        aria-label={revealed ? hideName : showName}
        onClick={() => setRevealed((r) => !r)}
      >
        {revealed ? hideLabel : showLabel}
      </Button>
    </span>
  );
}

/** 110101********1234: keeps the region code and the last four characters. */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  if (value.length <= keepStart + keepEnd) return value;
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);
}
