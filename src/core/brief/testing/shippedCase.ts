/** The shipped case, parsed, for tests of the brief and its formats and for their bench. */
import shipped from '../../../../data/cases/japan-trump/case.json';
import { Case } from '../../case/schema';

export const shippedCase: Case = Case.parse(shipped);
