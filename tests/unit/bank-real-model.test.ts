import { describe } from 'vitest';
import { exercises } from '../../src/quiz/bank/real-model.ts';
import { checkBank } from '../helpers/bank-checks.ts';

describe('bank: real-model', () => {
  checkBank(exercises, 'model-');
});
