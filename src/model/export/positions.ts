export type { Point, Positions } from '../layout';
