import {isOpen} from '../tickets/workflow';

export const probe = isOpen;
