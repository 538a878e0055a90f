import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../store';

interface Props {
  children: ReactNode;
  /** Goes back to a dataset that rendered before. */
  onRecover: () => Promise<void>;
  /** A new value (e.g. the active dataset id) clears the error, so switching datasets also recovers. */
  resetKey: string;
}

interface State {
  error: Error | null;
  key: string;
}

/**
 * Keeps the header (dataset switcher, import) usable when the graph or panels crash on some data,
 * and offers to go back to the last dataset that worked.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { key: props.resetKey, error: null } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Entente view crashed:', error, info.componentStack);
  }

  private recover = async () => {
    await this.props.onRecover();
    this.setState({ error: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-fallback" role="alert">
        <h2>Something went wrong while showing this dataset</h2>
        <p className="muted">{error.message}</p>
        <div className="actions">
          <button type="button" onClick={() => void this.recover()}>
            Reload the last good dataset
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </div>
    );
  }
}

const selectRecovery = (s: EntenteState) => ({
  recover: s.recoverLastGoodDataset,
  active: s.activeDatasetId,
});

/** The boundary wired to the store. */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  const { recover, active } = useEntente(useShallow(selectRecovery));
  return (
    <ErrorBoundary onRecover={recover} resetKey={active}>
      {children}
    </ErrorBoundary>
  );
}
