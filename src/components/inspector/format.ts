/** "+3.2", "−1.0" (a real minus sign), "0.0". */
export function signed(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return value > 0 ? `+${text}` : `−${text}`;
}

export function signWord(sign: number): string {
  return sign > 0 ? 'cooperative' : sign < 0 ? 'hostile' : 'neutral';
}

export function signClass(value: number): string {
  return value > 0 ? 'pos' : value < 0 ? 'neg' : 'neu';
}
