// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RendererToggle } from '../../src/components/RendererToggle';
import { RENDERER_KEY, readRendererChoice } from '../../src/store/renderer-choice';
import { renderWithStore } from './render';

afterEach(() => vi.restoreAllMocks());

function withWebgl2(available: boolean) {
  const real = HTMLCanvasElement.prototype.getContext;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
    kind: string,
    ...rest: unknown[]
  ) {
    if (kind === 'webgl2') return available ? ({} as WebGL2RenderingContext) : null;
    return (real as (...a: unknown[]) => unknown).call(this, kind, ...rest) as RenderingContext | null;
  } as typeof HTMLCanvasElement.prototype.getContext);
}

describe('RendererToggle', () => {
  test('switches the graph to WebGL drawing and back', async () => {
    withWebgl2(true);
    const { store } = renderWithStore(<RendererToggle />);
    const button = screen.getByRole('button', { name: 'WebGL' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(store.getState().webgl).toBe(true);
    // A toggle keeps its label; only aria-pressed changes.
    expect(screen.getByRole('button', { name: 'WebGL' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'WebGL' }).title).toMatch(/no dashes/);
    await userEvent.click(screen.getByRole('button', { name: 'WebGL' }));
    expect(store.getState().webgl).toBe(false);
  });

  test('the choice survives a reload (localStorage), and garbage stored there means canvas', async () => {
    withWebgl2(true);
    localStorage.clear();
    const first = renderWithStore(<RendererToggle />);
    await userEvent.click(screen.getByRole('button', { name: 'WebGL' }));
    expect(localStorage.getItem(RENDERER_KEY)).toBe('webgl');
    first.unmount();
    const { store } = renderWithStore(<RendererToggle />);
    expect(store.getState().webgl).toBe(true);
    expect(screen.getByRole('button', { name: 'WebGL' })).toHaveAttribute('aria-pressed', 'true');
    localStorage.setItem(RENDERER_KEY, '<script>');
    expect(readRendererChoice()).toBe(false);
    localStorage.clear();
  });

  test('is disabled, and says why, when the browser has no WebGL2 (asked once the page is idle)', async () => {
    withWebgl2(false);
    renderWithStore(<RendererToggle />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'WebGL' })).toBeDisabled(), {
      timeout: 3000,
    });
    expect(screen.getByRole('button', { name: 'WebGL' }).title).toMatch(/no WebGL2/);
  });

  test('a click before that asks at once, and stays on the canvas without WebGL2', async () => {
    withWebgl2(false);
    const { store } = renderWithStore(<RendererToggle />);
    await userEvent.click(screen.getByRole('button', { name: 'WebGL' }));
    expect(store.getState().webgl).toBe(false);
    expect(screen.getByRole('button', { name: 'WebGL' })).toBeDisabled();
  });
});
