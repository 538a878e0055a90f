/**
 * CAMEO event codes: the twenty root categories and the sub-codes the bundled data uses, each with
 * its Goldstein (1992) value, quad class and the nearest PLOVER type. See docs/DATA.md.
 */
export type QuadClass =
  'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  plover: string;
}

const ROOTS: readonly CameoCode[] = [
  { code: '01', name: 'Make public statement', goldstein: 0, plover: 'CONSULT' },
  { code: '02', name: 'Appeal', goldstein: 3, plover: 'REQUEST' },
  { code: '03', name: 'Express intent to cooperate', goldstein: 4, plover: 'AGREE' },
  { code: '04', name: 'Consult', goldstein: 1, plover: 'CONSULT' },
  { code: '05', name: 'Engage in diplomatic cooperation', goldstein: 3.5, plover: 'SUPPORT' },
  { code: '06', name: 'Engage in material cooperation', goldstein: 6, plover: 'COOPERATE' },
  { code: '07', name: 'Provide aid', goldstein: 7, plover: 'AID' },
  { code: '08', name: 'Yield', goldstein: 5, plover: 'CONCEDE' },
  { code: '09', name: 'Investigate', goldstein: -2, plover: 'ACCUSE' },
  { code: '10', name: 'Demand', goldstein: -5, plover: 'REQUEST' },
  { code: '11', name: 'Disapprove', goldstein: -2, plover: 'ACCUSE' },
  { code: '12', name: 'Reject', goldstein: -4, plover: 'REJECT' },
  { code: '13', name: 'Threaten', goldstein: -6, plover: 'THREATEN' },
  { code: '14', name: 'Protest', goldstein: -6.5, plover: 'PROTEST' },
  { code: '15', name: 'Exhibit force posture', goldstein: -7.2, plover: 'MOBILIZE' },
  { code: '16', name: 'Reduce relations', goldstein: -4, plover: 'SANCTION' },
  { code: '17', name: 'Coerce', goldstein: -7, plover: 'COERCE' },
  { code: '18', name: 'Assault', goldstein: -9, plover: 'ASSAULT' },
  { code: '19', name: 'Fight', goldstein: -10, plover: 'ASSAULT' },
  { code: '20', name: 'Use unconventional mass violence', goldstein: -10, plover: 'ASSAULT' },
];

const SUB_CODES: readonly CameoCode[] = [
  { code: '036', name: 'Express intent to meet or negotiate', goldstein: 4, plover: 'AGREE' },
  { code: '042', name: 'Make a visit', goldstein: 1.9, plover: 'CONSULT' },
  { code: '043', name: 'Host a visit', goldstein: 2.8, plover: 'CONSULT' },
  { code: '046', name: 'Engage in negotiation', goldstein: 7, plover: 'CONSULT' },
  { code: '051', name: 'Praise or endorse', goldstein: 3.4, plover: 'SUPPORT' },
  { code: '054', name: 'Grant diplomatic recognition', goldstein: 6, plover: 'SUPPORT' },
  { code: '057', name: 'Sign formal agreement', goldstein: 8, plover: 'AGREE' },
  { code: '061', name: 'Cooperate economically', goldstein: 6.4, plover: 'COOPERATE' },
  { code: '062', name: 'Cooperate militarily', goldstein: 7.4, plover: 'COOPERATE' },
  { code: '064', name: 'Share intelligence or information', goldstein: 7, plover: 'COOPERATE' },
  { code: '071', name: 'Provide economic aid', goldstein: 7.4, plover: 'AID' },
  { code: '072', name: 'Provide military aid', goldstein: 8.3, plover: 'AID' },
  { code: '073', name: 'Provide humanitarian aid', goldstein: 7.4, plover: 'AID' },
  { code: '0871', name: 'Declare ceasefire', goldstein: 9, plover: 'RETREAT' },
  { code: '112', name: 'Accuse', goldstein: -2, plover: 'ACCUSE' },
  { code: '1121', name: 'Accuse of crime, corruption', goldstein: -2, plover: 'ACCUSE' },
  { code: '1122', name: 'Accuse of human rights abuses', goldstein: -2, plover: 'ACCUSE' },
  { code: '1125', name: 'Accuse of aggression', goldstein: -2, plover: 'ACCUSE' },
  { code: '125', name: 'Reject proposal to meet or negotiate', goldstein: -5, plover: 'REJECT' },
  { code: '128', name: 'Defy norms, law', goldstein: -4, plover: 'REJECT' },
  { code: '138', name: 'Threaten with military force', goldstein: -7, plover: 'THREATEN' },
  { code: '161', name: 'Reduce or break diplomatic relations', goldstein: -4, plover: 'SANCTION' },
  { code: '162', name: 'Reduce or stop material aid', goldstein: -5.6, plover: 'SANCTION' },
  { code: '163', name: 'Impose embargo, boycott or sanctions', goldstein: -8, plover: 'SANCTION' },
  { code: '172', name: 'Impose administrative sanctions', goldstein: -5, plover: 'COERCE' },
  { code: '173', name: 'Arrest, detain', goldstein: -5, plover: 'COERCE' },
  { code: '180', name: 'Use unconventional violence', goldstein: -9, plover: 'ASSAULT' },
  { code: '190', name: 'Use conventional military force', goldstein: -10, plover: 'ASSAULT' },
  { code: '193', name: 'Fight with small arms and light weapons', goldstein: -10, plover: 'ASSAULT' },
  { code: '195', name: 'Employ aerial weapons', goldstein: -10, plover: 'ASSAULT' },
];

const BY_CODE = new Map<string, CameoCode>([...ROOTS, ...SUB_CODES].map((c) => [c.code, c]));

export const CAMEO_CODE_PATTERN = '^(0[1-9]|1\\d|20)\\d{0,2}$';
const CODE_RE = new RegExp(CAMEO_CODE_PATTERN);

export function isCameoShape(code: string): boolean {
  return CODE_RE.test(code);
}

export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** The most specific known entry for a code: the code itself, else its three-digit parent, else its root. */
export function describeCameo(code: string): CameoCode | undefined {
  return BY_CODE.get(code) ?? BY_CODE.get(code.slice(0, 3)) ?? BY_CODE.get(cameoRoot(code));
}

export function isKnownCameo(code: string): boolean {
  return BY_CODE.has(code);
}

export function quadClass(code: string): QuadClass {
  const root = Number(cameoRoot(code));
  if (root <= 5) return 'verbal-cooperation';
  if (root <= 8) return 'material-cooperation';
  if (root <= 13) return 'verbal-conflict';
  return 'material-conflict';
}

export const CAMEO_ROOTS = ROOTS;
export const CAMEO_CODES: readonly CameoCode[] = [...ROOTS, ...SUB_CODES];
