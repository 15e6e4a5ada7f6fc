import { manifestResponse } from '../../offline/manifest.ts';

export const GET = () => manifestResponse('en');
