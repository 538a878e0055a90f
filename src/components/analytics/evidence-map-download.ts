import { type EvidenceMap, evidenceMapCsv, evidenceMapSvg } from '../../model/analytics';
import { exportTitle } from '../../model/export';
import { downloadBlob, downloadText } from '../export/download';
import { svgToPngBlob } from '../export/rasterize';

const fileName = (map: EvidenceMap, ext: string) => `entente-evidence-by-${map.bucket}.${ext}`;

export function downloadEvidenceCsv(map: EvidenceMap): void {
  downloadText(evidenceMapCsv(map), fileName(map, 'csv'), 'text/csv');
}

/** The map drawn as SVG and rasterised by the browser at 2x, like the graph's PNG. */
export async function downloadEvidencePng(map: EvidenceMap, datasetName: string): Promise<void> {
  const title = `Evidence behind each pair, by ${map.bucket}: ${exportTitle(datasetName)}`;
  const { svg, width, height } = evidenceMapSvg(map, title);
  downloadBlob(await svgToPngBlob(svg, width, height, 2), fileName(map, 'png'));
}
