/**
 * Draws an SVG document onto a canvas and encodes it as PNG, in the page. The SVG is loaded as an
 * image from a blob: URL (images cannot run scripts or fetch anything), at `scale` device pixels.
 */
export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  scale: number,
  type: 'image/png' | 'image/jpeg' = 'image/png',
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d')!;
    // JPEG has no transparency: a transparent picture goes on white.
    if (type === 'image/jpeg') {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))),
        type,
        0.95,
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
