export * from './types';
export { importFiles } from './import-files';
export { exportDataset, exportCsvPair } from './export';
export { detectFormat } from './detect';
export { MAX_IMPORT_BYTES, checkSize, formatBytes } from './limits';
export { parseJsonSafe, FORBIDDEN_KEYS } from './safe-json';
export { placeOf, formatImportIssue } from './issues';
export { MAX_UNPACKED_BYTES, gunzipText, isGzip, unpackedName } from './packed';
