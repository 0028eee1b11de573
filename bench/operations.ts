import {BenchOperation} from './operation';

export const OPERATIONS: BenchOperation[] = [];
