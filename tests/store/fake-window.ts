/** The parts of window the URL sync touches; the address bar is `location.search`. */
export function fakeWindow(search: string): Window {
  const win = {
    location: { search, pathname: '/', hash: '' },
    history: {
      state: null,
      replaceState: (_: unknown, __: string, url: string) => {
        win.location.search = url.slice(url.indexOf('?'));
      },
    },
  };
  return win as unknown as Window;
}
