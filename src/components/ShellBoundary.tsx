import { Component, type ErrorInfo, type ReactNode } from 'react';
import { resetLocalData } from '../persist/reset';

interface Props {
  children: ReactNode;
  /** What this boundary holds, for the message: "the header", "the app". */
  part: string;
}

interface State {
  error: Error | null;
  resetting: boolean;
}

/**
 * The last line of defence around the app shell (header and switcher, notices, time bar, and the whole
 * app): a crash there would otherwise blank the page on every load. It offers "Reset local data",
 * which removes stored records that fail their checks and the position cache while keeping the saved
 * datasets that pass, then opens the app afresh. Needs no store, so it works when the store cannot.
 */
export class ShellBoundary extends Component<Props, State> {
  state: State = { error: null, resetting: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Entente: ${this.props.part} crashed:`, error, info.componentStack);
  }

  private reset = async () => {
    this.setState({ resetting: true });
    await resetLocalData().catch(() => undefined);
    // Without the query: a share link is not what broke, but a fresh start must not depend on it.
    window.location.assign(window.location.pathname);
  };

  render() {
    const { error, resetting } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-fallback shell-fallback" role="alert">
        <h2>Something went wrong in {this.props.part}</h2>
        <p className="muted">{error.message}</p>
        <p>
          Resetting local data removes damaged saved records and the stored graph positions; datasets you
          imported that are still readable are kept.
        </p>
        <div className="actions">
          <button type="button" disabled={resetting} onClick={() => void this.reset()}>
            {resetting ? 'Resetting…' : 'Reset local data'}
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      </div>
    );
  }
}
