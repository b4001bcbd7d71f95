/** The shipped Japan case, parsed, for tests that read real case data. */
import shipped from '../../../../data/cases/japan-trump/case.json';
import { Case } from '../schema';

export const shippedCase: Case = Case.parse(shipped);
