import {scriptProperty} from '../../workspace/services/properties';

export const probe = (): string | undefined => scriptProperty('x');
