/**
 * Text from datasets reaches the terminal in messages and reports, and a label holding ESC sequences
 * could recolour, retitle or rewrite the user's terminal. Every CLI message and text output goes
 * through here: C0 controls (except the line breaks and tabs a report is made of), DEL, C1 controls and
 * the bidirectional overrides (which reorder what is shown) become visible escapes such as `\x1b`.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
}

/** A multi-line report: keeps LF, tab and the CR of a CRLF line end; escapes every other control. */
export function terminalText(text: string): string {
  return text.replace(/\r(?!\n)/g, '\\x0d').replace(UNSAFE, (c) => (c === '\r' ? c : visible(c)));
}

/** One line (an error or a notice): line breaks from the data are escaped too, so it stays one line. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_ONE_LINE, visible);
}

/**
 * Writes an export's bytes to stdout: exact when piped or redirected (a CSV must round-trip), escaped
 * when a person's terminal would interpret them.
 */
export function writeStdout(text: string, stream: NodeJS.WriteStream = process.stdout): void {
  stream.write(stream.isTTY ? terminalText(text) : text);
}
