import {
  checkSize,
  gunzipText,
  importFiles,
  isGzip,
  type ImportFile,
  type ImportIssue,
  type ImportOptions,
  type ImportResult,
  type ProgressFn,
} from '../model/import';

/** What an import is handed: browser File objects (read here, off the main thread) or ready text. */
export type ImportInput = File | ImportFile;

function isFile(input: ImportInput): input is File {
  return typeof File !== 'undefined' && input instanceof File;
}

/** Reads the inputs (refusing oversized files before reading them) and imports them. Never rejects. */
export async function runImportTask(
  inputs: readonly ImportInput[],
  onProgress?: ProgressFn,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const tooBig = inputs
    .filter(isFile)
    .map((f) => checkSize(f.name, f.size, options.maxBytes))
    .filter((i): i is ImportIssue => i !== null);
  if (tooBig.length) return { ok: false, issues: tooBig };
  const files: ImportFile[] = [];
  for (const input of inputs) {
    if (!isFile(input)) {
      files.push(input);
      continue;
    }
    onProgress?.({ phase: 'checking', file: input.name, fraction: 0 });
    try {
      if (isGzip(new Uint8Array(await input.slice(0, 2).arrayBuffer()))) {
        const unpacked = await gunzipText(input.stream(), input.name);
        if (!unpacked.ok) return unpacked;
        files.push({ name: input.name, text: unpacked.text, packedBytes: input.size });
      } else files.push({ name: input.name, text: await input.text() });
    } catch (err) {
      const message = `cannot read the file: ${err instanceof Error ? err.message : String(err)}`;
      return { ok: false, issues: [{ severity: 'error', path: input.name, file: input.name, message }] };
    }
  }
  return importFiles(files, onProgress, options);
}
