import { Button, Input } from 'antd';
import { useEffect, useState, type FormEvent } from 'react';
import './SearchBox.css';

type Props = {
  id: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  initial?: string;
  size?: 'middle' | 'large';
  /** Visually hide the label (it stays for assistive technology). */
  hideLabel?: boolean;
  onSearch: (q: string) => void;
};

/** A labelled search form (role="search") with a text submit button. */
export function SearchBox({ id, label, placeholder, submitLabel, initial = '', size = 'large', hideLabel = true, onSearch }: Props) {
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <form role="search" aria-label={label} className="tb-searchbox" onSubmit={submit}>
      <label htmlFor={id} className={hideLabel ? 'tb-visually-hidden' : 'tb-searchbox-label'}>
        {label}
      </label>
      <div className="tb-searchbox-row">
        <Input id={id} type="search" size={size} value={q} onChange={(e) => setQ(e.target.value)} placeholder={placeholder} />
        <Button htmlType="submit" type="primary" size={size}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
