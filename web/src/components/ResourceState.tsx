import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';

type Props<T> = {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload?: () => void;
  loadingLabel: string;
  retryLabel: string;
  children: (data: T) => ReactNode;
  /** An h1 for the page while its content (which has its own h1) is missing. */
  fallbackHeading?: string;
};

/** Shows a spinner, an error with retry, or the loaded content. */
export function ResourceState<T>(props: Props<T>) {
  const { data, error, fallbackHeading } = props;
  if (error || data === undefined) {
    return (
      <>
        {fallbackHeading && <h1>{fallbackHeading}</h1>}
        <Pending {...props} />
      </>
    );
  }
  return <>{props.children(data)}</>;
}

function Pending<T>({ error, loading, reload, loadingLabel, retryLabel }: Props<T>) {
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={error.message}
        action={reload ? <Button onClick={reload}>{retryLabel}</Button> : undefined}
      />
    );
  }
  return (
    <div className="tb-loading" role="status">
      <Spin spinning={loading} />
      <span className="tb-visually-hidden">{loadingLabel}</span>
    </div>
  );
}
