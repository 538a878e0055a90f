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

/** Strength (0–1) in a word: the thirds of the drawn width scale. */
export function strengthWord(weight: number): string {
  return weight >= 2 / 3 ? 'strong' : weight >= 1 / 3 ? 'moderate' : 'weak';
}

/** How well the evidence carries the tone (confidence 0–1), in words. */
export function evidenceWords(confidence: number): string {
  return confidence >= 2 / 3
    ? 'well documented'
    : confidence >= 1 / 3
      ? 'fairly documented'
      : 'thinly documented';
}

/** The inspector's first line about a relation: "Reads hostile, strong, well documented." */
export function readsSentence(r: {
  sign: number;
  weight: number;
  confidence: number;
  insufficient?: boolean;
}) {
  if (r.insufficient) return 'Too little evidence to call it friendly or hostile.';
  if (r.sign === 0) return `Reads neutral, ${evidenceWords(r.confidence)}.`;
  return `Reads ${signWord(r.sign)}, ${strengthWord(r.weight)}, ${evidenceWords(r.confidence)}.`;
}
